/**
 * The document and marking regexes read only the lines near the words they need (near-words.ts).
 * That is a speed change: these tests hold that it finds what a pass over the whole text finds.
 */
import { describe, expect, it } from 'vitest';
import { linesAround } from '../../../utils/detection/near-words';
import { DOCUMENT_PROFILES, MARKING_PATTERNS } from '../../../utils/detection/detectors/data/confidential-signals';
import { scanText } from '../../../utils/detection';
import { corpusTexts } from '../../fixtures/corpora';

const offsetsOf = (hay: string, words: readonly string[]): number[] =>
  words.flatMap((w) => [...hay.matchAll(new RegExp(w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => m.index)).sort((a, b) => a - b);

function matchCount(pattern: RegExp, hay: string): number {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  return [...hay.matchAll(re)].length;
}

describe('lines around a word', () => {
  const filler = Array.from({ length: 40 }, (_, i) => `line ${i} of plain filler text`).join('\n');

  it('starts at the break before the line above and ends after the break below', () => {
    const text = `${filler}\nthe word is here\n${filler}`;
    const at = text.indexOf('word');
    const [[start, end]] = linesAround(text, [at], 1) as [[number, number]];
    expect(text[start]).toBe('\n');
    expect(text.slice(start + 1, end)).toBe('line 39 of plain filler text\nthe word is here\nline 0 of plain filler text\n');
  });

  it('reads only the word\'s own line without context, from its break to the next', () => {
    const text = `${filler}\nthe word is here\n${filler}`;
    expect(linesAround(text, [text.indexOf('word')], 0).map(([a, b]) => text.slice(a, b))).toEqual(['\nthe word is here\n']);
  });

  it('merges regions that touch, and keeps apart those that do not', () => {
    const text = `${filler}\nfirst word\nsecond word\n${filler}\nthird word\n${filler}`;
    const offsets = [...text.matchAll(/word/g)].map((m) => m.index);
    const regions = linesAround(text, offsets, 1);
    expect(regions).toHaveLength(2);
    expect(text.slice(...regions[0]!)).toContain('first word\nsecond word\n');
    expect(text.slice(...regions[1]!)).toContain('third word');
  });

  it('is the whole text when the lines would cover most of it', () => {
    const text = 'a word\nb\nword c\nd';
    expect(linesAround(text, offsetsOf(text, ['word']), 1)).toEqual([[0, text.length]]);
  });

  it('reaches the start and the end of the text', () => {
    const text = `word first\n${filler}\n${filler}\nlast word`;
    const regions = linesAround(text, offsetsOf(text, ['word']), 1);
    expect(regions[0]![0]).toBe(0);
    expect(regions[regions.length - 1]![1]).toBe(text.length);
  });
});

describe('document and marking regexes near their words', () => {
  // Long texts, so that the regions are parts of them rather than the whole.
  const pieces = corpusTexts('chat-prompts-dev.jsonl', 'pii-dev.jsonl');
  const longTexts: string[] = [];
  for (let i = 0; i < pieces.length; i += 120) longTexts.push(pieces.slice(i, i + 120).join('\n\n'));

  it('count as many matches in the regions as in the whole text', () => {
    const patterns = [
      ...DOCUMENT_PROFILES.flatMap((p) => p.signals.filter((s) => s.needs).map((s) => ({ pattern: s.pattern, cased: s.cased ?? false, words: s.needs! }))),
      ...MARKING_PATTERNS.map((m) => ({ pattern: m.pattern, cased: m.cased, words: m.anchors })),
    ];
    let partial = 0;
    let matched = 0;
    for (const text of longTexts) {
      const lower = text.toLowerCase();
      if (lower.length !== text.length) continue;
      for (const { pattern, cased, words } of patterns) {
        const hay = cased ? text : lower;
        const offsets = offsetsOf(lower, words);
        const whole = matchCount(pattern, hay);
        if (offsets.length === 0) {
          expect(whole, pattern.source).toBe(0);
          continue;
        }
        const regions = linesAround(lower, offsets, 1);
        if (regions.length > 1 || regions[0]![1] - regions[0]![0] < text.length) partial++;
        const near = regions.reduce((n, [a, b]) => n + matchCount(pattern, hay.slice(a, b)), 0);
        expect(near, pattern.source.slice(0, 60)).toBe(whole);
        matched += whole;
      }
    }
    // The comparison has to have been made on parts of texts, with matches in them.
    expect(partial).toBeGreaterThan(100);
    expect(matched).toBeGreaterThan(50);
  });

  it('still finds a marking and a contract deep in a long paste', () => {
    const prose = Array.from({ length: 600 }, (_, i) => `Paragraph ${i}: the weekly notes about the roadmap and the hiring plan.`).join('\n');
    const marked = `${prose}\nCONFIDENTIAL - board pack, do not forward\n${prose}`;
    expect(scanText(marked).map((f) => f.type)).toContain('confidential_marking');
    const contract = [
      'SERVICES AGREEMENT',
      'This Agreement is made between Acme Ltd (hereinafter "the Provider") and Beta GmbH (hereinafter "the Client"), together the Parties.',
      '1. Services. The Provider shall deliver the services described in Schedule 1.',
      '2. Fees. The Client shall pay the fees within 30 days of invoice.',
      '3. Governing law. This Agreement is governed by the laws of England and Wales.',
      '4. Indemnification. Each Party shall indemnify the other against third-party claims.',
      'IN WITNESS WHEREOF the parties hereto have executed this Agreement.',
    ].join('\n');
    const types = scanText(`${prose}\n${contract}\n${prose}`).map((f) => f.type);
    expect(types).toContain('contract');
    expect(types).not.toContain('confidential_marking');
  });
});
