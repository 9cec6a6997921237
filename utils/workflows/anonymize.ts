/**
 * Anonymized prompt records: the prompt reduced to its recurring instruction text, with every
 * sensitive value and every variable-looking token replaced by a typed placeholder, plus a MinHash
 * signature of that masked text. Only this is stored; raw text never leaves this function.
 */
import type { Finding } from '../detection/types';
import { minhash } from './minhash';
import { INSTRUCTION_WORDS, PRONOUN_FORMS, TITLES_BEFORE_NAMES } from './data/instruction-words';

export interface AnonymizedPrompt {
  skeleton: string;
  signature: number[];
}

/** Stored skeletons are capped so a record stays well under 1 KB. */
export const MAX_SKELETON_CHARS = 600;

/** Which placeholder a finding's category becomes; values are data, not branches. */
const CATEGORY_SLOT: Record<string, string> = {
  secret: 'secret',
  pii: 'person',
  confidential: 'confidential',
  financial: 'amount',
  code: 'document',
};

/** Detection types whose placeholder is more specific than their category's. */
const TYPE_SLOT: Record<string, string> = {
  email: 'email',
  phone: 'phone',
  person_name: 'person',
  date_of_birth: 'date',
  street_address: 'address',
  ip_address: 'host',
  iban: 'account',
  credit_card: 'account',
  customer_list: 'document',
  employee_list: 'document',
  source_code: 'document',
  pasted_input: 'document',
};

/** Token-level maskers, applied in order to the text left after block collapsing. */
const TOKEN_MASKS: ReadonlyArray<[RegExp, string]> = [
  [/\bhttps?:\/\/\S+|\bwww\.\S+/gi, 'url'],
  // Bounded local part: an unbounded one backtracks quadratically over long dotted or dashed runs.
  [/\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}\b/g, 'email'],
  [/\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/g, 'date'],
  [/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?\b|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?: \d{4})?\b/gi, 'date'],
  [/\bQ[1-4] ?\d{4}\b|\b(?:19|20)\d{2}\b/g, 'date'],
  [/[$€£¥]\s?\d[\d,.]*(?:\s?[kKmMbB]n?\b)?|\b\d[\d,.]*\s?(?:USD|EUR|GBP|CHF|dollars|euros)\b/g, 'amount'],
  [/\b\d[\d,.:%-]*\b/g, 'number'],
  [/"[^"\n]{40,}"|“[^”\n]{40,}”/g, 'document'],
];

/** A paragraph that looks pasted rather than typed: fenced, multi-line, tabular or very long. */
function isPastedBlock(paragraph: string, index: number): boolean {
  if (/^\s*```/.test(paragraph)) return true;
  const lines = paragraph.split('\n').filter((l) => l.trim() !== '');
  if (/\t|\|.*\|/.test(paragraph) && lines.length >= 2) return true;
  // The opening paragraph is usually the typed instruction, even when wrapped over several lines;
  // only short-lined text there (an email header, a list of fields) is treated as pasted.
  const avgLine = paragraph.length / Math.max(1, lines.length);
  if (lines.length >= 3 && (index > 0 || avgLine < 60)) return true;
  return index > 0 && paragraph.length > 700;
}

function collapseBlocks(text: string): string {
  const withoutFences = text.replace(/```[\s\S]*?(```|$)/g, '\n\n{{document}}\n\n');
  const paragraphs = withoutFences.split(/\n\s*\n/);
  const out: string[] = [];
  paragraphs.forEach((p, i) => {
    const slot = isPastedBlock(p, i) ? '{{document}}' : p.replace(/\s+/g, ' ').trim();
    // Consecutive pasted paragraphs are one input, whatever its length.
    if (slot === '{{document}}' && out[out.length - 1] === '{{document}}') return;
    if (slot) out.push(slot);
  });
  return out.join('\n');
}

/**
 * A capitalised word, including inner capitals and apostrophes (McDonald, O'Brien, Müller-Lüdenscheidt),
 * which the detectors' name lists may not know.
 */
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’-]*\p{L}`;
const CAPITALISED_RUN = new RegExp(`(^|[^\\p{L}\\p{N}{}])(${NAME_WORD}(?:\\s+${NAME_WORD})*)(?![\\p{L}\\p{N}])`, 'gu');

/**
 * Names of people, customers and products: a run of two or more capitalised words anywhere, or a
 * single capitalised word that does not start a sentence (a sentence's first word is usually the
 * instruction's verb). Masking a title-cased word too many only costs template fidelity.
 */
function maskProperNames(text: string): string {
  return text.replace(CAPITALISED_RUN, (match, pre: string, run: string, offset: number) => {
    const words = run.split(/\s+/);
    const first = words[0]!.toLowerCase();
    if (words.length === 1 && PRONOUN_FORMS.has(first)) return match;
    if (!startsSentence(text, offset + pre.length)) return `${pre}{{name}}`;
    if (words.length === 1) return match;
    // "Translate German text": keep the instruction, mask what follows it.
    if (INSTRUCTION_WORDS.has(first)) return `${pre}${words[0]}${words.length > 1 ? ' {{name}}' : ''}`;
    return `${pre}{{name}}`;
  });
}

/** Whether position `at` begins a sentence, a line or a list item (not after an initial like "J."). */
function startsSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && ' \t"(\'-*•>'.includes(text[i]!)) i--;
  if (i < 0 || '!?:\n'.includes(text[i]!)) return true;
  if (text[i] !== '.') return false;
  let j = i - 1;
  while (j >= 0 && /\p{L}/u.test(text[j]!)) j--;
  const before = text.slice(j + 1, i);
  const isInitial = before.length === 1 && before === before.toUpperCase() && before !== before.toLowerCase();
  return !isInitial && !TITLES_BEFORE_NAMES.has(before.toLowerCase());
}

export function anonymizePrompt(text: string, findings: Finding[]): AnonymizedPrompt {
  // Findings first, right to left so offsets stay valid; overlapping findings keep the outer one.
  const sorted = [...findings].sort((a, b) => b.start - a.start || b.end - a.end);
  const kept: Finding[] = [];
  let floor = Infinity;
  for (const f of sorted) {
    if (f.end > floor) continue;
    kept.push(f);
    floor = f.start;
  }
  // Built once from pieces: re-slicing the whole text per finding is quadratic on a big paste.
  const pieces: string[] = [];
  let at = 0;
  for (const f of kept.reverse()) {
    pieces.push(text.slice(at, f.start), `{{${TYPE_SLOT[f.type] ?? CATEGORY_SLOT[f.category] ?? 'value'}}}`);
    at = f.end;
  }
  pieces.push(text.slice(at));
  const masked = pieces.join('');
  let skeleton = collapseBlocks(masked);
  for (const [re, slot] of TOKEN_MASKS) skeleton = skeleton.replace(re, `{{${slot}}}`);
  skeleton = maskProperNames(skeleton);
  skeleton = skeleton.replace(/(\{\{(\w+)\}\}[\s,;/-]*){2,}/g, (run) => `${run.match(/\{\{\w+\}\}/)![0]} `);
  if (skeleton.length > MAX_SKELETON_CHARS) skeleton = skeleton.slice(0, MAX_SKELETON_CHARS).replace(/\{\{\w*$/, '');
  return { skeleton, signature: minhash(skeletonTokens(skeleton)) };
}

/** Word tokens of a skeleton; placeholders stay single tokens. */
export function skeletonTokens(skeleton: string): string[] {
  return skeleton.toLowerCase().match(/\{\{\w+\}\}|[\p{L}\p{N}_']+/gu) ?? [];
}
