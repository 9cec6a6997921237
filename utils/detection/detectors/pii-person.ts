/**
 * Person names, street addresses and dates of birth — personal data without a checksum. No ML
 * model: names come from given-name and surname lists, honorifics, cue phrases ("my name is",
 * "Dear") and surname shapes, and words no list knows from what surrounds them (someone's data
 * right after, a name column, a list of names, the line above a postal address); addresses from
 * street vocabulary (suffix, prefix and glued forms) grown into whole postal blocks; dates only count when birth context is nearby.
 */
import type { DetectionType, Detector, Finding, ScanInput } from '../types';
import { hasWordNear, keyOrQuestionHas, labelHas, labelOnLineBefore, lastWordAt } from './context';
import { isCellEdge, type TableHeaders } from './table-header';
import { factsOf, keywordsOf, matchAtCandidates, mergeCandidates, registerKeywords, tablesOf, type TextFacts } from '../facts';
import { ABBREVIATED_STREET_SUFFIXES, ADDRESS_CUES, APART_ONLY_STREET_ENDINGS, GLUED_STREET_ENDINGS, HOUSE_NAME_WORDS, NUMBERED_PART_WORDS, RARE_STREET_SUFFIXES, SEPARATE_STREET_ENDINGS, STREET_PREFIXES, STREET_SUFFIXES, UNIT_WORDS, US_STATES } from './data/address-words';
import { AIRLINE_DATE, BIRTHDAY_OCCASIONS, DOB_CONTEXT } from './data/context-words';
import { fieldKeyWords } from './field-key';
import { COUNTRIES } from './data/countries';
import { BRANDS } from './data/brands';
import { isAmbiguousGivenName, isGivenName, isUnambiguousGivenName } from './data/first-names';
import { isListedSurname, WORD_SURNAMES } from './data/surnames';
import { lowerCaseNameSpans } from './lower-case-names';
import { recordFieldValues } from './record-fields';
import { CAPS_NAME_CUES, DATA_SEPARATOR, FIELD_LABEL_WORDS, HONORIFICS, ORGANISATION_TAILS, LEADING_NOT_A_NAME, LOWER_CUE_GREETINGS, LOWER_CUE_HONORIFICS, LOWER_CUE_PHRASES, MEDIUM_NAME_CUES, MONTHS, PLACE_LABELS, NON_PERSON_FOLLOWERS, GENERIC_NAME_HEADER, HEADER_CUES, NAME_HEADER, NOT_A_NAME, PERSONAL_DATA_AFTER_NAME, PERSONAL_DATA_HEADER, PLACE_FOLLOWERS, PLACE_PREFIXES, ROLE_WORDS, TEAM_WORDS, SALUTATION_CUES, SPEAKER_ROLES, STRONG_NAME_CUES, SURNAME_PARTICLES, SURNAME_SUFFIXES, WEAK_NAME_CUES } from './data/person-words';

const TYPES: DetectionType[] = [
  { id: 'person_name', category: 'pii', severity: 'low', label: 'Person name', validation: 'given-name and surname lists, honorifics, cue phrases and salutations, surname shapes; unknown words by context (personal data right after, name columns, lists of names, the addressee line)', placeholder: 'NAME' },
  { id: 'street_address', category: 'pii', severity: 'medium', label: 'Street address', validation: 'house number + street vocabulary, unit and postal-code lines', placeholder: 'ADDRESS' },
  { id: 'date_of_birth', category: 'pii', severity: 'medium', label: 'Date of birth', validation: 'date shape + birth context ("born", "DOB")', placeholder: 'DOB' },
];

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const titleCase = (s: string): string => s[0]!.toUpperCase() + s.slice(1);

// ───────────────────────────── person names ─────────────────────────────

/**
 * A capitalised word at [start, end); `key` is its lower-case form, `words` what the word lists
 * say about it (WordFlags), `caps` whether it is written in capitals.
 */
interface Token { start: number; end: number; key: string; words: number; caps: boolean }

/**
 * One bit per word list the name passes ask about a capitalised word. A token's word is looked up
 * in all of them once, when the token is made (wordFlags): the passes used to ask each set again
 * for every run, cell and list a word took part in, a dozen hash lookups per word, which was most
 * of what scoring a run cost.
 */
const enum WordFlags {
  NotAName = 1 << 0, // NOT_A_NAME
  LeadingNotAName = 1 << 1, // LEADING_NOT_A_NAME
  NonPersonFollower = 1 << 2, // NON_PERSON_FOLLOWERS
  Role = 1 << 3, // ROLE_WORDS
  Honorific = 1 << 4, // HONORIFICS
  Salutation = 1 << 5, // SALUTATIONS
  PlacePrefix = 1 << 6, // PLACE_PREFIXES
  FieldLabel = 1 << 7, // FIELD_LABEL_WORDS
  GivenName = 1 << 8, // isGivenName
  AmbiguousGivenName = 1 << 9, // isAmbiguousGivenName
  ListedSurname = 1 << 10, // isListedSurname
  WordSurname = 1 << 11, // WORD_SURNAMES
  RunBreakingUnit = 1 << 12, // RUN_BREAKING_UNITS
  GermanArticle = 1 << 13, // GERMAN_ARTICLES
  SurnameSuffix = 1 << 14, // hasSurnameSuffix(key)
  CapsSurnameSuffix = 1 << 15, // hasSurnameSuffix(key, CAPS_SURNAME_SUFFIX_MIN)
  OrganisationTail = 1 << 16, // ORGANISATION_TAILS
}

/** Whether the token's word is in any of the lists `flags` names. */
const is = (t: Token, flags: WordFlags): boolean => (t.words & flags) !== 0;
/** isUnambiguousGivenName for a token. */
const isClearlyGiven = (t: Token): boolean => (t.words & (WordFlags.GivenName | WordFlags.AmbiguousGivenName)) === WordFlags.GivenName;

function makeToken(start: number, end: number, key: string, caps = false): Token {
  return { start, end, key, words: wordFlags(key), caps };
}

/**
 * A capitalised word (not an all-caps acronym) starting exactly at lastIndex. Sticky and without
 * the lookbehind: `capitalisedWords` only tries it where a word can start, which is what keeps
 * prose with hundreds of capitals per page cheap. Bounded length keeps each attempt short.
 */
const CAP_WORD_AT = /\p{Lu}(?:\p{Ll}|\p{M})[\p{Ll}\p{M}]{0,24}(?:['’-]\p{Lu}?[\p{Ll}\p{M}]{1,20}|\p{Lu}[\p{Ll}\p{M}]{1,20})?(?![\p{L}\p{M}\p{N}_@])/uy;
/** What may not sit right before a capitalised word for it to count as a word start. */
const NOT_BEFORE_WORD = /[\p{L}\p{M}\p{N}_@'’./\\-]/u;
const UPPER_OR_HIGH_SURROGATE = /[\p{Lu}\uD800-\uDBFF]/u;
const LOWER_OR_MARK = /[\p{Ll}\p{M}\uD800-\uDBFF]/u;

/** The code point ending right before `i` (a surrogate pair counts as one), as a string. */
function charBefore(text: string, i: number): string {
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return text.slice(i - 2, i);
  }
  return text[i - 1]!;
}

function isAsciiWordish(c: number): boolean {
  // letters, digits and _ @ ' . / \ - (the ASCII part of NOT_BEFORE_WORD)
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 64 || c === 39 || c === 46 || c === 47 || c === 92 || c === 45;
}

/**
 * The end of CAP_WORD_AT's match at `i` for the common all-ASCII shape (an ASCII capital, 1–25
 * ASCII lower-case letters, then the end of the text or an ASCII character that neither continues
 * the word nor fails the lookahead), or -1 when the regex must decide (an apostrophe, hyphen,
 * inner capital, digit, non-ASCII character or a longer word follows).
 */
function asciiCapWordEnd(text: string, i: number): number {
  let j = i + 1;
  const n = text.length;
  while (j < n) {
    const e = text.charCodeAt(j);
    if (e < 97 || e > 122) break;
    j++;
  }
  const letters = j - i - 1;
  if (letters < 1 || letters > 25) return -1;
  if (j === n) return j;
  const e = text.charCodeAt(j);
  return e >= 128 || isAsciiWordish(e) ? -1 : j;
}

/** Whether the character before `i` continues a word (so no word starts at `i`). */
function wordCharBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const p = text.charCodeAt(i - 1);
  // An apostrophe after a letter or digit joins a word ("l'Oréal", "d'Alembert", "90's"); after
  // a space, bracket, comma or the start it opens a quoted string, as in SQL VALUES ('Tom Becker',
  // …) or a Python list ['Ana Ruiz']. Any non-ASCII character before it counts as joining.
  if (p === 39) return i >= 2 && isAsciiAlnumOrNonAscii(text.charCodeAt(i - 2));
  return p < 128 ? isAsciiWordish(p) : NOT_BEFORE_WORD.test(charBefore(text, i));
}

function isAsciiAlnumOrNonAscii(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c >= 128;
}

/**
 * Where a capitalised word can start: an ASCII capital not right after an ASCII letter or digit
 * (inside "getElementById" no word starts, as wordCharBefore would say after reading each capital),
 * or any non-ASCII character (checked further below).
 */
const WORD_START_CANDIDATE = /(?<![A-Za-z0-9])[A-Z]|[\u0080-\uffff]/g;

const HAS_LOWER = /\p{Ll}/u;

/** A word in capitals ("KOWALCZYK", "JOHN"), bounded like CAP_WORD_AT. */
const CAPS_WORD_AT = /\p{Lu}{3,20}(?![\p{L}\p{M}\p{N}_@])/uy;

/**
 * A name written in capitals ("JOSHI Rupinder", "Met STELLA SURMA"): a word in capitals is a token
 * only when it is a listed name or has a surname ending, as acronyms (API, ADA, SAM) are far more
 * common in capitals than names; short ones and names that are also words are never taken.
 */
function capsNameAt(text: string, lower: string, i: number): { token: Token | null; end: number } {
  // All-ASCII capitals are read with a loop; a non-ASCII letter in or after the word goes to the regex.
  let j = i;
  const n = text.length;
  for (let c = text.charCodeAt(j); j < n && c >= 65 && c <= 90; c = text.charCodeAt(++j));
  const after = j < n ? text.charCodeAt(j) : 32;
  let end: number;
  let key: string;
  if (after < 128) {
    if (j - i < 3 || j - i > 20 || isAsciiWordish(after)) return { token: null, end: j };
    end = j;
    key = lower.length === text.length ? lower.slice(i, j) : text.slice(i, j).toLowerCase();
  } else {
    CAPS_WORD_AT.lastIndex = i;
    const m = CAPS_WORD_AT.exec(text);
    if (m === null) return { token: null, end: j };
    end = i + m[0].length;
    key = m[0].toLowerCase();
  }
  const token = makeToken(i, end, key, true);
  // isClearGivenName(key) || isSurnameWord(key), from the token's flags.
  const name = (key.length >= 4 && isClearlyGiven(token)) || is(token, WordFlags.ListedSurname) || (key.length >= 6 && is(token, WordFlags.CapsSurnameSuffix));
  return { token: name ? token : null, end };
}

/** The end of the word at [start, end) without a possessive: "John's address" is John's ("O'Brien" keeps its apostrophe). */
function withoutPossessive(text: string, start: number, end: number): number {
  const quote = text.charCodeAt(end - 2);
  return text.charCodeAt(end - 1) === 115 && (quote === 39 || quote === 0x2019) && end - 2 > start + 1 ? end - 2 : end;
}

/**
 * An all-ASCII word's key is cut from `lower` when it is index-aligned with `text` (ASCII
 * lower-casing depends on no context), which saves a second string per word; other words are
 * lower-cased on their own, as Greek final sigma depends on the characters around them.
 */
function capitalisedWords(text: string, lower: string, capsStarts: number[]): Token[] {
  const aligned = lower.length === text.length;
  const tokens: Token[] = [];
  // The regex engine skips to the next ASCII capital or non-ASCII character several times faster
  // than a loop reading every character; `test` moves lastIndex without building a match array.
  WORD_START_CANDIDATE.lastIndex = 0;
  while (WORD_START_CANDIDATE.test(text)) {
    const i = WORD_START_CANDIDATE.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c >= 128 && !UPPER_OR_HIGH_SURROGATE.test(text[i]!)) continue;
    const d = text.charCodeAt(i + 1);
    // "O'Connell", "D'Souza": the prefix and the capitalised word after it are one surname.
    if ((c === 79 || c === 68) && (d === 39 || d === 0x2019) && !wordCharBefore(text, i)) {
      CAP_WORD_AT.lastIndex = i + 2;
      const m = CAP_WORD_AT.exec(text);
      if (m !== null) {
        const end = withoutPossessive(text, i, i + 2 + m[0].length);
        tokens.push(makeToken(i, end, text.slice(i, end).toLowerCase().replace('’', "'")));
        WORD_START_CANDIDATE.lastIndex = end;
        continue;
      }
    }
    // The second character must be lower case or a mark; this rejects acronyms before any regex runs.
    if (!(d >= 97 && d <= 122) && !(d >= 128 && LOWER_OR_MARK.test(text[i + 1]!)) && !(c >= 0xd800 && c <= 0xdbff)) {
      // A word in capitals: a token only if it is a name (capsNameAt); either way the scan resumes after it.
      if ((d >= 65 && d <= 90) || d >= 128) {
        if (wordCharBefore(text, i)) continue;
        const caps = capsNameAt(text, lower, i);
        if (caps.token) tokens.push(caps.token);
        // Where a run of capitals words may start (for detectCapsRuns): a space and another capital follow;
        // or where a cell of one may end (capsCellInNameColumn): two spaces, a tab, a newline, a delimiter.
        const after = text.charCodeAt(caps.end);
        const next = text.charCodeAt(caps.end + 1);
        if (after >= 128 || (after === 32 && ((next >= 65 && next <= 90) || next === 32 || (next >= 128 && UPPER_OR_HIGH_SURROGATE.test(text[caps.end + 1]!)))) || isCellEdge(after) || after === 13 || caps.end === text.length) capsStarts.push(i);
        WORD_START_CANDIDATE.lastIndex = Math.max(caps.end, i + 1);
      }
      continue;
    }
    if (wordCharBefore(text, i)) continue;
    const fast = c <= 90 ? asciiCapWordEnd(text, i) : -1;
    let end: number;
    if (fast !== -1) end = fast;
    else {
      CAP_WORD_AT.lastIndex = i;
      const m = CAP_WORD_AT.exec(text);
      if (m === null) continue;
      end = withoutPossessive(text, i, i + m[0].length);
    }
    tokens.push(makeToken(i, end, aligned && fast !== -1 ? lower.slice(i, end) : text.slice(i, end).toLowerCase()));
    WORD_START_CANDIDATE.lastIndex = end;
  }
  return tokens;
}

/**
 * Lower-case name after an honorific or a strong cue, as in "to mr. larry lombardo". No two cues
 * can match at the same offset (they differ by their first few characters), so the order of the
 * alternatives does not matter beyond the honorific group, which keeps its list order.
 */
const LOWER_CUE_AT = new RegExp(
  String.raw`(?:(?<![\p{L}])(${LOWER_CUE_HONORIFICS.join('|')})\.?|${[...LOWER_CUE_PHRASES.map(esc), ...LOWER_CUE_GREETINGS.map((w) => String.raw`\b${esc(w)}`)].join('|')})\s+(\p{Ll}[\p{Ll}\p{M}]{1,20})(?:\s+(\p{Ll}[\p{Ll}\p{M}]{1,24}))?`,
  'uy',
);
/**
 * Every match of LOWER_CUE_AT starts with one of these words, so the regex is tried only where the
 * shared keyword pass saw one, followed by what the regex needs next (whitespace, or a dot after
 * an honorific). "mrs" is listed for itself: after "mr" in "mrs" comes an "s".
 */
const LOWER_CUE_WORDS: readonly string[] = [...LOWER_CUE_HONORIFICS, ...LOWER_CUE_PHRASES, ...LOWER_CUE_GREETINGS];
const LOWER_CUE_IDS = registerKeywords(LOWER_CUE_WORDS, true);

function lowerCueCandidates(input: ScanInput): number[] {
  const { lower } = input;
  const positions = keywordsOf(input).positions;
  const out: number[] = [];
  for (let k = 0; k < LOWER_CUE_WORDS.length; k++) {
    const starts = positions[LOWER_CUE_IDS[k]!];
    if (!starts) continue;
    const len = LOWER_CUE_WORDS[k]!.length;
    for (const p of starts) {
      const c = lower.charCodeAt(p + len);
      // Inside a word or after a number it is not the cue: "400ms ease-out" is milliseconds.
      const b = lower.charCodeAt(p - 1);
      if ((b >= 48 && b <= 57) || (b >= 97 && b <= 122)) continue;
      // So is an honorific after a number and a space: "duration: 641.454 ms  statement" (Postgres logs).
      if (k < LOWER_CUE_HONORIFICS.length && afterNumber(lower, p)) continue;
      // `\s` or "." next; any non-ASCII character is left to the regex.
      if (c === 32 || c === 46 || (c >= 9 && c <= 13) || c >= 128) out.push(p);
    }
  }
  return out.length > 1 ? mergeCandidates(out) : out;
}

/** A digit, then any spaces or tabs, right before `at`. */
function afterNumber(lower: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (lower.charCodeAt(i) === 32 || lower.charCodeAt(i) === 9)) i--;
  const d = lower.charCodeAt(i);
  return d >= 48 && d <= 57;
}

const LOWER_STOP: ReadonlySet<string> = new Set(['and', 'but', 'or', 'as', 'is', 'was', 'to', 'from', 'at', 'in', 'on', 'for', 'here', 'there', 'the', 'a', 'an', 'so', 'has', 'had', 'will', 'explained', 'said', 'concert', 'version', 'novel', 'who', 'with']);

/** Verbs right after a capitalised word that mark it as someone ("Klimek shouted", "Kelvin is from"). */
const PERSON_VERB_AFTER_AT = /(?:['’]s\s(?:address|daughter|son|wife|husband|mother|father|brother|sister|phone|email|account|birthday|family|office|car|house|mom|dad|boss|friend)|,\s(?:can|could|would|will|please|I|we)\s|\s(?:spent|will be|just has to|has to|listed|points out|pointed out|said|says|told|asked|shouted|wrote|replied|explained|answered|smiled|laughed|had given|gave|is from|was from|was born|lives in|works at|works for|is a \d|was a huge|is my|was my|emailed|called me|texted|(?:and I )?were (?:[a-z]+ )?(?:engineers|founders|co-founders|friends|colleagues|classmates|roommates|siblings|brothers|sisters|cousins|twins|neighbors|neighbours|doctors|lawyers|musicians|artists|scientists|researchers|writers|designers|developers|teachers|nurses|students)(?![’'])))\b/y;

function isSentenceStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '"' || text[i] === '“' || text[i] === '(' || text[i] === '*' || text[i] === '>' || text[i] === '-' || text[i] === '#')) i--;
  if (i < 0) return true;
  const ch = text[i]!;
  // A checkbox or a date in brackets opening the line ("- [x] Contrato assinado", "[22/08/2024] Chamada recebida") stands before the line's first word.
  if (ch === ']') {
    const open = text.lastIndexOf('[', i);
    return open !== -1 && i - open <= BRACKETED_PREFIX_MAX && !text.slice(open, i).includes('\n') && isSentenceStart(text, open);
  }
  return ch === '.' || ch === '!' || ch === '?' || ch === '\n' || ch === ':' || ch === '•';
}
/** How long a line's bracketed prefix (a checkbox, a date, a time) may be. */
const BRACKETED_PREFIX_MAX = 24;

/** A field label's colon or a list number ("1.", "2)") right before `start`, spaces aside. */
function afterLabelOrNumber(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i >= 0 && (text[i] === ':' || ((text[i] === '.' || text[i] === ')') && i > 0 && text.charCodeAt(i - 1) >= 48 && text.charCodeAt(i - 1) <= 57));
}

/** Whether a strong cue ("name is", "cardholder:", "last name") stands right before `start`. */
function strongCueBefore(lower: string, start: number): boolean {
  return cueWordBefore(lower, start) && cueIn(phrasesBefore(lower, start), STRONG_CUES);
}

const HEADER_CUE_SET: ReadonlySet<string> = new Set(HEADER_CUES);
/** A letter or digit, then spaces, before the last word of the same line. */
const WORD_BEFORE_ON_LINE = /[\p{L}\p{N}][ \t\u00a0]+[^\s]+$/u;

const CELL_GAP = /\t| {2}/;

/** The one-, two- and three-word phrases right before `start` (lower case, trailing commas/spaces trimmed). */
function phrasesBefore(lower: string, start: number): string[] {
  // French typography puts a space before the colon: "Titulaire : Reto Bauer" is labelled like "Titulaire: …".
  const raw = lower.slice(Math.max(0, start - 30), start);
  const before = raw.replace(/[\s,]+$/, '').replace(/(\S)[ \u00a0\u202f]:$/, '$1:');
  // A tab or a run of spaces after a word without a colon ends a column header's cell
  // ("Customer⇥Current⇥1-30"): the word heads another column and cues nothing here.
  if (!before.endsWith(':') && CELL_GAP.test(raw.slice(before.length))) return [];
  // An opening bracket or quote is not part of the cue: "(account holder: …".
  const words = before.split(/[\s(\["“]+/);
  const out: string[] = [];
  for (let n = 1; n <= 3 && n <= words.length; n++) out.push(words.slice(words.length - n).join(' '));
  if (HEADER_CUE_SET.has(out[0]!) && WORD_BEFORE_ON_LINE.test(before)) out[0] = '';
  return out;
}

/**
 * Whether a UTF-16 unit is what `\s` matches: ASCII whitespace, the no-break and other Unicode
 * spaces, the line and paragraph separators and the BOM. Read by code, as the word walks below
 * run over every character they pass, where a one-character string and a regex test per
 * character cost more than the rest of scoring a word.
 */
function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The last word of `phrasesBefore` without building the phrases: every cue phrase ends with a word
 * of CUE_LAST_WORDS, so when this word is not one of them no cue can match and the phrases are
 * never built (most capitalised words in prose).
 */
function wordBefore(lower: string, start: number): string {
  findWordBefore(lower, start);
  return wordFound(lower);
}

/** Where findWordBefore found the word: lower[foundFrom, foundTo), with a colon after it when `foundColon`. */
let foundFrom = 0;
let foundTo = 0;
let foundColon = false;

/** Finds the word wordBefore returns, without cutting it out (see foundFrom). */
function findWordBefore(lower: string, start: number): void {
  const lo = Math.max(0, start - 30);
  let e = start;
  while (e > lo && (lower.charCodeAt(e - 1) === 44 || isSpaceCode(lower.charCodeAt(e - 1)))) e--;
  let s = e;
  while (s > lo && !isSpaceCode(lower.charCodeAt(s - 1))) s--;
  foundFrom = s;
  foundTo = e;
  foundColon = false;
  if (e - s === 1 && lower.charCodeAt(s) === 58) {
    // A colon standing alone ("Titulaire : …"): the label is the word before it.
    // One space only: "Author  : Generated" aligns a column of labels, and a column is not a name's label.
    const e2 = s - 1;
    if (e2 <= lo || !isSpaceCode(lower.charCodeAt(e2)) || isSpaceCode(lower.charCodeAt(e2 - 1))) return;
    let s2 = e2;
    while (s2 > lo && !isSpaceCode(lower.charCodeAt(s2 - 1))) s2--;
    if (s2 < e2) {
      foundFrom = s2;
      foundTo = e2;
      foundColon = true;
    }
  }
}

/** The word the last findWordBefore found. */
function wordFound(lower: string): string {
  const word = lower.slice(foundFrom, foundTo);
  return foundColon ? word + ':' : word;
}

/**
 * CUE_LAST_WORDS.has(wordBefore(lower, start)), with most words ruled out by their shape before
 * one is cut out to be looked up.
 */
function cueWordBefore(lower: string, start: number): boolean {
  findWordBefore(lower, start);
  const length = foundTo - foundFrom + (foundColon ? 1 : 0);
  if (length === 0) return CUE_LAST_WORDS.has('');
  const last = foundColon ? 58 : lower.charCodeAt(foundTo - 1);
  return CUE_SHAPES.has(shapeOf(length, lower.charCodeAt(foundFrom), last)) && CUE_LAST_WORDS.has(wordFound(lower)) && cueLineLabels(lower, start);
}

/**
 * A cue on an earlier line than the word after it labels that word only when it stands on its
 * line as a label or a closing does ("Surname:⏎Okafor", "Best wishes,⏎Ana"), not at the end of a
 * request ("Sort this alphabetically by surname:⏎⏎Overdue notice"), and only a closing across a blank line.
 */
function cueLineLabels(lower: string, start: number): boolean {
  // Only the few characters between the cue and the word are read, and a bounded stretch before the cue.
  const gap = lower.slice(foundTo, start);
  const lineBreak = gap.indexOf('\n');
  if (lineBreak === -1) return true;
  // A letter's closing may stand a blank line above its signature.
  if (gap.lastIndexOf('\n') !== lineBreak && lower.charCodeAt(foundTo) !== 44) return false;
  const before = lower.slice(Math.max(0, foundFrom - CUE_LINE_REACH), foundTo);
  const cueLine = before.slice(before.lastIndexOf('\n') + 1);
  return (SENTENCE_TAIL.exec(cueLine)?.[0].match(WORD_GAPS)?.length ?? 0) < MAX_LABEL_WORDS;
}
/** The words after the last sentence end of a line, and how many a label or a closing has at most. */
const SENTENCE_TAIL = /[^.!?]*$/;
const WORD_GAPS = /\S\s+(?=\S)/g;
const MAX_LABEL_WORDS = 4;
const CUE_LINE_REACH = 200;

// The phrases before a name are compared with their trailing commas trimmed ("Best regards,\nAna"), so the cues are too.
const cueSet = (cues: readonly string[]): ReadonlySet<string> => new Set(cues.map((c) => c.replace(/,+$/, '')));
/** A cue that only ever introduces a person is one as a field label too ("Account holder: LARYSA MICHALAK", "Applicant: Reis"). */
const PERSON_CUE_LABELS = CAPS_NAME_CUES.filter((c) => !c.endsWith(',')).map((c) => `${c}:`);
const STRONG_CUES = cueSet([...STRONG_NAME_CUES, ...PERSON_CUE_LABELS]);
const MEDIUM_CUES = cueSet(MEDIUM_NAME_CUES);
const WEAK_CUES = cueSet(WEAK_NAME_CUES);
const CAPS_CUES = cueSet([...CAPS_NAME_CUES, ...PERSON_CUE_LABELS]);
const cueIn = (phrases: string[], cues: ReadonlySet<string>): boolean => phrases.some((p) => cues.has(p));
const SALUTATIONS: ReadonlySet<string> = new Set(SALUTATION_CUES);
const SALUTATION_ALT = [...SALUTATION_CUES].sort((a, b) => b.length - a.length).map(esc).join('|');
const SALUTATION_AT_TEXT_START = new RegExp(String.raw`[ \t>*]*(?:${SALUTATION_ALT})[ \t]+`, 'y');
// A newline as the first character lets the regex engine skip to line starts; a lookbehind would be tried everywhere.
const SALUTATION_AFTER_NEWLINE = new RegExp(String.raw`\n[ \t>*]*(?:${SALUTATION_ALT})[ \t]+`, 'g');

/**
 * Offsets where a name may follow a salutation that opens its line ("Beste ", "> Dzień dobry "),
 * found once per scan rather than by reading back from every capitalised run, most of which are
 * nowhere near a line start. (Registering the salutations with the shared keyword pass cost more:
 * "hey" is in every "they".)
 */
function salutationEnds(lower: string): ReadonlySet<number> {
  const ends = new Set<number>();
  SALUTATION_AT_TEXT_START.lastIndex = 0;
  const first = SALUTATION_AT_TEXT_START.exec(lower);
  if (first) ends.add(first[0].length);
  SALUTATION_AFTER_NEWLINE.lastIndex = 0;
  for (let m = SALUTATION_AFTER_NEWLINE.exec(lower); m !== null; m = SALUTATION_AFTER_NEWLINE.exec(lower)) ends.add(m.index + m[0].length);
  return ends;
}

const CUE_LAST_WORDS: ReadonlySet<string> = new Set([...STRONG_CUES, ...MEDIUM_CUES, ...WEAK_CUES, ...CAPS_CUES].map((c) => c.split(' ').at(-1)!));

/** [A-Za-zñÑ], the letters honorifics are written with. */
function isHonorificLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 0xf1 || c === 0xd1;
}

/**
 * A word's length and its first and last characters in one number, letters lower-cased by setting
 * bit 5 (exact for A–Z and Ñ). Comparing it with the shapes of a short word list rules out most
 * words before a run ("the", "and", "for") without cutting a string to look it up; a word of the
 * list always has one of the list's shapes.
 */
function shapeOf(length: number, first: number, last: number): number {
  return length * 65536 + (first | 32) * 256 + (last | 32);
}
/** The shape of s[from, to). */
function wordShape(s: string, from: number, to: number): number {
  return shapeOf(to - from, s.charCodeAt(from), s.charCodeAt(to - 1));
}
const shapesOf = (words: Iterable<string>): ReadonlySet<number> => new Set([...words].filter((w) => w.length > 0).map((w) => wordShape(w, 0, w.length)));
const HONORIFIC_SHAPES = shapesOf(HONORIFICS);
const PARTICLE_SHAPES = shapesOf(SURNAME_PARTICLES);
const CUE_SHAPES = shapesOf(CUE_LAST_WORDS);

/** Italian writes a woman's title as the man's abbreviation with her ending: Sig.ra, Sig.na, Dott.ssa, Prof.ssa. */
const FEMININE_TITLE_ENDINGS: ReadonlySet<string> = new Set(['ra', 'na', 'ssa']);

/** Start of "Sig.ra"-style title whose ending is text[w, i), or undefined. */
function abbreviatedFeminineStart(text: string, w: number, i: number, from: number): number | undefined {
  if (i - w > 3 || w < 2 || text.charCodeAt(w - 1) !== 46 || !FEMININE_TITLE_ENDINGS.has(text.slice(w, i).toLowerCase())) return undefined;
  const end = w - 1;
  let t = end;
  while (t > from && end - t <= 5 && isHonorificLetter(text.charCodeAt(t - 1))) t--;
  if (t === end || (t > 0 && /[\p{L}\p{N}]/u.test(text[t - 1]!))) return undefined;
  return HONORIFICS.has(text.slice(t, end).toLowerCase()) ? t : undefined;
}

/** Start offset of an honorific ("Mr. ", "Dr ") right before `start`, so the span includes it. */
function honorificStart(text: string, start: number): number | undefined {
  // Cheap necessary condition first: 1–2 spaces, an optional dot, then a letter run that is an honorific.
  let i = start;
  while (i > 0 && start - i < 3 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  if (i === start || start - i > 2) return undefined;
  if (text.charCodeAt(i - 1) === 46) i--;
  const from = Math.max(0, start - 12);
  let w = i;
  while (w > from && i - w <= 9 && isHonorificLetter(text.charCodeAt(w - 1))) w--;
  if (w === i) return undefined;
  if (!HONORIFIC_SHAPES.has(wordShape(text, w, i)) || !HONORIFICS.has(text.slice(w, i).toLowerCase())) return abbreviatedFeminineStart(text, w, i, from);
  const m = /(?<![\p{L}])([A-Za-zñÑ]{1,9})\.?\s{1,2}$/u.exec(text.slice(from, start));
  return m && HONORIFICS.has(m[1]!.toLowerCase()) ? from + m.index : undefined;
}

/**
 * " van der ", " de la ": 1–12 lower-case letters, spaces or dots between single spaces, every
 * word a surname particle. The length and the two spaces are checked on char codes first, so most
 * gaps between capitalised words are rejected without building a string.
 */
function particleGap(text: string, from: number, to: number): boolean {
  const len = to - from;
  if (len < 3 || len > 14 || text.charCodeAt(from) !== 32 || text.charCodeAt(to - 1) !== 32) return false;
  const gap = text.slice(from, to);
  if (!/^ [\p{Ll} .]{1,12} $/u.test(gap)) return false;
  // Spaces alone are no particle: they part the columns of a table aligned with spaces.
  const words = gap.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((w) => SURNAME_PARTICLES.has(w));
}

/** Start of the surname particles right before `start` ("van ", "von der ", "de la "), or `start` when there are none. */
function particlesStart(text: string, start: number): number {
  let s = start;
  for (let k = 0; k < 3 && text.charCodeAt(s - 1) === 32; k++) {
    let w = s - 1;
    for (let c = text.charCodeAt(w - 1); w > s - 6 && ((c >= 97 && c <= 122) || c === 46); c = text.charCodeAt(w - 1)) w--;
    if (w === s - 1 || (w > 0 && text.charCodeAt(w - 1) !== 32) || !PARTICLE_SHAPES.has(wordShape(text, w, s - 1)) || !SURNAME_PARTICLES.has(text.slice(w, s - 1))) break;
    s = w;
  }
  return s;
}

/** " K. " between two words: a middle initial ("Hollis K. Koch"), which belongs to the name around it. */
function initialGap(text: string, from: number, to: number): boolean {
  if (to - from !== 4 || text.charCodeAt(from) !== 32 || text.charCodeAt(from + 2) !== 46 || text.charCodeAt(from + 3) !== 32) return false;
  const c = text.charCodeAt(from + 1);
  return c >= 65 && c <= 90;
}

/** "J. " right before `start`, the initial standing alone (not the end of a word or of "U.S."). */
function initialBefore(text: string, start: number): boolean {
  if (start < 3 || text.charCodeAt(start - 1) !== 32 || text.charCodeAt(start - 2) !== 46) return false;
  const c = text.charCodeAt(start - 3);
  if (c < 65 || c > 90) return false;
  if (start === 3) return true;
  const p = text.charCodeAt(start - 4);
  return p === 32 || p === 10 || p === 9 || p === 40 || p === 44 || p === 58;
}

/** One of PLACE_FOLLOWERS right after a run ("the Eugene office"). */
const PLACE_FOLLOWER_AT = new RegExp(String.raw`^ (?:${PLACE_FOLLOWERS.map(esc).join('|')})\b`);

/**
 * Whether the initial that `nameStart` (its first letter) opens follows a word that introduces a
 * person ("mentor S. Koch", "reminder that P. Prevost", "cc J. Okafor"). After any other word the
 * letter more often ends a sentence ("hepatitis B. Patients", "vitamin C. Studies"), labels an
 * option or a heading ("Answer: C. Mitochondria", "Section A. Scope") or is a direction.
 */
function initialAfterPersonWord(text: string, lower: string, nameStart: number): boolean {
  // At the start of a line the letter numbers an outline item ("scenarios:\n\nA. Initialization").
  if (lineStartsAt(text, nameStart)) return false;
  const raw = wordBefore(lower, nameStart);
  // A label ("Signed:", "Prepared by:", "Technician:") introduces a person, unless it letters options.
  if (raw.endsWith(':')) return !OPTION_LABELS.has(raw.slice(0, -1));
  return INITIAL_LEAD_WORDS.has(raw) || ROLE_WORDS.has(raw);
}
const OPTION_LABELS: ReadonlySet<string> = new Set(['answer', 'answers', 'option', 'options', 'section', 'step', 'question', 'choice', 'choices', 'part', 'item', 'plan', 'grade', 'type', 'level', 'correct']);
const INITIAL_LEAD_WORDS: ReadonlySet<string> = new Set([
  'that', 'to', 'for', 'from', 'with', 'by', 'and', 'cc', 'ask', 'asked', 'tell', 'told', 'met', 'meet', 'per', 'thanks', 'thank',
  'contact', 'call', 'called', 'email', 'emailed', 'ping', 'mentor', 'supervisor', 'reviewer', 'approver', 'lead', 'dear', 'hi', 'hello',
]);

/** " M." right after a name, not followed by a letter or digit. */
function trailingInitialAt(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32 || text.charCodeAt(end + 2) !== 46) return false;
  const c = text.charCodeAt(end + 1);
  if (c < 65 || c > 90) return false;
  const after = text.charCodeAt(end + 3);
  return !(after >= 48 && after <= 57) && !(after >= 65 && after <= 90) && !(after >= 97 && after <= 122);
}

/**
 * Unit words that open the rest of an address and are nobody's name ("Apt", "Suite"): a name before
 * one ends there ("Mrs. Diana Weöres Apt. 434"). Not "Zimmer" or "Floor", which are also surnames.
 */
const RUN_BREAKING_UNITS: ReadonlySet<string> = new Set(['apt', 'apartment', 'suite', 'ste', 'bldg', 'unit']);
/** German articles opening a sentence: the capitalised word after them is a noun ("Die Rechnung von Anna Becker"). */
const GERMAN_ARTICLES: ReadonlySet<string> = new Set(['die', 'das', 'dem']);

/** Groups capitalised words separated by single spaces (or surname particles, or a middle initial) into candidate runs. */
function buildRuns(text: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  let afterPreposition: Set<Token[]> | undefined;
  for (const t of tokens) {
    if (is(t, WordFlags.RunBreakingUnit)) {
      if (run.length) runs.push(run);
      run = [];
      continue;
    }
    const prev = run[run.length - 1];
    // A title opens a new run: the capitalised word before it ("Laut Frau Anna Keller", "Merci
    // Madame Claire Dubois") is the sentence's, not part of the name, and would sink the whole run.
    if (prev && is(t, WordFlags.Honorific) && !is(prev, WordFlags.Honorific | WordFlags.NotAName | WordFlags.LeadingNotAName)) {
      runs.push(run);
      run = [t];
      continue;
    }
    // Four words at most, five when the first is a greeting or a common word that scoreRun drops ("Guten Tag Frau Sabine Fischer").
    if (prev && run.length < (is(run[0]!, WordFlags.NotAName | WordFlags.LeadingNotAName) ? 5 : 4)) {
      if (t.start === prev.end + 1 && text.charCodeAt(prev.end) === 32) {
        run.push(t);
        continue;
      }
      if (initialGap(text, prev.end, t.start)) {
        run.push(t);
        continue;
      }
      // A particle after a lone word that is no given name is a preposition: "Antrag von Paul
      // Brunner", "Brief van Jansen", "Carta de María López" (a request, a letter from someone). The
      // name starts after it, and is at least two words: "Mansilla de la Sierra", "Ciclo de Vida".
      if (particleGap(text, prev.end, t.start)) {
        if (run.length === 1 && !is(prev, WordFlags.GivenName | WordFlags.Honorific) && !initialBefore(text, prev.start) && honorificStart(text, prev.start) === undefined) {
          runs.push(run);
          run = [t];
          (afterPreposition ??= new Set()).add(run);
        } else run.push(t);
        continue;
      }
    }
    if (run.length) runs.push(run);
    run = [t];
  }
  if (run.length) runs.push(run);
  return afterPreposition ? runs.filter((r) => r.length > 1 || !afterPreposition!.has(r)) : runs;
}

const SURNAME_SUFFIX_SET: ReadonlySet<string> = new Set(SURNAME_SUFFIXES);
const SURNAME_SUFFIX_TAILS: ReadonlySet<number> = new Set(SURNAME_SUFFIXES.map((x) => x.charCodeAt(x.length - 2) * 65536 + x.charCodeAt(x.length - 1)));
const SURNAME_SUFFIX_LENGTHS: readonly number[] = [...new Set(SURNAME_SUFFIXES.map((x) => x.length))].sort((a, b) => a - b);

/**
 * Whether the word ends with a surname ending of at least `minLength` letters: a few set lookups
 * rather than a regex tried at every offset of the word.
 */
function hasSurnameSuffix(key: string, minLength = 1): boolean {
  // Most words end in two letters no surname ending ends in: ruled out without cutting any string.
  if (!SURNAME_SUFFIX_TAILS.has(key.charCodeAt(key.length - 2) * 65536 + key.charCodeAt(key.length - 1))) return false;
  for (const n of SURNAME_SUFFIX_LENGTHS) {
    if (n > key.length) break;
    if (n >= minLength && SURNAME_SUFFIX_SET.has(key.slice(key.length - n))) return true;
  }
  return false;
}

/** The initial's dot ends the text or is followed by a line break: "We went with Option B." */
const SENTENCE_END_AT = /^(?:$|\s*$|\r?\n)/;
const UPPER_WORD_AFTER_AT = /^\s\p{Lu}/u;

/** In capitals only endings of three letters or more ("-ski", "-wicz") count: "-ez" or "-ova" end ordinary words too (GÖRÜNMEZ, ANOVA). */
const CAPS_SURNAME_SUFFIX_MIN = 3;

/** A word that is a surname by itself: a listed one, or a long word with a surname ending (names in capitals, corners, places after addresses). */
const isSurnameWord = (k: string): boolean => isListedSurname(k) || (k.length >= 6 && hasSurnameSuffix(k, CAPS_SURNAME_SUFFIX_MIN));
/** An unambiguous given name of four letters or more: short ones ("Kim", "Lee") are also surnames and words. */
const isClearGivenName = (k: string): boolean => k.length >= 4 && isUnambiguousGivenName(k);

/** The WordFlags of every word looked up so far: prose repeats its capitalised words within a text and from one text to the next. */
const wordFlagsCache = new Map<string, number>();
/** Past this many words the cache starts again, so that a long paste of distinct words cannot grow it without bound. */
const WORD_FLAGS_CACHE_LIMIT = 20_000;
/**
 * Only short words are kept: V8 makes a substring of 13 or more characters a view into the whole
 * text, so caching a longer word would keep the pasted text (up to megabytes) alive after the scan.
 */
const CACHED_WORD_MAX = 12;

/** What the word lists say about a lower-case word, asked of each list once (see WordFlags). */
function wordFlags(key: string): number {
  const cached = wordFlagsCache.get(key);
  if (cached !== undefined) return cached;
  const flags = listFlags(key);
  if (key.length > CACHED_WORD_MAX) return flags;
  if (wordFlagsCache.size >= WORD_FLAGS_CACHE_LIMIT) wordFlagsCache.clear();
  wordFlagsCache.set(key, flags);
  return flags;
}

function listFlags(key: string): number {
  let flags = 0;
  if (NOT_A_NAME.has(key)) flags |= WordFlags.NotAName;
  if (LEADING_NOT_A_NAME.has(key)) flags |= WordFlags.LeadingNotAName;
  if (NON_PERSON_FOLLOWERS.has(key)) flags |= WordFlags.NonPersonFollower;
  if (ROLE_WORDS.has(key)) flags |= WordFlags.Role;
  if (HONORIFICS.has(key)) flags |= WordFlags.Honorific;
  if (SALUTATIONS.has(key)) flags |= WordFlags.Salutation;
  if (PLACE_PREFIXES.has(key)) flags |= WordFlags.PlacePrefix;
  if (FIELD_LABEL_WORDS.has(key)) flags |= WordFlags.FieldLabel;
  if (isGivenName(key)) flags |= WordFlags.GivenName;
  if (isAmbiguousGivenName(key)) flags |= WordFlags.AmbiguousGivenName;
  if (isListedSurname(key)) flags |= WordFlags.ListedSurname;
  if (WORD_SURNAMES.has(key)) flags |= WordFlags.WordSurname;
  if (RUN_BREAKING_UNITS.has(key)) flags |= WordFlags.RunBreakingUnit;
  if (GERMAN_ARTICLES.has(key)) flags |= WordFlags.GermanArticle;
  if (hasSurnameSuffix(key)) flags |= WordFlags.SurnameSuffix;
  if (hasSurnameSuffix(key, CAPS_SURNAME_SUFFIX_MIN)) flags |= WordFlags.CapsSurnameSuffix;
  if (ORGANISATION_TAILS.has(key)) flags |= WordFlags.OrganisationTail;
  return flags;
}

function scoreRun(text: string, lower: string, run: Token[], salutations: ReadonlySet<number>): { start: number; end: number; confidence: number } | null {
  // Drop a leading stop word ("The", "Dear") and cut at organisation/place words ("Smith Ltd").
  // One pass over the keys instead of slice/findIndex/filter: most runs are a single word.
  // A prefix that is also a given name starts a name before a surname: "Isla Thompson", not "Isla Mujeres".
  if (run.length >= 2 && is(run[0]!, WordFlags.PlacePrefix) && !(isClearlyGiven(run[0]!) && is(run[1]!, WordFlags.ListedSurname | WordFlags.CapsSurnameSuffix))) return null;
  // "Her name is Anna Church", "last name: Hill": after a strong cue, a last word that is a listed
  // surname is the surname, though it also names a place or an institution ("Church", "Hill", "Park").
  const lastWord = run[run.length - 1]!;
  const surnameAfterCue = is(lastWord, WordFlags.NonPersonFollower | WordFlags.NotAName) && is(lastWord, WordFlags.ListedSurname | WordFlags.WordSurname) &&
    (run.length === 1 || is(run[0]!, WordFlags.GivenName)) && strongCueBefore(lower, run[0]!.start);
  // The index of that surname, which the stop-word checks below leave in (-1: none).
  const kept = surnameAfterCue ? run.length - 1 : -1;
  let from = 0;
  let roleBefore = false;
  // An honorific starting the run is left out of it here and taken back in by honorificStart below.
  // A salutation opening the line ("Beste Coco Bosman", "Hola Ana") is left out too; it then cues the name (salutationEnds).
  while (from < run.length && ((is(run[from]!, WordFlags.NotAName | WordFlags.LeadingNotAName) && from !== kept) || (from < run.length - 1 && (is(run[from]!, WordFlags.Role | WordFlags.Honorific) || (from === 0 && is(run[0]!, WordFlags.Salutation)))))) {
    roleBefore ||= is(run[from]!, WordFlags.Role);
    from++;
  }
  if (from === run.length) return null;
  // A capitalised word opening a sentence before a given name is usually the verb ("Ask John Smith",
  // "Call Maria"), not part of the name; mid-sentence it may be part of a place ("Port Elizabeth").
  // A surname first ("KOWALCZYK Ignacy", as lists and forms write it) is kept.
  // After a field label or a list number ("Name: Thai Binh", "1. Dieudonné Rey") the words are the value, not a verb.
  if (from === 0 && run.length >= 2 && !is(run[0]!, WordFlags.GivenName) && isClearlyGiven(run[1]!) && isSentenceStart(text, run[0]!.start) && !afterLabelOrNumber(text, run[0]!.start) && !is(run[0]!, WordFlags.ListedSurname | WordFlags.SurnameSuffix)) from = 1;
  // After a German article the next word is a noun, not a name, when a given name follows it ("Das
  // Angebot von Max Müller", "Die Rechnung von Anna Becker").
  if (from > 0 && is(run[from - 1]!, WordFlags.GermanArticle) && run.length - from >= 2 && !is(run[from]!, WordFlags.GivenName | WordFlags.ListedSurname) && is(run[from + 1]!, WordFlags.GivenName)) from++;
  let innerStopWord = false;
  for (let j = from; j < run.length; j++) {
    if (j === kept) continue;
    if (is(run[j]!, WordFlags.NonPersonFollower)) return null;
    if (j > from && is(run[j]!, WordFlags.NotAName)) innerStopWord = true;
  }
  if (innerStopWord) run = run.slice(from).filter((t, j) => !is(t, WordFlags.NotAName) || j + from === kept);
  else if (from > 0) run = run.slice(from);
  if (run.length === 0) return null;
  // A department or a heading stands where a name would ("Distinti saluti⏎Amministrazione", "Présents : …").
  if (run.every((t) => is(t, WordFlags.FieldLabel) && !is(t, WordFlags.GivenName | WordFlags.ListedSurname))) return null;
  // "Larkspur Analytics", "Kestrel Freight": a firm, named by the word that ends it.
  if (run.length >= 2 && is(run[run.length - 1]!, WordFlags.OrganisationTail)) return null;
  // A role word or a title alone is the role, however the sentence goes on ("the Borrower's account",
  // "Member will be notified", "Hello Prof", "Gentile Dott.ssa Rossi", where the ending cuts the title from its name).
  if (run.length === 1 && is(run[0]!, WordFlags.Role | WordFlags.Honorific) && !is(run[0]!, WordFlags.GivenName | WordFlags.ListedSurname)) return null;
  // A word in capitals is a name only beside another name word ("JOSHI Rupinder", "STELLA SURMA"),
  // or alone in text that is all capitals anyway ("SEND IT TO PATRICIA"): alone in ordinary text,
  // or before ordinary words, it is an acronym or a heading (ARIA, "ARIA Implementation Guide").
  if (run.some((t) => t.caps)) {
    // An initial before the run counts as a name word ("Cardholder: P. FERRARO").
    const nameWords = run.filter((t) => t.caps || is(t, WordFlags.GivenName | WordFlags.ListedSurname)).length + (initialBefore(text, run[0]!.start) ? 1 : 0);
    const shouting = run.length === 1 && is(run[0]!, WordFlags.GivenName) && !HAS_LOWER.test(text.slice(Math.max(0, run[0]!.start - 24), run[0]!.end + 24));
    if ((nameWords < 2 && !shouting) || nameWords < run.length) return null;
  }
  const first = run[0]!;
  const last = run[run.length - 1]!;
  // A leading initial ("J. Okafor", "Mr. J. Okafor") is part of the name and some evidence for it.
  // Surname particles after an initial or an honorific belong to the name ("A. van Dam", "Mevr. de Bruyn").
  const particles = particlesStart(text, first.start);
  const lead = particles !== first.start && (initialBefore(text, particles) || honorificStart(text, particles) !== undefined) ? particles : first.start;
  const initial = initialBefore(text, lead);
  const nameStart = initial ? lead - 3 : lead;
  const hon = honorificStart(text, nameStart);
  const start = hon ?? nameStart;
  // A trailing initial ("Claire M.") belongs to the name; one followed by a word is a middle initial (see buildRuns).
  const end = trailingInitialAt(text, last.end) ? last.end + 3 : last.end;
  const given = is(first, WordFlags.GivenName);
  const honorific = hon !== undefined;
  const surnameShape = run.some((t) => t.end - t.start >= 4 && is(t, WordFlags.SurnameSuffix) && !is(t, WordFlags.GivenName));
  // "O'Hare" and "O'Reilly" alone are as often an airport or a publisher: the prefix is evidence only beside another name word.
  const prefixedSurname = run.length >= 2 && run.length <= 3 && last.key.charCodeAt(1) === 39 && !run.some((t) => t !== last && t.key.charCodeAt(1) === 39);
  const listedSurname = !surnameShape && run.some((t) => is(t, WordFlags.ListedSurname));
  PERSON_VERB_AFTER_AT.lastIndex = end;
  const verbAfter = PERSON_VERB_AFTER_AT.test(text);
  // Two or more name words (an initial counts) followed by someone's data: unknown names are most names in a CRM export.
  const dataAfter = (run.length >= 2 || initial || end > last.end) && personalDataAfter(text, end) && !run.some((t) => is(t, WordFlags.FieldLabel));
  const phrases = cueWordBefore(lower, nameStart) ? phrasesBefore(lower, nameStart) : [];
  // Most capitalised words in prose ("Linux", "English") have none of these: with no name, surname
  // shape or honorific, only a verb after or a cue before can lift the score to 0.5, so the rest
  // of the checks below would only confirm a zero.
  const salutation = salutations.has(nameStart);
  // Someone is given something of theirs: "had given Chise his address", "told Inger her number".
  const receiver = text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) === 104 && POSSESSIVE_AFTER_AT.test(text.slice(end, end + 5)) && RECEIVING_VERBS.has(wordBefore(lower, nameStart));
  // A pronoun picking the word up ("a message for Chandani, she was born …") makes it someone, with a cue before it.
  const pronounAfter = text.charCodeAt(end) === 44 && PRONOUN_AFTER_AT.test(text.slice(end, end + 16));
  if (!given && !surnameShape && !prefixedSurname && !listedSurname && !honorific && !initial && !verbAfter && !dataAfter && !salutation && !receiver && phrases.length === 0) return null;
  const after = text.slice(end, end + 16);
  if (/^\s?(?:Inc|Ltd|LLC|Corp|GmbH|PLC)\b/.test(after)) return null;
  // "Smith & Sons", "Ernst & Young" are firms; "Alice & Bob", two given names, are people.
  const ampersand = after.charCodeAt(0) === 38 || after.charCodeAt(1) === 38 ? AMPERSAND_WORD_AT.exec(after) : null;
  if (ampersand && !(given && (isGivenName(ampersand[1]!.toLowerCase()) || isAmbiguousGivenName(ampersand[1]!.toLowerCase())))) return null;
  if (!ampersand && /^\s?&/.test(after)) return null;
  // "the Eugene office", "the Madison trade fair": a word that names a site after the run makes it a place.
  if (PLACE_FOLLOWER_AT.test(after)) return null;

  // A ship's name after its prefix is an address line ("USNS Márquez\nFPO AP 08653").
  if (VESSEL_PREFIX_BEFORE.test(text.slice(Math.max(0, start - 7), start))) return null;
  // A single word after a preposition of place is where, not who: "offices in Charlotte", "near Eugene".
  if (run.length === 1 && !honorific && !initial && !verbAfter && !dataAfter && placeAfterPreposition(text, lower, nameStart, end)) return null;
  // The value of a place label is a place, even one that is also a given name ("Location: Brooklyn", "Localidade: Salvador").
  if (run.length <= 2 && !honorific && !initial && !verbAfter && !dataAfter && PLACE_LABELS.has(wordBefore(lower, nameStart))) return null;
  // A month's abbreviation before a day is a date ("between Nov 16, 2015 and Jun 1, 2016").
  if (run.length === 1 && !honorific && MONTH_KEYS.has(first.key) && DAY_AFTER_AT.test(text.slice(end, end + 6))) return null;
  // The display name of a shared mailbox is a company's or a team's ("To: Wattle Energy <service@…>").
  if (!given && !honorific && roleMailboxAfter(text, end)) return null;
  const ambiguous = is(first, WordFlags.AmbiguousGivenName);
  const sentenceStart = isSentenceStart(text, start);
  const strongCue = salutation || cueIn(phrases, STRONG_CUES);
  // A brand named after its founder ("Q3 revenue for Ralph Lauren", "Johnson & Johnson") is a business.
  // Someone's data, a verb, an honorific or a salutation still make it a person ("Dear Paul Smith,").
  if (!honorific && !dataAfter && !verbAfter && !strongCue && run.some((t) => insideBrand(lower, t.start, t.key))) return null;
  // A brand that starts with a title is the brand whatever surrounds it ("Dr. Oetker").
  if (hon !== undefined && insideBrand(lower, hon, lower.slice(hon, first.start).trim())) return null;
  // A country is a place ("originally from Grenada", "coming to Chad") unless the name around it says otherwise.
  if (run.length <= 3 && !honorific && !initial && !dataAfter && !verbAfter && !strongCue && isCountryHere(lower, run, start)) return null;
  const weakCue = cueIn(phrases, WEAK_CUES);
  const mediumCue = !sentenceStart && cueIn(phrases, MEDIUM_CUES);

  let c = 0;
  if (given && !ambiguous) c = run.length >= 2 ? 0.85 : 0.7;
  else if (given && ambiguous) c = run.length >= 2 ? 0.7 : sentenceStart ? 0.2 : 0.4;
  else if (surnameShape) c = sentenceStart && run.length === 1 ? 0.35 : 0.5;
  else if (prefixedSurname) c = 0.5;
  // A listed surname alone ("Patel") needs a cue or a verb as well; with a second word it is a name.
  else if (listedSurname) c = run.length === 1 ? 0.4 : 0.5;
  // "J. Okafor" needs a cue or a verb as well, unless a word that introduces a person stands before it.
  if (initial) c = Math.max(c, initialAfterPersonWord(text, lower, nameStart) ? 0.5 : 0.4);
  // An initial before a listed surname or a surname's shape ("O. Saleh", "K. Nowakowski") is a name by itself.
  if (initial && (listedSurname || surnameShape)) c = Math.max(c, 0.55);
  // A trailing initial makes a given name a name even when it is also a word ("Jack M.", "Carmen A.").
  // After any other word it needs a cue, more than a weak one where the dot ends the text ("We went
  // with Option B."; "Call with Temitope O. tomorrow" is someone), and a capitalised
  // word after it makes its dot a full stop ("with Plan B. Next", "Vitamin D. Then").
  if (end > last.end) c = Math.max(c, given ? 0.7 : UPPER_WORD_AFTER_AT.test(text.slice(end, end + 2)) ? 0 : SENTENCE_END_AT.test(text.slice(end, end + 2)) ? 0.3 : 0.4);
  if (honorific) c = Math.max(c, 0.85);
  if (verbAfter && !(sentenceStart && c === 0 && run.length === 1 && is(first, WordFlags.NotAName))) c = Math.max(c + 0.2, 0.55);
  if (dataAfter) c = Math.max(c + 0.15, 0.6);
  if (receiver) c = Math.max(c, 0.6);
  if (pronounAfter && run.length === 1 && !sentenceStart) c = Math.max(c, 0.4);
  // A capitalised role word starting the run ("Employee Olga Smith") cues like "the employee" before
  // a name, but only for words with name evidence of their own (someone's data right after counts):
  // capitalised titles ("Customer Service", "Patient Safety Report") are far more common than
  // unknown names after a role word.
  if (roleBefore && c === 0 && !verbAfter) return null;
  if (strongCue) c = Math.max(c + 0.25, 0.7);
  else if (mediumCue) c = Math.max(c + 0.2, 0.6);
  else if (weakCue && c > 0) c += 0.15;
  // Four capitalised words are more often a title than a name, unless a title or a strong cue introduces them ("Dear …").
  if (run.length > 3 && !honorific && !strongCue) c -= 0.2;
  return c >= 0.5 ? { start, end, confidence: Math.min(0.95, c) } : null;
}

/**
 * Whether a word rules out a name for the passes that take words no list knows (lists, speakers,
 * capitals, addressees): a common word, an organisation or place word, or a field label.
 */
const rulesOutName = (key: string): boolean => NOT_A_NAME.has(key) || LEADING_NOT_A_NAME.has(key) || NON_PERSON_FOLLOWERS.has(key) || FIELD_LABEL_WORDS.has(key);
/** rulesOutName for a token. */
const RULES_OUT_NAME = WordFlags.NotAName | WordFlags.LeadingNotAName | WordFlags.NonPersonFollower | WordFlags.FieldLabel;

/**
 * A list of findings and an index of the 64-character buckets they touch, kept in step: the name
 * passes ask overlap questions of every candidate, and asking `some()` of all findings each time
 * made them quadratic in the number of names (a pasted list of thousands of people), as did
 * keeping them in one sorted array, where every insertion moved half of it. The passes add and
 * drop through it, so the list and the index cannot disagree.
 */
class SpanSet {
  private readonly buckets = new Map<number, Finding[]>();
  private readonly dropped = new Set<Finding>();

  /** Indexes `findings` and from then on changes that same array. */
  constructor(readonly findings: Finding[]) {
    for (const f of findings) this.index(f);
  }

  push(f: Finding): void {
    this.findings.push(f);
    this.index(f);
  }

  /** Takes `f` out of the index now and out of the list at the next `flush`: removing from the list one by one would be quadratic. */
  drop(f: Finding): void {
    for (let b = f.start >> 6; b <= (f.end - 1) >> 6; b++) {
      const list = this.buckets.get(b);
      const k = list ? list.indexOf(f) : -1;
      if (k !== -1) list!.splice(k, 1);
    }
    this.dropped.add(f);
  }

  /** Removes the dropped findings from the list, keeping the order of the rest. */
  flush(): void {
    if (this.dropped.size === 0) return;
    let w = 0;
    for (const f of this.findings) if (!this.dropped.has(f)) this.findings[w++] = f;
    this.findings.length = w;
    this.dropped.clear();
  }

  private index(f: Finding): void {
    for (let b = f.start >> 6; b <= (f.end - 1) >> 6; b++) {
      const list = this.buckets.get(b);
      if (list) list.push(f);
      else this.buckets.set(b, [f]);
    }
  }

  overlapping(start: number, end: number): Finding[] {
    const out: Finding[] = [];
    for (let b = start >> 6; b <= (end - 1) >> 6; b++) {
      for (const f of this.buckets.get(b) ?? []) if (f.start < end && f.end > start && !out.includes(f)) out.push(f);
    }
    return out;
  }

  overlaps(start: number, end: number): boolean {
    return this.overlapping(start, end).length > 0;
  }

  /** Findings inside [start, end). */
  within(start: number, end: number): Finding[] {
    return this.overlapping(start, end).filter((f) => f.start >= start && f.end <= end);
  }
}

const COUNTRY_FIRST_WORDS: ReadonlySet<string> = new Set([...COUNTRIES].map((c) => c.split(' ')[0]!));
/** Prepositions before a country that is also a given name ("from Jordan", "to Chad"; "Meeting with Jordan" is a person). */
const COUNTRY_PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'in', 'to', 'into', 'visit', 'visiting', 'visited', 'across', 'of', 'near', 'around', 'throughout']);

function isCountryHere(lower: string, run: Token[], start: number): boolean {
  if (!COUNTRY_FIRST_WORDS.has(run[0]!.key)) return false;
  const name = run.map((t) => t.key).join(' ');
  if (!COUNTRIES.has(name)) return false;
  return !(run.length === 1 && isGivenName(name)) || COUNTRY_PREPOSITIONS.has(wordBefore(lower, start));
}

/** For each word of a brand named after a person, the brands holding it and the word's offset in them. */
const BRAND_BY_WORD = new Map<string, { brand: string; offset: number }[]>();
for (const brand of BRANDS) {
  let offset = 0;
  for (const word of brand.split(' ')) {
    const key = word.replace(/['’]s$/, '');
    const list = BRAND_BY_WORD.get(key) ?? [];
    list.push({ brand, offset });
    BRAND_BY_WORD.set(key, list);
    offset += word.length + 1;
  }
}

/** Whether the word with `key` at `start` is part of a brand named after a person ("Lauren" of "Ralph Lauren"). */
function insideBrand(lower: string, start: number, key: string): boolean {
  const candidates = BRAND_BY_WORD.get(key);
  if (!candidates) return false;
  for (const { brand, offset } of candidates) {
    const from = start - offset;
    if (from < 0 || !lower.startsWith(brand, from)) continue;
    // Whole words only: "Paul Smithson" and "Rosemary Kay" are not brands.
    if (NAME_CHAR.test(lower[from - 1] ?? '') || NAME_CHAR.test(lower[from + brand.length] ?? '')) continue;
    return true;
  }
  return false;
}

const AMPERSAND_WORD_AT = /^[ \t]?&[ \t]?(\p{Lu}[\p{L}\p{M}]+)/u;
const NAME_CHAR = /^[\p{L}\p{M}'’-]$/u;
const POSSESSIVE_AFTER_AT = /^ (?:his|her) /;
/** The pronoun says something about the person ("for Chandani, she turns 30"), not about what someone said ("for Jira, he told me"). */
const PRONOUN_AFTER_AT = /^, (?:she|he) (?:is|was|turns|turned|has|had|will|lives|lived|works|worked|loves|likes|needs|wants)\b/;
const RECEIVING_VERBS: ReadonlySet<string> = new Set(['given', 'gave', 'give', 'gives', 'sent', 'send', 'sends', 'told', 'tell', 'tells', 'showed', 'show', 'shows', 'offered', 'offer', 'handed', 'hand', 'paid', 'pay', 'lent', 'lend', 'owe', 'owes', 'owed', 'emailed', 'texted', 'asked', 'ask']);
const VESSEL_PREFIX_BEFORE = /(?:^|[^\p{L}])(?:USNS|USNV|USS|USCGC|USNH) $/u;
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near', 'around', 'across', 'outside', 'inside', 'throughout']);
/**
 * Prepositions of place in other languages that also stand before people: "bei Genova" but "Termin
 * bei Anna", "nato a Padova" but "llamé a María", "à Lyon" but "envoie à Marie". Before them a
 * single word is a place unless it is a given name.
 */
const PLACE_OR_PERSON_PREPOSITIONS: ReadonlySet<string> = new Set(['bei', 'nach', 'aus', 'a', 'à', 'en', 'em', 'nel', 'nella', 'vicino', 'nahe']);
/** Verbs that take "in" as a particle and a person after it ("loop in Priya", "bring in Marcus"). */
const IN_PARTICLE_VERBS: ReadonlySet<string> = new Set([
  'loop', 'looping', 'looped', 'bring', 'bringing', 'brought', 'chime', 'chiming', 'chimed', 'fill', 'filling', 'filled', 'rope',
  'roping', 'roped', 'let', 'letting', 'call', 'calling', 'called', 'pull', 'pulling', 'pulled', 'cut', 'cutting', 'keep',
  'keeping', 'kept', 'include', 'including', 'included', 'cc', 'copy', 'copying', 'add', 'adding', 'added', 'sign', 'log',
]);

/** Whether the word at [start, end) is a place because a preposition of place stands before it ("offices in Eugene"). */
function placeAfterPreposition(text: string, lower: string, start: number, end: number): boolean {
  const word = wordBefore(lower, start);
  if (PLACE_OR_PERSON_PREPOSITIONS.has(word)) return !isGivenName(lower.slice(start, end));
  if (!PLACE_PREPOSITIONS.has(word)) return false;
  // "in Sarah's folder" is hers.
  if (text.charCodeAt(end) === 39 || text.charCodeAt(end) === 0x2019) return false;
  if (word !== 'in') return true;
  return !IN_PARTICLE_VERBS.has(wordBefore(lower, start - word.length - 1));
}
const LABEL_OF_NUMBER_AT = /^ [A-Z]?\d/;
const LIST_GAP_BEFORE = /(?:, |,? and |,? or | & )$/;
const LIST_GAP_AFTER = /^(?:, |,? and |,? or | & )/;

/** "Kovalev, Lee and Phillips": capitalised words coordinated with an accepted name are names too. */
function propagateLists(text: string, lower: string, tokens: Token[], found: Finding[]): void {
  for (let pass = 0; pass < 2; pass++) {
    const ends = new Set(found.map((f) => f.end));
    const starts = new Set(found.map((f) => f.start));
    for (const t of tokens) {
      // A list gap ends in " " after ",", "and", "or" or "&", and starts with "," or " and", " or", " &":
      // two char codes rule out most tokens before any string is cut (thousands per 32 KB slice).
      const b = text.charCodeAt(t.start - 2);
      const mayLeft = text.charCodeAt(t.start - 1) === 32 && (b === 44 || b === 100 || b === 114 || b === 38);
      const a = text.charCodeAt(t.end);
      const n = text.charCodeAt(t.end + 1);
      const mayRight = a === 44 || (a === 32 && (n === 97 || n === 111 || n === 38));
      if (!mayLeft && !mayRight) continue;
      // Nor a label or a job title after a name ("Heike Zimmermann, Tel. 0178…", "Payroll Specialist, Larkspur").
      if (starts.has(t.start) || ends.has(t.end) || is(t, RULES_OUT_NAME | WordFlags.Role | WordFlags.OrganisationTail)) continue;
      if (insideBrand(lower, t.start, t.key)) continue;
      // "Saludos, Carmen": the word that cues a name is not listed with it.
      if (STRONG_CUES.has(t.key)) continue;
      // "Finally, Peter went home": an adverb ending in -ly is not a listed person.
      if (t.key.endsWith('ly') && !is(t, WordFlags.GivenName)) continue;
      // A word before a number labels it ("Jackson, Suite 594", "Gate B8", "Platform 6").
      if (LABEL_OF_NUMBER_AT.test(text.slice(t.end, t.end + 3))) continue;
      const left = LIST_GAP_BEFORE.exec(text.slice(Math.max(0, t.start - 6), t.start));
      const right = LIST_GAP_AFTER.exec(text.slice(t.end, t.end + 6));
      const linked = (left && ends.has(t.start - left[0].length)) || (right && starts.has(t.end + right[0].length));
      if (linked) found.push({ type: 'person_name', category: 'pii', start: t.start, end: t.end, severity: 'low', confidence: 0.6 });
    }
  }
}

/** A list item's text without trailing punctuation, keeping the dot of a final initial ("Vidhur S."). */
function itemText(item: string): string {
  const trimmed = item.replace(/[ \t.,;\r]+$/, '');
  return /(?:^|\s)\p{Lu}$/u.test(trimmed) && item[trimmed.length] === '.' ? trimmed + '.' : trimmed;
}

/** Whether only spaces and markup ("> ", "* ") stand between the start of the line and `at`. */
function lineStartsAt(text: string, at: number): boolean {
  let i = at;
  for (let c = text.charCodeAt(i - 1); i > 0 && at - i < 8 && (c === 32 || c === 9 || c === 62 || c === 42 || c === 45); c = text.charCodeAt(i - 1)) i--;
  return i === 0 || text.charCodeAt(i - 1) === 10;
}

/** A list marker opening a line: "- ", "* ", "• ", "12. ", "3) ". */
const LIST_MARKER = String.raw`[ \t]*(?:[-*•]|\d{1,3}[.)])[ \t]+`;
const LIST_MARKER_FIRST = new RegExp(`^${LIST_MARKER}`);

/** Whether a list marker opens the line up to `at`, the whole prefix a few characters long. */
function listItemStartsAt(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && at - i < 10 && text.charCodeAt(i - 1) !== 10) i--;
  return (i === 0 || text.charCodeAt(i - 1) === 10) && LIST_MARKER_FIRST.test(text.slice(i, at + 1));
}

/** Whether a colon follows `end` after at most a few spaces. */
function speakerColonAt(text: string, end: number): boolean {
  let i = end;
  while (i < end + 3 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return text.charCodeAt(i) === 58;
}

/** A bulleted or numbered list item of up to 60 characters; group 1 is its text. */
const LIST_ITEM_RE = new RegExp(String.raw`(?:^|\n)${LIST_MARKER}([^\n]{1,60})(?=\n|$)`, 'g');

/**
 * "Attendees:\n- Mr. Pilla\n- Dr. Ada Obi\n- Vidhur S.": in a list where at least two items and
 * two thirds of them are names already, another item made only of capitalised words or initials
 * is a name too. A list of products, features or agenda points with a name or two in it stays as it is.
 */
function propagateBulletLists(text: string, names: SpanSet): void {
  if (!text.includes('\n')) return;
  const items: { start: number; end: number; line: number }[] = [];
  LIST_ITEM_RE.lastIndex = 0;
  for (let m = LIST_ITEM_RE.exec(text); m !== null; m = LIST_ITEM_RE.exec(text)) {
    const end = m.index + m[0].length;
    items.push({ start: end - m[1]!.length, end, line: m.index });
  }
  if (items.length < 3) return;
  let g = 0;
  while (g < items.length) {
    // A list is a run of items on consecutive lines (`line` is the newline before the item).
    let h = g + 1;
    while (h < items.length && items[h]!.line === items[h - 1]!.end) h++;
    const group = items.slice(g, h);
    g = h;
    if (group.length < 3) continue;
    const named = group.filter((it) => names.within(it.start, it.end).length > 0).length;
    // Two thirds: "Attendees: John Smith, Mary Jones, Product Roadmap, Quarterly Review" is half.
    if (named < 2 || named * 3 < group.length * 2) continue;
    for (const it of group) {
      const line = itemText(text.slice(it.start, it.end));
      const end = it.start + line.length;
      if (!NAME_LINE.test(line)) continue;
      // A finding reaching out of the item leaves it alone.
      if (names.overlapping(it.start, end).some((f) => f.start < it.start || f.end > end)) continue;
      const parts = names.within(it.start, end);
      const keys = line.toLowerCase().split(' ');
      if (keys.some(rulesOutName)) continue;
      // A name found in part ("Tunde" of "Oyelaran Tunde") gives way to the whole item.
      // Already whole: a name from the item's start (or after a title such as "Dr. ") to its end.
      if (parts.some((f) => f.start <= it.start + 4 && f.end === end)) continue;
      for (const f of parts) names.drop(f);
      names.push({ type: 'person_name', category: 'pii', start: it.start, end, severity: 'low', confidence: 0.55 });
    }
  }
  names.flush();
}

/** A transcript line's speaker label: one or two capitalised words and a colon at the start of a line. */
const SPEAKER_LINE_RE = /(?:^|\n)[ \t>*-]{0,3}(\p{Lu}[\p{L}\p{M}'’.-]{1,30}(?: \p{Lu}[\p{L}\p{M}'’.-]{1,30})?)[ \t]*:(?=[ \t]*\S)/gu;

/**
 * "Kalman: Who are you?\nJordan: I'm Mary's daughter": in a transcript where half the speakers are
 * names already, the other speakers are people too. Roles and prompt headings ("Agent:",
 * "Task:") are not; a template of headings with no name among them is left alone.
 */
function propagateSpeakers(text: string, names: SpanSet): void {
  if (!text.includes(':')) return;
  const labels: { start: number; end: number; key: string }[] = [];
  SPEAKER_LINE_RE.lastIndex = 0;
  for (let m = SPEAKER_LINE_RE.exec(text); m !== null; m = SPEAKER_LINE_RE.exec(text)) {
    const start = m.index + m[0].indexOf(m[1]!);
    labels.push({ start, end: start + m[1]!.length, key: m[1]!.toLowerCase() });
  }
  const speakers = new Set(labels.map((l) => l.key));
  if (speakers.size < 2) return;
  const named = new Set(labels.filter((l) => names.within(l.start, l.end).some((f) => f.start === l.start && f.end === l.end)).map((l) => l.key));
  // Half the speakers at least must be names already: a long prompt has many "Heading:" lines.
  if (named.size === 0 || named.size * 2 < speakers.size) return;
  for (const l of labels) {
    if (named.has(l.key) || names.overlaps(l.start, l.end)) continue;
    const words = l.key.split(' ');
    if (words.some((w) => rulesOutName(w) || SPEAKER_ROLES.has(w) || ROLE_WORDS.has(w))) continue;
    names.push({ type: 'person_name', category: 'pii', start: l.start, end: l.end, severity: 'low', confidence: 0.55 });
  }
}

/** What may follow "Smith, John" for it to be one name: an end of clause, not more of a list ("Kovalev, Lee and Phillips"). */
const AFTER_SURNAME_COMMA_GIVEN = /^(?:$|[.;:!?)\n]|[ \t]*[(<–—|\t-]|,(?![ \t]*\p{Lu}))/u;

const CAPITALISED_WORD_BEFORE = /(?:^|[^\p{L}\p{M}])\p{Lu}[\p{L}\p{M}'’.-]*$/u;

/** ", Mitchell and Williams" after a word: the rest of a three-surname firm name. */
const FIRM_TAIL_AT = /, (\p{Lu}[\p{L}\p{M}'’-]+),? (?:and|&) (\p{Lu}[\p{L}\p{M}'’-]+)(?![\p{L}\p{M}])/uy;

/** Right after the last name, what only a firm has: "The Jones, Mitchell and Williams office", "…, LLP". */
const FIRM_AFTER_AT = /^(?: (?:office|offices|firm|law firm)\b|,? (?:LLP|LLC|PLC|Inc|Ltd|& Co)\b)/;
/** After a comma, a profession firms are named by; people are described so too ("Sarah, Tom and Emily, attorneys for …"). */
const FIRM_PROFESSION_AT = /^, (?:solicitors|attorneys|accountants|architects)\b/;
/** The next line opens with a house number and a capitalised word: a street, in a postal block. */
const LINE_THEN_STREET_AT = /^[ \t]*\r?\n[ \t>]*\d{1,5}[a-zA-Z]?(?:[ \t]\d{1,5})?,?[ \t]+\p{Lu}/u;

/**
 * Three surnames in a row, "Jones, Mitchell and Williams", are how law firms, agencies and
 * consultancies are named; three people are usually written with a given name among them
 * ("Kovalev, Lee and Phillips founded it" keeps Lee). So a given name among the three keeps them
 * people, unless what follows only a firm has (FIRM_AFTER_AT), or, with no unambiguous given
 * name, a profession firms are named by or the street line of a postal block; after a label's
 * colon the list enumerates people ("our 3 founders: Schulz, Strickland and Matthews").
 */
function dropFirmNames(text: string, lower: string, names: SpanSet): void {
  for (const f of [...names.findings]) {
    if (text.charCodeAt(f.end) !== 44) continue;
    FIRM_TAIL_AT.lastIndex = f.end;
    const m = FIRM_TAIL_AT.exec(text);
    if (!m) continue;
    const words = [lower.slice(f.start, f.end), m[1]!.toLowerCase(), m[2]!.toLowerCase()];
    const end = f.end + m[0].length;
    if (words.some((w) => w.includes(' '))) continue;
    // Followed by what a firm has ("The Jones, Mitchell and Williams office"), or alone on the line
    // above a house number (the company line of a postal block), it is a firm even when a surname
    // is also a given name; otherwise a given name makes it a list of people ("Alice, Bob and Carol").
    const clearGiven = words.some(isUnambiguousGivenName);
    const firmAfter = FIRM_AFTER_AT.test(text.slice(end, end + 20)) ||
      (!clearGiven && FIRM_PROFESSION_AT.test(text.slice(end, end + 16))) ||
      (!clearGiven && LINE_THEN_STREET_AT.test(text.slice(end, end + 16)) && lineStartsAt(text, f.start));
    if (!firmAfter && words.some((w) => isGivenName(w) || isAmbiguousGivenName(w))) continue;
    // After a label ("our 3 founders: Schulz, Strickland and Matthews") the list enumerates people.
    if (/:[ \t]*$/.test(text.slice(Math.max(0, f.start - 4), f.start))) continue;
    for (const g of names.overlapping(f.start, end)) if (g.start >= f.start && g.end <= end) names.drop(g);
  }
  names.flush();
}

/**
 * Labels of lists of people ("our 3 founders: …", "Attendees: …", "co-founders:"), found by the
 * shared keyword pass: a regex of them over the whole text cost 25-100 µs per 4 KB, a fifth of
 * all scanning, for a label that almost never occurs.
 */
const PEOPLE_LIST_LABELS: readonly string[] = ['founders', 'attendees', 'participants', 'invitees', 'panelists', 'panellists', 'interviewees', 'guests', 'authors', 'reviewers'];
const PEOPLE_LIST_LABEL_IDS = registerKeywords(PEOPLE_LIST_LABELS, true);
/** The colon after such a label, and the space after it. */
const LABEL_COLON_AT = /[ \t]*:[ \t]*/y;
/** An item written as a name: one to three capitalised words (not ACRONYMS, not CamelCase), a role in brackets or the end of a sentence after it allowed. */
const NAME_ITEM = /^(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{Ll}\p{M}'’-]+){0,2})(?:[ \t]*\([^()]{1,40}\))?(?:\.(?:\s[^]*)?)?$/u;
/** An item that names a thing: a word in capitals or CamelCase ("AMD", "Apple TV", "CodeRabbit"). */
const THING_ITEM = /\p{Lu}{2,}|\p{Ll}\p{Lu}/u;
const LIST_SEPARATOR = /,[ \t]*(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&)[ \t]+/;
/** The list runs to the end of its line (a dot may be an initial's or a title's: "Dr. Lee", "A. Smith"). */
const LIST_REGION_AT = /[^\n;!?]{1,400}/y;

/**
 * "our 3 founders: Turgeon, Guerra and Ewing", "Attendees: Eufrasia, Giasone and Tadeusz": after a
 * label for people, items written as names are names, known or not. One item that is a thing (a
 * team, a country, a brand, a common word, an acronym) makes the whole list one of things
 * ("Attendees: Sales, Marketing and Support", "Panelists: Nvidia, Intel and AMD"); items of other
 * shapes ("Dr. Lee", "me", "et al.") are left to the other passes.
 */
function peopleAfterListLabels(input: ScanInput, names: SpanSet): void {
  const { text, lower } = input;
  const positions = keywordsOf(input).positions;
  for (let k = 0; k < PEOPLE_LIST_LABELS.length; k++) {
    for (const p of positions[PEOPLE_LIST_LABEL_IDS[k]!] ?? []) peopleAfterListLabel(text, lower, p, PEOPLE_LIST_LABELS[k]!.length, names);
  }
  names.flush();
}

/**
 * Keys of fields that only ever hold a person's name, as records, forms and APIs write them
 * (`"firstName": "Carmen"`, `last_name=Ruiz`, `surname: van Dijk`): the value is a name even as
 * one unknown word. A bare "name" is not among them: configs name builds and steps with it.
 */
const NAME_FIELD_KEYS: readonly string[] = [
  'first_name', 'firstname', 'first-name', 'last_name', 'lastname', 'last-name', 'given_name', 'givenname', 'family_name',
  'familyname', 'middle_name', 'middlename', 'full_name', 'fullname', 'maiden_name', 'surname',
  // Given name and surname in German, Dutch, Italian, Spanish, French, Portuguese, the Nordic languages, Polish and
  // Finnish. Not the words for "name" alone (nome, nom, naam, nombre), which name things as well.
  'vorname', 'vornamen', 'nachname', 'familienname', 'voornaam', 'voornamen', 'achternaam', 'cognome', 'apellido', 'apellidos', 'prénom', 'prenom',
  'nom_de_famille', 'sobrenome', 'förnamn', 'efternamn', 'fornavn', 'efternavn', 'etternavn', 'imię', 'nazwisko', 'etunimi', 'sukunimi',
  // Czech, Slovak, Portuguese (Portugal), Romanian, Croatian, Hungarian and Turkish surnames and given names.
  'příjmení', 'priezvisko', 'apelido', 'apelidos', 'prenume', 'prezime', 'vezetéknév', 'keresztnév', 'soyadı',
  // HTML autofill tokens, as a browser's export of saved addresses and cards writes them ("cc-name" is the cardholder).
  'given-name', 'family-name', 'additional-name', 'cc-name', 'nome próprio',
  // Form labels that allow for several ("Last name(s): El Amrani").
  'last name(s)', 'first name(s)', 'given name(s)', 'surname(s)', 'forename(s)', 'surnames', 'given names', 'given name', 'family name',
];
const NAME_FIELD_KEY_IDS = registerKeywords(NAME_FIELD_KEYS, true);
/**
 * After the key: its closing quote, the colon or equals sign, the value's opening quote; or the rest
 * of an element's opening tag (`<cus:FamilyName>`, `<GivenName lang="it">`); or, as redis-cli prints a
 * hash, the key's closing quote and the value's numbered line (`3) "last_name"` then `4) "Rodrigues"`).
 */
const NAME_FIELD_SEPARATOR_AT = /["']?[ \t]{0,4}[:=][ \t]{0,4}["']?|(?:[ \t][^<>\n]{0,40})?>|"\r?\n[ \t]*\d{1,4}\)[ \t]"/y;
/**
 * One to four words, each capitalised, in capitals ("BRUNO", "VAN DIJK", as registries and
 * passports write surnames) or a surname particle ("de Vries", "Ana de la Cruz"), ending the value.
 */
const NAME_FIELD_WORD = String.raw`(?:\p{Lu}[\p{Ll}\p{M}]{0,30}(?:['’-]\p{Lu}?[\p{Ll}\p{M}]{1,30})?|\p{Lu}[\p{Lu}\p{M}]{1,30}(?:['’-]\p{Lu}[\p{Lu}\p{M}]{0,30})?)`;
const NAME_FIELD_VALUE_AT = new RegExp(String.raw`(?:[a-z]{1,4}[ \t]){0,2}${NAME_FIELD_WORD}(?:[ \t](?:${NAME_FIELD_WORD}|[a-z]{1,4})){0,3}(?=["',;&<\r\n})]|[ \t]*$|[ \t]*\r?\n|[ \t]{2,}\S)`, 'uy');

/** What a record writes in a name field when it has no name. */
const NAME_PLACEHOLDERS: ReadonlySet<string> = new Set(['tbd', 'tba', 'tbc', 'unknown', 'none', 'null', 'nil', 'na', 'redacted', 'anonymous', 'anon', 'test', 'string', 'undefined', 'placeholder', 'xxx', 'todo', 'sample', 'example', 'name', 'user', 'customer', 'n/a', 'pending']);

function peopleInNameFields(input: ScanInput, names: SpanSet): void {
  const { text, lower } = input;
  const positions = keywordsOf(input).positions;
  for (let k = 0; k < NAME_FIELD_KEYS.length; k++) {
    for (const p of positions[NAME_FIELD_KEY_IDS[k]!] ?? []) {
      // A key of its own: `"first_name"`, `customer.last_name`, not `print_first_names`.
      const before = lower.charCodeAt(p - 1);
      if ((before >= 97 && before <= 122) || (before >= 48 && before <= 57)) continue;
      NAME_FIELD_SEPARATOR_AT.lastIndex = p + NAME_FIELD_KEYS[k]!.length;
      if (!NAME_FIELD_SEPARATOR_AT.test(lower)) continue;
      NAME_FIELD_VALUE_AT.lastIndex = NAME_FIELD_SEPARATOR_AT.lastIndex;
      const value = NAME_FIELD_VALUE_AT.exec(text);
      if (!value) continue;
      // Lower-case words are particles only.
      const words = value[0].split(/[ \t]/);
      while (words.length > 1 && SURNAME_PARTICLES.has(words[words.length - 1]!)) words.pop();
      if (!words.every((w) => /^\p{Lu}/u.test(w) || SURNAME_PARTICLES.has(w))) continue;
      // Capitals also write what stands in for a name: "TBD", "UNKNOWN", "REDACTED", "NONE".
      if (words.every((w) => !/\p{Ll}/u.test(w) && (rulesOutName(w.toLowerCase()) || NAME_PLACEHOLDERS.has(w.toLowerCase())))) continue;
      const start = value.index;
      const end = start + words.join(' ').length;
      if (end <= start + 1 || names.overlaps(start, end)) continue;
      names.push({ type: 'person_name', category: 'pii', start, end, severity: 'low', confidence: 0.75 });
    }
  }
}

/**
 * A line or list item that opens with a name and goes on to that person's e-mail address: "- emily
 * patel · epatel@yahoo.com", "4. **FLEUR EL AMRANI** — fleur.elamrani97@gmail.com", "- [ ] Whitfield,
 * Bethan <bethan.whitfield@sky.com>". Registrations and exports write names in any case, so the
 * words alone say little; one of them in the address's local part says they are its owner's name.
 */
function peopleBeforeTheirAddress(text: string, names: SpanSet): void {
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let local = at;
    while (local > 0 && local > at - 64 && LOCAL_PART_CHAR.test(text[local - 1]!)) local--;
    if (local === at || !DOMAIN_AFTER_AT.test(text.slice(at + 1, at + 5))) continue;
    // The line's start, looked for no further back than a name's line can reach.
    let lineStart = local;
    while (lineStart > 0 && local - lineStart <= NAME_BEFORE_ADDRESS_REACH && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
    if (local - lineStart > NAME_BEFORE_ADDRESS_REACH) continue;
    const item = NAME_BEFORE_ADDRESS.exec(text.slice(lineStart, local));
    if (!item) continue;
    const name = item[1]!;
    const localPart = foldForAddress(text.slice(local, at));
    if (ROLE_MAILBOXES.has(text.slice(local, at).toLowerCase())) continue;
    const words = name.split(/,?[ \t]/);
    if (words.some((w) => rulesOutName(w.toLowerCase()) || TEAM_WORDS.has(w.toLowerCase()) || ORGANISATION_TAILS.has(w.toLowerCase()))) continue;
    if (!namesTheAddress(words.map(foldForAddress), localPart)) continue;
    const start = lineStart + item.index + item[0].indexOf(name);
    const end = start + name.length;
    const near = names.overlapping(start, end);
    // A name already read whole (or with more around it) stays as it was; parts of it ("Kim", "Sarah") give way.
    if (near.some((g) => g.start <= start && g.end >= end)) continue;
    for (const g of near) if (g.start >= start && g.end <= end) names.drop(g);
    if (names.overlaps(start, end)) continue;
    names.push({ type: 'person_name', category: 'pii', start, end, severity: 'low', confidence: 0.7 });
  }
  names.flush();
}
const LOCAL_PART_CHAR = /[A-Za-z0-9._%+-]/;
const DOMAIN_AFTER_AT = /^[A-Za-z0-9-]+\.?/;
/** How far from its line's start an address may stand for the line to open with its owner's name. */
const NAME_BEFORE_ADDRESS_REACH = 120;
/**
 * A list marker, checkbox or bold mark, then two to four words (or "Surname, Given"), then a
 * separator and perhaps an opening bracket and an "e-mail:" label, right before the address.
 */
const NAME_BEFORE_ADDRESS = /^[ \t>]*(?:(?:[-*•]|\d{1,3}[.)])[ \t]+)?(?:\[[ xX]\][ \t]*)?(?:\*\*)?([\p{L}\p{M}][\p{L}\p{M}'’-]{1,30}(?:,?[ \t][\p{L}\p{M}][\p{L}\p{M}'’-]{0,30}){1,3})(?:\*\*)?[ \t]*[·—–|,(<:-][ \t]*(?:<|\(|e-?mail:?[ \t]*)?$/iu;
/**
 * Whether the local part is made of the name: two of its words ("owen.hughes78", "agnieszkakaminska59"), or one
 * with another's initial beside it ("epatel", "gsantoro", "brownk"). One word alone is too little: "quarterly
 * report" is not the owner of finance-reports@.
 */
function namesTheAddress(words: string[], localPart: string): boolean {
  const inside = words.filter((w) => w.length >= 3 && localPart.includes(w));
  if (inside.length >= 2) return true;
  const w = inside[0];
  return w !== undefined && words.some((o) => o !== w && o.length > 0 && (localPart.includes(o[0] + w) || localPart.includes(w + o[0])));
}
/** Lower case, accents and punctuation dropped, as names are written in addresses ("Kamińska" → "kaminska"). */
function foldForAddress(s: string): string {
  return s.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
}

function peopleAfterListLabel(text: string, lower: string, labelStart: number, labelLength: number, names: SpanSet): void {
  // A word of its own, or "co-founders", "cofounders".
  const before = lower.charCodeAt(labelStart - 1);
  if (before >= 97 && before <= 122 && !lower.endsWith('co', labelStart)) return;
  LABEL_COLON_AT.lastIndex = labelStart + labelLength;
  if (!LABEL_COLON_AT.test(lower)) return;
  LIST_REGION_AT.lastIndex = LABEL_COLON_AT.lastIndex;
  const region = LIST_REGION_AT.exec(text);
  if (!region) return;
  const items: [number, number][] = [];
  let at = region.index;
  for (const segment of region[0].split(LIST_SEPARATOR)) {
    const start = text.indexOf(segment, at);
    at = start + segment.length;
    const trimmed = segment.trim();
    if (trimmed === '') continue;
    const s = start + segment.indexOf(trimmed);
    const item = NAME_ITEM.exec(trimmed);
    // "Dr. Lee" is read as the title "Dr" and a sentence after it: the honorific pass has it.
    if (item && HONORIFICS.has(item[1]!.toLowerCase())) continue;
    if (item) {
      if (!nameLikeItem(lower, s, s + item[1]!.length)) return;
      items.push([s, s + item[1]!.length]);
    } else if (THING_ITEM.test(trimmed)) return;
  }
  for (const [s, e] of items) {
    // A name read across two items ("Mazzi, Bowman" as surname and given name), or a part of one, gives way to the item.
    for (const g of names.overlapping(s, e)) names.drop(g);
    names.push({ type: 'person_name', category: 'pii', start: s, end: e, severity: 'low', confidence: 0.6 });
  }
}

/** Whether a list item written as a name is one: not a country, and (one word) not a team, brand or common word. */
function nameLikeItem(lower: string, start: number, end: number): boolean {
  const item = lower.slice(start, end);
  if (COUNTRIES.has(item)) return false;
  // "Ms Patel", "Jennifer Hill", "Kenneth Law": a title or a given name first makes it someone whatever the next word is.
  const space = item.indexOf(' ');
  if (space !== -1 && (HONORIFICS.has(item.slice(0, space)) || isGivenName(item.slice(0, space)))) return true;
  let at = start;
  for (const word of item.split(' ')) {
    if (rulesOutName(word) || TEAM_WORDS.has(word) || insideBrand(lower, at, word)) return false;
    at += word.length + 1;
  }
  return true;
}

/** A word in lower case after "Smith, John": the rest of a sentence ("Applicant Reis, Karla provided …"). */
const LOWER_WORD_AFTER = /^ \p{Ll}/u;
/** "…: Mazzi, Bowman and Hill": the comma separated two of a list, not a surname from its given name. */
const LIST_GOES_ON_AT = /^,? (?:and|or|&) \p{Lu}/u;

/**
 * Whether a strong cue stands right before `start` ("Account holder:", "Dear", "spoke with"). A
 * role word alone is not enough: capitalised, it opens titles as often ("Customer Success,
 * Zendesk tickets are up", "Employee Onboarding, Workday sends reminders").
 */
function personCueBefore(text: string, lower: string, start: number): boolean {
  if (!strongCueBefore(lower, start)) return false;
  const word = wordBefore(lower, start);
  // A capitalised cue word right before, without a colon, opens a title ("Customer Success, Zendesk …").
  const wordStart = lower.lastIndexOf(word, start);
  return word.endsWith(':') || wordStart < 0 || !UPPER_FIRST.test(text[wordStart] ?? '') || !ROLE_WORDS.has(word);
}
const UPPER_FIRST = /^\p{Lu}$/u;

const MONTH_KEYS: ReadonlySet<string> = new Set(MONTHS);
const DAY_AFTER_AT = /^\.? \d{1,2}(?:st|nd|rd|th)?(?!\d)/;

/** The local part of an e-mail address right after `end` (past a separator and an "e-mail:" label), lower-cased; null when none. */
function mailboxAfter(text: string, end: number): string | null {
  EMAIL_AFTER_AT.lastIndex = end;
  return EMAIL_AFTER_AT.exec(text)?.[1]!.toLowerCase() ?? null;
}
/** A person's e-mail right after ("(henryka.w@gmail.com)"), not a role mailbox ("info@", "sales@"). */
function personalEmailAfter(text: string, end: number): boolean {
  const mailbox = mailboxAfter(text, end);
  return mailbox !== null && !ROLE_MAILBOXES.has(mailbox);
}
/** A role mailbox right after, as a display name's address ("Wattle Energy <service@wattleenergy.com.au>"). */
function roleMailboxAfter(text: string, end: number): boolean {
  const mailbox = mailboxAfter(text, end);
  return mailbox !== null && ROLE_MAILBOXES.has(mailbox);
}
const EMAIL_AFTER_AT = new RegExp(String.raw`[ \t]{0,2}${DATA_SEPARATOR}[ \t]{0,2}(?:e-?mail[ \t]{0,2}:?[ \t]{0,3})?([\w.+-]{1,64})@[\w-]{1,63}\.`, 'iy');
const ROLE_MAILBOXES: ReadonlySet<string> = new Set(['info', 'sales', 'support', 'contact', 'admin', 'hello', 'office', 'team', 'hr', 'billing', 'help', 'service', 'mail', 'enquiries', 'inquiries', 'press', 'marketing', 'jobs', 'careers', 'noreply', 'no-reply']);
/**
 * Data after "Surname, Given" that only a person has (an ID, a date of birth, a relation): a
 * company's line carries a phone and an e-mail too ("Contoso, Redmond - phone 425-555-0100").
 */
const PERSONAL_ID_AFTER_AT = new RegExp(String.raw`[ \t]{0,2}${DATA_SEPARATOR}[ \t]{0,2}(?:ssn|bsn|sin|nin|nino|dob|d\.o\.b|born|date of birth|birthday|passport|pesel|nir|cpf|dni|nie|aadhaar|pan|steuer|tax id|national insurance|iban|salary|spouse|wife|husband|partner|son|daughter|mother|father|emergency)\b`, 'iy');

/**
 * "Smith, John" (surname first, as registers and exports write it) is one name: redacting "John"
 * alone would leave the surname in the text. Taken when the first word is not a given name, a
 * common word, an adverb opening a sentence ("Finally, Peter") or an item of a list, and the
 * second is an unambiguous given name, or the pair has someone's data right after it
 * ("Kuijpers, Marley - BSN …") or a role word or strong cue right before it ("Applicant Dhawan,
 * Anang provided …"), which is what makes an unknown given name one.
 */
function joinSurnameCommaGivenName(text: string, lower: string, tokens: Token[], names: SpanSet, tables: () => TableHeaders): void {
  for (let k = 0; k + 1 < tokens.length; k++) {
    const surname = tokens[k]!;
    const given = tokens[k + 1]!;
    if (given.start !== surname.end + 2 || text.charCodeAt(surname.end) !== 44 || text.charCodeAt(surname.end + 1) !== 32) continue;
    if (is(surname, WordFlags.GivenName) || surname.caps || given.caps) continue;
    if (is(surname, RULES_OUT_NAME) || is(given, RULES_OUT_NAME) || is(surname, WordFlags.PlacePrefix) || surname.key.endsWith('ly')) continue;
    // A surname of two words ("Rubio Arreola, Cecilia") was found as one name ending at the comma.
    const before = names.overlapping(surname.start, surname.end).find((f) => f.end === surname.end && f.start < surname.start);
    const start = before?.start ?? particlesStart(text, surname.start);
    const knownGiven = isClearlyGiven(given);
    PERSONAL_ID_AFTER_AT.lastIndex = given.end;
    const dataAfter = !knownGiven && (PERSONAL_ID_AFTER_AT.test(text) || personalEmailAfter(text, given.end) ||
      // A phone after it is most CRM rows, and a company's line too: with a surname-shaped first word only.
      (is(surname, WordFlags.ListedSurname | WordFlags.CapsSurnameSuffix) && personalDataAfter(text, given.end)));
    const cued = !knownGiven && !dataAfter && personCueBefore(text, lower, start);
    // A cell of a name column ("| Hadfield, Kenan | 28/08/2002 |").
    const cell = !knownGiven && !dataAfter && !cued && inNameColumn(tables(), start, given.end);
    if (!knownGiven && !dataAfter && !cued && !cell) continue;
    const after = text.slice(given.end, given.end + 4);
    if (!dataAfter && !cell && !AFTER_SURNAME_COMMA_GIVEN.test(after) && !(cued && LOWER_WORD_AFTER.test(after) && !LIST_GOES_ON_AT.test(text.slice(given.end, given.end + 8)))) continue;
    // Inside a list of surnames ("Forsgren, Humble, Kim") the comma separates people; after a word
    // in lower case ("Hello team, Wojtkowiak, Agaton") it ends a greeting.
    if (text.charCodeAt(start - 2) === 44 && text.charCodeAt(start - 1) === 32 && CAPITALISED_WORD_BEFORE.test(text.slice(Math.max(0, start - 34), start - 2))) continue;
    if (names.overlapping(start, given.end).some((f) => f.start < start || f.end > given.end)) continue;
    // The two halves found on their own give way to the whole name.
    for (const f of names.within(start, given.end)) names.drop(f);
    names.push({ type: 'person_name', category: 'pii', start, end: given.end, severity: 'low', confidence: 0.75 });
  }
  names.flush();
}

/**
 * A capitalised run that fills a cell of a column headed "name", "customer", "Nachname"…: the
 * header says what the list's words alone cannot ("Orin Cormier" on row 40 of an export). Words
 * that make a run an organisation or a place still rule it out.
 */
function nameCell(text: string, run: Token[], tables: TableHeaders): { start: number; end: number; confidence: number } | null {
  if (run.some((t) => is(t, WordFlags.NotAName | WordFlags.NonPersonFollower)) || is(run[0]!, WordFlags.PlacePrefix)) return null;
  // The cell holds the whole name, initials included ("L. Patel", "Faith B.").
  const last = run[run.length - 1]!.end;
  const end = trailingInitialAt(text, last) ? last + 3 : last;
  if (!mayEndCell(text, end)) return null;
  const first = run[0]!.start;
  const lead = initialBefore(text, first) ? first - 3 : first;
  const start = honorificStart(text, lead) ?? lead;
  return inNameColumn(tables, start, end) ? { start, end, confidence: 0.7 } : null;
}

/**
 * Whether a table cell may end at `end`: past spaces and quotes comes a cell edge (tab, newline,
 * '|', ';' or ','), two spaces, the end of the text, or a character beyond ASCII (left to TableHeaders, which
 * reads Unicode spaces as padding). A necessary condition of TableHeaders' own cell test, checked
 * before nameCell works out where the name starts: in prose nearly every run is followed by a word.
 */
function mayEndCell(text: string, end: number): boolean {
  let j = end;
  for (let c = text.charCodeAt(j); c === 32 || c === 34 || c === 39 || (c >= 11 && c <= 13); c = text.charCodeAt(++j));
  if (j >= text.length) return true;
  // Two spaces or more part the columns of a table aligned with spaces.
  if (j - end >= 2 && text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) === 32) return true;
  const c = text.charCodeAt(j);
  return isCellEdge(c) || c > 127;
}

/** Whether text[start, end) fills a cell of a column of people's names. */
function inNameColumn(tables: TableHeaders, start: number, end: number): boolean {
  const headers = tables.headerRowOf(start, end);
  if (!headers || !NAME_HEADER.test(headers.cells[headers.column]!)) return false;
  // A bare "Name" heads product, status and file names too: only beside a column of personal data.
  return !GENERIC_NAME_HEADER.test(headers.cells[headers.column]!) || headers.cells.some((h) => PERSONAL_DATA_HEADER.test(h));
}

/**
 * PERSONAL_DATA_AFTER_NAME at `end`. Most runs are followed by a space and an ordinary word, which
 * the first character after the spaces rules out before the regex runs: the pattern needs a
 * separator there, or "at", "on" or "via".
 */
const DATA_AFTER_FIRST: ReadonlySet<number> = new Set([...',(<|\t\n-–—aovAOV'].map((ch) => ch.charCodeAt(0)));

function personalDataAfter(text: string, end: number): boolean {
  let i = end;
  while (i < end + 2 && text.charCodeAt(i) === 32) i++;
  const c = text.charCodeAt(i);
  if (!DATA_AFTER_FIRST.has(c)) return false;
  PERSONAL_DATA_AFTER_NAME.lastIndex = end;
  return PERSONAL_DATA_AFTER_NAME.test(text);
}

/** Two to four words, the first in capitals, the rest in capitals or capitalised: "ANNAPURNA GOWDA", "MAYER Kiera". */
/** A middle initial may sit between the words ("JOHN A. SMITH"), as cards and labels print it. */
const CAPS_RUN_AT = /\p{Lu}[\p{Lu}\p{M}'’-]{1,24}(?: (?:\p{Lu}\. )?(?:\p{Lu}[\p{Lu}\p{M}'’-]{1,24}|\p{Lu}[\p{Ll}\p{M}][\p{L}\p{M}'’-]{0,24})){1,3}(?![\p{L}\p{M}\p{N}_@])/uy;

/**
 * Two or three words that read as a name by themselves, as registers and forms write them: a
 * surname in capitals before capitalised given names ("GANDHI Bhilangana", "KÖSEOGLU Bjarne"), or
 * all capitals of four letters or more with a known name among them ("DORA IODICE"). An acronym
 * before ordinary words is not ("ARIA Implementation Guide", "DORA Metrics", "SEC EDGAR"), even
 * when the acronym is also a given name.
 */
/**
 * A transcript's speaker label: the run opens its line (after a time stamp, or in a WebVTT voice
 * tag) and a colon, the tag's end or a time follows ("[00:04:15] GIULIA LO PRESTI: Perfetto",
 * "<v PIERPAOLO BRUNO>Ok", "ANA NGUYEN   6:02"). Logs open lines with capitals too ("[12:00:01]
 * ERROR HANDLER:", "GRANT ACCESS:"), so the caller asks for a clear given name among the words, or
 * for name words only.
 */
function speakerLabelAt(text: string, at: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return at - lineStart <= 24 && SPEAKER_OPENING.test(text.slice(lineStart, at)) && SPEAKER_CLOSING_AT.test(text.slice(end, end + 8));
}
const SPEAKER_OPENING = /^[ \t]*(?:[[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?[ \t]*(?:-[ \t]*)?)?(?:<v[ \t]+)?$/;
const SPEAKER_CLOSING_AT = /^(?:[ \t]?:|>|[ \t]{2,}\d{1,2}:\d{2})/;

function capsRunHasNameWord(text: string, at: number, end: number, keys: readonly string[]): boolean {
  if (keys.length > 3) return false;
  if (HAS_LOWER.test(text.slice(at, end))) return isSurnameWord(keys[0]!) || keys.slice(1).some(isClearGivenName);
  return keys.every((k) => k.length >= 4) && keys.some((k) => isClearGivenName(k) || isSurnameWord(k));
}

/**
 * Names in capitals that no list knows ("Customer: ANNAPURNA GOWDA", "spoke with PETRALIA
 * Egidio,"), which capitalisedWords leaves out because most words in capitals are acronyms. Only
 * strong context takes them: someone's data right after, a salutation or one of CAPS_NAME_CUES
 * right before, a verb that marks a person after, a name column, or words that read as a name by
 * themselves (capsRunHasNameWord); every word must be free of label, organisation and place
 * words, and one at least four letters long ("AWS SDK" is not a name).
 */
function detectCapsRuns(input: ScanInput, capsStarts: readonly number[], salutations: ReadonlySet<number>, names: SpanSet): void {
  const { text, lower } = input;
  let resume = 0;
  for (const at of capsStarts) {
    if (at < resume) continue;
    CAPS_RUN_AT.lastIndex = at;
    const m = CAPS_RUN_AT.exec(text);
    if (m === null) {
      resume = capsCellInNameColumn(input, at, names);
      continue;
    }
    const end = at + m[0].length;
    resume = end;
    // A name found inside the run ("Miranda" of "ARMSTRONG Miranda") gives way to it; one reaching outside it stands.
    const inside = names.overlapping(at, end);
    if (inside.some((f) => f.start < at || f.end > end)) continue;
    const keys = m[0].toLowerCase().split(' ');
    if (PLACE_PREFIXES.has(keys[0]!) || !keys.some((k) => k.length >= 4)) continue;
    if (keys.some((k) => rulesOutName(k))) continue;
    // Particles belong to a surname ("SAFOUAN DE GROOT", "VAN DEN BROEK Jax"), beside two other words.
    const particles = keys.filter((k) => SURNAME_PARTICLES.has(k)).length;
    if (particles > 0 && keys.length - particles < 2) continue;
    PERSON_VERB_AFTER_AT.lastIndex = end;
    const cued = personalDataAfter(text, end) || salutations.has(at) || (cueWordBefore(lower, at) && cueIn(phrasesBefore(lower, at), CAPS_CUES)) ||
      (particles === 0 && capsRunHasNameWord(text, at, end, keys)) || PERSON_VERB_AFTER_AT.test(text) || inNameColumn(tablesOf(input), at, end) ||
      ((keys.some(isClearGivenName) || keys.every((k) => isGivenName(k) || isSurnameWord(k) || SURNAME_PARTICLES.has(k))) && speakerLabelAt(text, at, end));
    if (!cued) continue;
    for (const f of inside) names.drop(f);
    names.push({ type: 'person_name', category: 'pii', start: at, end, severity: 'low', confidence: Math.max(0.6, ...inside.map((f) => f.confidence)) });
  }
  names.flush();
}

/**
 * A surname in capitals alone in its cell, under a name column ("KOWALSKA" under "SURNAME",
 * "MEYER" under "Nachname"), as registers and statistics exports print them. Returns where the
 * word ends, to be passed over.
 */
function capsCellInNameColumn(input: ScanInput, at: number, names: SpanSet): number {
  const { text } = input;
  CAPS_SURNAME_AT.lastIndex = at;
  const m = CAPS_SURNAME_AT.exec(text);
  if (m === null) return at;
  const end = at + m[0].length;
  if (m[0].length < 2 || !mayEndCell(text, end) || names.overlaps(at, end) || rulesOutName(m[0].toLowerCase())) return end;
  if (inNameColumn(tablesOf(input), at, end)) names.push({ type: 'person_name', category: 'pii', start: at, end, severity: 'low', confidence: 0.6 });
  return end;
}
const CAPS_SURNAME_AT = /\p{Lu}[\p{Lu}\p{M}'’-]{1,24}(?![\p{L}\p{M}\p{N}_@])/uy;

function detectNames(input: ScanInput, out: Finding[]): void {
  const { text, lower } = input;
  const capsStarts: number[] = [];
  const tokens = capitalisedWords(text, lower, capsStarts);
  const salutations = salutationEnds(lower);
  const found: Finding[] = [];
  for (const run of buildRuns(text, tokens)) {
    const scored = scoreRun(text, lower, run, salutations) ?? nameCell(text, run, tablesOf(input));
    if (scored) found.push({ type: 'person_name', category: 'pii', start: scored.start, end: scored.end, severity: 'low', confidence: scored.confidence });
  }
  if (found.length) propagateLists(text, lower, tokens, found);
  // From here on every pass adds and drops names through one index of them.
  const names = new SpanSet(found);
  dropFirmNames(text, lower, names);
  joinSurnameCommaGivenName(text, lower, tokens, names, () => tablesOf(input));
  peopleAfterListLabels(input, names);
  peopleInNameFields(input, names);
  peopleBeforeTheirAddress(text, names);
  // Both passes read the whole text with a regex; they only run when found names already sit where
  // their shapes need them (two at the head of list items, one before a speaker's colon).
  if (found.length >= 2 && found.filter((f) => listItemStartsAt(text, f.start)).length >= 2) propagateBulletLists(text, names);
  if (found.some((f) => lineStartsAt(text, f.start) && speakerColonAt(text, f.end))) propagateSpeakers(text, names);
  if (capsStarts.length) detectCapsRuns(input, capsStarts, salutations, names);
  const cues: RegExpExecArray[] = [];
  matchAtCandidates(LOWER_CUE_AT, lower, lowerCueCandidates(input), (m) => cues.push(m));
  for (const m of cues) {
    const honorific = m[1];
    const w1 = m[2]!;
    const w2 = m[3];
    const firstStart = m.index + m[0].lastIndexOf(w1, w2 ? m[0].length - w2.length - 1 : undefined);
    if (text[firstStart] !== w1[0]) continue; // the original was capitalised: handled above
    if (!honorific && !isUnambiguousGivenName(w1)) continue;
    const start = honorific ? m.index : firstStart;
    let end = firstStart + w1.length;
    if (w2 && !NOT_A_NAME.has(w2) && !LOWER_STOP.has(w2)) end = m.index + m[0].length;
    if (names.overlaps(start, end)) continue;
    names.push({ type: 'person_name', category: 'pii', start, end, severity: 'low', confidence: 0.75 });
  }
  if (text === lower) detectLowerCaseNames(lower, factsOf(input).firstNonAscii === text.length, names);
  // Whatever path found it (a table cell, a signature), a name that is a whole brand named after a
  // person ("| Louis Vuitton |", a signature's company line "Philip Morris") is the business, unless
  // a salutation or a cue says someone of that name is meant ("Dear Ralph Lauren,"). So is a name
  // that is a whole country and no one's given name ("Is Australia…"; Chad and Jordan stay names),
  // and a one-word name where a place is spoken of ("I'm from Madison", "our office in Regina").
  for (const f of found) {
    const key = lower.slice(f.start, f.end);
    const business = BRAND_SET.has(key) || (COUNTRIES.has(key) && !isGivenName(key)) || (!key.includes(' ') && PLACE_TALK_BEFORE.test(lower.slice(Math.max(0, f.start - 48), f.start)) && lower.charCodeAt(f.end) !== 39);
    if (business && !salutations.has(f.start) && !personCueBefore(text, lower, f.start)) names.drop(f);
  }
  names.flush();
  out.push(...found);
}
const BRAND_SET: ReadonlySet<string> = new Set(BRANDS);
/**
 * Words after which a single capitalised word is a place: "in", "near", "(I'm) from", "moved to",
 * also for the next item of a list of places ("our offices in Curitiba and Charlotte"). Not after
 * the verbs that take "in" for a person ("loop in Priya", "fill in Sarah").
 */
const PLACE_TALK_BEFORE = /(?:^|[^\p{L}])(?:(?<!(?:loop|looping|looped|bring|bringing|brought|fill|filling|filled|let|letting|keep|kept|rope|roped|call|called|pull|pulled|cut) )in|near|outside|around|(?:i'm|i am|are|is|was|were|come|comes|came|flying|flew|fly) from|(?:move|moved|moving|relocate|relocated|relocating|fly|flew|flying|travel|travelled|traveled|travelling|traveling|drive|drove|trip|flight|flights|train|commute|commuting) to)[ \t](?:\p{L}[\p{L}'’-]*(?:,? (?:and|or)| &) )?$/u;

/** Names in all-lower-case text (see lower-case-names.ts), where they do not overlap a name already found. */
function detectLowerCaseNames(lower: string, ascii: boolean, names: SpanSet): void {
  for (const [start, end] of lowerCaseNameSpans(lower, ascii)) {
    if (!names.overlaps(start, end)) names.push({ type: 'person_name', category: 'pii', start, end, severity: 'low', confidence: 0.6 });
  }
}

// ──────────────────────────── street addresses ────────────────────────────

const suffixCases = (words: readonly string[]): string => words.flatMap((s) => [titleCase(s), s.toUpperCase()]).map(esc).join('|');
const suffixAlt = String.raw`(?:${suffixCases(STREET_SUFFIXES.filter((s) => ABBREVIATED_STREET_SUFFIXES.has(s)))})\b\.?|(?:${suffixCases(STREET_SUFFIXES.filter((s) => !ABBREVIATED_STREET_SUFFIXES.has(s)))})\b`;
const rareSuffixAlt = String.raw`(?:${suffixCases(RARE_STREET_SUFFIXES)})\b`;
const prefixAlt = STREET_PREFIXES.flatMap((s) => [s, titleCase(s), s.toUpperCase()]).map(esc).join('|');
/** The first word of each street type written before the name, lower-case. */
const STREET_PREFIX_WORDS: ReadonlySet<string> = new Set(STREET_PREFIXES.map((s) => firstWord(s)));
/** Words that open a building, a flat or a named residence before its street ("Bât. B, 51 rue …", "Résidence Les Pins, 12 rue …"). */
const BUILDING_WORDS: ReadonlySet<string> = new Set([...UNIT_WORDS, ...HOUSE_NAME_WORDS, ...STREET_PREFIXES].map((s) => firstWord(s)));
function firstWord(s: string): string {
  return s.split(/[ \t]/, 1)[0]!.toLowerCase();
}
const capitalPrefixAlt = STREET_PREFIXES.flatMap((s) => [titleCase(s), s.toUpperCase()]).map(esc).join('|');
/**
 * Several street types are ordinary words too ("place", "route", "passage"), so the name after one
 * must start with a capital or a digit, past any particles ("Rue de la Paix", "via Garibaldi 12";
 * not "Route traffic to port 8080"). "via" in lower case is the English preposition ("installed via
 * Node 18"): only "Via Roma 5" counts.
 */
const lowerPrefixAlt = STREET_PREFIXES.filter((s) => s !== 'via').map(esc).join('|');
const STREET_PARTICLE = '(?:de|del|des|du|di|da|do|dos|das|della|delle|degli|dei|la|las|los|le|les|van|von|der|den|y)';
const gluedAlt = [...GLUED_STREET_ENDINGS, ...APART_ONLY_STREET_ENDINGS].map(esc).join('|');
const unitAlt = UNIT_WORDS.flatMap((s) => [titleCase(s), s, s.toUpperCase()]).map(esc).join('|');
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}'’.-]{0,24}|\d{1,3}(?:st|nd|rd|th))`;

const SEPARATE_STREET_ENDING_SET: ReadonlySet<string> = new Set([...SEPARATE_STREET_ENDINGS, ...APART_ONLY_STREET_ENDINGS]);
const APART_ONLY_SET: ReadonlySet<string> = new Set(APART_ONLY_STREET_ENDINGS);
const SEPARATE_ENDING_NAME_BEFORE = /(?<![\p{L}\p{M}\p{N}-])(?:\p{Lu}[\p{L}\p{M}-]{1,29} ){1,3}$/u;
/** What may follow a house number written after the street: a range ("136-138"), a flat ("264-2", "16/A", "12/3"). */
const HOUSE_NUMBER_TAIL = String.raw`(?:[-–/](?:\d{1,4}[a-zA-Z]?|[IVX]{1,4}|[A-Za-z])(?![\p{L}\p{N}]|[.,/-]\d))?`;
/** A letter or "bis"/"ter" after a house number ("7a", "124bis"). */
const HOUSE_LETTER = String.raw`(?:bis|ter|[a-zA-Z])?`;

/**
 * "1600 Pennsylvania Avenue", "221B Baker St.": number and street on one line. Calgary numbers its
 * avenues and streets without "th" and with a quadrant after them ("1068 17 Ave SW"); only with
 * that quadrant, since "sold 1068 17 Street lamps" counts lamps.
 */
const STREET_AFTER_NUMBER = String.raw`[A-Za-z]?(?:[ -]\d{1,5})?[ \t](?:[NSEW]\.?[ \t]|North[ \t]|South[ \t]|East[ \t]|West[ \t])?(?:(?:${NAME_WORD}[ \t]){1,4}|\d{1,3}[ \t](?=(?:Ave|Avenue|St|Street|Rd|Road|Dr|Drive|Blvd|Trail)\.?[ \t](?:NW|NE|SW|SE)(?![\p{L}\p{N}])))`;
/**
 * With a rarer suffix ("5043 Lana Skyway, Austin, TX 78701", "2 Everett Croft, Kosswick D53 0FL")
 * the match makes an address only with a postcode after it that a place or a postcode's own shape
 * vouches for: most of these suffixes are everyday nouns after a count, a year or a status code
 * ("3 Key Points", "2019 Silicon Valley Bank", "502 Bad Gateway", "101 Crash Course"). One regex
 * for both, so each digit run is tried once.
 */
const US_STREET_RE = new RegExp(String.raw`(?<![\p{L}\p{N}.,/-])(?:\d{1,4}\/)?\d{1,6}${STREET_AFTER_NUMBER}(?=(${suffixAlt}|${rareSuffixAlt}))`, 'gu');
/**
 * The street types of US_STREET_RE and PREFIX_STREET_RE (some 400 words in three casings) are
 * matched inside a lookahead and captured: the same matches, since a lookahead's first success is
 * the alternation's, but V8 compiles the regexes about ten times faster. Measured in Node 20 on the
 * first, short text: 191 → 11 ms and 79 → 8 ms; a paste right after the page loads paid that.
 * The suffix is joined back onto the match here.
 */
const withStreetType = (m: RegExpExecArray): RegExpExecArray => {
  m[0] += m[1]!;
  return m;
};
const RARE_SUFFIX_WORDS: ReadonlySet<string> = new Set(RARE_STREET_SUFFIXES);
const LAST_WORD = /[\p{L}\p{M}]+\.?$/u;
/**
 * "12 rue de la Paix", "Via Roma 5", "Calle Mayor, 3". The number stands apart ("via … on m365" is
 * not an address). Words are separated by exactly one space: with an optional space between
 * repeated letter runs, a run of letters could be split in thousands of ways, each retried when no
 * number follows (3-4 ms on one 4 KB prompt). Up to 60 letters a word, for compound names such as
 * "Notre-Dame-de-Bonne-Nouvelle".
 */
const PREFIX_STREET_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:\d{1,5}(?: ?(?:bis|ter|quater))?,?[^\S\r\n\t])?(?=(${capitalPrefixAlt}|${lowerPrefixAlt})\s)\1\s(?:${STREET_PARTICLE}\s){0,3}(?:d['’]|l['’])?[\p{Lu}\d][\p{L}\p{M}'’.-]{0,59}(?:\s(?=[\p{M}'’.-]{0,3}\p{L})[\p{L}\p{M}'’.-]{1,60}){0,4}?(?:\s?,\s?(?:n\.?[º°]\s?)?|\s{1,2})(?!00)\d{1,5}${HOUSE_LETTER}${HOUSE_NUMBER_TAIL}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])\d{1,5}(?: ?(?:bis|ter|quater))?,?[^\S\r\n\t](?=(${prefixAlt})\s)\2\s(?:(?:de|del|de la|des|du|di|da|do|dos|das|della)\s|d['’])?(?:[\p{Lu}\d][\p{L}\p{M}'’.-]{0,24}\s?){1,4}`, 'gu');
/** A street type in capitals after a number, then a name that is not: a record format's tag ("2 PLAC Bremen"). */
const CAPS_TAG_AFTER_NUMBER = /^\d{1,5}[ \t]\p{Lu}{2,}[ \t]+\p{Lu}\p{Ll}/u;
/** "Hauptstraße 12", "Vesturgata 66", "Kerkstraat 7a", "Julius-Leber-Str. 7". */
const GLUED_STREET_RE = new RegExp(String.raw`(?:${gluedAlt})[^\S\r\n]\d{1,4}${HOUSE_LETTER}${HOUSE_NUMBER_TAIL}(?![\p{L}\p{N}]|:\d)`, 'giu');
/**
 * Postal-label lines: capitalised words, then the house number ("55 Školní 645", "Joaquin Suarez
 * 2906"), all on one line: the line above a street line is usually the addressee's name. Words
 * are separated by spaces only: a tab separates table cells ("Haylie Schaden<TAB>February 24, 1989").
 */
const GENERIC_LINE_RE = /(?<=^|\n)[ \t>?*-]{0,6}(?:\p{Lu}[\p{L}\p{M}'’.-]{0,24} ){1,4}\d{1,5}[ \t]*(?=\n|$|,)/gu;
/**
 * Inline "house number, words, number" ("07 Celso Emilio Ferreiro 23", "16 salontie 6"): needs a
 * cue or postal tail. Not a run of digit groups around it ("via tracking 9400 4541 0162 …", "0803
 * 814 9557 and moved to …": a phone number), and no month among or right after the words ("8
 * March 2018", "HTTP 502 at 8 Nov 2026"), no year after "since" at the end: see genericInline in
 * collectAnchors.
 */
const GENERIC_INLINE_RE = /(?<![\p{L}\p{N}.,\/:$€£-]|\d )\d{1,5}(?: \d{1,5})? (?:\p{L}[\p{L}\p{M}'’.\/-]{0,24} ){1,4}\d{1,5}[A-Za-z]?(?![\p{L}\p{N}]|[.,:\/-]\d| \d)/gu;
/** A currency after digits makes them an amount ("4411/2, 500 00 EUR"), not a postcode and a place. */
const CURRENCY_AFTER = String.raw`[ \t]+(?:EUR|USD|GBP|CHF|CZK|SEK|NOK|DKK|PLN|HUF|RON|BGN|ISK|Kč|Ft|zł)(?![\p{L}])`;
const CURRENCY_AT = new RegExp(`^${CURRENCY_AFTER}`, 'u');
/**
 * The pair of house numbers Czech and Slovak addresses carry, registry number and street number
 * ("Lidická 1732/13", "Karla Engliše 3201/6"), after the street's words and where the street ends
 * (a comma, the line, a quote). Alone it could be a reference ("Smlouva 2024/11"), so it needs a
 * cue or a postal tail like any weak anchor; a year after the slash is a date. Australian units
 * are written the other way round, before the street ("8/162 Arthur Tce"): the street's own anchor finds those.
 */
const HOUSE_NUMBER_PAIR_AT = /\d{1,4}\/\d{1,3}[a-zA-Z]?(?=[ \t]*(?:[,;"'\r\n)\]}<]|$))/uy;
/** A pair after a number's label is a catalogue or file number ("Catalogue no. 6064/777", "Smlouva č. 12/3"). */
const NUMBER_LABEL_LAST = /(?:^|[ \t])(?:no|nr|č|čís|číslo|num|number|ref|art|kat|cat|file|spis|sp\. zn)\.?[ \t]$/i;
const STREET_WORDS_BEFORE = /(?<![\p{L}\p{M}\p{N}])\p{Lu}[\p{L}\p{M}'’.-]{1,30}(?:[ \t]\p{L}[\p{L}\p{M}'’.-]{0,30}){0,2}[ \t]$/u;
/** A postcode of digits in two groups ("120 00", "114 55"), as ambiguous as five digits in a row. */
const SPACED_DIGIT_POSTCODE = /^\d{3}[ \t]\d{2}$/;
/** A postcode with no street suffix to anchor on, at a digit run, before a place: "28013 Madrid", "1012 PH Amsterdam", "00-514 Warszawa". */
const POSTCODE_THEN_PLACE_AT = /(?:\d{5}|\d{4}[ \t]?[A-Z]{2}|\d{2}-\d{3}|\d{3}[ \t]\d{2}(?!\d)|\d{4}(?<=[A-Z]-\d{4}))(?=[ \t]+\p{Lu})/uy;
const COUNTRY_BEFORE_POSTCODE = /(?<=^|[ \t\n,])(?:D|A|F|I|B|L|CH|NL|FL)-$/;
const NOT_POSTCODE_LETTERS = /^[ \t]?(?:UK|US|EU|AI|HR|IT|QA|PR|UX|UI|ML|BI|VP|PM|OK|TV|PC|ID|IP|CV|AM|GB|DE|FR|ES|NL|BE)$/;
const PARTICLE_ALT = 'de|del|de la|der|den|van|von|la|le|di|da|do|dos|das|della|y';
/**
 * The street before such a postcode, for streets that start with a type word no list holds or with
 * the name ("Senda Jaime Ayala Oquendo 2, ", "Sector Barbara, 9, ", "Im Rosengarten 10c, ",
 * "de Grootpark 416 II, "): two to six words, the house number or "s/n", maybe a floor or door
 * ("12 3º C", "5, Piano 6"), and a comma or a line break. One word is not enough: "Chapter 3,
 * 25000 Words".
 */
const STREET_BEFORE_POSTCODE = new RegExp(String.raw`(?<![\p{L}\p{N}'’.-])(?:${prefixAlt}|${PARTICLE_ALT}|\p{Lu}[\p{L}\p{M}'’.-]{0,40})(?:[ \t](?:\p{Lu}[\p{L}\p{M}'’.-]{0,40}|${PARTICLE_ALT})){1,5},?[ \t](?:\d{1,4}${HOUSE_LETTER}${HOUSE_NUMBER_TAIL}|s\/n\.?)(?:,?[ \t]([^\n,]{1,14}))?(?:,[ \t]?|[ \t]*\r?\n[ \t]*)$`, 'u');
/**
 * Before a Dutch postcode ("1012 AB"), whose shape alone is rare enough, one word will do: "Markt
 * 362-2, 2514EA Den Haag". Before a Czech or Slovak one ("120 00"), only with the two house numbers
 * those countries write ("Lidická 2803/50, 170 31 Praha 7"): digits alone are not rare enough.
 */
const ONE_WORD_STREET_BEFORE_POSTCODE = new RegExp(String.raw`(?<![\p{L}\p{N}'’.-])\p{Lu}[\p{L}\p{M}'’.-]{2,40}[ \t]\d{1,4}${HOUSE_LETTER}${HOUSE_NUMBER_TAIL}(?:,[ \t]?|[ \t]*\r?\n[ \t]*)$`, 'u');
/** The year after a month and its day ("July 15, 2024"). */
const YEAR_AFTER_DAY_AT = /^,?[ \t]\d{4}(?!\d)/;
/** A month among the words of a generic inline match makes it a date ("8 March 2018 via …"). */
const MONTH_WORD = new RegExp(String.raw`(?<![\p{L}])(?:${MONTHS.map(esc).join('|')})(?![\p{L}])`, 'iu');
/** US military post: "USNS Márquez\nFPO AP 08653", "Unit 8411 Box 3596\nDPO AP 34698", "PSC 7004, Box 8380\nAPO AP 11949". */
const MILITARY_POSTCODE_BEFORE = /(?<![\p{L}\p{N}])[FAD]PO[ \t]?A[AEP][ \t]?$/u;
const MILITARY_UNIT_BEFORE = /(?<![\p{L}\p{N}])(?:(?:USNS|USNV|USS|USCGC|USNH)[ \t]\p{Lu}[\p{L}\p{M}'’.-]{0,30}(?:[ \t]\p{Lu}[\p{L}\p{M}'’.-]{0,30}){0,2}(?:[ \t]\([A-Z]{2,4}[ \t-]?\d{1,4}\))?|(?:Unit|PSC)[ \t]\d{4},?[ \t]Box[ \t]\d{4})[ \t,]*\r?\n?[ \t]*$/u;
/**
 * A street corner: "the corner of Koepoortwal 115 and Hansen Street", "corner of 5th Avenue and Main St".
 * Each street starts with its name or number, not "the": "the corner of the window and the Status View" is a screen.
 */
const CORNER_RE = new RegExp(String.raw`(?<![\p{L}])(?:the )?corner of (?!the |a |an |this |your |my )[^\n]{2,60}? and (?!the |a |an |this |your |my )(?:[\p{L}\p{N}][\p{L}\p{M}'’.-]*[ \t]){1,4}(?:${STREET_SUFFIXES.map(esc).join('|')})(?![\p{L}])\.?`, 'giu');
const YEAR_AT = /^(?:19|20)\d\d[ \t]/;
const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'since', 'until', 'till', 'during', 'before', 'after', 'around', 'circa', 'early', 'late', 'mid']);
/** A postcode soon after the street keeps a 19xx/20xx house number one ("in 2019 Oak Avenue, Austin, TX 78701"). */
const POSTCODE_SOON_AFTER = /^[^\n]{0,60}?(?:\b\d{5}\b|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2})/;
const CAPITALISED_LAST_WORD = /(?:^|[ \t])\p{Lu}[\p{L}\p{M}]*\.?$/u;
/** How far before a postcode its street may start. */
const STREET_BEFORE_POSTCODE_REACH = 120;
const PO_BOX_RE = /(?<![\p{L}\p{N}])(?:p\.?\s?o\.?\s?box|postfach|apartado|boîte postale)\s?\d{1,6}(?![\p{N}])/giu;
const ZIP_CUE_RE = /(?<![\p{L}])(?:zip(?: ?code)?|post ?code|postal code|plz|code postal)(?: is|:)? ?(?:\d{5}(?:-\d{4})?|\d{4}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})(?![\p{L}\p{N}])/giu;
const UNIT_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${unitAlt})\.?\s?#?\s?\d{1,5}[A-Za-z]?(?![\p{L}\p{N}])`, 'gu');
const stateAlt = US_STATES.join('|');
/**
 * Postcodes that are not a plain run of 4–6 digits: Polish "00-514", Brazilian "58010-394", Dutch
 * "1012 PH", British "LS6 2AB", Canadian "M5A 9T2", Czech, Slovak, Swedish and Greek "120 00" (not
 * the start of a phone number in groups, "089 72 63 41").
 */
const POSTCODE_ALT = String.raw`\d{5}-\d{3}|\d{2}-\d{3}|\d{3}[ \t]\d{2}(?![ \t.-]?\d|${CURRENCY_AFTER})|\d{4}[ \t]?[A-Z]{2}|[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}|[A-Z]\d[A-Z][ \t]\d[A-Z]\d`;
/**
 * Trailing postal segment: ", Springfield, IL 62704", "\n Mali 44998", "\n HARSTAD", ", Leeds LS6
 * 2AB", "/92" (the second half of a house number). Place words before a postal code are separated
 * by exactly one space or tab, for the same reason as in PREFIX_STREET_RE (here 75 ms on 50 KB of
 * house numbers and long words); before the other postcode forms, by a space, tab or comma, which
 * cannot be part of a word, so each word is read one way only. A blank line ends the block (mailing
 * labels one under another: the next addressee's name is not this address's place), except before a
 * line that ends in a postcode ("\n\n Greece 79976", as some exports write the country line).
 */
/**
 * A flat's number after the house number, without a unit word: US "#906", Danish "2. th." (floor,
 * side), Spanish "2-2" and "5.º dcha.", Portuguese "6.º Dto.". Not the first half of a postcode
 * ("80-827 Gdańsk"). Weak on its own: the address keeps it only when a postcode follows (extendTail).
 */
const FLOOR_AND_DOOR = String.raw`#[ \t]?\d{1,5}[A-Za-z]?(?![\p{L}\p{N}])|\d{1,2}(?!\d)(?:\.?[º°ª]|\.)?(?:[ \t]?[-/][ \t]?\d{1,2}(?!\d)|[ \t]?[A-Za-z]{1,4}\.?)?(?![\p{L}\p{N}]|[-/]\d)`;
const TAIL_SEGMENT_RE = new RegExp(String.raw`^(?:\/\d{1,4}[A-Za-z]?(?![\p{L}\p{N}])|(?:[ \t]*(?!,*(?:\r?\n){2})[,\r\n]{1,7}[ \t>?]*|[ \t]*,*(?:\r?\n){2,3}[ \t]*(?=[^\n]{0,60}?\d{4,6}[ \t]*(?:\r?\n|$))|[ \t]{0,2}-[ \t]|[ \t]{1,2})(?:(?:${unitAlt})\.?\s?#?\s?\d{1,5}[A-Za-z]?|${FLOOR_AND_DOOR}|[\p{L}\p{M}][\p{L}\p{M}'’.-]{0,59}(?:[ \t][\p{L}\p{M}][\p{L}\p{M}'’.-]{0,59}){0,3}[ \t]?,?[ \t]?(?:${stateAlt})?[ \t]?\d{4,6}(?:-\d{3,4})?(?!-?\d)|(?:[\p{L}\p{M}][\p{L}\p{M}'’.-]{0,40}(?:[ \t]|,[ \t]?)){0,3}(?:${POSTCODE_ALT})(?![\p{L}\p{N}])|(?:${stateAlt})[ \t]\d{5}(?:-\d{4})?|\d{4,6}(?:-\d{3,4})?|(?:[\p{L}\p{M}][\p{L}\p{M}'’.-]{0,24}[ \t]?){1,4}))`, 'u');
/** A segment holding a postal code, which makes the address complete. */
const POSTAL_IN_SEGMENT = new RegExp(String.raw`\d{4,6}|(?<![\p{L}\p{N}])(?:${POSTCODE_ALT})(?![\p{L}\p{N}])`, 'u');
/**
 * The place after a postcode on its line, read from the text at the segment's start: capitalised
 * words ending the line or a clause ("Amsterdam", "Le Mans.", "Aix-en-Provence,"), or words ending
 * in a province code ("Borgo Eros laziale (TV)", "Roma RM"), or with a district's number ("Praha 7").
 * "Paris is lovely" is not a place.
 */
const CITY_AFTER_POSTCODE_AT = /[ \t,]*\p{Lu}[\p{L}\p{M}'’-]{0,30}(?:(?:[ \t]\p{L}[\p{L}\p{M}'’-]{0,30}){0,4}[ \t]\(?[A-Z]{2}\)?(?![\p{L}\p{N}])|(?:[ \t](?:(?:de|del|la|las|los|di|da|do|dos|das|du|des|le|les|en|sur|am|an|der|im|bei|upon|on)[ \t]){0,2}\p{Lu}[\p{L}\p{M}'’-]{0,30}){0,3}(?:[ \t]\d{1,2})?(?=[ \t]*(?:[.,;:!?)\r\n"'|]|$)))/uy;
/** A place of one to three words before a conjunction ("04109 Leipzig and works at …", "6839 OH Randenlaar since 2020"), taken only after a street and postcode. */
const CITY_BEFORE_CONJUNCTION_AT = /[ \t]*\p{Lu}[\p{L}\p{M}'’-]{1,30}(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]{1,30}){0,2}(?=[ \t](?:and|but|on|since|until|for|from|und|et|y|e|en|seit|depuis|desde|dal|sinds)[ \t])/uy;
/** Where the place after a postcode at `at` ends (CITY_AFTER_POSTCODE_AT, else CITY_BEFORE_CONJUNCTION_AT); -1 when none follows. */
const PLACE_AFTER_POSTCODE: readonly RegExp[] = [CITY_AFTER_POSTCODE_AT, CITY_BEFORE_CONJUNCTION_AT];
function placeEndAfter(text: string, at: number): number {
  for (const re of PLACE_AFTER_POSTCODE) {
    re.lastIndex = at;
    if (re.test(text)) return re.lastIndex;
  }
  return -1;
}

/** A record tag in capitals before a name that is not ("2 ADDR Korunní 655/13, 602 00 Brno" in GEDCOM). */
const CAPS_TAG_BEFORE_NAME = /^\p{Lu}{2,}[ \t]+(?=\p{Lu}\p{Ll})/u;

/**
 * Where the street ends `before` a postcode starts, or -1. `oneWordWillDo`: the postcode's shape is
 * rare enough for a one-word street; only with a slash house number when it is `digitsOnly`.
 */
function streetBeforePostcode(before: string, oneWordWillDo: boolean, digitsOnly: boolean): number {
  let m = STREET_BEFORE_POSTCODE.exec(before);
  // What follows the number is a floor or a door, not a street: in "Marc Dubois, 65 rue Nationale, "
  // the words before the number are a name, and the street is the prefix street's anchor. A building
  // or a named residence before it is part of the address ("Bât. B, 51 rue Pasteur, ").
  if (m !== null && m[1] !== undefined && STREET_PREFIX_WORDS.has(firstWord(m[1])) && !BUILDING_WORDS.has(firstWord(m[0]))) m = null;
  if (m === null && oneWordWillDo) {
    m = ONE_WORD_STREET_BEFORE_POSTCODE.exec(before);
    if (m !== null && digitsOnly && !m[0].includes('/')) m = null;
  }
  if (m === null) return -1;
  const tag = CAPS_TAG_BEFORE_NAME.exec(m[0]);
  if (tag === null) return m.index;
  const after = m.index + tag[0].length;
  const rest = streetBeforePostcode(before.slice(after), oneWordWillDo, digitsOnly);
  return rest === -1 ? -1 : after + rest;
}

/** `unitOnly`: every anchor of the block is a unit ("Room 991", "Suite 594"), which alone is not an address. */
interface Anchor {
  start: number;
  end: number;
  weight: number;
  unitOnly?: boolean;
  /** Only an address with a postcode after it, unless a strong anchor (a street of its own, weight ≥ 0.65) is part of the block ("21 3314 Harley Brook Lane"). */
  needsPostal?: boolean;
  strong?: boolean;
}

/**
 * Literal pre-filter: the date regex runs only when a birth word occurs at all. "b." only as a
 * biography writes it, "(b. 14/03/1985)": alone it ends "web." and "db." in every other code paste.
 */
const DOB_ANCHORS = ['born', 'birth', 'bday', 'b-day', 'dob', 'd.o.b', 'geb', 'né', 'naissance', 'nacimiento', 'nacid', 'nací', 'nac.', 'nascita', 'nato', 'nata ', 'nasc', 'urodz', '(b.', 'fødsel', 'født', 'födelse', 'fodelse', 'född', 'syntymä', 'syntyn', 'verjaardag', 'naroz', 'nar.',
  // Polish "ur." only where it starts a word: within one, "your." and "tour." would wake the date regex in every other text.
  ' ur.', '\tur.', '\nur.', '(ur.',
  // Hungarian ("szül" also opens "születési"), Romanian, Croatian, Slovene, Slovak and Turkish.
  'szül', 'naşter', 'nașter', 'nasterii', 'născut', 'rođen', 'rojstva', 'rojen', 'narod', 'doğum',
  'fecha nac', 'fecha_nac', 'fecnac', 'datnais', 'bdate',
  // The relation labels of relativeWithDate, as specific as a substring can be.
  'spouse', 'partner:', 'children:', 'child:', 'dependants', 'dependents', 'kids:', 'conjoint', 'enfants', 'cónyuge', 'hijos:',
  'descendientes', 'cônjuge', 'filhos:', 'dependentes', 'coniuge', 'figli', 'ehepartner', 'ehefrau:', 'ehemann:', 'kinder:',
  'echtgeno', 'kinderen:', 'ægtefælle', 'ektefelle', 'barn:', 'lapset:', 'puoliso', 'dzieci:', 'małżon', 'manžel', 'děti:'] as const;

/** Sticky twins of the anchor regexes, tried only at candidate offsets (see facts.ts, matchAtCandidates). */
const sticky = (re: RegExp): RegExp => new RegExp(re.source, re.flags.replace('g', '') + 'y');
const US_STREET_AT = sticky(US_STREET_RE);
const PREFIX_STREET_AT = sticky(PREFIX_STREET_RE);
const GLUED_STREET_AT = sticky(GLUED_STREET_RE);
const GENERIC_LINE_AT = sticky(GENERIC_LINE_RE);
const NUMBERED_PART_LINE = new RegExp(String.raw`^[ \t>?*-]*(?:${NUMBERED_PART_WORDS.map(esc).join('|')})[ \t]\d`, 'i');
const GENERIC_INLINE_AT = sticky(GENERIC_INLINE_RE);
const UNIT_AT = sticky(UNIT_RE);
const PO_BOX_AT = sticky(PO_BOX_RE);
const ZIP_CUE_AT = sticky(ZIP_CUE_RE);
/** Non-ASCII characters that /iu matching folds to an ASCII letter (ſ → s, Kelvin sign → k). */
const FOLDS_TO_ASCII = /[\u017f\u212a]/;

/**
 * Literal words the anchor regexes start with (prefix, glued ending, unit) or need at all
 * (PO box, postal-code cue). One pass over the lower-cased text lists where they occur, and
 * each regex runs only there or at digit-run starts instead of at every character.
 */
const ANCHOR_GROUPS = {
  prefix: STREET_PREFIXES.map((w) => w.toLowerCase()),
  glued: [...GLUED_STREET_ENDINGS, ...APART_ONLY_STREET_ENDINGS].map((w) => w.toLowerCase()),
  unit: UNIT_WORDS.map((w) => w.toLowerCase()),
  poBox: ['box', 'postfach', 'apartado', 'boîte postale'],
  corner: ['corner of'],
  zip: ['zip', 'post', 'plz', 'code postal'],
  dob: DOB_ANCHORS,
  month: MONTHS,
} as const;
type AnchorGroup = keyof typeof ANCHOR_GROUPS;
type AnchorHits = Record<AnchorGroup, number[]>;
/**
 * Groups whose regexes start with the keyword itself behind a `(?<![\p{L}\p{N}])` lookbehind: an
 * occurrence inside a word ("rm" in "perform", "ste" in "system") cannot start a match, so it is
 * not a candidate.
 */
const WORD_START_GROUPS: ReadonlySet<AnchorGroup> = new Set(['prefix', 'unit', 'month']);
const ANCHOR_WORDS: readonly string[] = [...new Set(Object.values(ANCHOR_GROUPS).flat().map((w) => w.toLowerCase()))];
const GROUPS_OF_KEYWORD: AnchorGroup[][] = ANCHOR_WORDS.map((k) => (Object.keys(ANCHOR_GROUPS) as AnchorGroup[]).filter((g) => (ANCHOR_GROUPS[g] as readonly string[]).some((w) => w.toLowerCase() === k)));

/** Offset of the first non-ASCII unit of `w`, or -1. */
const firstNonAsciiOf = (w: string): number => {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 128) return i;
  return -1;
};
/**
 * ASCII anchor words go to the shared keyword pass (facts.ts). Non-ASCII ones ("straße", "οδός",
 * "né") would each cost that pass a full indexOf scan of every text, although most pasted text has
 * no non-ASCII character at all; they are found here instead, from the text's non-ASCII characters.
 */
const ASCII_ANCHORS: readonly number[] = ANCHOR_WORDS.flatMap((w, k) => (firstNonAsciiOf(w) === -1 ? [k] : []));
/** Ids in the shared keyword pass, parallel to ASCII_ANCHORS. */
const ASCII_ANCHOR_IDS = registerKeywords(ASCII_ANCHORS.map((k) => ANCHOR_WORDS[k]!), true);
/**
 * Non-ASCII anchor words keyed by their first non-ASCII character: an occurrence of the word is
 * found exactly once, at that character, as `offset` units after the word's start.
 */
const WIDE_ANCHORS = new Map<number, { k: number; word: string; offset: number }[]>();
ANCHOR_WORDS.forEach((word, k) => {
  const offset = firstNonAsciiOf(word);
  if (offset === -1) return;
  const c = word.charCodeAt(offset);
  let list = WIDE_ANCHORS.get(c);
  if (!list) WIDE_ANCHORS.set(c, (list = []));
  list.push({ k, word, offset });
});

/**
 * Line starts with a digit run close enough after them for GENERIC_LINE_RE to reach it: the regex
 * reads at most 6 lead characters and 4 words of ≤ 25 characters (each followed by a space or a
 * tab) before the house number. Other lines cannot match.
 */
const GENERIC_LINE_REACH = 6 + 4 * 26;

function numberedLineStarts(text: string, digitRunStarts: readonly number[]): number[] {
  const out: number[] = [];
  let d = 0;
  for (let start = 0; start !== -1 && d < digitRunStarts.length; ) {
    while (d < digitRunStarts.length && digitRunStarts[d]! < start) d++;
    if (d < digitRunStarts.length && digitRunStarts[d]! <= start + GENERIC_LINE_REACH) out.push(start);
    const nl = text.indexOf('\n', start);
    start = nl === -1 ? -1 : nl + 1;
  }
  return out;
}

/** The character before `i` is a letter or a digit (the anchor regexes' lookbehind). */
function letterOrDigitBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return /[\p{L}\p{N}]/u.test(charBefore(text, i));
}

/** Where each anchor group's keywords occur (from the shared keyword pass), or null when offsets in `lower` do not hold in `text`. */
function anchorHits(input: ScanInput, facts: TextFacts): AnchorHits | null {
  if (!facts.aligned) return null;
  const { text } = input;
  const { lower } = input;
  const positions = keywordsOf(input).positions;
  const hits: AnchorHits = { prefix: [], glued: [], unit: [], poBox: [], zip: [], dob: [], month: [], corner: [] };
  const record = (k: number, start: number): void => {
    let wordStart: boolean | undefined;
    for (const g of GROUPS_OF_KEYWORD[k]!) {
      if (WORD_START_GROUPS.has(g) && (wordStart ??= !letterOrDigitBefore(text, start)) === false) continue;
      hits[g].push(start);
    }
  };
  for (let a = 0; a < ASCII_ANCHORS.length; a++) {
    const starts = positions[ASCII_ANCHOR_IDS[a]!];
    if (starts) for (const start of starts) record(ASCII_ANCHORS[a]!, start);
  }
  // Every consumer sorts its candidates or only counts them, so the order of the hits does not matter.
  // The regex jumps between runs of non-ASCII characters (a curly quote early in a long paste made
  // a loop over every character after it).
  NON_ASCII_RUN.lastIndex = facts.firstNonAscii;
  for (let run = NON_ASCII_RUN.exec(lower); run !== null; run = NON_ASCII_RUN.exec(lower)) {
    for (let i = run.index, end = run.index + run[0].length; i < end; i++) {
      const words = WIDE_ANCHORS.get(lower.charCodeAt(i));
      if (words) for (const { k, word, offset } of words) if (i >= offset && lower.startsWith(word, i - offset)) record(k, i - offset);
    }
  }
  return hits;
}
const NON_ASCII_RUN = /[^\0-\x7f]+/g;

/**
 * The digit runs where PREFIX_STREET_AT can match: a street prefix cannot start with a digit, so a
 * match at a digit is "1–5 digits, an optional bis or ter, an optional comma, one space on the same
 * line, a prefix word",
 * and that word's offset is among the prefix hits (its lower-case form, at a word start). Every
 * other digit run is dropped before the regex, with its long alternation, is tried there.
 */
const REPEAT_NUMBER_AT = /^ ?(?:bis|ter|quater)(?=[, ])/;
function numbersBeforePrefix(text: string, digitRunStarts: readonly number[], prefixHits: readonly number[]): number[] {
  if (prefixHits.length === 0) return [];
  const prefixAt = new Set(prefixHits);
  const out: number[] = [];
  for (const at of digitRunStarts) {
    let q = at + 1;
    while (q < text.length && q - at <= 5 && isAsciiDigit(text.charCodeAt(q))) q++;
    if (q - at > 5) continue;
    // French repeat numbers: "15 ter avenue de la République", "106 bis impasse …".
    const repeat = REPEAT_NUMBER_AT.exec(text.slice(q, q + 8));
    if (repeat) q += repeat[0].length;
    if (text.charCodeAt(q) === 44) q++; // ","
    const c = text.charCodeAt(q);
    // `[^\S\r\n\t]`: a space, or any non-ASCII character (left to the regex). Not a line break: the
    // number at the end of the line above ("T: 967 890 437\nRua do Brasil, 17") is not a house number;
    // nor a tab, which ends a table cell ("04/12/1967<TAB>Via Mazzini 41").
    if (!(c === 32 || c === 11 || c === 12 || c >= 128)) continue;
    if (prefixAt.has(q + 1)) out.push(at);
  }
  return out;
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function collectAnchors(text: string, lower: string, hits: AnchorHits | null, facts: TextFacts): Anchor[] {
  const anchors: Anchor[] = [];
  const push = (m: RegExpExecArray, weight: number, unitOnly = false, needsPostal = false): void => {
    let s = m.index;
    let e = s + m[0].length;
    while (s < e && /[\s>?*-]/.test(text[s]!)) s++;
    while (e > s && /[\s,]/.test(text[e - 1]!)) e--;
    // A dot after a long word ends the sentence ("260 Voie d’Abbeville."); after a short one it may abbreviate ("Av.").
    if (text.charCodeAt(e - 1) === 46 && /\p{L}{5}\.$/u.test(text.slice(Math.max(s, e - 6), e))) e--;
    if (e > s) anchors.push({ start: s, end: e, weight, unitOnly, needsPostal, strong: weight >= 0.65 });
  };
  // An exec loop rather than matchAll, which clones the regex on every call (these regexes cannot match empty).
  const each = (re: RegExp, onMatch: (m: RegExpExecArray) => void): void => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) onMatch(m);
  };
  const add = (re: RegExp, weight: number): void => each(re, (m) => push(m, weight));
  const at = (re: RegExp, candidates: readonly number[], weight: number): void => matchAtCandidates(re, text, candidates, (m) => push(m, weight));

  // A year after "in", "since", "by" is a date, not a house number ("In 2019 Silicon Valley …").
  const numberedStreet = (match: RegExpExecArray): void => {
    const m = withStreetType(match);
    if (YEAR_AT.test(m[0]) && YEAR_PREPOSITIONS.has(wordBefore(lower, m.index)) && !POSTCODE_SOON_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 70))) return;
    const rare = RARE_SUFFIX_WORDS.has(LAST_WORD.exec(m[0])![0].toLowerCase());
    push(m, rare ? 0.35 : 0.75, false, rare);
  };
  // When lower-casing moved offsets (no hits) the regexes scan everything.
  const digits = facts.digitRunStarts;

  // A street type in capitals after a number, then a name that is not ("2 PLAC Bremen"), is a tag of
  // a record format (GEDCOM's place line), not Polish "plac": a postal line in capitals is so throughout.
  const prefixStreet = (m: RegExpExecArray): void => {
    if (!CAPS_TAG_AFTER_NUMBER.test(m[0])) push(m, 0.7);
  };
  if (hits) {
    matchAtCandidates(US_STREET_AT, text, digits, numberedStreet);
    matchAtCandidates(PREFIX_STREET_AT, text, mergeCandidates(numbersBeforePrefix(text, digits, hits.prefix), hits.prefix), prefixStreet);
  } else {
    each(US_STREET_RE, numberedStreet);
    each(PREFIX_STREET_RE, prefixStreet);
  }
  // Glued street words are found by their ending, then the word is walked back to its capital.
  const glued = (m: RegExpExecArray): void => {
    let s = m.index;
    const limit = Math.max(0, s - 30);
    while (s > limit && /[\p{L}\p{M}-]/u.test(text[s - 1]!)) s--;
    // The ending is matched in any case for "Julius-Leber-Str. 7", but must be glued to a name:
    // "Ring 3" or "Platz 2" on their own are not streets. Some are written apart after a
    // capitalised name of up to three words ("Rosenheimer Straße 5", "Bartók Béla út 61").
    const ending = m[0].slice(0, m[0].search(/\s/)).toLowerCase();
    if (s !== m.index && APART_ONLY_SET.has(ending)) return;
    // Abbreviated, "u." is also German "und" ("Zimmer u. 2 Bädern"): Hungarian writes the house number with its ordinal dot.
    if ((ending === 'u.' || ending === 'krt.') && text.charCodeAt(m.index + m[0].length) !== 46) return;
    if (s === m.index) {
      if (!SEPARATE_STREET_ENDING_SET.has(ending)) return;
      const before = SEPARATE_ENDING_NAME_BEFORE.exec(text.slice(Math.max(0, s - 91), s));
      if (before === null) return;
      s -= before[0].length;
    }
    if (s > 0 && /[\p{L}\p{N}]/u.test(text[s - 1]!)) return;
    if (!/\p{Lu}/u.test(text[s]!)) return;
    anchors.push({ start: s, end: m.index + m[0].length, weight: 0.7, strong: true });
  };
  for (const p of digits) {
    const c = text.charCodeAt(p - 1);
    // A country letter before the postcode ("D-60311 Frankfurt", "CH-8001 Zürich") stands where the space would.
    const country = c === 45 ? COUNTRY_BEFORE_POSTCODE.exec(text.slice(Math.max(0, p - 4), p)) : null;
    const postStart = country ? p - country[0].length : p;
    if (c !== 32 && c !== 10 && !country) continue;
    if (text.charCodeAt(p - 2) === 80 || text.charCodeAt(p - 2) === 69 || text.charCodeAt(p - 2) === 65) {
      const postStart = p - 8 < 0 ? 0 : p - 8;
      const post = MILITARY_POSTCODE_BEFORE.exec(text.slice(postStart, p));
      if (post && /^\d{5}(?!\d)/.test(text.slice(p, p + 6))) {
        const unitFrom = Math.max(0, postStart + post.index - 80);
        const unit = MILITARY_UNIT_BEFORE.exec(text.slice(unitFrom, postStart + post.index));
        const zipEnd = /^-\d{4}(?!\d)/.test(text.slice(p + 5, p + 10)) ? p + 10 : p + 5;
        if (unit) anchors.push({ start: unitFrom + unit.index, end: zipEnd, weight: 0.75, strong: true });
        continue;
      }
    }
    POSTCODE_THEN_PLACE_AT.lastIndex = p;
    if (!POSTCODE_THEN_PLACE_AT.test(text)) continue;
    // What follows must read as a place ("25000 Words max" is not one), and the two capitals of a
    // Dutch postcode must not be an acronym ("2024 UK Sales").
    const postcodeEnd = POSTCODE_THEN_PLACE_AT.lastIndex;
    if (NOT_POSTCODE_LETTERS.test(text.slice(p + 4, postcodeEnd))) continue;
    const digitsOnly = postcodeEnd - p === 5 || SPACED_DIGIT_POSTCODE.test(text.slice(p, postcodeEnd));
    if (digitsOnly && (placeEndAfter(text, postcodeEnd) === -1 || CURRENCY_AT.test(text.slice(postcodeEnd, postcodeEnd + 6)))) continue;
    const from = Math.max(0, postStart - STREET_BEFORE_POSTCODE_REACH);
    const start = streetBeforePostcode(text.slice(from, postStart), postcodeEnd - p > 5, digitsOnly);
    if (start === -1) continue;
    let end = postStart;
    while (end > from + start && /[\s,]/.test(text[end - 1]!)) end--;
    anchors.push({ start: from + start, end, weight: 0.35 });
  }
  for (const p of digits) {
    if (text.charCodeAt(p - 1) !== 32) continue;
    HOUSE_NUMBER_PAIR_AT.lastIndex = p;
    const pair = HOUSE_NUMBER_PAIR_AT.exec(text);
    if (pair === null) continue;
    const from = Math.max(0, p - 70);
    const words = STREET_WORDS_BEFORE.exec(text.slice(from, p));
    // A street another anchor found already ("ul. Długa 70/1") keeps that anchor's start.
    if (words === null || NUMBER_LABEL_LAST.test(words[0]) || anchors.some((a) => a.start < p && p < a.end)) continue;
    anchors.push({ start: from + words.index + (CAPS_TAG_BEFORE_NAME.exec(words[0])?.[0].length ?? 0), end: p + pair[0].length, weight: 0.35 });
  }
  if (text.length >= 20 && (hits ? hits.corner.length > 0 : CORNER_RE.test(text))) {
    CORNER_RE.lastIndex = 0;
    // A house number or a capitalised street type: "the corner of the screen and the settings view" is neither.
    for (let m = CORNER_RE.exec(text); m !== null; m = CORNER_RE.exec(text)) if (/\d/.test(m[0]) || CAPITALISED_LAST_WORD.test(m[0])) push(m, 0.75);
  }
  const genericLine = (m: RegExpExecArray): void => {
    // "December 14, 2025" and "Purchased July 15, 2024" open a letter or a line with a date, not a street.
    const end = m.index + m[0].length;
    if (MONTH_WORD.test(m[0]) && YEAR_AFTER_DAY_AT.test(text.slice(end, end + 8))) return;
    if (!NUMBERED_PART_LINE.test(m[0])) push(m, 0.35);
  };
  const genericInline = (m: RegExpExecArray): void => {
    if (!MONTH_WORD.test(text.slice(m.index, m.index + m[0].length + 12)) && !YEAR_AFTER_PREPOSITION.test(m[0])) push(m, 0.35);
  };
  if (hits) matchAtCandidates(GLUED_STREET_AT, text, mergeCandidates(hits.glued), glued);
  else for (const m of text.matchAll(GLUED_STREET_RE)) glued(m);
  if (hits) {
    matchAtCandidates(GENERIC_LINE_AT, text, numberedLineStarts(text, digits), genericLine);
    matchAtCandidates(GENERIC_INLINE_AT, text, digits, genericInline);
    // Case-insensitive (/iu) matching of these ASCII words differs from lower-casing only through
    // "ſ" and the Kelvin sign, which fold to "s" and "k"; without them every match starts at a
    // hit (or, for "p.o. box", at most 6 characters before "box"), so only those offsets are tried.
    // Asked only when there is a hit: most texts have none, and the test reads the whole text.
    let exact: boolean | undefined;
    const exactHits = (): boolean => (exact ??= facts.firstNonAscii === text.length || !FOLDS_TO_ASCII.test(text));
    if (hits.poBox.length) {
      if (exactHits()) at(PO_BOX_AT, mergeCandidates(hits.poBox.flatMap((h) => [h - 6, h - 5, h - 4, h - 3, h - 2, h].filter((x) => x >= 0))), 0.65);
      else add(PO_BOX_RE, 0.65);
    }
    if (hits.zip.length) {
      if (exactHits()) at(ZIP_CUE_AT, mergeCandidates(hits.zip), 0.75);
      else add(ZIP_CUE_RE, 0.75);
    }
    matchAtCandidates(UNIT_AT, text, mergeCandidates(hits.unit), (m) => push(m, 0.35, true));
  } else {
    GENERIC_LINE_RE.lastIndex = 0;
    for (let m = GENERIC_LINE_RE.exec(text); m !== null; m = GENERIC_LINE_RE.exec(text)) genericLine(m);
    GENERIC_INLINE_RE.lastIndex = 0;
    for (let m = GENERIC_INLINE_RE.exec(text); m !== null; m = GENERIC_INLINE_RE.exec(text)) genericInline(m);
    add(PO_BOX_RE, 0.65);
    add(ZIP_CUE_RE, 0.75);
    UNIT_RE.lastIndex = 0;
    for (let m = UNIT_RE.exec(text); m !== null; m = UNIT_RE.exec(text)) push(m, 0.35, true);
  }
  unnumberedBritishStreets(text, digits, anchors);
  indianAddresses(text, digits, anchors);
  return anchors.sort((a, b) => a.start - b.start);
}

/** An Indian PIN code: six digits, the first 1–8, after the city ("Chennai 600052"). */
const INDIAN_PIN_AT = /[1-8]\d{5}(?![\p{N}\p{L}])/uy;
/** The door, plot or flat that opens an Indian address, at the end of its segment: "No. 194", "Plot 75", "C-784", "#12", "Flat 402". */
const INDIAN_HOUSE = /(?<![\p{L}\p{N}])(?:(?:No|Plot|Flat|Door No|House No|H\. ?No)\.?[ \t]?\d{1,5}[A-Z]?(?:\/\d{1,4})?|[A-Z]-\d{1,4}|#[ \t]?\d{1,5})$/u;
/** What may stand before that house number in its segment. */
const INDIAN_HOUSE_LEAD = /^(?:|.*[:"'(\[][ \t]*|(?:.*[ \t])?\p{Ll}+[ \t]+)$/u;
/** A locality between the house and the city: "8th Cross", "Lane 9", "Road No. 2", "T. Nagar", "Brigade Meadows". */
const INDIAN_LOCALITY = /^[\p{Lu}\d][\p{L}\p{M}\d.'’ -]{1,40}$/u;
/** The city right before the PIN, one to three capitalised words, maybe with a dash before the PIN. */
const INDIAN_CITY = /^\p{Lu}[\p{L}\p{M}]+(?:[ \t]\p{Lu}[\p{L}\p{M}]+){0,2}(?:[ \t]?[-–])?$/u;

/**
 * Indian addresses have no street type to anchor on: a door or plot number, localities, then the
 * city and the PIN ("No. 194, 8th Cross, Anna Nagar, Chennai 600052", "C-784, Brigade Meadows,
 * Indiranagar\nBengaluru 560009"). The PIN and the house number at either end vouch for the
 * segments between them; without the house number a city and six digits are anything.
 */
function indianAddresses(text: string, digits: readonly number[], anchors: Anchor[]): void {
  for (const p of digits) {
    // Cheap necessary conditions first: a letter or the dash INDIAN_CITY may end in, a space, then six digits.
    if (p < 8 || text.charCodeAt(p - 1) !== 32 || !isAsciiDigit(text.charCodeAt(p + 5)) || isAsciiDigit(text.charCodeAt(p + 6)) || !/[\p{L}–-]/u.test(text[p - 2]!)) continue;
    INDIAN_PIN_AT.lastIndex = p;
    if (!INDIAN_PIN_AT.test(text)) continue;
    const from = Math.max(0, p - 200);
    // Segments before the PIN, nearest (the city) last.
    const parts = text.slice(from, p - 1).split(/([ \t]*(?:,|\r?\n)[ \t]*)/);
    if (!INDIAN_CITY.test(parts[parts.length - 1]!)) continue;
    let offset = p - 1 - parts[parts.length - 1]!.length;
    for (let i = parts.length - 3, localities = 0; i >= 0 && localities <= 4; i -= 2) {
      const segment = parts[i]!;
      offset -= parts[i + 1]!.length + segment.length;
      const house = INDIAN_HOUSE.exec(segment);
      // The house number opens its segment, or follows a label, an opening quote or a word in lower
      // case ("repair at Plot 79"): in "Road No. 2" and "Invoice No. 5" it is the road's or the invoice's.
      if (house && INDIAN_HOUSE_LEAD.test(segment.slice(0, house.index))) {
        anchors.push({ start: offset + house.index, end: p + 6, weight: 0.9, strong: true });
        break;
      }
      if (!INDIAN_LOCALITY.test(segment)) break;
      localities++;
    }
  }
}

/** A British postcode at a digit run's second or third character: "YO10 5DD", "LS6 3BN", "M1 1AE". */
const UK_POSTCODE_AT = /[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?[ \t]\d[A-Z]{2}(?![\p{L}\p{N}])/uy;
/** One comma- or line-separated segment of capitalised words without digits ("Mill Lane", "The Old Rectory", "Stratford-upon-Avon"). */
const CAPITALISED_SEGMENT = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|upon|on|the|de|le|la)(?:[ \t](?:\p{Lu}[\p{L}\p{M}'’.-]*|upon|on|the|de|le|la)){0,4}$/u;
const COMMON_SUFFIX_SET: ReadonlySet<string> = new Set(STREET_SUFFIXES);
const HOUSE_NAME_SET: ReadonlySet<string> = new Set(HOUSE_NAME_WORDS);
const lastWordOf = (segment: string): string => segment.slice(segment.lastIndexOf(' ') + 1).toLowerCase().replace(/\.$/, '');

/**
 * British streets are often written without a house number, with or without a house name before
 * them: "The Old Rectory, Mill Lane, Clifton, York YO10 5DD", "Rose Cottage\nPriory Terrace\nLeeds
 * LS6 3BN". The postcode's shape vouches for the block; the street is the segment nearest the
 * postcode whose last word is a common street type, and a house name is taken only when it ends in
 * a house word or starts with "The" ("John Green, Mill Lane" keeps John Green out).
 */
function unnumberedBritishStreets(text: string, digits: readonly number[], anchors: Anchor[]): void {
  for (const p of digits) {
    const c = text.charCodeAt(p - 1);
    if (!(c >= 65 && c <= 90)) continue;
    const start = p >= 2 && /[A-Z]/.test(text[p - 2]!) ? p - 2 : p - 1;
    if (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!)) continue;
    UK_POSTCODE_AT.lastIndex = start;
    if (!UK_POSTCODE_AT.test(text)) continue;
    const postcodeEnd = UK_POSTCODE_AT.lastIndex;
    const from = Math.max(0, start - 160);
    // Segments before the postcode, nearest first; the postcode's own segment may hold the town ("York YO10 5DD").
    const parts = text.slice(from, start).split(/([ \t]*[,\n:][ \t]*)/);
    let offset = start;
    let street = -1;
    let houseStart = -1;
    // A town between the street and the postcode ("Mill Lane, York YO1 7HH"): "Hard Drive, M2 1TB" has none.
    let town = false;
    for (let i = parts.length - 1, seen = 0; i >= 0 && seen < 5; i -= 2, seen++) {
      const seg = parts[i]!.trim();
      offset -= parts[i]!.length;
      if (i < parts.length - 1 || seg !== '') {
        if (seg === '' || !CAPITALISED_SEGMENT.test(seg)) break;
        const last = lastWordOf(seg);
        if (street === -1) {
          if (COMMON_SUFFIX_SET.has(last) && seg.includes(' ')) {
            if (!town) break;
            street = offset + parts[i]!.indexOf(seg);
          } else town = true;
        } else {
          if (seg.startsWith('The ') || HOUSE_NAME_SET.has(last)) houseStart = offset + parts[i]!.indexOf(seg);
          break;
        }
      }
      if (i >= 1) offset -= parts[i - 1]!.length;
    }
    if (street === -1) continue;
    anchors.push({ start: houseStart !== -1 ? houseStart : street, end: postcodeEnd, weight: 0.75, strong: true });
  }
}

/** A postcode the block already ends in, after a comma or at the start of its own line ("65 rue Nationale\n69007"). */
const POSTCODE_AT_END = /(?:,[ \t]?|\n[ \t]?)\d{4,6}$/;
const YEAR_AFTER_PREPOSITION = /[ \t]+(?:since|from|until|till|in|by|before|after|seit|depuis|desde|dal|sinds|sedan)[ \t]+(?:19|20)\d\d$/i;
const NAMED_POSTAL_SEGMENT = new RegExp(String.raw`\p{L}[^\d\n]*\d{4,6}|(?<![\p{L}\p{N}])(?:${POSTCODE_ALT})(?![\p{L}\p{N}])`, 'u');
const SEGMENT_LEAD = /^[\s,>?\/-]+/;
const STATE_AT_END = new RegExp(String.raw`(?:^|[ ,])(?:${stateAlt})$`);

/** A city or country line written in capitals in a postal label ("HARSTAD", "GERMANY"). */
const ALL_CAPS_LINE = /^[\s,>?]*[\p{Lu}\s.'’-]{2,40}$/u;
/** Only spaces before the end of the line (or a comma that goes on to a country). */
const LINE_ENDS_AT = /^[ \t]*(?:[\n,]|$)/;

/**
 * Length of the part of a one-line tail segment that is one to three place words then a country
 * (" Nicosia Indonesia", " erwetegem united states"), or 0. The words are capitalised, or all in
 * lower case as the country is, so "Suite 4 Please Update Brazil" and "in Brazil" do not qualify.
 */
function placeEndingInCountry(seg: string): number {
  const words: { end: number; key: string; upper: boolean }[] = [];
  for (const m of seg.matchAll(/[\p{L}\p{M}][\p{L}\p{M}'’.-]*/gu)) {
    const key = m[0].toLowerCase();
    words.push({ end: m.index + m[0].length, key, upper: m[0] !== key });
  }
  for (let last = words.length - 1; last >= 1; last--) {
    for (let first = Math.max(1, last - 3); first <= last; first++) {
      if (!COUNTRIES.has(words.slice(first, last + 1).map((w) => w.key).join(' '))) continue;
      const place = words.slice(0, first);
      const countryUpper = words[first]!.upper;
      if (place.length > 3 || place.some((w) => w.upper !== countryUpper || NOT_A_NAME.has(w.key))) continue;
      return words[last]!.end;
    }
  }
  return 0;
}

const LINE_OPENS_WITH_DATE = /^[ \t,]*\r?\n[ \t]*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)/;

/** Grows a block over following unit/city/postal segments, keeping only up to the last strong one. */
function extendTail(text: string, start: number, end: number): { end: number; postal: boolean; namedPostal: boolean } {
  // A dot after the house number and before a comma or a line break is an ordinal, as Hungarian
  // writes it ("Váci u. 75., 1061 Budapest"); before a space it ends the sentence ("Kerkstraat 12. Order …").
  const ordinalDot = text.charCodeAt(end) === 46 && text.charCodeAt(end - 1) >= 48 && text.charCodeAt(end - 1) <= 57 && /^[,\r\n]/.test(text.slice(end + 1, end + 2));
  let cursor = ordinalDot ? end + 1 : end;
  let kept = end;
  // A block can already end in its postcode after its house number ("41 Allée La Boétie, 84969":
  // the street regex reads it as a second number); the place after it is the next thing to take.
  const tailStart = Math.max(start, end - 8);
  let postal = POSTCODE_AT_END.test(text.slice(tailStart, end)) && /\d/.test(text.slice(start, tailStart));
  let placeTaken = false;
  // A postcode that a place or its own shape vouches for (", Kosswick D53 0FL", ", Austin, TX 78701"), not a bare number (", 2025 Roadmap").
  let namedPostal = false;
  for (let i = 0; i < 5; i++) {
    const m = TAIL_SEGMENT_RE.exec(text.slice(cursor, cursor + 80));
    if (!m || m[0].trim() === '') break;
    // A line that opens with a date is the next log or record line, its year no postcode ("…in 54s\n2024-09-12T17:22:23Z …").
    if (LINE_OPENS_WITH_DATE.test(text.slice(cursor, cursor + 24))) break;
    // A year after a preposition is a date, not a postcode: "2518 AA Den Haag since 2019".
    const year = YEAR_AFTER_PREPOSITION.exec(m[0]);
    const seg = year ? m[0].slice(0, year.index) : m[0];
    if (seg.trim() === '') break;
    // The whole line: "CMD" before `["node", …]` in a Dockerfile is not a city line.
    const capsLine = /\n/.test(seg) && ALL_CAPS_LINE.test(seg) && LINE_ENDS_AT.test(text.slice(cursor + seg.length, cursor + seg.length + 20));
    const country = !seg.includes('\n') && COUNTRIES.has(seg.replace(SEGMENT_LEAD, '').trim().toLowerCase());
    // A tab separates table cells, and after a postal code only the place on the same line, a
    // country or a country line in capitals can follow: anything else is the next cell or row
    // ("…, IA 46624\nAngela Champlin\t8715 Bridge Road"), not more of this address.
    if (seg.charCodeAt(0) === 9 || (postal && seg.includes('\n') && !capsLine) || (placeTaken && !capsLine && !country)) break;
    cursor += seg.length;
    // A place then a country on the same line closes it too ("Apt. 283 Rocha Afghanistan last night").
    const placeAndCountry = !country && !postal && !seg.includes('\n') ? placeEndingInCountry(seg) : 0;
    if (placeAndCountry > 0) {
      kept = cursor = cursor - seg.length + placeAndCountry;
      placeTaken = true;
      continue;
    }
    // A country closes the address as a postcode does ("37 Parva Domus 6896, Pesconuovo, Latvia").
    if (country) {
      kept = cursor;
      placeTaken = true;
      continue;
    }
    if (postal && !placeTaken && !seg.includes('\n')) {
      const placeEnd = placeEndAfter(text, cursor - seg.length);
      if (placeEnd === -1) break;
      // Only a country line in capitals may follow the place.
      kept = cursor = placeEnd;
      placeTaken = true;
      continue;
    }
    if (seg.charCodeAt(0) === 47 || POSTAL_IN_SEGMENT.test(seg) || /\b(?:apt|suite|unit|ste|flat)\b/i.test(seg) || STATE_AT_END.test(seg.trim())) {
      kept = cursor;
      const segmentPostal = POSTAL_IN_SEGMENT.test(seg);
      postal = postal || segmentPostal;
      namedPostal ||= segmentPostal && NAMED_POSTAL_SEGMENT.test(seg);
    } else if (capsLine) {
      kept = cursor; // an all-caps city line ("HARSTAD") in a postal label
    }
  }
  while (kept > end && /[\s,]/.test(text[kept - 1]!)) kept--;
  return { end: kept, postal, namedPostal };
}

/** A named postcode on a later line or after a comma inside the block itself ("253 Smith Parade\nNEWTOWN NSW 2042", read as two anchors). */
function postalInside(text: string, b: Anchor): boolean {
  const own = text.slice(b.start, b.end);
  const split = own.search(/[,\n]/);
  return split !== -1 && POSTCODE_INSIDE.test(own.slice(split));
}
/** A region code and its postcode, five digits, or a postcode of another shape: "Revenue 2024" is not one. */
const POSTCODE_INSIDE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:[A-Z]{2,3}[ \t]\d{4,5}|\d{5}|${POSTCODE_ALT})(?![\p{L}\p{N}])`, 'u');

/** Grows `block` over an anchor next to or inside it, with the block's new weight. */
function absorbAnchor(block: Anchor, a: Anchor, weight: number): void {
  block.end = Math.max(block.end, a.end);
  block.weight = weight;
  block.unitOnly = block.unitOnly && a.unitOnly;
  block.needsPostal = block.needsPostal || a.needsPostal;
  block.strong = block.strong || a.strong;
}

function detectAddresses(text: string, lower: string, facts: TextFacts, hits: AnchorHits | null, out: Finding[]): void {
  const anchors = collectAnchors(text, lower, hits, facts);
  if (!anchors.length) return;
  const blocks: Anchor[] = [];
  for (const a of anchors) {
    const last = blocks[blocks.length - 1];
    // Anchors separated only by separators or a short line belong to one postal block.
    if (last && a.start - last.end <= 4 && /^[\s,>?]*$/.test(text.slice(last.end, a.start))) {
      absorbAnchor(last, a, Math.min(1, Math.max(last.weight, a.weight) + 0.25));
    } else if (last && a.start < last.end) {
      absorbAnchor(last, a, Math.max(last.weight, a.weight));
    } else blocks.push({ ...a });
  }
  let previous: Finding | null = null;
  for (const b of blocks) {
    // A block the previous address already took in with its tail ("Suite 952" under "78 Laugarvegur
    // 66") adds only its confidence: reported on its own it would compete with the whole address.
    // Its own tail is not taken: read from inside the address it would run past the postcode line.
    if (previous && b.start < previous.end) {
      previous.end = Math.max(previous.end, b.end);
      previous.confidence = Math.max(previous.confidence, Math.min(0.95, b.weight));
      continue;
    }
    const tail = extendTail(text, b.start, b.end);
    // "in Rotterdam, Room 991": a room or suite with nothing around it is not where someone lives.
    // Nor is a count before everyday nouns that are also street suffixes ("2 National Parks, 3 Key Points") without a postcode.
    const cue = hasWordNear(lower, b.start - 40, b.start, ADDRESS_CUES);
    if ((b.unitOnly && !tail.postal) || (b.needsPostal && !b.strong && !tail.namedPostal && !cue && !postalInside(text, b))) continue;
    let c = b.weight;
    if (tail.end > b.end) c += tail.postal ? 0.3 : 0.15;
    if (cue) c += 0.25;
    if (c < 0.5) continue;
    previous = { type: 'street_address', category: 'pii', start: b.start, end: tail.end, severity: 'medium', confidence: Math.min(0.95, c) };
    out.push(previous);
  }
}

// ───────────────────────────── dates of birth ─────────────────────────────

const monthAlt = MONTHS.map(esc).join('|');
/**
 * ISO, numeric day-month-year (any order, -/.; Czech, Slovak and Croatian space after the dots: "8. 7. 2007", "9. 3. 1997."; Hungarian year first: "1988. 04. 14."), "5th of March 1990", "1er mars 1961", "24 de enero
 * de 1970", "March 5, 1990", the
 * day-month-year with a month abbreviation between dashes or slashes that forms and databases
 * print ("14-Feb-1986", "14/Feb/86"), airline dates, and the year, month and day of a date
 * constructor in code (`datetime.date(1950, 2, 28)`).
 */
const DATE_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}\. \d{1,2}\. \d{1,2}\.|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})|\d{1,2}\. \d{1,2}\. \d{4}(?:\.(?![\p{L}\p{N}]))?|\d{1,2}[-/](?:${monthAlt})[-/](?:\d{4}|\d{2})|\d{1,2}(?:st|nd|rd|th|er|º|°)?\.?\s(?:of\s|de\s)?(?:${monthAlt})\.?,?\s(?:de\s|del\s)?\d{4}|(?:${monthAlt})\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s\d{4}|${AIRLINE_DATE}|(?<=date\()\d{4}, ?\d{1,2}, ?\d{1,2}(?=\)))(?!(?!T\d{2}:)[\p{L}\p{N}]|[.\/-]\d)`,
  'giu',
);


const DATE_AT = new RegExp(DATE_RE.source, 'iuy');

/** Numbers that can be a day and a month in some order ("06.34.61" is part of a phone number, not a date). */
function plausibleDate(raw: string): boolean {
  const parts = raw.split(/[-/.] ?|, ?/);
  if (parts.length !== 3 || !parts.every((p) => /^\d+$/.test(p))) return true;
  const [a, b, c] = parts.map(Number) as [number, number, number];
  if (parts[0]!.length === 4) return b >= 1 && b <= 12 && c >= 1 && c <= 31;
  return (a >= 1 && a <= 31 && b >= 1 && b <= 12) || (a >= 1 && a <= 12 && b >= 1 && b <= 31);
}

/**
 * Dates that stand for "unknown" in schemas and exports: 1 January 1900 (SQL Server's zero date and
 * the usual column default), the year 1 and 31 December 9999. A `DEFAULT '…'` before a date makes it
 * a column's default whatever the date.
 */
const SENTINEL_DATE = /^(?:1900[-/.]0?1[-/.]0?1|0?1[-/.]0?1[-/.]1900|0{1,3}1[-/.]\d{1,2}[-/.]\d{1,2}|9999[-/.]12[-/.]31|31[-/.]12[-/.]9999)$/;
const DEFAULT_BEFORE = /default[ \t]{1,4}(?:\(?[ \t]{0,2}'|')$/;

/** "07.04.1988 geboren", "… nata il …" reversed: a birth verb right after the date that ends the clause or names a place, not one that starts the next ("Hired 01.02.2020, born 12.03.1985"). */
const BIRTH_VERB_AFTER_AT = /^[ \t]+(?:geboren|né|née|nato|nata|nacido|nacida|nascido|nascida|urodzony|urodzona)(?=[ \t]*(?:$|\r?\n|[.,;:!?)–—]|(?:in|à|a|en|em|w)[ \t]))/u;

/** Year, month and day as a date constructor's arguments: `1950, 2, 28`. */
const CONSTRUCTOR_ARGUMENTS = /^\d{4}, ?\d/;
/** A time of day right after a date, as timestamps write it: ", 14:23", " 09:05", "T14:23". */
const TIME_AFTER_AT = /^,?[ T]\d{1,2}:\d{2}/;
const MIDNIGHT_AFTER_AT = /^[ T]00:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)?(?![\d:.])/;

/** A word between two dates other than a conjunction: the later date is of something else. */
const OTHER_EVENT_BETWEEN = /(?<![\p{L}])(?!(?:and|or|und|oder|et|ou|y|o|e|en|of)(?![\p{L}]))\p{L}{2,}/u;

/**
 * A family member's name and a date on a line labelled with the relation ("Spouse/partner: Tristan
 * Nakamura (April 21, 1994)", "Enfants à charge: Léa Lemoine 17/07/2011", "Kinder: Birgit Sommer
 * 22.11.2015; …"): tax returns, benefit forms and insurance records write dates of birth so.
 * The date follows the name, in brackets or not, and nothing else.
 */
function relativeWithDate(text: string, lower: string, start: number): boolean {
  const from = Math.max(0, start - RELATION_REACH);
  const before = text.slice(from, start);
  // Only the name stands between the label (or the previous item) and the date.
  if (!ONLY_A_NAME.test(before.slice(Math.max(before.lastIndexOf(':'), before.lastIndexOf(';')) + 1))) return false;
  return RELATION_LINE_BEFORE.test(lower.slice(from, start));
}
const RELATION_REACH = 160;
/** Capitalised words ("Elena Ibáñez Lozano", "Ibáñez Lozano, Rocío"), then perhaps an opening bracket. */
const ONLY_A_NAME = /^[ \t]*(?:\p{Lu}[\p{L}\p{M}'’-]*,?[ \t]+){1,4}\(?$/u;
const RELATION_LINE_BEFORE = new RegExp(String.raw`(?:^|\n)[ \t>*-]*(?:${[
  'spouse', 'spouse/partner', 'partner', 'wife', 'husband', 'children', 'child', 'dependants', 'dependents', 'kids', 'son', 'daughter',
  'conjoint\\(e\\)', 'conjoint', 'conjointe', 'enfants à charge', 'enfants', 'enfant', 'cónyuge', 'hijos', 'hijo', 'hija', 'descendientes',
  'cônjuge', 'filhos', 'filho', 'filha', 'dependentes', 'coniuge', 'figli a carico', 'figli', 'figlio', 'figlia', 'ehepartner', 'ehepartnerin',
  'ehefrau', 'ehemann', 'kinder', 'kind', 'echtgenoot', 'echtgenote', 'fiscaal partner', 'kinderen', 'make', 'maka', 'ægtefælle',
  'ektefelle', 'barn', 'lapset', 'puoliso', 'dzieci', 'małżonek', 'małżonka', 'manžel', 'manželka', 'děti',
].join('|')})[ \t]*:[^\n]*$`, 'u');

/** How far before a date its birth label may stand. */
const DOB_CUE_REACH = 35;

function detectDatesOfBirth(input: ScanInput, facts: TextFacts, hits: AnchorHits | null, out: Finding[]): void {
  const { text, lower } = input;
  if (hits ? hits.dob.length === 0 : !DOB_ANCHORS.some((w) => lower.includes(w))) return;
  // A date starts with a digit run or a month name, so with the anchor hits the regex is tried only there.
  const matches: RegExpExecArray[] = [];
  if (hits) matchAtCandidates(DATE_AT, text, mergeCandidates(facts.digitRunStarts, hits.month), (m) => matches.push(m));
  else for (const m of text.matchAll(DATE_RE)) matches.push(m);
  let previousEnd = -1;
  for (const m of matches) {
    const start = m.index;
    const end = start + m[0].length;
    if (!plausibleDate(m[0]) || SENTINEL_DATE.test(m[0]) || DEFAULT_BEFORE.test(lower.slice(Math.max(0, start - 14), start))) continue;
    // A date with a time is when something was written or logged ("[14/01/2025, 14:23:41] Emma: and DOB?").
    // Midnight is no time of day: a date stored as a timestamp (`"dob" : ISODate("1973-11-27T00:00:00Z")`).
    if (TIME_AFTER_AT.test(text.slice(end, end + 8)) && !MIDNIGHT_AFTER_AT.test(text.slice(end, end + 16))) continue;
    // A date built in code is a birth date only under a key that says so (`birth_date=datetime.date(…)`), not in
    // test cases of an age function that talk of birthdays.
    if (CONSTRUCTOR_ARGUMENTS.test(m[0]) && !labelHas(fieldKeyWords(text, start), DOB_CONTEXT)) continue;
    // A date alone in a table cell is what its column header says ("DOB" on every row; "joined" not,
    // even next to a DOB column); elsewhere birth words must be nearby.
    const header = tablesOf(input).headerOf(start, end);
    if (header) {
      // A key-value table labels each row in its first cell ("| Date of birth | 11 July 1997 |" under
      // "| Field | Value |"): a birth word on the date's own line, right before it, speaks for it.
      if (!labelHas(header, DOB_CONTEXT) && !labelOnLineBefore(lower, start, DOB_CUE_REACH, DOB_CONTEXT)) continue;
    } else {
      // A label stands before its date; after it only a verb says whose birth it is ("Ich bin am
      // 07.04.1988 geboren"): "seen in clinic on 23 April 2023. DOB: 8/12/1971" labels the second date.
      const cue = lastWordAt(lower, start - DOB_CUE_REACH, start, DOB_CONTEXT);
      // In a payload or a config file the key it is written under labels it (TEST_USER_DOB=…, "birthDate": …).
      // In a chat the question before answers it ("Bot: Geburtsdatum bitte." then "Besucher: 7. März 1986").
      if (cue === -1 && !BIRTH_VERB_AFTER_AT.test(lower.slice(end, end + 12)) && !keyOrQuestionHas(text, lower, start, end, DOB_CONTEXT) && !relativeWithDate(text, lower, start)) continue;
      // "the team birthday lunch is on …" is an occasion.
      if (cue !== -1 && lower.startsWith('birthday', cue) && hasWordNear(lower, cue + 8, cue + 24, BIRTHDAY_OCCASIONS)) continue;
      // "DOB 28 August 1961, travelling 15 September 2022": the birth word belongs to the date before,
      // when words of another event stand between them ("dates of birth: 12 March 2010, 5 June 2012" lists two).
      if (cue !== -1 && previousEnd > cue && OTHER_EVENT_BETWEEN.test(lower.slice(previousEnd, start))) continue;
    }
    previousEnd = end;
    out.push({ type: 'date_of_birth', category: 'pii', start, end, severity: 'medium', confidence: 0.8 });
  }
}

const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

/** Names where a record format's grammar puts them (HL7 PID-5, DICOM PN): they replace the parts of them the name rules found. */
function namesInRecords(input: ScanInput, out: Finding[]): void {
  // A field of people and firms holds a person's name when its first or last word is a listed given
  // name (Hungarian puts the given name last: "Kiss Gergő").
  const person = ([start, end]: [number, number]): boolean => {
    const words = input.text.slice(start, end).toLowerCase().split(/[ \t]/);
    return isGivenName(words[0]!) || isGivenName(words[words.length - 1]!);
  };
  const fields = [...recordFieldValues(input, 'person_name'), ...recordFieldValues(input, 'person_or_firm_name').filter(person)];
  for (const [start, end] of fields) {
    if (out.some((f) => f.start < end && start < f.end && (f.type !== 'person_name' || f.start < start || f.end > end))) continue;
    for (let i = out.length - 1; i >= 0; i--) if (out[i]!.start >= start && out[i]!.end <= end) out.splice(i, 1);
    out.push({ type: 'person_name', category: 'pii', start, end, severity: 'low', confidence: 0.85 });
  }
}

/** Dates of birth where a record format's grammar puts them (see data/record-fields.ts). */
function datesOfBirthInRecords(input: ScanInput, out: Finding[]): void {
  for (const [start, end] of recordFieldValues(input, 'date_of_birth')) {
    const compact = COMPACT_DATE.exec(input.text.slice(start, end));
    if (compact && !plausibleDate(`${compact[1]}-${compact[2]}-${compact[3]}`)) continue;
    if (out.some((f) => f.type === 'date_of_birth' && f.start < end && start < f.end)) continue;
    out.push({ type: 'date_of_birth', category: 'pii', start, end, severity: 'medium', confidence: 0.8 });
  }
}

/** What may follow the place that closes an address: the end of the text, the line or the sentence. */
const PLACE_CLOSES_AT = /^[ \t]*(?:$|\r?\n|[.!?;)])/;
/** A person run that opens with a title ("Mr. Arsuk") stays a person whatever comes before it. */
const HONORIFIC_FIRST = /^(?:Mr|Mrs|Ms|Dr|Prof|Herr|Frau|Mme|Sr|Sra)\b/;

/** A capitalised word and the space after it. */
const CAPITALISED_WORD_AT = /\p{Lu}[\p{L}\p{M}'’-]*[ \t]/uy;

function detect(input: ScanInput): Finding[] {
  const { text, lower } = input;
  const out: Finding[] = [];
  detectNames(input, out);
  namesInRecords(input, out);
  const facts = factsOf(input);
  // A street corner needs no number ("the corner of Haight and Ashbury Street").
  if (facts.digitCount > 0 || lower.includes('corner of')) {
    const hits = anchorHits(input, facts);
    detectAddresses(text, lower, facts, hits, out);
    detectDatesOfBirth(input, facts, hits, out);
    datesOfBirthInRecords(input, out);
  }
  // A name inside an address block ("Joaquin Suarez 2906") is the street, not a person.
  const addresses = out.filter((f) => f.type === 'street_address');
  if (addresses.length === 0) return out;
  // "Herman and 1324 Mosman Rd": a word joined by "and" to a street is the other street of a corner.
  const cornerStarts = new Map(addresses.map((a) => [a.start, a]));
  for (const f of out) {
    if (f.type !== 'person_name' || lower.slice(f.end, f.end + 5) !== ' and ' || text.slice(f.start, f.end).includes(' ')) continue;
    let a = cornerStarts.get(f.end + 5);
    // The street's own first words may have been read apart ("Spencer and Søndre Havnevej 65").
    for (let at = f.end + 5, words = 0; !a && words < 2; words++) {
      CAPITALISED_WORD_AT.lastIndex = at;
      const word = CAPITALISED_WORD_AT.exec(text);
      // "Anna and Peter Havnevej 65": a given name is someone, not the first word of a street.
      if (!word || isClearGivenName(word[0].trim().toLowerCase())) break;
      at = CAPITALISED_WORD_AT.lastIndex;
      a = cornerStarts.get(at);
      if (a) a.start = f.end + 5;
    }
    if (!a) continue;
    // The other street must be a street of its own: a number and capitalised words with a suffix, or a name first ("Sorlaskeid 32").
    US_STREET_AT.lastIndex = a.start;
    if (US_STREET_AT.test(text) || UPPER_FIRST.test(text[a.start]!)) a.start = f.start;
  }
  // "43 P.O. Box 41, Arsuk", "64 Via Capo le Case 143, Calino": the place closing the address's
  // line or sentence is not a person, whatever its shape says.
  const addressEnds = new Map(addresses.map((a) => [a.end, a]));
  for (const f of out) {
    if (f.type !== 'person_name' || text.charCodeAt(f.start - 1) !== 32 || text.charCodeAt(f.start - 2) !== 44) continue;
    const a = addressEnds.get(f.start - 2);
    if (!a || !PLACE_CLOSES_AT.test(text.slice(f.end, f.end + 3))) continue;
    const words = text.slice(f.start, f.end);
    // "…, Mr. Jones." and "…, Anna." are someone: a title, or a given name alone.
    if (HONORIFIC_FIRST.test(words) || (!words.includes(' ') && isClearGivenName(words.toLowerCase()))) continue;
    a.end = f.end;
  }
  const kept = out.filter((f) => f.type !== 'person_name' || !addresses.some((a) => a.start <= f.start && f.end <= a.end));
  addresseesAbove(text, addresses, kept);
  return kept;
}

/** A line of two to five capitalised words (or words in capitals, or initials), surname particles allowed between them. */
const NAME_LINE = new RegExp(String.raw`^[ \t>*-]{0,4}(\p{Lu}[\p{L}\p{M}'’.-]{0,30}(?:,? (?:\p{Lu}[\p{L}\p{M}'’.-]{0,30}|${[...SURNAME_PARTICLES].map(esc).join('|')})){1,4})[ \t,\r]*$`, 'u');

/** A heading line over a postal block: "Ship to:", "Billing address", "Deliver to", "Lieferadresse:". */
const POSTAL_HEADING = /^[ \t>*#-]{0,4}(?:[\p{L} ]{0,30}(?:address|adresse|adres|dirección|indirizzo|endereço)|(?:ship|bill|deliver|send|mail|invoice)(?:ed)? to|recipient|addressee|destinatario|destinataire|empfänger|attn\.?|attention)[ \t]*:?[ \t\r]*$/u;

/**
 * The line right above a street address that starts a line is its addressee ("Billing
 * address\nWILLOW HAHN\n731 Jake Square"), whatever the words, when a postal heading is above it.
 * Headings, organisations and places are ruled out by their words.
 */
function addresseesAbove(text: string, addresses: readonly Finding[], out: Finding[]): void {
  const findings = new SpanSet(out);
  for (const a of addresses) {
    let ls = a.start;
    while (ls > 0 && (text.charCodeAt(ls - 1) === 32 || text.charCodeAt(ls - 1) === 9)) ls--;
    if (ls === 0 || text.charCodeAt(ls - 1) !== 10) continue;
    const lineEnd = ls - 1;
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    if (lineEnd - lineStart > 80) continue;
    const m = NAME_LINE.exec(text.slice(lineStart, lineEnd));
    if (m === null) continue;
    const start = lineStart + m[0].indexOf(m[1]!);
    const end = start + m[1]!.replace(/[.]+$/, '').length;
    const keys = m[1]!.toLowerCase().split(' ');
    if (keys.some(rulesOutName) || PLACE_PREFIXES.has(keys[0]!)) continue;
    if (findings.overlaps(start, end)) continue;
    // Only under a postal heading ("Ship to:", "Billing address"): on a business card or a letterhead
    // the line above the street is as often the company ("David Belov\nOpen Data Nation").
    if (lineStart === 0) continue;
    const above = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1).toLowerCase();
    if (!POSTAL_HEADING.test(above)) continue;
    findings.push({ type: 'person_name', category: 'pii', start, end, severity: 'low', confidence: 0.6 });
  }
}

export const piiPersonDetector: Detector = { family: 'pii-person', types: TYPES, detect };
