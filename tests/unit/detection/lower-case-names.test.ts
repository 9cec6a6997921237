import { describe, expect, it } from 'vitest';
import { lowerCaseNameSpans, spansAscii, spansByRegex } from '../../../utils/detection/detectors/lower-case-names';
import { scanText } from '../../../utils/detection/index';
import { mulberry32 } from '../../fixtures/random';

// Given names (unambiguous and not), common words, words that are neither, and the characters the
// word boundaries care about: digits, _ @ ' . / -, and runs longer than a word may be.
const VOCABULARY = [
  'kevin', 'sarah', 'priya', 'jonas', 'maria', 'lopez', 'connor', 'mark', 'will', 'grace', 'the', 'and', 'is', 'to', 'meet',
  'tell', 'river', 'quietly', 'deployment', 'x', 'ab', 'abcdefghijklmnopqrstuv', 'abcdefghijklmnopqrstu', 'i',
];
const GLUE = [' ', ' ', ' ', '  ', '\n', ', ', '. ', '-', '_', '@', "'", '.', '/', '3', '42 ', ':', '(', ')', '\t', '#'];

function soup(seed: number, words: number): string {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  let text = random() < 0.5 ? pick(GLUE) : '';
  for (let i = 0; i < words; i++) text += pick(VOCABULARY) + pick(GLUE);
  return text;
}

describe('lower-case names', () => {
  it('reads the same names on the ASCII path as the general one, on 2,000 word soups', () => {
    let spans = 0;
    for (let seed = 1; seed <= 2000; seed++) {
      const text = soup(seed, 5 + (seed % 40));
      const byRegex = spansByRegex(text);
      expect(spansAscii(text), JSON.stringify(text)).toEqual(byRegex);
      spans += byRegex.length;
    }
    expect(spans).toBeGreaterThan(2000);
  });

  it('takes a given name and the word after it, but not a common word, a glued word or an everyday name', () => {
    const text = 'pls tell kevin lopez and sarah the plan. mark will meet maria@acme, see ../priya and connor_x';
    const found = lowerCaseNameSpans(text, true).map(([s, e]) => text.slice(s, e));
    expect(found).toEqual(['kevin lopez', 'sarah']);
    expect(lowerCaseNameSpans(text, false)).toEqual(lowerCaseNameSpans(text, true));
  });

  it('is what the engine reports for all-lower-case text, ASCII or not', () => {
    for (const text of ['ask kevin lopez about it', 'frag anaëlle und jürgen müller morgen']) {
      const engine = scanText(text).filter((f) => f.type === 'person_name').map((f) => [f.start, f.end]);
      expect(engine).toEqual(lowerCaseNameSpans(text, !/[^\0-\x7f]/.test(text)));
      expect(engine.length).toBeGreaterThan(0);
    }
  });
});
