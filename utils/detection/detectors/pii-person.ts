/**
 * Person names, street addresses and dates of birth — personal data without a checksum. No ML
 * model: names come from a given-name list, honorifics, cue phrases ("my name is", "Dear") and
 * surname shapes; addresses from street vocabulary (suffix, prefix and glued forms) grown into
 * whole postal blocks; dates only count when birth context is nearby.
 */
import type { DetectionType, Detector, Finding, ScanInput } from '../types';
import { hasWordNear } from './context';
import { ADDRESS_CUES, GLUED_STREET_ENDINGS, STREET_PREFIXES, STREET_SUFFIXES, UNIT_WORDS, US_STATES } from './data/address-words';
import { DOB_CONTEXT } from './data/context-words';
import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAME_SET } from './data/first-names';
import { COMMON_LOWER_WORDS, HONORIFICS, MEDIUM_NAME_CUES, MONTHS, NON_PERSON_FOLLOWERS, NOT_A_NAME, STRONG_NAME_CUES, SURNAME_PARTICLES, SURNAME_SUFFIX_RE, WEAK_NAME_CUES } from './data/person-words';

const TYPES: DetectionType[] = [
  { id: 'person_name', category: 'pii', severity: 'low', label: 'Person name', validation: 'given-name list, honorifics, cue phrases, surname shapes', placeholder: 'NAME' },
  { id: 'street_address', category: 'pii', severity: 'medium', label: 'Street address', validation: 'house number + street vocabulary, unit and postal-code lines', placeholder: 'ADDRESS' },
  { id: 'date_of_birth', category: 'pii', severity: 'medium', label: 'Date of birth', validation: 'date shape + birth context ("born", "DOB")', placeholder: 'DOB' },
];

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const titleCase = (s: string): string => s[0]!.toUpperCase() + s.slice(1);

// ───────────────────────────── person names ─────────────────────────────

interface Token { start: number; end: number; word: string; key: string }

/** Capitalised words (not all-caps acronyms). Bounded length keeps the scan linear. */
const CAP_WORD_RE = /(?<![\p{L}\p{M}\p{N}_@'’./\\-])\p{Lu}(?:\p{Ll}|\p{M})[\p{Ll}\p{M}]{0,24}(?:['’-]\p{Lu}?[\p{Ll}\p{M}]{1,20}|\p{Lu}[\p{Ll}\p{M}]{1,20})?(?![\p{L}\p{M}\p{N}_@])/gu;
/** Lower-case name after an honorific or a strong cue, as in "to mr. larry lombardo". */
const LOWER_CUE_RE = /(?:(?<![\p{L}])(mr|mrs|ms|dr)\.?|my name is|name is|partner's name|i am|i'm|this is|dear|\bhi|\bhello|\badd|named|calls me|call me|why is|producer|to a)\s+(\p{Ll}[\p{Ll}\p{M}]{1,20})(?:\s+(\p{Ll}[\p{Ll}\p{M}]{1,24}))?/gu;

const LOWER_STOP: ReadonlySet<string> = new Set(['and', 'but', 'or', 'as', 'is', 'was', 'to', 'from', 'at', 'in', 'on', 'for', 'here', 'there', 'the', 'a', 'an', 'so', 'has', 'had', 'will', 'explained', 'said', 'concert', 'version', 'novel', 'who', 'with']);

/** Verbs right after a capitalised word that mark it as someone ("Klimek shouted", "Kelvin is from"). */
const PERSON_VERB_AFTER_RE = /^(?:['’]s\s(?:address|daughter|son|wife|husband|mother|father|brother|sister|phone|email|account|birthday|family|office|car|house|mom|dad|boss|friend)|,\s(?:can|could|would|will|please|I|we)\s|\s(?:spent|will be|just has to|has to|listed|points out|pointed out|said|says|told|asked|shouted|wrote|replied|explained|answered|smiled|laughed|had given|gave|is from|was from|was born|lives in|works at|works for|is a \d|was a huge|is my|was my|emailed|called me|texted))/;

function isSentenceStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '"' || text[i] === '“' || text[i] === '(' || text[i] === '*' || text[i] === '>' || text[i] === '-' || text[i] === '#')) i--;
  if (i < 0) return true;
  const ch = text[i]!;
  return ch === '.' || ch === '!' || ch === '?' || ch === '\n' || ch === ':' || ch === '•';
}

/** The one-, two- and three-word phrases right before `start` (lower case, trailing commas/spaces trimmed). */
function phrasesBefore(lower: string, start: number): string[] {
  const before = lower.slice(Math.max(0, start - 30), start).replace(/[\s,]+$/, '');
  const words = before.split(/\s+/);
  const out: string[] = [];
  for (let n = 1; n <= 3 && n <= words.length; n++) out.push(words.slice(words.length - n).join(' '));
  return out;
}

const STRONG_CUES = new Set<string>(STRONG_NAME_CUES);
const MEDIUM_CUES = new Set<string>(MEDIUM_NAME_CUES);
const WEAK_CUES = new Set<string>(WEAK_NAME_CUES);
const cueIn = (phrases: string[], cues: ReadonlySet<string>): boolean => phrases.some((p) => cues.has(p));

/** Start offset of an honorific ("Mr. ", "Dr ") right before `start`, so the span includes it. */
function honorificStart(text: string, start: number): number | undefined {
  const from = Math.max(0, start - 12);
  const m = /(?<![\p{L}])([A-Za-zñÑ]{1,9})\.?\s{1,2}$/u.exec(text.slice(from, start));
  return m && HONORIFICS.has(m[1]!.toLowerCase()) ? from + m.index : undefined;
}

/** Groups capitalised words separated by single spaces (or surname particles) into candidate runs. */
function buildRuns(text: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (const t of tokens) {
    const prev = run[run.length - 1];
    if (prev && run.length < 4) {
      const gap = text.slice(prev.end, t.start);
      const gapWords = gap.trim().toLowerCase().split(/\s+/).filter(Boolean);
      const joinable = /^ $/.test(gap) || (/^ [\p{Ll} .]{1,12} $/u.test(gap) && gapWords.every((w) => SURNAME_PARTICLES.has(w)));
      if (joinable) {
        run.push(t);
        continue;
      }
    }
    if (run.length) runs.push(run);
    run = [t];
  }
  if (run.length) runs.push(run);
  return runs;
}

function scoreRun(text: string, lower: string, run: Token[]): { start: number; end: number; confidence: number } | null {
  // Drop a leading stop word ("The", "Dear") and cut at organisation/place words ("Smith Ltd").
  while (run.length && NOT_A_NAME.has(run[0]!.key)) run = run.slice(1);
  const cut = run.findIndex((t) => NON_PERSON_FOLLOWERS.has(t.key));
  if (cut !== -1) return null;
  run = run.filter((t) => !NOT_A_NAME.has(t.key));
  if (!run.length) return null;
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const hon = honorificStart(text, first.start);
  const start = hon ?? first.start;
  const end = last.end;
  const after = text.slice(end, end + 12);
  if (/^\s?(?:Inc|Ltd|LLC|Corp|GmbH|PLC|&)\b/.test(after)) return null;

  const given = GIVEN_NAME_SET.has(first.key);
  const ambiguous = AMBIGUOUS_GIVEN_NAMES.has(first.key);
  const sentenceStart = isSentenceStart(text, start);
  const honorific = hon !== undefined;
  const verbAfter = PERSON_VERB_AFTER_RE.test(text.slice(end, end + 16));
  const phrases = phrasesBefore(lower, first.start);
  const strongCue = cueIn(phrases, STRONG_CUES);
  const weakCue = cueIn(phrases, WEAK_CUES);
  const mediumCue = !sentenceStart && cueIn(phrases, MEDIUM_CUES);
  const surnameShape = run.some((t) => t.word.length >= 4 && SURNAME_SUFFIX_RE.test(t.key) && !GIVEN_NAME_SET.has(t.key));

  let c = 0;
  if (given && !ambiguous) c = run.length >= 2 ? 0.85 : 0.7;
  else if (given && ambiguous) c = run.length >= 2 ? 0.7 : sentenceStart ? 0.2 : 0.4;
  else if (surnameShape) c = sentenceStart && run.length === 1 ? 0.35 : 0.5;
  if (honorific) c = Math.max(c, 0.85);
  if (verbAfter && !(sentenceStart && c === 0 && run.length === 1 && NOT_A_NAME.has(first.key))) c = Math.max(c + 0.2, 0.55);
  if (strongCue) c = Math.max(c + 0.25, 0.7);
  else if (mediumCue) c = Math.max(c + 0.2, 0.6);
  else if (weakCue && c > 0) c += 0.15;
  if (run.length > 3 && !honorific) c -= 0.2;
  return c >= 0.5 ? { start, end, confidence: Math.min(0.95, c) } : null;
}

const LIST_GAP_BEFORE = /(?:, |,? and |,? or | & )$/;
const LIST_GAP_AFTER = /^(?:, |,? and |,? or | & )/;

/** "Kovalev, Lee and Phillips": capitalised words coordinated with an accepted name are names too. */
function propagateLists(text: string, tokens: Token[], found: Finding[]): void {
  for (let pass = 0; pass < 2; pass++) {
    const ends = new Set(found.map((f) => f.end));
    const starts = new Set(found.map((f) => f.start));
    const covered = new Set<number>();
    for (const f of found) covered.add(f.start).add(f.end);
    for (const t of tokens) {
      if (starts.has(t.start) || ends.has(t.end) || NOT_A_NAME.has(t.key) || NON_PERSON_FOLLOWERS.has(t.key)) continue;
      const left = LIST_GAP_BEFORE.exec(text.slice(Math.max(0, t.start - 6), t.start));
      const right = LIST_GAP_AFTER.exec(text.slice(t.end, t.end + 6));
      const linked = (left && ends.has(t.start - left[0].length)) || (right && starts.has(t.end + right[0].length));
      if (linked) found.push({ type: 'person_name', category: 'pii', start: t.start, end: t.end, severity: 'low', confidence: 0.6 });
    }
  }
}

function detectNames(text: string, lower: string, out: Finding[]): void {
  const tokens: Token[] = [];
  for (const m of text.matchAll(CAP_WORD_RE)) tokens.push({ start: m.index, end: m.index + m[0].length, word: m[0], key: m[0].toLowerCase() });
  const found: Finding[] = [];
  for (const run of buildRuns(text, tokens)) {
    const scored = scoreRun(text, lower, run);
    if (scored) found.push({ type: 'person_name', category: 'pii', start: scored.start, end: scored.end, severity: 'low', confidence: scored.confidence });
  }
  if (found.length) propagateLists(text, tokens, found);
  for (const m of lower.matchAll(LOWER_CUE_RE)) {
    const honorific = m[1];
    const w1 = m[2]!;
    const w2 = m[3];
    const firstStart = m.index + m[0].lastIndexOf(w1, w2 ? m[0].length - w2.length - 1 : undefined);
    if (text[firstStart] !== w1[0]) continue; // the original was capitalised: handled above
    if (!honorific && (!GIVEN_NAME_SET.has(w1) || AMBIGUOUS_GIVEN_NAMES.has(w1))) continue;
    const start = honorific ? m.index : firstStart;
    let end = firstStart + w1.length;
    if (w2 && !NOT_A_NAME.has(w2) && !LOWER_STOP.has(w2)) end = m.index + m[0].length;
    if (found.some((f) => f.start < end && start < f.end)) continue;
    found.push({ type: 'person_name', category: 'pii', start, end, severity: 'low', confidence: 0.75 });
  }
  if (text === lower) detectLowerCaseNames(lower, found);
  out.push(...found);
}

const LOWER_WORD_RE = /(?<![\p{L}\p{M}\p{N}_@'’.\/-])\p{Ll}[\p{Ll}\p{M}]{1,20}(?![\p{L}\p{M}\p{N}_@])/gu;

/**
 * Text typed entirely in lower case has no capitalisation signal; there an unambiguous given name
 * (plus the next word when it is not a common English word) stands in for the capitalised run.
 */
function detectLowerCaseNames(lower: string, found: Finding[]): void {
  const words = [...lower.matchAll(LOWER_WORD_RE)];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]![0];
    if (!GIVEN_NAME_SET.has(w) || AMBIGUOUS_GIVEN_NAMES.has(w) || COMMON_LOWER_WORDS.has(w)) continue;
    const start = words[i]!.index;
    let end = start + w.length;
    const next = words[i + 1];
    if (next && next.index === end + 1 && !COMMON_LOWER_WORDS.has(next[0]) && !NOT_A_NAME.has(next[0])) {
      end = next.index + next[0].length;
      i++;
    }
    if (found.some((f) => f.start < end && start < f.end)) continue;
    found.push({ type: 'person_name', category: 'pii', start, end, severity: 'low', confidence: 0.6 });
  }
}

// ──────────────────────────── street addresses ────────────────────────────

const suffixAlt = STREET_SUFFIXES.flatMap((s) => [titleCase(s), s.toUpperCase()]).map(esc).join('|');
const prefixAlt = STREET_PREFIXES.flatMap((s) => [s, titleCase(s), s.toUpperCase()]).map(esc).join('|');
const gluedAlt = GLUED_STREET_ENDINGS.map(esc).join('|');
const unitAlt = UNIT_WORDS.flatMap((s) => [titleCase(s), s, s.toUpperCase()]).map(esc).join('|');
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}'’.-]{0,24}|\d{1,3}(?:st|nd|rd|th))`;

/** "1600 Pennsylvania Avenue", "221B Baker St." */
const US_STREET_RE = new RegExp(String.raw`(?<![\p{L}\p{N}.,/-])\d{1,6}[A-Za-z]?(?:[ -]\d{1,5})?\s(?:[NSEW]\.?\s|North\s|South\s|East\s|West\s)?(?:${NAME_WORD}\s){1,4}(?:${suffixAlt})\b\.?`, 'gu');
/** "12 rue de la Paix", "Via Roma 5", "Calle Mayor, 3". */
const PREFIX_STREET_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:\d{1,5},?\s)?(?:${prefixAlt})\s(?:[\p{L}\p{M}'’.-]{1,25}\s?){1,5}?,?\s?\d{1,5}[a-zA-Z]?(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])\d{1,5},?\s(?:${prefixAlt})\s(?:(?:de|del|de la|des|du|di|da|do|dos|das|della)\s)?(?:[\p{Lu}\d][\p{L}\p{M}'’.-]{0,24}\s?){1,4}`, 'gu');
/** "Hauptstraße 12", "Vesturgata 66", "Kerkstraat 7a". */
const GLUED_STREET_RE = new RegExp(String.raw`(?:${gluedAlt})\s\d{1,4}[a-zA-Z]?(?![\p{L}\p{N}])`, 'gu');
/** Postal-label lines: house number, capitalised words, number ("55 Školní 645", "Joaquin Suarez 2906"). */
const GENERIC_LINE_RE = /(?<=^|\n)[ \t>?*-]{0,6}(?:\p{Lu}[\p{L}\p{M}'’.-]{0,24}\s){1,4}\d{1,5}[ \t]*(?=\n|$|,)/gu;
/** Inline "house number, words, number" ("07 Celso Emilio Ferreiro 23", "16 salontie 6"): needs a cue or postal tail. */
const GENERIC_INLINE_RE = /(?<![\p{L}\p{N}.,\/:$€£-])\d{1,5}(?: \d{1,5})? (?:\p{L}[\p{L}\p{M}'’.\/-]{0,24} ){1,4}\d{1,5}[A-Za-z]?(?![\p{L}\p{N}]|[.,:\/-]\d)/gu;
const PO_BOX_RE = /(?<![\p{L}\p{N}])(?:p\.?\s?o\.?\s?box|postfach|apartado|boîte postale)\s?\d{1,6}(?![\p{N}])/giu;
const ZIP_CUE_RE = /(?<![\p{L}])(?:zip(?: ?code)?|post ?code|postal code|plz|code postal)(?: is|:)? ?(?:\d{5}(?:-\d{4})?|\d{4}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})(?![\p{L}\p{N}])/giu;
const UNIT_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${unitAlt})\.?\s?#?\s?\d{1,5}[A-Za-z]?(?![\p{L}\p{N}])`, 'gu');
const stateAlt = US_STATES.join('|');
/** Trailing postal segment: ", Springfield, IL 62704", "\n Mali 44998", "\n HARSTAD". */
const TAIL_SEGMENT_RE = new RegExp(String.raw`^(?:[ \t]*[,\n]{1,3}[ \t>?]*|[ \t]{1,2})(?:(?:${unitAlt})\.?\s?#?\s?\d{1,5}[A-Za-z]?|(?:[\p{L}\p{M}][\p{L}\p{M}'’.-]{0,24}[ \t]?){1,4},?[ \t]?(?:${stateAlt})?[ \t]?\d{4,6}(?:-\d{4})?|(?:${stateAlt})[ \t]\d{5}(?:-\d{4})?|\d{4,6}(?:-\d{4})?|(?:[\p{L}\p{M}][\p{L}\p{M}'’.-]{0,24}[ \t]?){1,4})`, 'u');

interface Anchor { start: number; end: number; weight: number }

function collectAnchors(text: string): Anchor[] {
  const anchors: Anchor[] = [];
  const add = (re: RegExp, weight: number): void => {
    for (const m of text.matchAll(re)) {
      let s = m.index;
      let e = s + m[0].length;
      while (s < e && /[\s>?*-]/.test(text[s]!)) s++;
      while (e > s && /[\s,]/.test(text[e - 1]!)) e--;
      if (e > s) anchors.push({ start: s, end: e, weight });
    }
  };
  add(US_STREET_RE, 0.75);
  add(PREFIX_STREET_RE, 0.7);
  // Glued street words are found by their ending, then the word is walked back to its capital.
  for (const m of text.matchAll(GLUED_STREET_RE)) {
    let s = m.index;
    const limit = Math.max(0, s - 30);
    while (s > limit && /[\p{L}\p{M}-]/u.test(text[s - 1]!)) s--;
    if (s > 0 && /[\p{L}\p{N}]/u.test(text[s - 1]!)) continue;
    if (!/\p{Lu}/u.test(text[s]!)) continue;
    anchors.push({ start: s, end: m.index + m[0].length, weight: 0.7 });
  }
  add(GENERIC_LINE_RE, 0.35);
  add(GENERIC_INLINE_RE, 0.35);
  add(PO_BOX_RE, 0.65);
  add(ZIP_CUE_RE, 0.75);
  add(UNIT_RE, 0.35);
  return anchors.sort((a, b) => a.start - b.start);
}

/** Grows a block over following unit/city/postal segments, keeping only up to the last strong one. */
function extendTail(text: string, end: number): { end: number; postal: boolean } {
  let cursor = end;
  let kept = end;
  let postal = false;
  for (let i = 0; i < 5; i++) {
    const m = TAIL_SEGMENT_RE.exec(text.slice(cursor, cursor + 80));
    if (!m || m[0].trim() === '') break;
    const seg = m[0];
    cursor += seg.length;
    if (/\d{4,6}|\b(?:apt|suite|unit|ste|flat)\b/i.test(seg) || new RegExp(String.raw`(?:^|[ ,])(?:${stateAlt})$`).test(seg.trim())) {
      kept = cursor;
      postal = postal || /\d{4,6}/.test(seg);
    } else if (/\n/.test(seg) && /^[\s,>?]*[\p{Lu}\s.'’-]{2,40}$/u.test(seg)) {
      kept = cursor; // an all-caps city line ("HARSTAD") in a postal label
    }
  }
  while (kept > end && /[\s,]/.test(text[kept - 1]!)) kept--;
  return { end: kept, postal };
}

function detectAddresses(text: string, lower: string, out: Finding[]): void {
  const anchors = collectAnchors(text);
  if (!anchors.length) return;
  const blocks: Anchor[] = [];
  for (const a of anchors) {
    const last = blocks[blocks.length - 1];
    // Anchors separated only by separators or a short line belong to one postal block.
    if (last && a.start - last.end <= 4 && /^[\s,>?]*$/.test(text.slice(last.end, a.start))) {
      last.end = Math.max(last.end, a.end);
      last.weight = Math.min(1, Math.max(last.weight, a.weight) + 0.25);
    } else if (last && a.start < last.end) {
      last.end = Math.max(last.end, a.end);
      last.weight = Math.max(last.weight, a.weight);
    } else blocks.push({ ...a });
  }
  for (const b of blocks) {
    const tail = extendTail(text, b.end);
    let c = b.weight;
    if (tail.end > b.end) c += tail.postal ? 0.3 : 0.15;
    if (hasWordNear(lower, b.start - 40, b.start, ADDRESS_CUES)) c += 0.25;
    if (c < 0.5) continue;
    out.push({ type: 'street_address', category: 'pii', start: b.start, end: tail.end, severity: 'medium', confidence: Math.min(0.95, c) });
  }
}

// ───────────────────────────── dates of birth ─────────────────────────────

const monthAlt = MONTHS.map(esc).join('|');
const DATE_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})|\d{1,2}(?:st|nd|rd|th)?\.?\s(?:of\s)?(?:${monthAlt})\.?,?\s\d{4}|(?:${monthAlt})\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s\d{4})(?![\p{L}\p{N}])`,
  'giu',
);

/** Literal pre-filter: the date regex runs only when a birth word occurs at all. */
const DOB_ANCHORS = ['born', 'birth', 'dob', 'd.o.b', 'geb', 'né', 'naissance', 'nacimiento', 'nacid', 'nascita', 'nato', 'nata '] as const;

function detectDatesOfBirth(text: string, lower: string, out: Finding[]): void {
  if (!DOB_ANCHORS.some((w) => lower.includes(w))) return;
  for (const m of text.matchAll(DATE_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!hasWordNear(lower, start - 35, end + 5, DOB_CONTEXT)) continue;
    out.push({ type: 'date_of_birth', category: 'pii', start, end, severity: 'medium', confidence: 0.8 });
  }
}

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function detect({ text, lower }: ScanInput): Finding[] {
  const out: Finding[] = [];
  detectNames(text, lower, out);
  if (hasDigit(text)) {
    detectAddresses(text, lower, out);
    detectDatesOfBirth(text, lower, out);
  }
  // A name inside an address block ("Joaquin Suarez 2906") is the street, not a person.
  const addresses = out.filter((f) => f.type === 'street_address');
  return addresses.length ? out.filter((f) => f.type !== 'person_name' || !addresses.some((a) => a.start <= f.start && f.end <= a.end)) : out;
}

export const piiPersonDetector: Detector = { family: 'pii-person', types: TYPES, detect };
