/**
 * Invisible characters (zero-width joiners, bidi overrides, soft hyphens) can be sprinkled inside
 * a secret so that it no longer matches any pattern while still pasting as a working value. We
 * scan a copy without them and keep, for every kept character, its index in the original text,
 * so findings still point at the original spans.
 */

/** Code points that render as nothing (or only reorder text) and so can hide a value. */
export function isInvisible(code: number): boolean {
  return (
    code === 0x00ad || // soft hyphen
    code === 0x034f || // combining grapheme joiner
    code === 0x061c || // Arabic letter mark
    code === 0x180e || // Mongolian vowel separator
    (code >= 0x200b && code <= 0x200f) || // zero-width space/joiners, LRM/RLM
    (code >= 0x202a && code <= 0x202e) || // bidi embeddings and overrides
    (code >= 0x2060 && code <= 0x2064) || // word joiner, invisible operators
    (code >= 0x2066 && code <= 0x2069) || // bidi isolates
    code === 0xfeff // BOM / zero-width no-break space
  );
}

export interface NormalizedText {
  text: string;
  /** `map[i]` is the original index of normalized index i; `map[text.length]` is the original length. Null when nothing was removed. */
  map: Int32Array | null;
}

export function normalizeForScan(original: string): NormalizedText {
  let first = -1;
  for (let i = 0; i < original.length; i++) {
    if (isInvisible(original.charCodeAt(i))) {
      first = i;
      break;
    }
  }
  if (first === -1) return { text: original, map: null };

  const map = new Int32Array(original.length + 1);
  const parts: string[] = [];
  let kept = 0;
  let runStart = 0;
  for (let i = 0; i < original.length; i++) {
    if (isInvisible(original.charCodeAt(i))) {
      if (i > runStart) parts.push(original.slice(runStart, i));
      runStart = i + 1;
      continue;
    }
    map[kept++] = i;
  }
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
