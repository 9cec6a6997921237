/**
 * Regions of a text near the words a regex needs. A regex whose every match contains one of a
 * few literal words only has to read the lines where those words occur. Gating on whether a word
 * occurs at all is enough for a 4 KB paste, but a 100 KB window nearly always holds "total" or
 * "do not" somewhere, and the document and marking regexes then read all of it: per byte, those
 * cost three to four times as much in a 100 KB window as in 4 KB chunks (`npm run bench`).
 */
import type { ScanInput } from './types';
import { keywordsOf, mergeCandidates, registerKeywords } from './facts';

/** [start, end) offsets into the scanned text (and into its lower-cased copy, which is aligned). */
export type Region = readonly [number, number];

/**
 * Lines read on either side of a word's own line. One is enough for the regexes that use it: a
 * label and its value may sit on consecutive lines (`\s` between them), and a heading's `^` looks
 * at the break before it.
 */
const CONTEXT_LINES = 1;

/**
 * Registers lower-case `words` with the shared keyword pass, with their offsets, and returns what
 * a regex needing one of them must read in a scan: null when none occurs, otherwise regions made
 * of whole lines (or the whole text, when their lines cover most of it anyway).
 */
export function registerRegionsNear(words: readonly string[]): (input: ScanInput) => readonly Region[] | null {
  const ids = [...new Set(registerKeywords(words, true))];
  return (input) => {
    const { positions } = keywordsOf(input);
    const lists: number[][] = [];
    for (const id of ids) {
      const found = positions[id];
      if (found) lists.push(found);
    }
    if (lists.length === 0) return null;
    // Offsets found in the lower-cased copy only hold in the text when lower-casing kept its length.
    if (input.lower.length !== input.text.length) return [[0, input.text.length]];
    return linesAround(input.lower, lists.length === 1 ? lists[0]! : mergeCandidates(...lists), CONTEXT_LINES);
  };
}

/**
 * The lines holding each offset (ascending), with `context` lines before and after, merged. A
 * region starts at the line break before its first line and ends after the break that ends its
 * last line, so `^`, `$`, `\b` and one-character lookbehinds at a line's edges see there exactly
 * what they see in the whole text. Covering more than half the text, it is the whole text.
 */
export function linesAround(text: string, offsets: readonly number[], context: number): Region[] {
  const length = text.length;
  const regions: [number, number][] = [];
  let lineEnd = -1;
  for (const at of offsets) {
    // A second word on the same line gives the same region.
    if (at < lineEnd) continue;
    let start = at;
    for (let n = 0; n <= context && start > 0; n++) start = Math.max(0, text.lastIndexOf('\n', start - 1));
    const own = text.indexOf('\n', at);
    lineEnd = own === -1 ? length : own + 1;
    let end = lineEnd;
    for (let n = 0; n < context && end < length; n++) {
      const next = text.indexOf('\n', end);
      end = next === -1 ? length : next + 1;
    }
    const last = regions[regions.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else regions.push([start, end]);
  }
  return wholeWhenMostlyCovered(regions, length);
}

/**
 * The regions, or the whole text once they cover more than half of it: one pass over the text
 * costs less than many over slices. Shared by the line regions here and the secrets family's
 * character windows, so both switch at the same point.
 */
export function wholeWhenMostlyCovered(regions: Region[], length: number): Region[] {
  let covered = 0;
  for (const [a, b] of regions) covered += b - a;
  return covered > length / 2 ? [[0, length]] : regions;
}

/** Whether `regions` is the whole text of `length`, which is then read as it is rather than sliced. */
export const isWhole = (regions: readonly Region[], length: number): boolean =>
  regions.length === 1 && regions[0]![0] === 0 && regions[0]![1] === length;
