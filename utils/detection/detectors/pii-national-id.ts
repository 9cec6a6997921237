/**
 * National identifiers. Where a number has a check digit it is verified; where the shape alone
 * is too common (nine bare digits, a 4-4-4 group) the finding needs context words nearby. Each
 * rule is a row of data: pattern, validator, base confidence and the context that supports it.
 */
import type { DetectionType, Detector, Finding, ScanInput, Severity } from '../types';
import { codiceFiscaleCheck, cpfCheck, elevenProof, frenchNirKey, iso7064Mod11_10, luhn, peselCheck, spanishIdLetter, verhoeff } from './checksums';
import { contextSupports, hasWordNear, keyOrQuestionHas, labelHas, lastWordAt, rowContextSupports } from './context';
import { factsOf, keywordsOf, matchAtCandidates, mergeCandidates, registerAnyOf, tablesOf, type TextFacts } from '../facts';
import { withKeySpellings } from './field-key';
import { recordFieldValues } from './record-fields';
import { AIRLINE_DATE, DRIVERS_LICENSE_CONTEXT, NOT_SSN_CONTEXT, PASSPORT_CONTEXT, SSN_CONTEXT } from './data/context-words';
import { NATIONAL_ID_CONTEXT, NINO_BAD_PREFIXES } from './data/national-ids';

interface IdRule {
  type: string;
  label: string;
  validation: string;
  placeholder: string;
  severity: Severity;
  pattern: RegExp;
  valid: (compact: string, raw: string) => boolean;
  /** Confidence without context; below 0.5 means context is required. */
  base: number;
  /** Base confidence by how the number is written, when that matters (a dashed SSN is distinctive, nine bare digits are not). */
  baseOf?: (raw: string, compact: string) => number;
  context: readonly string[];
  contextBoost: number;
  /** Words that, right before the number or as its column header, say it is something else (a case or order number). */
  against?: readonly string[];
  /** What an `against` word costs (default AGAINST_PENALTY); a document number, found by its label alone, has no other evidence to keep. */
  againstPenalty?: number;
  /** How far before the number an `against` word counts (default AGAINST_WINDOW). */
  againstWindow?: number;
  /** Digits the text must contain at all for the rule to be worth running. */
  minDigits: number;
  /** Every match starts with the first digit of a digit run, so the regex is tried only there. */
  digitLed?: boolean;
  /** Every match starts this many characters before a digit run (letters first), so the regex is tried only there. */
  lettersBeforeDigits?: readonly number[];
  /** Shapes `valid` refuses that are still the number when a context word ends at most `within` characters before it. */
  rightAfterLabel?: { valid: (compact: string) => boolean; within: number };
}

const compactOf = (s: string): string => s.replace(/[\s.-]/g, '').toUpperCase();

function ssnValid(compact: string, raw: string): boolean {
  if (!/^\d{9}$/.test(compact)) return false;
  // Mixed separators ("123-45 6789") are not how SSNs are written.
  if (/-/.test(raw) && / /.test(raw)) return false;
  const area = Number(compact.slice(0, 3));
  const group = compact.slice(3, 5);
  const serial = compact.slice(5);
  if (area === 0 || area === 666 || area >= 900) return false;
  if (group === '00' || serial === '0000') return false;
  // Advertising and well-known sample numbers.
  if (compact === '078051120' || compact === '219099999' || /^(\d)\1{8}$/.test(compact) || compact === '123456789') return false;
  return true;
}

/** A CPF written ddd.ddd.ddd-dd is distinctive; eleven bare digits need "CPF" nearby. */
const cpfBase = (raw: string, compact: string): number => (raw === compact ? 0.35 : 0.75);

/** Dashed SSNs are distinctive; spaced or bare nine-digit runs need "SSN"-like context. */
function ssnBase(raw: string, compact: string): number {
  if (raw.includes('-')) return 0.7;
  return raw === compact ? 0.35 : 0.45;
}

/** A number introduced as a licence or passport number is not also a national ID. */
const OTHER_DOCUMENT_CONTEXT = [...PASSPORT_CONTEXT, ...DRIVERS_LICENSE_CONTEXT, 'license', 'licence'] as const;

/**
 * What a passport or licence word near a number takes off a national ID's confidence: 0.3 when it
 * is merely near, everything when it is the last label before the number. In "SSN: 250-61-9777
 * \nPassport no. 268471187" the SSN word above reaches the passport number; the label in between
 * says whose number it is.
 */
function otherDocumentPenalty(lower: string, start: number, end: number, ownContext: readonly string[]): number {
  if (!contextSupports(lower, start, end, OTHER_DOCUMENT_CONTEXT, 40)) return 0;
  const other = lastWordAt(lower, start - 40, start, OTHER_DOCUMENT_CONTEXT);
  return other !== -1 && other > lastWordAt(lower, start - 60, start, ownContext) ? 1 : 0.3;
}

function germanTaxIdValid(compact: string): boolean {
  if (!/^[1-9]\d{10}$/.test(compact)) return false;
  // In the first ten digits exactly one digit repeats (twice or thrice); the rest occur once or not at all.
  const counts = new Map<string, number>();
  for (const ch of compact.slice(0, 10)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const repeated = [...counts.values()].filter((n) => n > 1);
  if (repeated.length !== 1 || repeated[0]! > 3) return false;
  return iso7064Mod11_10(compact);
}

/** Upper case is how these are printed; in lower case ("is nm 232481 c valid?") only context words vouch for one. */
const lowerNeedsContext = (base: number) => (raw: string): number => (raw === raw.toUpperCase() ? base : 0.3);

/**
 * German and Dutch passport numbers are nine capitals and digits with few or no digits at all
 * ("FVYWFCGCT", "JXXWMWWC4"): right after "Reisepass Nr." or "Paspoortnr." that is the number.
 * German ones use no vowels, Dutch ones any letter but O; a word in capitals after the label
 * ("VERIFIED", "CONFIRMED") has three vowels or more, so letters only need two at most.
 */
function passportRightAfterLabel(compact: string): boolean {
  if (!/^[A-Z0-9]{9}$/.test(compact)) return false;
  const vowels = compact.replace(/[^AEIOU]/g, '').length;
  return /\d/.test(compact) ? vowels <= 3 : vowels <= 2;
}

/**
 * A passport or licence number: some digits (German and Dutch numbers mix letters in: "C01X00T47",
 * "J23KNJWYY", "TCNMRM1E0"; Washington licences are "WDL" and nine mostly-letter characters), and
 * not a date ("DOB: 1992-10-21" next to a licence label). Fewer digits need more characters, so a
 * word with a digit ("COVID19") is not one.
 */
function documentNumberValid(compact: string, raw: string): boolean {
  const digits = compact.replace(/\D/g, '').length;
  if (digits < 3 && !(digits === 2 && compact.length >= 9) && !(digits === 1 && compact.length >= 12)) return false;
  // A word with a digit at its end ("HEADQUARTERS2") is not a number.
  if (digits < 3 && /^[A-Z]+[0-9]{1,2}$/.test(compact)) return false;
  return !/^(?:\d{4}-\d{2}-\d{2}|\d{2}-\d{2}-\d{4})$/.test(raw) && !AIRLINE_DATE_ONLY.test(compact);
}
const AIRLINE_DATE_ONLY = new RegExp(`^${AIRLINE_DATE}$`);

/**
 * Reference-number words, and Canada's "Social Insurance Number" / "SIN" labels: nine digits after
 * those are a SIN, not an SSN. Not "sin" or "nas" alone: Spanish "sin" is "without", a NAS is a disk.
 */
const SSN_AGAINST: readonly string[] = [...NOT_SSN_CONTEXT, 'social insurance', 'assurance sociale', 'sin:', 'sin#', 's.i.n.', 'my sin', 'sin is', 'sin number'];

/**
 * Money words right before a document-shaped number (within a dozen characters, so not the fee
 * named before the label: "Visa fee paid. Passport number: 533401231"): the number is an amount
 * ("Driver licence fee 125 000 000 collected", "passport fees: 150000").
 */
const DOCUMENT_AGAINST: readonly string[] = ['fee', 'fees', 'cost', 'costs', 'price', 'paid', 'total', 'amount', 'revenue', 'budget', 'collected', 'usd', 'eur', 'gbp'];

const RULES: IdRule[] = [
  {
    type: 'us_ssn', label: 'US Social Security number', validation: 'area/group/serial rules + context', placeholder: 'SSN', severity: 'high',
    pattern: /(?<![\w.-])\d{3}([- ]?)\d{2}\1\d{4}(?![\w]|[.-]\d)/g, valid: ssnValid, base: 0.7, baseOf: ssnBase, context: SSN_CONTEXT, contextBoost: 0.25, against: SSN_AGAINST, minDigits: 9, digitLed: true,
  },
  {
    type: 'uk_nino', label: 'UK National Insurance number', validation: 'prefix/suffix letter rules', placeholder: 'NINO', severity: 'high',
    pattern: /(?<![\w])[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\w])/gi,
    valid: (c) => !NINO_BAD_PREFIXES.has(c.slice(0, 2)), base: 0.7, baseOf: lowerNeedsContext(0.7), context: NATIONAL_ID_CONTEXT.uk_nino!, contextBoost: 0.25, minDigits: 6, lettersBeforeDigits: [2, 3],
  },
  {
    type: 'ca_sin', label: 'Canadian Social Insurance number', validation: 'Luhn + context', placeholder: 'SIN', severity: 'high',
    pattern: /(?<![\w.-])[1-79]\d{2}([- ]?)\d{3}\1\d{3}(?![\w]|[.-]\d)/g, valid: (c) => luhn(c), base: 0.3, context: NATIONAL_ID_CONTEXT.ca_sin!, contextBoost: 0.55, minDigits: 9, digitLed: true,
  },
  {
    type: 'fr_nir', label: 'French social security number (NIR)', validation: 'mod-97 key', placeholder: 'NIR', severity: 'high',
    pattern: /(?<![\w.-])[12] ?\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\d) ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}(?![\w])/g,
    valid: (c) => frenchNirKey(c), base: 0.8, context: NATIONAL_ID_CONTEXT.fr_nir!, contextBoost: 0.15, minDigits: 13, digitLed: true,
  },
  {
    type: 'de_tax_id', label: 'German tax ID (Steuer-ID)', validation: 'ISO 7064 MOD 11,10 check digit + context', placeholder: 'TAX_ID', severity: 'high',
    pattern: /(?<![\w.-])[1-9]\d(?: ?\d){9}(?![\w]|[.-]\d)/g, valid: germanTaxIdValid, base: 0.35, context: NATIONAL_ID_CONTEXT.de_tax_id!, contextBoost: 0.55, minDigits: 11, digitLed: true,
  },
  {
    type: 'nl_bsn', label: 'Dutch citizen service number (BSN)', validation: '11-proof + context', placeholder: 'BSN', severity: 'high',
    pattern: /(?<![\w.-])\d{4}\.?\d{2}\.?\d{3}(?![\w]|[.-]\d)|(?<![\w.-])\d{3}([. ])\d{3}\1\d{3}(?![\w]|[.-]\d| \d)/g, valid: (c) => elevenProof(c), base: 0.3, context: NATIONAL_ID_CONTEXT.nl_bsn!, contextBoost: 0.55, minDigits: 9, digitLed: true,
  },
  {
    type: 'br_cpf', label: 'Brazilian CPF', validation: 'two mod-11 check digits; bare digits need context', placeholder: 'CPF', severity: 'high',
    pattern: /(?<![\w.-])(?:\d{3}\.\d{3}\.\d{3}-\d{2}|\d{11})(?![\w]|[.-]\d)/g, valid: (c) => cpfCheck(c), base: 0.75, baseOf: cpfBase, context: NATIONAL_ID_CONTEXT.br_cpf!, contextBoost: 0.2, minDigits: 11, digitLed: true,
  },
  {
    type: 'pl_pesel', label: 'Polish PESEL', validation: 'weighted check digit + birth date + context', placeholder: 'PESEL', severity: 'high',
    pattern: /(?<![\w.-])\d{11}(?![\w]|[.-]\d)/g, valid: (c) => peselCheck(c), base: 0.35, context: NATIONAL_ID_CONTEXT.pl_pesel!, contextBoost: 0.55, minDigits: 11, digitLed: true,
  },
  {
    type: 'es_dni', label: 'Spanish DNI', validation: 'control letter (mod 23)', placeholder: 'DNI', severity: 'high',
    pattern: /(?<![\w.-])(?:\d{8}|\d{2}\.\d{3}\.\d{3})[- ]?[A-HJ-NP-TV-Z](?![\w])/g, valid: (c) => spanishIdLetter(c), base: 0.75, baseOf: (raw) => (raw.includes(' ') ? 0.35 : 0.75), context: NATIONAL_ID_CONTEXT.es_dni!, contextBoost: 0.2, minDigits: 8, digitLed: true,
  },
  {
    type: 'es_nie', label: 'Spanish NIE', validation: 'control letter (mod 23)', placeholder: 'NIE', severity: 'high',
    pattern: /(?<![\w-])[XYZ]-?\d{7}-?[A-HJ-NP-TV-Z](?![\w])/g, valid: (c) => spanishIdLetter(c), base: 0.75, context: NATIONAL_ID_CONTEXT.es_dni!, contextBoost: 0.2, minDigits: 7, lettersBeforeDigits: [1, 2],
  },
  {
    type: 'it_codice_fiscale', label: 'Italian codice fiscale', validation: 'check character', placeholder: 'CF', severity: 'high',
    pattern: /(?<![\w])(?:[A-Za-z]{6}\d{2}[A-EHLMPR-Ta-ehlmpr-t]\d{2}[A-Za-z]\d{3}[A-Za-z]|[A-Z]{3} [A-Z]{3} \d{2}[A-EHLMPR-T]\d{2} [A-Z]\d{3}[A-Z])(?![\w])/g, valid: (c) => codiceFiscaleCheck(c), base: 0.85, context: NATIONAL_ID_CONTEXT.it_codice_fiscale!, contextBoost: 0.1, minDigits: 7, lettersBeforeDigits: [6, 8],
  },
  {
    type: 'in_aadhaar', label: 'Indian Aadhaar number', validation: 'Verhoeff checksum + context', placeholder: 'AADHAAR', severity: 'high',
    pattern: /(?<![\w.-])[2-9]\d{3}([ -]?)\d{4}\1\d{4}(?![\w]|[.-]\d)/g, valid: (c) => verhoeff(c), base: 0.4, context: NATIONAL_ID_CONTEXT.in_aadhaar!, contextBoost: 0.5, minDigits: 12, digitLed: true,
  },
  {
    type: 'in_pan', label: 'Indian PAN', validation: 'structure (holder-type letter) + context', placeholder: 'PAN', severity: 'high',
    pattern: /(?<![\w])[A-Z]{3}[ABCFGHLJPT][A-Z]\d{4}[A-Z](?![\w])/gi, valid: (c, raw) => raw === c || raw === raw.toLowerCase(), base: 0.45, baseOf: lowerNeedsContext(0.45), context: NATIONAL_ID_CONTEXT.in_pan!, contextBoost: 0.45, minDigits: 4, lettersBeforeDigits: [5],
  },
  {
    type: 'passport_number', label: 'Passport number', validation: 'alphanumeric shape, only with passport context; or the number field of a passport MRZ whose check digits hold (ICAO 9303)', placeholder: 'PASSPORT', severity: 'high',
    pattern: /(?<![\w-])(?:(?=[A-Z0-9]{0,8}\d)[A-Z0-9]{6,9}|[A-Z]{9})(?![\w-])/g, valid: documentNumberValid, base: 0, context: PASSPORT_CONTEXT, contextBoost: 0.8, against: DOCUMENT_AGAINST, againstPenalty: 1, againstWindow: 12, minDigits: 0,
    rightAfterLabel: { valid: passportRightAfterLabel, within: 16 },
  },
  {
    type: 'drivers_license', label: "Driver's licence number", validation: 'alphanumeric shape, only with licence context', placeholder: 'DL', severity: 'medium',
    // UK licences are written in groups ("THOMP 604132 OR 9WK"), Indian ones as state code and number ("UP02 20198241881"),
    // New York's in threes ("176 049 680"), Polish ones as number, year and serial ("75139/76/1008").
    pattern: /(?<![\w-])(?:[A-Z9]{5} \d{6} [A-Z9]{2} ?\d[A-Z]{2}|[A-Z]{2}\d{2}[ -]\d{11}|\d{3} \d{3} \d{3}(?! ?\d)|\d{5}\/\d{2}\/\d{4}(?!\/)|(?=[A-Z0-9-]{0,15}\d)[A-Z0-9][A-Z0-9-]{4,15}[A-Z0-9])(?![\w-])/g, valid: documentNumberValid, base: 0, context: DRIVERS_LICENSE_CONTEXT, contextBoost: 0.8, against: DOCUMENT_AGAINST, againstPenalty: 1, againstWindow: 12, minDigits: 1,
  },
];

const PASSPORT_RULE = RULES.find((r) => r.type === 'passport_number')!;

/** Sticky twins of the digit-led rule patterns, tried at digit-run starts only (see facts.ts). */
const STICKY = new Map(RULES.filter((r) => r.digitLed || r.lettersBeforeDigits).map((r) => [r, new RegExp(r.pattern.source, r.pattern.flags.replace('g', '') + 'y')]));

function matchesOf(rule: IdRule, text: string, facts: TextFacts): RegExpExecArray[] {
  const sticky = STICKY.get(rule);
  if (!sticky) {
    rule.pattern.lastIndex = 0;
    return [...text.matchAll(rule.pattern)];
  }
  const out: RegExpExecArray[] = [];
  const offsets = rule.lettersBeforeDigits;
  const candidates = offsets ? mergeCandidates(...offsets.map((k) => facts.digitRunStarts.map((d) => d - k).filter((c) => c >= 0))) : facts.digitRunStarts;
  matchAtCandidates(sticky, text, candidates, (m) => out.push(m));
  return out;
}

/**
 * How far before a number its `against` words are looked for, and what they cost: 0.35 drops a
 * dashed SSN (0.7) below reporting, unless SSN words nearby also support it (0.7 + 0.25 − 0.35).
 */
const AGAINST_WINDOW = 25;
const AGAINST_PENALTY = 0.35;

/** Context words in the shared keyword pass (facts.ts): it tells which context-dependent rules can fire at all. */
const CONTEXT_OCCURS = new Map(RULES.map((r) => [r, registerAnyOf(withKeySpellings(r.context))]));

function detect(input: ScanInput): Finding[] {
  const { text, lower } = input;
  const facts = factsOf(input);
  const digits = facts.digitCount;
  const out: Finding[] = [];
  let ssnStarts: ReadonlySet<number> | undefined;
  let present: Uint8Array | undefined;
  for (const rule of RULES) {
    if (digits < rule.minDigits) continue;
    // Rules that cannot reach 0.5 without context skip the regex when no context word exists at all.
    if (rule.base < 0.5) {
      present ??= keywordsOf(input).present;
      if (!CONTEXT_OCCURS.get(rule)!(present)) continue;
    }
    for (const m of matchesOf(rule, text, facts)) {
      const raw = m[0];
      const compact = compactOf(raw);
      const start = m.index;
      const end = start + raw.length;
      // The key it is written under in a payload or a config file labels it too ("passportNumber": "…"),
      // and so does the question a chat answer replies to ("passport number pls" / "Orla: LF5568321").
      let keyedCache: boolean | undefined;
      const keyed = (): boolean => (keyedCache ??= keyOrQuestionHas(text, lower, start, end, rule.context));
      if (!rule.valid(compact, raw) && !(rule.rightAfterLabel?.valid(compact) && (lastWordAt(lower, start - rule.rightAfterLabel.within, start, rule.context) !== -1 || keyed()))) continue;
      if (out.some((f) => f.start < end && start < f.end)) continue;
      const base = rule.baseOf ? rule.baseOf(raw, compact) : rule.base;
      const window = base < 0.5 ? 40 : 60;
      // A column header ("ssn", "bsn") speaks for every row under it, however far below.
      const header = (): string => (headerCell ??= tablesOf(input).headerOf(start, end));
      let headerCell: string | undefined;
      const supported = rowContextSupports(lower, start, end, rule.context, window) || labelHas(header(), rule.context) || keyed() ||
        // A record format's grammar labels it (an X12 NM1 segment's qualifier 34).
        (rule.type === 'us_ssn' && (ssnStarts ??= new Set(recordFieldValues(input, 'us_ssn').map(([s]) => s))).has(start));
      let confidence = Math.min(1, base + (supported ? rule.contextBoost + (base < 0.5 ? 0.2 : 0) : 0));
      if (rule.against && (hasWordNear(lower, start - (rule.againstWindow ?? AGAINST_WINDOW), start, rule.against) || labelHas(header(), rule.against))) confidence -= rule.againstPenalty ?? AGAINST_PENALTY;
      if (rule.type !== 'passport_number' && rule.type !== 'drivers_license') confidence -= otherDocumentPenalty(lower, start, end, rule.context);
      if (confidence < 0.5) continue;
      out.push({ type: rule.type, category: 'pii', start, end, severity: rule.severity, confidence });
    }
  }
  // A passport number in a machine-readable zone needs no label: its check digits vouch for it.
  for (const [start, end] of recordFieldValues(input, 'passport_number')) {
    if (!out.some((f) => f.start < end && start < f.end)) out.push({ type: 'passport_number', category: 'pii', start, end, severity: PASSPORT_RULE.severity, confidence: 0.95 });
  }
  return out;
}

export const piiNationalIdDetector: Detector = {
  family: 'pii-national-id',
  types: RULES.map((r) => ({ id: r.type, category: 'pii', severity: r.severity, label: r.label, validation: r.validation, placeholder: r.placeholder })),
  detect,
};
