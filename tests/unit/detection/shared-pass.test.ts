/**
 * Invariants behind the speed work: the shared keyword pass reports what separate passes would,
 * the "verb after a name" clue fires (it once held a literal backspace and never matched), and
 * chunked scans yield through an ordinary-priority task rather than `scheduler.yield`.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildKeywordIndex } from '../../../utils/detection/keywords';
import { factsOf } from '../../../utils/detection/facts';
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
