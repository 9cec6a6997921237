/**
 * Confidential business content: lists of people in tabular form, contracts, HR records,
 * financial statements and documents marked confidential. These are judgements about a whole
 * block, so findings span the table or the whole text, and every type needs several different
 * signals — a prompt that only mentions "a contract" or "confidential" is not flagged.
 */
import type { DetectionType, Detector, Finding, ScanInput } from '../types';
import { isGivenName } from './data/first-names';
import { HONORIFICS, SALUTATION_CUES } from './data/person-words';
import { keywordsOf, registerAnyOf } from '../facts';
import { isWhole, registerRegionsNear, type Region } from '../near-words';
import { emailMatches, IPV4_LIKE } from './pii-contact';
import { CODE_COLUMNS, CUSTOMER_COLUMNS, DEPARTMENT_CELLS, DOCUMENT_PROFILES, EMPLOYEE_COLUMNS, EMPLOYEE_ID_LABEL, MARKING_PATTERNS, STAFF_NUMBER_LABEL, PERSON_COLUMNS, type DocumentProfile, type Signal } from './data/confidential-signals';

const TYPES: DetectionType[] = [
  { id: 'customer_list', category: 'confidential', severity: 'high', label: 'Customer or contact list', validation: 'table with name/e-mail/phone columns or cells (≥ 3 rows)', placeholder: 'CUSTOMER_LIST' },
  { id: 'employee_list', category: 'confidential', severity: 'high', label: 'Employee list', validation: 'table with person columns + employee columns (salary, department, …), or ≥ 3 list items or rows each with a name and a department, staff number or salary', placeholder: 'EMPLOYEE_LIST' },
  ...DOCUMENT_PROFILES.map((p) => ({ id: p.type, category: p.category, severity: p.severity, label: p.label, validation: p.validation, placeholder: p.placeholder })),
  { id: 'confidential_marking', category: 'confidential', severity: 'medium', label: 'Document marked confidential', validation: 'marking such as CONFIDENTIAL / internal use only / do not distribute', placeholder: 'CONFIDENTIAL' },
];

// ─────────────────────────────── tables ───────────────────────────────

/** A table line. Cells are split only for lines that end up in a table (most delimited lines are code or prose). */
interface Line { start: number; end: number; delimiter: string; width: number }

const EMAIL_CELL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[a-z]{2,}$/i;
const PHONE_CELL = /^\+?[\d ().-]{7,20}$/;
const NAME_CELL = /^\p{Lu}[\p{Ll}\p{M}'’-]{1,20}(?: \p{Lu}\.?)?(?: \p{Lu}[\p{Ll}\p{M}'’-]{1,24}){1,2}$/u;
/**
 * Cells of digits that are not phones: dates (2024-01-03, 03.01.2024), amounts (94211.40,
 * 1 832,50) and bare runs longer than any phone number written without a plus (cards, tracking numbers).
 */
const NOT_PHONE_CELL = /^(?:\d{4}[-.]\d{1,2}[-.]\d{1,2}|\d{1,2}[-.]\d{1,2}[-.]\d{2,4}|-?\d{1,3}(?:[ .,]\d{3})+[.,]\d{1,2}|-?\d+[.,]\d{1,2}|\d{14,}|\d{1,3}\.0\.\d{1,6}\.\d{1,6})$/;

/** Headers of a column that names the customer or employee (not their segment, plan or manager). */
const CUSTOMER_WHO_COLUMNS = /^(?:customer|client|account holder|customer name|client name)$/;
const EMPLOYEE_WHO_COLUMNS = /^(?:employee|employee name|staff|staff member|mitarbeiter(?:\/?in)?|salarié(?:\(e\))?|empleado|medewerker|dipendente)$/;

/** "Rate Limited" has a name's shape; a known given name first is what makes it a person. */
function isPersonName(cell: string): boolean {
  return NAME_CELL.test(cell) && isGivenName(cell.slice(0, cell.indexOf(' ')).toLowerCase());
}

/** An IP address has a phone's digits and dots; server inventories and access logs are not contact lists. */
function isPhoneCell(cell: string): boolean {
  return PHONE_CELL.test(cell) && !NOT_PHONE_CELL.test(cell) && !IPV4_LIKE.test(cell) && /\d{3}/.test(cell) && (cell.match(/\d/g)?.length ?? 0) >= 7;
}

/**
 * Digits alone that no one writes a phone number as: eight or more without a trunk "0" and not in
 * North America's shape are an epoch, a legacy ID or a quantity ("1741190402", "33671559");
 * digits around one point are a rate ("143.5553").
 * A column of them does not make a table a contact list; a header or names beside them still can.
 */
function bareNonPhoneDigits(cell: string): boolean {
  return DECIMAL.test(cell) || (BARE_DIGITS.test(cell) && !cell.startsWith('0') && !NANP_BARE.test(cell));
}
const BARE_DIGITS = /^\d{8,}$/;
/** A price or a rate to four places ("143.5553"): one point, no other separator. */
const DECIMAL = /^\d+\.\d+$/;
const NANP_BARE = /^1?[2-9]\d{2}[2-9]\d{6}$/;

/**
 * Records written as list items with dashes between the fields ("- Julien Morel – P22217 –
 * Finance – 67 500"). A dash with a space on each side separates; a hyphen inside a name does not.
 */
const DASH = ' – ';
const LIST_ITEM = /^\s*(?:[-*•·]|\d{1,3}[.)])\s+/;
const DASH_SEPARATOR = /\s[–—-]\s/;

/** How many field-separating dashes a list item holds; 0 for a line that is not a list item. */
function dashCount(line: string): number {
  if (!LIST_ITEM.test(line)) return 0;
  return countOf(line, ' – ') + countOf(line, ' — ') + countOf(line, ' - ');
}

function splitCells(line: string, delimiter: string): string[] {
  if (delimiter === DASH) return line.replace(LIST_ITEM, '').split(DASH_SEPARATOR).map((c) => c.trim());
  if (delimiter === '|') return line.replace(/^\s*\|/, '').replace(/\|\s*$/, '').split('|').map((c) => c.trim());
  if (delimiter === '  ') return line.trim().split(/\s{2,}/);
  return line.split(delimiter).map((c) => c.trim().replace(/^"|"$/g, ''));
}

const LEADING_PIPE = /^\s*\|/;
const TRAILING_PIPE = /\|\s*$/;

/** `splitCells(line, delimiter).length` without building the cells. */
function cellCount(line: string, delimiter: string, count: number): number {
  if (delimiter === '  ') return line.trim().split(/\s{2,}/).length;
  if (delimiter !== '|') return count + 1;
  // A single pipe can be leading or trailing, not both.
  if (count === 1) return LEADING_PIPE.test(line) || TRAILING_PIPE.test(line) ? 1 : 2;
  return count + 1 - (LEADING_PIPE.test(line) ? 1 : 0) - (TRAILING_PIPE.test(line) ? 1 : 0);
}

/** How many times `ch` occurs in `line` (indexOf runs natively, far faster than reading each character in a loop). */
function countOf(line: string, ch: string): number {
  let n = 0;
  for (let i = line.indexOf(ch); i !== -1; i = line.indexOf(ch, i + 1)) n++;
  return n;
}

const ANY_DELIMITER = /[\t|,;]| {2}/;
const STATEMENT_END = /;\s*$/;

/** The line's delimiter and how many times it occurs (0 for the double-space delimiter), or null. */
function delimiterOf(line: string): { delimiter: string; count: number } | null {
  // Most prose lines have none of the delimiters; one regex test settles those.
  if (!ANY_DELIMITER.test(line)) return dashDelimiter(line);
  const tabs = countOf(line, '\t');
  if (tabs > 0) return { delimiter: '\t', count: tabs };
  // Two columns ("Name;Email", psql's "name | email") have one delimiter. A single comma is too
  // common in prose and code to start a table, unless the line holds an address.
  const pipes = countOf(line, '|');
  if (pipes >= 1) return { delimiter: '|', count: pipes };
  // Before commas: the fields of a dashed list item hold amounts and names with commas.
  const dashed = dashDelimiter(line);
  if (dashed) return dashed;
  // Semicolon-separated files write decimal commas and addresses with commas inside their cells.
  // A semicolon that ends the line ends a statement: code is not a table of one column pair.
  const commas = countOf(line, ',');
  const semis = countOf(line, ';') - (STATEMENT_END.test(line) ? 1 : 0);
  if (semis >= 1 && semis >= commas) return { delimiter: ';', count: semis };
  if (commas >= 2 || (commas === 1 && line.includes('@'))) return { delimiter: ',', count: commas };
  if (line.includes('  ') && /\S {2,}\S.* {2,}\S/.test(line)) return { delimiter: '  ', count: 0 };
  return null;
}

/** A list item with at least three dash-separated fields. */
function dashDelimiter(line: string): { delimiter: string; count: number } | null {
  const dashes = dashCount(line);
  return dashes >= 2 ? { delimiter: DASH, count: dashes } : null;
}

/** Runs of ≥ 3 consecutive lines sharing a delimiter and a stable column count. */
function findTables(text: string): Line[][] {
  const tables: Line[][] = [];
  let current: Line[] = [];
  let currentDelimiter: string | null = null;
  let pos = 0;
  const flush = (): void => {
    if (current.length >= 3) tables.push(current);
    current = [];
    currentDelimiter = null;
  };
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = text.length;
    const raw = text.slice(pos, nl);
    const isRule = raw.includes('---') && /^\s*\|?\s*:?-{3,}/.test(raw); // markdown header separator
    if (!isRule) {
      const found = delimiterOf(raw);
      const delimiter = found?.delimiter ?? null;
      const cells = found ? cellCount(raw, found.delimiter, found.count) : 0;
      const width = current[0]?.width ?? cells;
      if (delimiter && cells >= 2 && (delimiter === currentDelimiter || !current.length) && Math.abs(cells - width) <= 1) {
        current.push({ start: pos, end: nl, delimiter, width: cells });
        currentDelimiter = delimiter;
      } else {
        flush();
        if (delimiter && cells >= 2) {
          current.push({ start: pos, end: nl, delimiter, width: cells });
          currentDelimiter = delimiter;
        }
      }
    }
    pos = nl + 1;
  }
  flush();
  return tables;
}

/**
 * Staff numbers: a short letter prefix and digits (P22217, EMP-5616), or five to seven bare digits
 * (a four-digit number is a year). Invoice, order and ticket numbers share the shape; their usual
 * prefixes are not staff numbers.
 */
const STAFF_ID_CELL = /^(?:(?!INV|ORD|PO|SO|REF|TKT|TX)[A-Z]{1,4}-?\d{3,7}|\d{5,7})$/;
/** A yearly or monthly pay figure: thousands separated (67 500, 144,000, €98.500) or written with k. */
const PAY_CELL = /^(?:[$€£]\s?)?(?:\d{1,3}(?:[ ,.'’\u00a0\u202f]\d{3})+(?:[.,]\d{2})?|\d{2,3}k)(?:\s?(?:[$€£]|eur|usd|gbp|chf))?$/i;
const DATE_CELL = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})$/;

/**
 * A row that reads as one employee's record: a department with a staff number, a pay figure or a
 * date, or a staff number with a pay figure. A name with an amount and a date alone is as often an
 * order or a donation; a name with a department alone is a speaker or contact list.
 */
function isEmployeeRecord(cells: string[]): boolean {
  const staffId = cells.some((c) => STAFF_ID_CELL.test(c));
  const pay = cells.some((c) => PAY_CELL.test(c));
  if (cells.some((c) => DEPARTMENT_CELLS.test(c))) return staffId || pay || cells.some((c) => DATE_CELL.test(c));
  return staffId && pay;
}

/**
 * A table whose first line is already a record (a person's name in it) or a dashed list: every row
 * is data, so the people and what is recorded about them are read from the cells alone.
 */
function classifyHeaderless(rows: string[][]): 'customer_list' | 'employee_list' | null {
  if (rows.length < 3) return null;
  let named = 0;
  let contact = 0;
  let employee = 0;
  for (const cells of rows) {
    if (!cells.some(isPersonName)) continue;
    named++;
    if (cells.some((c) => EMAIL_CELL.test(c) || isPhoneCell(c))) contact++;
    if (isEmployeeRecord(cells)) employee++;
  }
  if (named / rows.length < 0.6) return null;
  if (employee / rows.length >= 0.6) return 'employee_list';
  if (contact / rows.length >= 0.6) return 'customer_list';
  return null;
}

function classifyTable(text: string, lines: Line[]): 'customer_list' | 'employee_list' | null {
  const rows = lines.map((l) => ({ cells: splitCells(text.slice(l.start, l.end), l.delimiter) }));
  if (lines[0]!.delimiter === DASH || rows[0]!.cells.some(isPersonName)) {
    const headerless = classifyHeaderless(rows.map((r) => r.cells));
    if (headerless || lines[0]!.delimiter === DASH) return headerless;
  }
  const header = rows[0]!.cells.map((c) => c.toLowerCase().replace(/[*_`#]/g, '').trim());
  const personHeaders = header.filter((h) => PERSON_COLUMNS.test(h)).length;
  const employeeHeaders = header.filter((h) => EMPLOYEE_COLUMNS.test(h)).length;
  const customerHeaders = header.filter((h) => CUSTOMER_COLUMNS.test(h)).length;
  // Columns of product, parcel and order codes hold long numbers that are not phones (EANs, tracking numbers).
  const codeColumns = new Set(header.flatMap((h, i) => (CODE_COLUMNS.test(h) ? [i] : [])));
  let emailRows = 0;
  let phoneRows = 0;
  let nameRows = 0;
  // The customer or employee column itself, when one holds people's names ("| customer | card |").
  const whoColumn = header.findIndex((h) => CUSTOMER_WHO_COLUMNS.test(h) || EMPLOYEE_WHO_COLUMNS.test(h));
  let namesInWhoColumn = 0;
  for (const row of rows.slice(1)) {
    const who = whoColumn === -1 ? undefined : row.cells[whoColumn];
    if (who !== undefined && isPersonName(who)) namesInWhoColumn++;
    if (row.cells.some((c) => EMAIL_CELL.test(c))) emailRows++;
    // Bare digits are a phone under a phone column's header only.
    if (row.cells.some((c, i) => !codeColumns.has(i) && isPhoneCell(c) && !(bareNonPhoneDigits(c) && !PERSON_COLUMNS.test(header[i] ?? '')))) phoneRows++;
    if (row.cells.some(isPersonName)) nameRows++;
  }
  const dataRows = rows.length - 1;
  const personCells = Math.max(emailRows, phoneRows, nameRows) / dataRows;
  // People are in the table when the header says so, or most rows carry a name/e-mail/phone, or a
  // customer or employee column ("| customer | card | amount |") holds people's names.
  const hasPeople = personHeaders >= 1 && (personHeaders >= 2 || personCells >= 0.5) || (emailRows + phoneRows) / dataRows >= 0.6 && dataRows >= 2 ||
    namesInWhoColumn / dataRows >= 0.5 && dataRows >= 2;
  if (!hasPeople || dataRows < 2) return null;
  if (employeeHeaders >= 1 && employeeHeaders >= customerHeaders) return 'employee_list';
  return 'customer_list';
}

function detectTables(text: string, out: Finding[]): void {
  // A table needs at least three lines and some delimiter characters.
  let newlines = 0;
  for (let i = text.indexOf('\n'); i !== -1 && newlines < 3; i = text.indexOf('\n', i + 1)) newlines++;
  if (newlines < 2 || !(/[,;|\t]|\S {2,}\S/.test(text) || DASH_SEPARATOR.test(text))) return;
  for (const rows of findTables(text)) {
    const type = classifyTable(text, rows);
    if (!type) continue;
    const confidence = Math.min(0.95, 0.6 + 0.05 * rows.length);
    out.push({ type, category: 'confidential', start: rows[0]!.start, end: rows[rows.length - 1]!.end, severity: 'high', confidence });
  }
}

/**
 * Contacts written one per line rather than in columns ("Jo Park <jo@acme.io> – 0171 2033099
 * (Acme GmbH)"): a run of lines that each hold an e-mail address and a name before it or a phone
 * number is a contact list as much as a table is.
 */
const CONTACT_NAME_FIRST = /^\s*(?:[-*•]\s*)?(\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){1,3})\s*[<(,–—-]/u;
const CONTACT_PHONE = /\+?\(?\d[\d ().\/-]{5,18}\d/g;
const MIN_CONTACT_LINES = 3;

/** A phone in the line, not a date, an amount or an IP address (log lines carry those next to a user's address). */
function hasPhone(rest: string): boolean {
  for (const m of rest.matchAll(CONTACT_PHONE)) if (isPhoneCell(m[0].trim())) return true;
  return false;
}

/** The line's first e-mail address as the e-mail detector reads it, or null. */
function firstEmail(line: string): { start: number; end: number } | null {
  let first: { start: number; end: number } | null = null;
  emailMatches(line, (start, end) => void (first ??= { start, end }));
  return first;
}

function isContactLine(line: string): boolean {
  const email = firstEmail(line);
  if (!email) return false;
  const name = CONTACT_NAME_FIRST.exec(line)?.[1];
  return (name !== undefined && isPersonName(name)) || hasPhone(line.slice(0, email.start) + ' ' + line.slice(email.end));
}

function detectContactLines(text: string, out: Finding[]): void {
  if (text.indexOf('@') === -1) return;
  let runStart = -1;
  let runEnd = -1;
  let runLines = 0;
  const flush = (): void => {
    const covered = out.some((f) => (f.type === 'customer_list' || f.type === 'employee_list') && f.start <= runStart && f.end >= runEnd);
    if (runLines >= MIN_CONTACT_LINES && !covered) {
      out.push({ type: 'customer_list', category: 'confidential', start: runStart, end: runEnd, severity: 'high', confidence: Math.min(0.9, 0.55 + 0.05 * runLines) });
    }
    runLines = 0;
  };
  for (let pos = 0; pos <= text.length; ) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = text.length;
    const line = text.slice(pos, nl);
    if (line.includes('@') && isContactLine(line)) {
      if (runLines === 0) runStart = pos;
      runEnd = nl;
      runLines++;
    } else flush();
    pos = nl + 1;
  }
  flush();
}

// ──────────────────────────── whole documents ────────────────────────────

const AMOUNT = /[$€£¥]\s?\(?\d|\d{1,3}(?:[,.' ]\d{3})+|\b\d{1,12}\.\d{2}\b/;

/**
 * A labelled row of plain figures in columns, as statements in thousands are written
 * ("Cost of sales⇥(73)⇥(151)", "| Revenue | 184 | 293 |", "Revenue,889,239", "- Inventory: 59 / 23"):
 * no currency sign, separator or cents.
 */
const FIGURES_ROW = /^[|\s*-]*[^\d\n|\t]{3,60}?(?:[ \t]*[|\t,;:][ \t]*|[ ]{2,})\(?-?\d{1,9}(?:[.,]\d{1,2})?\)?%?(?:(?:[ \t]*[|\t,;/][ \t]*|[ ]{2,})\(?-?\d{1,9}(?:[.,]\d{1,2})?\)?%?)+[ \t|]*$/;

function countAmountLines(text: string, enough: number): number {
  let n = 0;
  for (const line of text.split('\n')) if ((AMOUNT.test(line) || FIGURES_ROW.test(line)) && ++n >= enough) break;
  return n;
}

/** What one signal can add at most to a profile's total. */
const maxGain = (s: Signal): number => s.weight + (s.perHit ? (s.cap ?? 1) : 0);

/**
 * Each profile's signals, largest possible gain first, with the most the signals after each one
 * can still add. Scoring stops as soon as the threshold (or the number of distinct signals) is out
 * of reach: most texts that contain an anchor word ("agreement", "revenue") are not documents,
 * and the remaining regexes would each read the whole text for nothing.
 */
const SCORING = new Map(
  DOCUMENT_PROFILES.map((p) => {
    const order = p.signals.map((_, i) => i).sort((x, y) => maxGain(p.signals[y]!) - maxGain(p.signals[x]!));
    const rest = order.map((_, i) => order.slice(i + 1).reduce((n, j) => n + maxGain(p.signals[j]!), 0));
    return [p, { order, rest }] as const;
  }),
);

/** The profile's total and distinct signals, or null once it can no longer reach its threshold. */
function scoreProfile(profile: DocumentProfile, input: ScanInput): { total: number; distinct: number } | null {
  const { order, rest } = SCORING.get(profile)!;
  const signals = profile.signals;
  // Gains are summed in the profile's own order at the end, so the total is bit-for-bit what it was.
  const gains = new Array<number>(signals.length).fill(0);
  let total = 0;
  let distinct = 0;
  for (let i = 0; i < order.length; i++) {
    const s = signals[order[i]!]!;
    const regions = regionsOf(s, input);
    const cap = s.cap ?? 1;
    // No regions: none of the literals every match contains is in the text, so the regex cannot match.
    // A counted signal stops counting once its hits reach the cap.
    const hits = regions ? countMatches(s.pattern, s.cased ? input.text : input.lower, regions, s.perHit ? Math.ceil(cap / s.perHit) : 1) : 0;
    let gain = 0;
    if (hits && s.perHit) {
      gain = s.weight + Math.min(cap, hits * s.perHit);
      if (hits >= 2 || s.weight > 0) distinct++;
    } else if (hits) {
      gain = s.weight;
      distinct++;
    }
    gains[order[i]!] = gain;
    total += gain;
    // The margin covers the last-bit difference between this running sum and the ordered one.
    if (total + rest[i]! < profile.threshold - 1e-9 || distinct + (order.length - 1 - i) < profile.minDistinct) return null;
  }
  total = 0;
  for (const g of gains) total += g;
  return { total, distinct };
}

/** Matches of a global `pattern` in the regions of `hay`, counted up to `enough`. */
function countMatches(pattern: RegExp, hay: string, regions: readonly Region[], enough: number): number {
  let hits = 0;
  for (const [a, b] of regions) {
    const part = isWhole(regions, hay.length) ? hay : hay.slice(a, b);
    pattern.lastIndex = 0;
    while (hits < enough && pattern.exec(part)) {
      hits++;
      // Without the g flag, exec finds the same first match again.
      if (!pattern.global) return hits;
    }
    if (hits >= enough) break;
  }
  pattern.lastIndex = 0;
  return hits;
}

/** The whole text for a signal that needs no literal; otherwise the lines near its literals, or null when none occurs. */
function regionsOf(s: Signal, input: ScanInput): readonly Region[] | null {
  const near = SIGNAL_REGIONS.get(s);
  return near ? near(input) : [[0, input.text.length]];
}

/** Anchor words of each profile, found by the shared keyword pass (facts.ts) instead of one `includes` each; the lines near the literals that signals and markings need. */
const PROFILE_ANCHORS_OCCUR = new Map(DOCUMENT_PROFILES.map((p) => [p, registerAnyOf(p.anchors)]));
const MARKING_REGIONS = new Map(MARKING_PATTERNS.map((m) => [m, registerRegionsNear(m.anchors)]));
const SIGNAL_REGIONS = new Map(DOCUMENT_PROFILES.flatMap((p) => p.signals.flatMap((s) => (s.needs ? [[s, registerRegionsNear(s.needs)] as const] : []))));

/** Shared word lists as a cased alternation: "sehr geehrte" -> "Sehr geehrte", longest first. */
function capitalisedAlternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|');
}

/** "Dear Olivia", "Beste Sanne": a salutation names the one the letter is about. */
const SALUTATION = new RegExp(String.raw`(?<![\p{L}])(?:${capitalisedAlternation(SALUTATION_CUES)}) (\p{Lu}[\p{Ll}\p{M}'’-]+)`, 'gu');
/** "Katrin Wagner", "Bram de Boer": a capitalised word, up to two particles, a capitalised word. */
const FULL_NAME = /(?<![\p{L}])(\p{Lu}[\p{Ll}\p{M}'’-]+)(?: (?:de|van|von|der|den|da|di|del|la|le|ter|ten)){0,2} \p{Lu}[\p{Ll}\p{M}'’-]+/gu;
/** "Frau Keller", "Madame Dubois", "Mr. Shah": a title before a capitalised surname. */
const TITLED_NAME = new RegExp(String.raw`(?<![\p{L}])(?:${capitalisedAlternation(HONORIFICS)})\.? \p{Lu}[\p{Ll}\p{M}'’-]+`, 'u');
const STAFF_NUMBER = [new RegExp(EMPLOYEE_ID_LABEL.source, 'i'), new RegExp(STAFF_NUMBER_LABEL.source, 'iu')];

/** Whether the text names a person (a known given name in a full name or after a salutation, a title before a surname) or gives a staff number. */
function namesSomeone(text: string): boolean {
  if (STAFF_NUMBER.some((label) => label.test(text)) || TITLED_NAME.test(text)) return true;
  for (const pattern of [SALUTATION, FULL_NAME]) {
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) if (isGivenName(m[1]!.toLowerCase())) return true;
  }
  return false;
}

function detectDocuments(input: ScanInput, present: Uint8Array, out: Finding[]): void {
  const { text } = input;
  for (const profile of DOCUMENT_PROFILES) {
    if (text.length < profile.minLength || !PROFILE_ANCHORS_OCCUR.get(profile)!(present)) continue;
    const score = scoreProfile(profile, input);
    if (!score) continue;
    const { total, distinct } = score;
    if (total < profile.threshold || distinct < profile.minDistinct) continue;
    if (profile.aboutSomeone && !namesSomeone(text)) continue;
    if (profile.category === 'financial') {
      // Statements are tables of money: require several amount-bearing lines.
      const amountLines = countAmountLines(text, 4);
      if (amountLines < 4) continue;
    }
    const confidence = Math.min(0.95, 0.55 + 0.05 * (total - profile.threshold) + 0.05 * (distinct - profile.minDistinct));
    out.push({ type: profile.type, category: profile.category, start: 0, end: text.length, severity: profile.severity, confidence });
  }
}

function detectMarking(input: ScanInput, out: Finding[]): void {
  for (const m of MARKING_PATTERNS) {
    const regions = MARKING_REGIONS.get(m)!(input);
    if (!regions || countMatches(m.pattern, m.cased ? input.text : input.lower, regions, 1) === 0) continue;
    // An all-caps sentence ("THIS IS CONFIDENTIAL INFO ABOUT…") is still a marking; a lower-case
    // request such as "keep this confidential" never reaches here.
    out.push({ type: 'confidential_marking', category: 'confidential', start: 0, end: input.text.length, severity: 'medium', confidence: 0.8 });
    return;
  }
}

function detect(input: ScanInput): Finding[] {
  const { text } = input;
  const out: Finding[] = [];
  detectTables(text, out);
  detectContactLines(text, out);
  if (text.length >= 150) detectDocuments(input, keywordsOf(input).present, out);
  detectMarking(input, out);
  return withoutRosterAsRecord(out, text.length);
}

/**
 * A staff table with salaries and departments carries HR words, but it is an employee list, not
 * one person's record: when the list is most of the text, the HR record is the same finding twice.
 */
function withoutRosterAsRecord(findings: Finding[], length: number): Finding[] {
  const roster = findings.some((f) => f.type === 'employee_list' && f.end - f.start >= length / 2);
  return roster ? findings.filter((f) => f.type !== 'hr_record') : findings;
}

export const confidentialDetector: Detector = { family: 'confidential', types: TYPES, detect };
