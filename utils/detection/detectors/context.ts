/**
 * Context enhancement shared by the personal-data detectors: a weak pattern match (a bare
 * 9-digit number, a capitalised word) becomes credible when words such as "SSN" or "my name is"
 * sit nearby, and less credible when words such as "order" or "version" do. Works on the
 * lower-cased text so callers pay for case folding once per scan.
 */

import { questionBefore } from './chat-turn';
import { fieldKeyWords } from './field-key';

export interface ContextRule {
  /** Lower-case words/phrases whose presence in the window supports the finding. */
  boost?: readonly string[];
  /** Lower-case words/phrases whose presence in the window argues against it. */
  penalize?: readonly string[];
  /** Characters inspected on each side of the span. */
  window?: number;
  boostBy?: number;
  penalizeBy?: number;
}

const DEFAULT_WINDOW = 60;

/** True when any of `words` occurs in lower[from..to). Word-ish boundaries avoid "ssn" in "lessness". */
export function hasWordNear(lower: string, from: number, to: number, words: readonly string[]): boolean {
  const lo = Math.max(0, from);
  const hi = Math.min(lower.length, to);
  if (hi <= lo) return false;
  const slice = lower.slice(lo, hi);
  for (const w of words) {
    let i = slice.indexOf(w);
    while (i !== -1) {
      if (standsAlone(slice, i, w.length)) return true;
      i = slice.indexOf(w, i + 1);
    }
  }
  return false;
}

/** Where the last of `words` starts in lower[from..to), with the same boundaries as hasWordNear; -1 when none does. */
export function lastWordAt(lower: string, from: number, to: number, words: readonly string[]): number {
  const lo = Math.max(0, from);
  const hi = Math.min(lower.length, to);
  if (hi <= lo) return -1;
  const slice = lower.slice(lo, hi);
  let last = -1;
  for (const w of words) {
    let i = slice.lastIndexOf(w);
    while (i > last) {
      if (standsAlone(slice, i, w.length)) {
        last = i;
        break;
      }
      i = i === 0 ? -1 : slice.lastIndexOf(w, i - 1);
    }
  }
  return last === -1 ? -1 : lo + last;
}

/**
 * Whether s[i..i+length) has no letter, digit or underscore right before or after it. Chinese,
 * Japanese and Korean are written without spaces (`お電話は…`, `我的手机是…`), so a word's side
 * that is such a character needs no boundary.
 */
function standsAlone(s: string, i: number, length: number): boolean {
  return (isUnspacedScript(s.charCodeAt(i)) || !isWordChar(i === 0 ? '' : s[i - 1]!)) &&
    (isUnspacedScript(s.charCodeAt(i + length - 1)) || !isWordChar(s[i + length] ?? ''));
}

function isUnspacedScript(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af);
}

function isWordChar(ch: string): boolean {
  return ch !== '' && /[\p{L}\p{N}_]/u.test(ch);
}

/** Whether one of `words` stands before `start` on the same line, at most `reach` characters back. */
export function labelOnLineBefore(lower: string, start: number, reach: number, words: readonly string[]): boolean {
  const label = lastWordAt(lower, start - reach, start, words);
  return label !== -1 && !lower.slice(label, start).includes('\n');
}

/**
 * Whether a label (a column header, a field key) holds one of `words`, as written or with its
 * underscores read as spaces: exports name their columns as identifiers ("data_nascimento",
 * "mobile_phone", "fecha_nac"), and a word's edges inside one are underscores.
 */
export function labelHas(label: string, words: readonly string[]): boolean {
  return hasWordNear(label, 0, label.length, words) || (label.includes('_') && hasWordNear(label.replace(/_+/g, ' '), 0, label.length, words));
}

/**
 * Whether a label standing apart from the value holds one of `words`: the key it is written under
 * in a payload or a config file (field-key.ts), the chat question it answers (chat-turn.ts), or a
 * form label with an aside in brackets.
 */
export function keyOrQuestionHas(text: string, lower: string, start: number, end: number, words: readonly string[]): boolean {
  return labelHas(fieldKeyWords(text, start), words) || labelHas(questionBefore(text, lower, start, end), words) || labelHas(labelWithAside(lower, start), words);
}

/**
 * The label of a form row whose label carries an aside in brackets, which puts the label out of a
 * nearby-word window's reach: "Passport (for the visa invitation letter): J07648119". '' otherwise.
 */
function labelWithAside(lower: string, start: number): string {
  const c = lower.charCodeAt(start - 1);
  if (c !== 32 && c !== 9 && c !== 58) return '';
  return LABEL_WITH_ASIDE.exec(lower.slice(Math.max(0, start - 120), start))?.[1] ?? '';
}
const LABEL_WITH_ASIDE = /(?:^|\n|[-*•]\s)[ \t]*([\p{L}][\p{L}\p{M} .'’-]{0,40}?)[ \t]*\([^()\n]{1,80}\)[ \t]*:[ \t]*$/u;

/** Whether any supporting word occurs within the window around [start, end). */
export function contextSupports(lower: string, start: number, end: number, words: readonly string[], window = DEFAULT_WINDOW): boolean {
  return hasWordNear(lower, start - window, end + Math.min(window, 20), words);
}

/**
 * contextSupports for a value that may be one field of a record written one field per line. When
 * the value's row has a label of its own ("Phone: 7533386887" under "Driving licence no.: …",
 * "Parcels: 93738740620" under "Tel: …"), only that row speaks for it: the rows around it are
 * the record's other fields.
 */
export function rowContextSupports(lower: string, start: number, end: number, words: readonly string[], window = DEFAULT_WINDOW): boolean {
  const lineStart = lower.lastIndexOf('\n', start - 1) + 1;
  const label = start - lineStart <= ROW_LABEL_REACH ? ROW_LABEL.exec(lower.slice(lineStart, start)) : null;
  if (label && !GENERIC_VALUE_KEYS.has(label[1]!.replace(QUOTES, ''))) {
    return hasWordNear(lower, Math.max(lineStart, start - window), lineEndAfter(lower, end), words);
  }
  // A label after a value stands on its line ("TS07 2017749 (driving licence)"); on the next line it labels the next value.
  return hasWordNear(lower, start - window, lineEndAfter(lower, end), words);
}
/** Where words after a value stop counting: the end of its line, at most 20 characters on. */
function lineEndAfter(lower: string, end: number): number {
  // Read no further than 40 characters: a line without a break or a colon must not be read to its end per value.
  const ahead = lower.slice(end, end + 40);
  const lineEnd = ahead.indexOf('\n');
  const line = lineEnd === -1 ? ahead : ahead.slice(0, lineEnd);
  // A label after the value that a colon closes labels the value after it ("07898756024 — Driving licence no.: HUGHE…").
  if (line.includes(':')) return end;
  return end + Math.min(line.length, 20);
}
/** A row's label at the start of the line, then its value or values: "  Parcels: ", "- Pakete: 31430987716, ". */
const ROW_LABEL = /^[ \t>*•-]*([^\s:][^\n:]{0,30}):[^\n:]*$/;
/**
 * Keys that say nothing of what the value is: a payload names it in a sibling
 * (`"type": "Aadhaar No.",` above `"value": "8897-9098-3818"`), so the rows around still speak.
 */
const GENERIC_VALUE_KEYS = new Set(['value', 'val', 'number', 'num', 'no', 'nr', 'id', 'data', 'text', 'content']);
const QUOTES = /["'`\s]/g;
const ROW_LABEL_REACH = 80;

/** Adjusts a base confidence by the rule's boost/penalize words around [start, end), clamped to 0..1. */
export function enhanceConfidence(lower: string, start: number, end: number, base: number, rule: ContextRule): number {
  const window = rule.window ?? DEFAULT_WINDOW;
  let c = base;
  if (rule.boost && hasWordNear(lower, start - window, end + window, rule.boost)) c += rule.boostBy ?? 0.35;
  if (rule.penalize && hasWordNear(lower, start - window, end + window, rule.penalize)) c -= rule.penalizeBy ?? 0.35;
  return Math.max(0, Math.min(1, c));
}

/** True when the characters right before `start` and right after `end` are not letters/digits. */
export function isStandalone(text: string, start: number, end: number, alsoForbid = ''): boolean {
  const before = start > 0 ? text[start - 1]! : '';
  const after = end < text.length ? text[end]! : '';
  if (isWordChar(before) || isWordChar(after)) return false;
  if (alsoForbid && ((before && alsoForbid.includes(before)) || (after && alsoForbid.includes(after)))) return false;
  return true;
}
