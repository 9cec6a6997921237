/**
 * Invisible characters (zero-width joiners, bidi overrides, soft hyphens) can be sprinkled inside
 * a secret so that it no longer matches any pattern while still pasting as a working value. We
 * scan a copy without them and keep, for every kept character, its index in the original text,
 * so findings still point at the original spans. Full-width ASCII is folded to ASCII in the same
 * copy, one unit for one.
 */

/**
 * Code points that render as nothing (or only reorder text) and so can hide a value: soft hyphen,
 * combining grapheme joiner, Arabic letter mark, Mongolian vowel separator, zero-width space and
 * joiners with LRM/RLM, bidi embeddings and overrides, word joiner and invisible operators, bidi
 * isolates, BOM / zero-width no-break space. A character class, because the regex engine finds the
 * first one (or proves there is none, the usual case) several times faster than a loop over the text.
 */
const INVISIBLE = /[\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'g');

export interface NormalizedText {
  text: string;
  /** `map[i]` is the original index of normalized index i; `map[text.length]` is the original length. Null when nothing was removed. */
  map: Int32Array | null;
}

/**
 * Full-width forms of ASCII (`０８０－５５７６`, `ｓｋ－…`) and the ideographic space, which
 * Japanese, Chinese and Korean input methods type. Each is one UTF-16 unit like its ASCII
 * counterpart, so folding them keeps every offset.
 */
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/;
const FULL_WIDTH_ALL = new RegExp(FULL_WIDTH.source, 'g');

function foldFullWidth(text: string): string {
  if (!FULL_WIDTH.test(text)) return text;
  return text.replace(FULL_WIDTH_ALL, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

export function normalizeForScan(original: string): NormalizedText {
  const folded = withoutInvisible(original);
  return { text: foldFullWidth(folded.text), map: folded.map };
}

function withoutInvisible(original: string): NormalizedText {
  if (!INVISIBLE.test(original)) return { text: original, map: null };

  const map = new Int32Array(original.length + 1);
  const parts: string[] = [];
  let kept = 0;
  let runStart = 0;
  INVISIBLE_ALL.lastIndex = 0;
  for (let m = INVISIBLE_ALL.exec(original); m !== null; m = INVISIBLE_ALL.exec(original)) {
    const i = m.index;
    for (let j = runStart; j < i; j++) map[kept++] = j;
    if (i > runStart) parts.push(original.slice(runStart, i));
    runStart = i + 1;
  }
  for (let j = runStart; j < original.length; j++) map[kept++] = j;
  if (runStart < original.length) parts.push(original.slice(runStart));
  map[kept] = original.length;
  return { text: parts.join(''), map: map.subarray(0, kept + 1) };
}

/**
 * Maps a normalized span back to the original text. The end maps to one past the original index
 * of the last kept character, so trailing invisible characters are not swallowed into the span.
 */
export function toOriginalSpan(map: Int32Array | null, start: number, end: number): [number, number] {
  if (!map) return [start, end];
  const s = map[start]!;
  const e = end > start ? map[end - 1]! + 1 : s;
  return [s, e];
}
