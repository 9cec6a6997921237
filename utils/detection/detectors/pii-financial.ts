/**
 * Payment cards and IBANs. Both carry checksums (Luhn, ISO 7064 mod-97), which is what keeps
 * order numbers and other long digit runs out: a random 16-digit number passes Luhn one time in
 * ten, and must also carry a known brand prefix and length.
 */
import type { DetectionType, Detector, Finding, ScanInput } from '../types';
import { ibanMod97, luhn } from './checksums';
import { contextSupports, hasWordNear } from './context';
import { CARD_BRANDS, PUBLISHED_TEST_CARDS } from './data/card-brands';
import { CARD_CONTEXT } from './data/context-words';
import { IBAN_LENGTHS } from './data/iban-lengths';
import { recordFieldValues } from './record-fields';

const TYPES: DetectionType[] = [
  { id: 'credit_card', category: 'pii', severity: 'high', label: 'Payment card number', validation: 'Luhn checksum + brand prefix and length (providers\' published test numbers reported low)', placeholder: 'CARD' },
  { id: 'iban', category: 'pii', severity: 'high', label: 'IBAN', validation: 'ISO 13616 mod-97 + per-country length', placeholder: 'IBAN' },
];

// 12–19 digits in groups separated by single spaces or dashes (4-4-4-4, 4-6-5, or unbroken). A
// comma may sit on either side (a CSV field: "Jane Roe,4111 1111 1111 1111,12.00"), like the other
// delimiters (";", tab, "|"); letters, digits, "/", "+" (a phone number's country code) and "."
// (unless it ends "no." or "nr.") or "-" before a digit still mark a longer identifier or number.
// "digit,card" is judged in code (csvFieldAfterNumber). Dots group a card only in its printed
// groups (4-4-4-4, Amex 4-6-5: "6011.1351.8610.2602"), as people retype it from the card.
const CARD_RE = /(?<![\w/+-]|(?<!\b[Nn][OoRr])\.)(?:\d{4}\.\d{4}\.\d{4}\.\d{4}|\d{4}\.\d{6}\.\d{5}|\d(?:[ -]?\d){11,18})(?![\w/]|[.-]\d)/g;
/** A delimiter that ends a CSV/TSV/pipe-table field, or a line break. */
const FIELD_END = /^(?:[,;\t|]|\r?\n)/;
// Country code, check digits, then up to 30 alphanumerics optionally grouped by single spaces,
// dashes ("DE89-3704-0044-…") or a line break (an IBAN wrapped between two groups). Which of
// these groupings is credible is judged by ibanGroupingOk.
const IBAN_RE = /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:(?:[ -]|\r?\n)?[A-Za-z0-9]){10,30}(?![A-Za-z0-9])/g;
const IBAN_SEPARATOR = /[ \r\n-]/g;

/** Registry and product numbers that can pass Luhn with a card's prefix and length (a 14-digit SIRET starting 36, a 13-digit EAN). */
const AGAINST_CARD = ['order', 'invoice', 'tracking', 'isbn', 'serial', 'account', 'imei', 'ref', 'siret', 'siren', 'ean', 'gtin', 'upc', 'iccid', 'sku'] as const;
/**
 * Phone words argue against a shorter number, which a phone number can be; not against 16 digits
 * or Amex's 4-6-5 groups, which no phone number has ("dictated over the phone: 4673 5128 …").
 */
const PHONE_WORDS = ['phone', 'tel'] as const;
const NO_PHONE_SHAPE = /^(?:\d{16,19}|\d{4}([ .-])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?|\d{4}([ .-])\d{6}\2\d{5})$/;

function brandOf(digits: string): string | undefined {
  for (const b of CARD_BRANDS) if (b.prefix.test(digits) && b.lengths.includes(digits.length)) return b.name;
  return undefined;
}

function consistentGrouping(s: string): boolean {
  // Mixed separators ("4111 1111-1111 1111") or ragged groups are rarely a card someone typed.
  if (/ /.test(s) && /-/.test(s)) return false;
  const groups = s.split(/[ -]/);
  if (groups.length === 1) return true;
  return groups.every((g) => g.length >= 3 && g.length <= 6);
}

/**
 * A card right after "digit," is either the next field of a CSV row whose previous field is a number
 * ("1042,4111111111111111,12.00") or the decimals of a number written with a decimal comma
 * ("0,4012888888881881"). Only the first is followed by another field or a line break.
 */
function csvFieldAfterNumber(text: string, start: number, end: number): boolean {
  if (start < 2 || text[start - 1] !== ',' || !/\d/.test(text[start - 2]!)) return true;
  return FIELD_END.test(text.slice(end, end + 2));
}

function detectCards(text: string, lower: string, out: Finding[]): void {
  for (const m of text.matchAll(CARD_RE)) {
    const raw = m[0];
    if (!csvFieldAfterNumber(text, m.index, m.index + raw.length)) continue;
    const digits = raw.replace(/[ .-]/g, '');
    if (digits.length < 12 || !consistentGrouping(raw)) continue;
    const brand = brandOf(digits);
    if (!brand || !luhn(digits)) continue;
    if (/^(\d)\1+$/.test(digits)) continue;
    const end = m.index + raw.length;
    let confidence = 0.8;
    const cardWords = contextSupports(lower, m.index, end, CARD_CONTEXT, 50);
    // Thirteen digits is an EAN-13 barcode's length and only a long-retired Visa card's: it takes card words.
    if (digits.length === 13 && !cardWords) continue;
    if (cardWords) confidence += 0.15;
    const against = hasWordNear(lower, m.index - 30, m.index, AGAINST_CARD) || (!NO_PHONE_SHAPE.test(raw) && hasWordNear(lower, m.index - 30, m.index, PHONE_WORDS));
    if (against) confidence -= 0.35;
    if (confidence >= 0.5) out.push({ type: 'credit_card', category: 'pii', start: m.index, end, severity: PUBLISHED_TEST_CARDS.has(digits) ? 'low' : 'high', confidence: Math.min(1, confidence), detail: brand });
  }
}

const isIbanSeparator = (ch: string | undefined): boolean => ch === ' ' || ch === '-' || ch === '\n' || ch === '\r';

/**
 * Spaces may group an IBAN any way (banks print 4s, people retype in 2s or 3s). Dashes and line
 * breaks are only credible in the printed groups of four: "BE72-5660-0127-5576", or a 4-4-4 IBAN
 * wrapped at the end of a line. Dashes and spaces are never mixed; a line break may end a group
 * of either.
 */
function ibanGroupingOk(raw: string): boolean {
  const dashed = raw.includes('-');
  if (dashed && raw.includes(' ')) return false;
  if (!dashed && !raw.includes('\n')) return true;
  const groups = raw.split(/\r?\n|[ -]/);
  return groups.every((g, i) => (i === groups.length - 1 ? g.length >= 1 && g.length <= 4 : g.length === 4));
}

function detectIbans(text: string, out: Finding[]): void {
  IBAN_RE.lastIndex = 0;
  for (let m = IBAN_RE.exec(text); m !== null; m = IBAN_RE.exec(text)) {
    // A candidate that is no IBAN may have run on into one ("NL56INGB9993788607 for account CH44
    // 4957 …" reads as one grouped run): the search resumes at the next word, not after the run.
    IBAN_RE.lastIndex = m.index + 1;
    // Trim trailing grouped characters one group at a time: "DE89 3704 … 00 and" must not eat "and".
    let raw = m[0];
    let compact = raw.replace(IBAN_SEPARATOR, '').toUpperCase();
    const expected = IBAN_LENGTHS[compact.slice(0, 2)];
    if (!expected) continue;
    if (compact.length > expected) {
      // Cut the match back to exactly `expected` significant characters.
      let kept = 0;
      let i = 0;
      for (; i < raw.length && kept < expected; i++) if (!isIbanSeparator(raw[i])) kept++;
      if (i < raw.length && !isIbanSeparator(raw[i])) continue; // the run continues mid-group: not an IBAN
      raw = raw.slice(0, i);
      compact = raw.replace(IBAN_SEPARATOR, '').toUpperCase();
    }
    if (compact.length !== expected || !ibanGroupingOk(raw) || !ibanMod97(compact)) continue;
    out.push({ type: 'iban', category: 'pii', start: m.index, end: m.index + raw.length, severity: 'high', confidence: 0.95 });
    IBAN_RE.lastIndex = m.index + raw.length;
  }
}

/** A card number a record format glues to its field code (a PNR's "FP CCVI4200…/1127"): the field vouches for it, the Luhn check still applies. */
function cardsInRecords(input: ScanInput, out: Finding[]): void {
  for (const [start, end] of recordFieldValues(input, 'credit_card')) {
    const digits = input.text.slice(start, end);
    const brand = brandOf(digits);
    if (!brand || !luhn(digits) || out.some((f) => f.start < end && start < f.end)) continue;
    out.push({ type: 'credit_card', category: 'pii', start, end, severity: PUBLISHED_TEST_CARDS.has(digits) ? 'low' : 'high', confidence: 0.95, detail: brand });
  }
}

function detect(input: ScanInput): Finding[] {
  const { text, lower } = input;
  const out: Finding[] = [];
  detectCards(text, lower, out);
  cardsInRecords(input, out);
  detectIbans(text, out);
  return out;
}

export const piiFinancialDetector: Detector = { family: 'pii-financial', types: TYPES, detect };
