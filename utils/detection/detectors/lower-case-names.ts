/**
 * Names in text typed entirely in lower case, which has no capitalisation signal: an unambiguous
 * given name (plus the next word when it is not a common English word) stands in for the
 * capitalised run. Every word of the text has to be looked at, so on a long paste this is the
 * person family's largest cost; pure-ASCII text (nearly all of it) takes a path that hashes each
 * word's letters as it reads them and only cuts out the words whose hash is a name's.
 */
import { isUnambiguousGivenName, GIVEN_NAME_SET } from './data/first-names';
import { COMMON_LOWER_WORDS, NOT_A_NAME } from './data/person-words';

/** A word: a lower-case letter and 1-20 more, not glued to a letter, digit or the marks of an address, path or handle. */
const LOWER_WORD_RE = /(?<![\p{L}\p{M}\p{N}_@'’.\/-])\p{Ll}[\p{Ll}\p{M}]{1,20}(?![\p{L}\p{M}\p{N}_@])/gu;

const startsName = (w: string): boolean => isUnambiguousGivenName(w) && !COMMON_LOWER_WORDS.has(w);
const takesSurname = (w: string): boolean => !COMMON_LOWER_WORDS.has(w) && !NOT_A_NAME.has(w);

/** Spans [start, end) of lower-case names in `lower`, in text order; `ascii` when `lower` has no character ≥ 128. */
export function lowerCaseNameSpans(lower: string, ascii: boolean): [number, number][] {
  return ascii ? spansAscii(lower) : spansByRegex(lower);
}

/** The general path: any script, words found by LOWER_WORD_RE. */
export function spansByRegex(lower: string): [number, number][] {
  const out: [number, number][] = [];
  // An exec loop holding one word and the next: collecting every word first kept a match per word
  // alive (800 k of them in a 5 MB paste), which the GC then copied and promoted.
  LOWER_WORD_RE.lastIndex = 0;
  let word = LOWER_WORD_RE.exec(lower);
  while (word !== null) {
    let next = LOWER_WORD_RE.exec(lower);
    if (startsName(word[0])) {
      const start = word.index;
      let end = start + word[0].length;
      if (next && next.index === end + 1 && takesSurname(next[0])) {
        end = next.index + next[0].length;
        next = LOWER_WORD_RE.exec(lower);
      }
      out.push([start, end]);
    }
    word = next;
  }
  return out;
}

// ───────────── the ASCII path: the same words as LOWER_WORD_RE, read by hand ─────────────

const isLetter = (c: number): boolean => c >= 97 && c <= 122;
/** In ASCII, what LOWER_WORD_RE's lookahead refuses after a word: a letter, a digit, _ @ */
const gluedAfter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 64;
/** …and its lookbehind before one: those, and ' . / - */
const gluedBefore = (c: number): boolean => gluedAfter(c) || c === 39 || c === 46 || c === 47 || c === 45;

let nameHashes: Set<number> | null = null;

/** Hashes of the ASCII names that can start a finding, taken by nextWord as for any word; a hit is confirmed on the word itself. */
function nameHashSet(): Set<number> {
  if (!nameHashes) {
    nameHashes = new Set();
    for (const name of GIVEN_NAME_SET) {
      if (/^[a-z]{2,21}$/.test(name) && startsName(name) && nextWord(name, 0) === 0) nameHashes.add(wordHash);
    }
  }
  return nameHashes;
}

/** End and hash of the word found by the last call to nextWord: FNV-1a over its letters, kept to 30 bits so that V8 stores it as a small integer. */
let wordEnd = 0;
let wordHash = 0;

/**
 * Start of the first word at or after `from` (which is 0 or just past a letter run), or -1; its
 * end and hash in `wordEnd` and `wordHash`, the hash taken while the run is read.
 */
function nextWord(s: string, from: number): number {
  const n = s.length;
  let i = from;
  while (i < n) {
    let c = s.charCodeAt(i);
    if (!isLetter(c)) {
      i++;
      continue;
    }
    let h = Math.imul(0x811c9dc5 ^ c, 16777619);
    let e = i + 1;
    while (e < n && isLetter((c = s.charCodeAt(e)))) {
      h = Math.imul(h ^ c, 16777619);
      e++;
    }
    // A run of 2-21 letters is a word unless glued to something; inside a run no word can start.
    if (e - i >= 2 && e - i <= 21 && !(i > 0 && gluedBefore(s.charCodeAt(i - 1))) && !(e < n && gluedAfter(s.charCodeAt(e)))) {
      wordEnd = e;
      wordHash = h & 0x3fffffff;
      return i;
    }
    i = e;
  }
  return -1;
}

/** The ASCII path: what spansByRegex finds, without a match object or a string per word. */
export function spansAscii(lower: string): [number, number][] {
  const out: [number, number][] = [];
  const names = nameHashSet();
  let start = nextWord(lower, 0);
  let end = wordEnd;
  let hash = wordHash;
  while (start !== -1) {
    let nextStart = nextWord(lower, end);
    let nextEnd = wordEnd;
    let nextHash = wordHash;
    if (names.has(hash) && startsName(lower.slice(start, end))) {
      let spanEnd = end;
      if (nextStart === end + 1 && takesSurname(lower.slice(nextStart, nextEnd))) {
        spanEnd = nextEnd;
        nextStart = nextWord(lower, nextEnd);
        nextEnd = wordEnd;
        nextHash = wordHash;
      }
      out.push([start, spanEnd]);
    }
    start = nextStart;
    end = nextEnd;
    hash = nextHash;
  }
  return out;
}
