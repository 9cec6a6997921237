/**
 * Invariants behind the speed work: the shared keyword pass reports what separate passes would,
 * the "verb after a name" clue fires (it once held a literal backspace and never matched), and
 * chunked scans yield through an ordinary-priority task rather than `scheduler.yield`.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildKeywordIndex } from '../../../utils/detection/keywords';
import { factsOf, matchAtCandidates } from '../../../utils/detection/facts';
import { EMAIL_RE, IPV6_RE, emailMatches, ipv6Candidates } from '../../../utils/detection/detectors/pii-contact';
import { piiPersonDetector } from '../../../utils/detection/detectors/pii-person';
import { scanTextChunked } from '../../../utils/detection/index';

describe('keyword index scan', () => {
  it('reports presence like find and positions like each', () => {
    const index = buildKeywordIndex(['st', 'street', 'né', 'box', 'ox']);
    const lower = 'née 12 main street, po box 7; ox';
    const positional = new Uint8Array(index.keywords.length).fill(1);
    const { present, positions } = index.scan(lower, positional);
    expect([...present]).toEqual([...index.find(lower)]);
    const each: number[][] = index.keywords.map(() => []);
    index.each(lower, (k, start) => each[k]!.push(start));
    index.keywords.forEach((_, k) => expect(positions[k] ?? []).toEqual(each[k]));
  });
});

describe('keyword index, words with accents', () => {
  it('finds every occurrence of a non-ASCII word, also one whose ASCII start lies before the text\'s first accent', () => {
    const words = ['représenté', 'résiliation', 'gewährleistung', 'né', 'ci-après', 'über'];
    const index = buildKeywordIndex(words);
    const texts = ['représentée par Luc', 'xx représenté, représenté', 'plain ascii text only', 'gewährleistung und né', 'é', 'uber über', ''];
    for (const lower of texts) {
      const naive = index.keywords.map((k) => [...lower.matchAll(new RegExp(k.replace(/[-.]/g, '\\$&'), 'g'))].map((m) => m.index));
      const each: number[][] = index.keywords.map(() => []);
      index.each(lower, (k, start) => each[k]!.push(start));
      expect(each, lower).toEqual(naive);
      const found = index.find(lower);
      expect([...found], lower).toEqual(naive.map((hits) => (hits.length > 0 ? 1 : 0)));
      const { present, positions } = index.scan(lower, new Uint8Array(index.keywords.length).fill(1));
      expect([...present], lower).toEqual([...found]);
      expect(index.keywords.map((_, k) => positions[k] ?? []), lower).toEqual(naive);
    }
  });
});

describe('keyword index, overlapping words', () => {
  it('reports every occurrence that a naive search finds, where words are prefixes, suffixes and infixes of each other', () => {
    // The classic Aho–Corasick set, plus accented and one-letter words, over texts of a small
    // alphabet so that partial matches and failure links are exercised on nearly every character.
    const words = ['he', 'she', 'his', 'hers', 'e', 'és', 'sés', 'hé', 'ssh', 'rs'];
    const alphabet = ['h', 'e', 's', 'i', 'r', 'é', 'x', ' '];
    const index = buildKeywordIndex(words);
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    let occurrences = 0;
    for (let t = 0; t < 300; t++) {
      let lower = '';
      for (let i = Math.floor(random() * 40); i > 0; i--) lower += alphabet[Math.floor(random() * alphabet.length)];
      const naive = index.keywords.map((k) => {
        const at: number[] = [];
        for (let i = lower.indexOf(k); i !== -1; i = lower.indexOf(k, i + 1)) at.push(i);
        return at;
      });
      occurrences += naive.flat().length;
      const each: number[][] = index.keywords.map(() => []);
      index.each(lower, (k, start) => each[k]!.push(start));
      expect(each, lower).toEqual(naive);
      expect([...index.find(lower)], lower).toEqual(naive.map((at) => (at.length > 0 ? 1 : 0)));
    }
    expect(occurrences).toBeGreaterThan(1_000);
  });
});

describe('text facts', () => {
  it('lists every digit run start, counts digits and finds the first non-ASCII unit', () => {
    const text = '12ab3 c4567é8';
    const facts = factsOf({ text, lower: text.toLowerCase() });
    const expected: number[] = [];
    for (let i = 0; i < text.length; i++) if (/\d/.test(text[i]!) && !/\d/.test(text[i - 1] ?? '')) expected.push(i);
    expect(facts.digitRunStarts).toEqual(expected);
    expect(facts.digitCount).toBe(text.replace(/\D/g, '').length);
    expect(facts.firstNonAscii).toBe(text.indexOf('é'));
    expect(factsOf({ text: 'ascii only', lower: 'ascii only' }).firstNonAscii).toBe('ascii only'.length);
  });
});

describe('IPv6 candidates', () => {
  it('trying the regex only at the candidates finds what a scan of every offset finds', () => {
    // A small alphabet so that colons, hex runs and word characters collide often.
    const alphabet = ['a', 'f', '0', '9', 'g', 'z', ':', ':', '::', '.', ' ', '_', '\n', 'fe80', '2001:db8', '10.0.0.1', '::ffff:'];
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const sticky = new RegExp(IPV6_RE.source, 'y');
    let matches = 0;
    for (let round = 0; round < 3000; round++) {
      let text = '';
      for (let i = 0, n = 5 + random(40); i < n; i++) text += alphabet[random(alphabet.length)];
      const everywhere = [...text.matchAll(IPV6_RE)].map((m) => [m.index, m[0]]);
      const atCandidates: [number, string][] = [];
      matchAtCandidates(sticky, text, ipv6Candidates(text), (m) => atCandidates.push([m.index, m[0]]));
      expect(atCandidates, JSON.stringify(text)).toEqual(everywhere);
      matches += everywhere.length;
    }
    expect(matches).toBeGreaterThan(500);
  });
});

describe('e-mail matches from each @', () => {
  it('finds what a scan of every offset finds', () => {
    const alphabet = ['a', 'Z', '7', '.', '-', '_', '+', "'", '@', '@', ' ', '!', 'x.com', 'b.co', '.io', 'é', 'q'.repeat(30)];
    let seed = 11;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    let matches = 0;
    for (let round = 0; round < 4000; round++) {
      let text = '';
      for (let i = 0, n = 3 + random(30); i < n; i++) text += alphabet[random(alphabet.length)];
      const everywhere = [...text.matchAll(EMAIL_RE)].map((m) => [m.index, m.index + m[0].length]);
      const fromAt: number[][] = [];
      emailMatches(text, (start, end) => fromAt.push([start, end]));
      expect(fromAt, JSON.stringify(text)).toEqual(everywhere);
      matches += everywhere.length;
    }
    expect(matches).toBeGreaterThan(500);
  });
});

describe('person names', () => {
  it('a verb right after an unknown capitalised word marks it as a person', () => {
    const text = 'Yesterday the courier Brannagh shouted at the gate.';
    const found = piiPersonDetector.detect({ text, lower: text.toLowerCase() }).filter((f) => f.type === 'person_name');
    expect(found.map((f) => text.slice(f.start, f.end))).toContain('Brannagh');
  });
});

describe('scanTextChunked yielding', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('yields with an ordinary-priority postTask when the scheduler offers one', async () => {
    const priorities: unknown[] = [];
    const yieldSpy = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', {
      yield: yieldSpy,
      postTask: (cb: () => void, options?: { priority?: string }) => {
        priorities.push(options?.priority);
        return Promise.resolve().then(cb);
      },
    });
    // A slow clock makes every slice exceed the task budget, so the scan yields between slices.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 100));
    await scanTextChunked('word '.repeat(40_000), undefined, { sliceChars: 10_000 });
    expect(priorities.length).toBeGreaterThan(0);
    expect(new Set(priorities)).toEqual(new Set(['user-visible']));
    expect(yieldSpy).not.toHaveBeenCalled();
  });
});
