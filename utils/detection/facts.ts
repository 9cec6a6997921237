/**
 * Facts about the scanned text that several detector families need (where digit runs start, how
 * many digits there are), computed in one pass the first time a family asks and cached on the
 * ScanInput, so the engine pays for them once per scan however many families use them.
 */
import type { ScanInput } from './types';
import { buildKeywordIndex, type KeywordIndex, type KeywordScan } from './keywords';
import { TableHeaders } from './detectors/table-header';

export interface TextFacts {
  /** Start offset of every maximal run of ASCII digits, ascending. */
  readonly digitRunStarts: readonly number[];
  readonly digitCount: number;
  /** True when `lower` is index-aligned with `text` (toLowerCase kept the length), so offsets found in one hold in the other. */
  readonly aligned: boolean;
  /**
   * Offset of the first UTF-16 unit ≥ 128 in `text`, or `text.length` when it is all ASCII. Lower-casing
   * keeps ASCII ASCII, so no non-ASCII word can occur in `lower` before this offset either: families
   * look for their non-ASCII words only from here, and most pasted text never needs to.
   */
  readonly firstNonAscii: number;
}

const DIGIT_RUN = /[0-9]+/g;
const NON_ASCII = /[^\0-\x7f]/;

// Regex scans rather than a loop over every character: the engine skips the letters between digit
// runs several times faster than JavaScript can read them.
function computeFacts(text: string, lower: string): TextFacts {
  const digitRunStarts: number[] = [];
  let digitCount = 0;
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(text); m !== null; m = DIGIT_RUN.exec(text)) {
    digitRunStarts.push(m.index);
    digitCount += m[0].length;
  }
  const firstNonAscii = text.search(NON_ASCII);
  return { digitRunStarts, digitCount, aligned: lower.length === text.length, firstNonAscii: firstNonAscii === -1 ? text.length : firstNonAscii };
}

/** The facts for this scan, computed on first use. */
export function factsOf(input: ScanInput): TextFacts {
  input.facts ??= computeFacts(input.text, input.lower);
  return input.facts;
}

/**
 * The scan's table headers, made on first use and shared: phones, national IDs, dates of birth and
 * names all ask for column headers, and each line is then split once per scan, not once per family.
 */
export function tablesOf(input: ScanInput): TableHeaders {
  input.tables ??= new TableHeaders(input.text);
  return input.tables;
}

// ───────────────────────── shared keyword pass ─────────────────────────
//
// Every family used to run its own pass over the lower-cased text (an automaton for secret
// keywords, another for national-id context words, another for address anchors, and dozens of
// `includes` calls for document anchors). Families now register their literal words when their
// module loads and all of them are found in one automaton pass per scan, on first use.

const registered: string[] = [];
const idOf = new Map<string, number>();
const positionalFlags: number[] = [];
let sharedIndex: KeywordIndex | null = null;
let positional: Uint8Array | null = null;

/**
 * Registers lower-cased literal words for the shared pass and returns their ids (one per word, in
 * order; duplicates share an id). `positions`: whether the family needs every occurrence's offset
 * rather than only whether the word occurs. Called at module load; a family loaded after the
 * first scan only makes the next scan rebuild the automaton.
 */
export function registerKeywords(words: readonly string[], positions = false): number[] {
  sharedIndex = null;
  return words.map((w) => {
    const k = w.toLowerCase();
    if (k.length === 0) throw new Error('empty keyword');
    let id = idOf.get(k);
    if (id === undefined) {
      id = registered.length;
      registered.push(k);
      positionalFlags.push(0);
      idOf.set(k, id);
    }
    if (positions) positionalFlags[id] = 1;
    return id;
  });
}

/** A test of whether any of some registered words occurs in a scan (`keywordsOf(input).present`). */
export type AnyOccurs = (present: Uint8Array) => boolean;

/** Registers `words` for the shared pass, like registerKeywords, and returns whether any of them occurs in a scan. */
export function registerAnyOf(words: readonly string[]): AnyOccurs {
  const ids = registerKeywords(words);
  return (present) => ids.some((id) => present[id] === 1);
}

/** Which registered keywords occur in `lower` (and where, for positional ones): one pass per scan, cached on the input. */
export function keywordsOf(input: ScanInput): KeywordScan {
  if (!sharedIndex) {
    sharedIndex = buildKeywordIndex(registered);
    positional = Uint8Array.from(positionalFlags);
    // buildKeywordIndex keeps the order of a list that is already unique and lower-case, so ids stay valid.
    if (sharedIndex.keywords.length !== registered.length) throw new Error('shared keyword ids out of step');
  }
  input.keywords ??= sharedIndex.scan(input.lower, positional!);
  return input.keywords;
}

/**
 * Runs a sticky (`y`) regex at each candidate offset in ascending order and reports the matches a
 * global scan would report, provided the candidates include every offset where a match can start:
 * a candidate inside the previous match is skipped, exactly as a global scan resumes after it.
 * This is how families avoid running a lookbehind-led regex at every character of the text.
 */
export function matchAtCandidates(re: RegExp, text: string, candidates: readonly number[], onMatch: (m: RegExpExecArray) => void): void {
  let resume = 0;
  for (const at of candidates) {
    if (at < resume) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (m === null || m[0].length === 0) continue;
    resume = at + m[0].length;
    onMatch(m);
  }
}

/** Merges and sorts candidate lists (duplicates removed). A typed array sorts numbers natively, without a comparator call per comparison. */
export function mergeCandidates(...lists: readonly (readonly number[])[]): number[] {
  let n = 0;
  for (const list of lists) n += list.length;
  const all = new Int32Array(n);
  let at = 0;
  for (const list of lists) {
    all.set(list, at);
    at += list.length;
  }
  all.sort();
  const out: number[] = [];
  for (let r = 0; r < n; r++) if (r === 0 || all[r] !== all[r - 1]) out.push(all[r]!);
  return out;
}
