/**
 * Confidential business content: lists of people in tabular form, contracts, HR records,
 * financial statements and documents marked confidential. These are judgements about a whole
 * block, so findings span the table or the whole text, and every type needs several different
 * signals — a prompt that only mentions "a contract" or "confidential" is not flagged.
 */
import type { DetectionType, Detector, Finding, ScanInput } from '../types';
import { GIVEN_NAME_SET } from './data/first-names';
import { CUSTOMER_COLUMNS, DOCUMENT_PROFILES, EMPLOYEE_COLUMNS, MARKING_PATTERNS, PERSON_COLUMNS, type DocumentProfile } from './data/confidential-signals';

const TYPES: DetectionType[] = [
  { id: 'customer_list', category: 'confidential', severity: 'high', label: 'Customer or contact list', validation: 'table with name/e-mail/phone columns or cells (≥ 3 rows)', placeholder: 'CUSTOMER_LIST' },
  { id: 'employee_list', category: 'confidential', severity: 'high', label: 'Employee list', validation: 'table with person columns + employee columns (salary, department, …)', placeholder: 'EMPLOYEE_LIST' },
  ...DOCUMENT_PROFILES.map((p) => ({ id: p.type, category: p.category, severity: p.severity, label: p.label, validation: p.validation, placeholder: p.placeholder })),
  { id: 'confidential_marking', category: 'confidential', severity: 'medium', label: 'Document marked confidential', validation: 'marking such as CONFIDENTIAL / internal use only / do not distribute', placeholder: 'CONFIDENTIAL' },
];

// ─────────────────────────────── tables ───────────────────────────────

interface Line { start: number; end: number; cells: string[] }

const EMAIL_CELL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[a-z]{2,}$/i;
const PHONE_CELL = /^\+?[\d ().-]{7,20}$/;
const NAME_CELL = /^\p{Lu}[\p{Ll}\p{M}'’-]{1,20}(?: \p{Lu}\.?)?(?: \p{Lu}[\p{Ll}\p{M}'’-]{1,24}){1,2}$/u;

function splitCells(line: string, delimiter: string): string[] {
  if (delimiter === '|') return line.replace(/^\s*\|/, '').replace(/\|\s*$/, '').split('|').map((c) => c.trim());
  if (delimiter === '  ') return line.trim().split(/\s{2,}/);
  return line.split(delimiter).map((c) => c.trim().replace(/^"|"$/g, ''));
}

function delimiterOf(line: string): string | null {
  // One pass counts the candidate delimiters; the double-space column test only runs when none is present.
  let pipes = 0;
  let commas = 0;
  let semis = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 9) return '\t';
    if (c === 124) pipes++;
    else if (c === 44) commas++;
    else if (c === 59) semis++;
  }
  if (pipes >= 2) return '|';
  if (commas >= 2) return ',';
  if (semis >= 2) return ';';
  if (line.includes('  ') && /\S {2,}\S.* {2,}\S/.test(line)) return '  ';
  return null;
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
    const delimiter: string | null = isRule ? currentDelimiter : delimiterOf(raw);
    if (!isRule) {
      const cells = delimiter ? splitCells(raw, delimiter) : [];
      const width = current[0]?.cells.length ?? cells.length;
      if (delimiter && cells.length >= 2 && (delimiter === currentDelimiter || !current.length) && Math.abs(cells.length - width) <= 1) {
        current.push({ start: pos, end: nl, cells });
        currentDelimiter = delimiter;
      } else {
        flush();
        if (delimiter && cells.length >= 2) {
          current.push({ start: pos, end: nl, cells });
          currentDelimiter = delimiter;
        }
      }
    }
    pos = nl + 1;
  }
  flush();
  return tables;
}

function classifyTable(rows: Line[]): 'customer_list' | 'employee_list' | null {
  const header = rows[0]!.cells.map((c) => c.toLowerCase().replace(/[*_`#]/g, '').trim());
  const personHeaders = header.filter((h) => PERSON_COLUMNS.test(h)).length;
  const employeeHeaders = header.filter((h) => EMPLOYEE_COLUMNS.test(h)).length;
  const customerHeaders = header.filter((h) => CUSTOMER_COLUMNS.test(h)).length;
  let emailRows = 0;
  let phoneRows = 0;
  let nameRows = 0;
  for (const row of rows.slice(1)) {
    if (row.cells.some((c) => EMAIL_CELL.test(c))) emailRows++;
    if (row.cells.some((c) => PHONE_CELL.test(c) && /\d{3}/.test(c) && (c.match(/\d/g)?.length ?? 0) >= 7)) phoneRows++;
    // "Rate Limited" has a name's shape; a known given name first is what makes it a person.
    if (row.cells.some((c) => NAME_CELL.test(c) && GIVEN_NAME_SET.has(c.slice(0, c.indexOf(' ')).toLowerCase()))) nameRows++;
  }
  const dataRows = rows.length - 1;
  const personCells = Math.max(emailRows, phoneRows, nameRows) / dataRows;
  // People are in the table when the header says so or most rows carry a name/e-mail/phone.
  const hasPeople = personHeaders >= 1 && (personHeaders >= 2 || personCells >= 0.5) || (emailRows + phoneRows) / dataRows >= 0.6 && dataRows >= 2;
  if (!hasPeople || dataRows < 2) return null;
  if (employeeHeaders >= 1 && employeeHeaders >= customerHeaders) return 'employee_list';
  return 'customer_list';
}

function detectTables(text: string, out: Finding[]): void {
  // A table needs at least three lines and some delimiter characters.
  let newlines = 0;
  for (let i = text.indexOf('\n'); i !== -1 && newlines < 3; i = text.indexOf('\n', i + 1)) newlines++;
  if (newlines < 2 || !/[,;|\t]|\S {2,}\S/.test(text)) return;
  for (const rows of findTables(text)) {
    const type = classifyTable(rows);
    if (!type) continue;
    const confidence = Math.min(0.95, 0.6 + 0.05 * rows.length);
    out.push({ type, category: 'confidential', start: rows[0]!.start, end: rows[rows.length - 1]!.end, severity: 'high', confidence });
  }
}

// ──────────────────────────── whole documents ────────────────────────────

const AMOUNT = /[$€£¥]\s?\(?\d|\d{1,3}(?:[,.' ]\d{3})+|\b\d{1,12}\.\d{2}\b/;

function countAmountLines(text: string, enough: number): number {
  let n = 0;
  for (const line of text.split('\n')) if (AMOUNT.test(line) && ++n >= enough) break;
  return n;
}

function scoreProfile(profile: DocumentProfile, text: string, lower: string): { total: number; distinct: number } {
  let total = 0;
  let distinct = 0;
  for (const s of profile.signals) {
    const hay = s.cased ? text : lower;
    s.pattern.lastIndex = 0;
    if (s.perHit) {
      let hits = 0;
      const cap = s.cap ?? 1;
      while (s.pattern.exec(hay) && hits * s.perHit < cap) hits++;
      if (hits) {
        total += s.weight + Math.min(cap, hits * s.perHit);
        if (hits >= 2 || s.weight > 0) distinct++;
      }
    } else if (s.pattern.test(hay)) {
      total += s.weight;
      distinct++;
    }
    s.pattern.lastIndex = 0;
  }
  return { total, distinct };
}

function detectDocuments(text: string, lower: string, out: Finding[]): void {
  for (const profile of DOCUMENT_PROFILES) {
    if (text.length < profile.minLength || !profile.anchors.some((a) => lower.includes(a))) continue;
    const { total, distinct } = scoreProfile(profile, text, lower);
    if (total < profile.threshold || distinct < profile.minDistinct) continue;
    if (profile.category === 'financial') {
      // Statements are tables of money: require several amount-bearing lines.
      const amountLines = countAmountLines(text, 4);
      if (amountLines < 4) continue;
    }
    const confidence = Math.min(0.95, 0.55 + 0.05 * (total - profile.threshold) + 0.05 * (distinct - profile.minDistinct));
    out.push({ type: profile.type, category: profile.category, start: 0, end: text.length, severity: profile.severity, confidence });
  }
}

function detectMarking(text: string, lower: string, out: Finding[]): void {
  for (const m of MARKING_PATTERNS) {
    if (!m.anchors.some((a) => lower.includes(a))) continue;
    const hit = m.cased ? m.pattern.exec(text) : m.pattern.exec(lower);
    if (!hit) continue;
    // An all-caps sentence ("THIS IS CONFIDENTIAL INFO ABOUT…") is still a marking; a lower-case
    // request such as "keep this confidential" never reaches here.
    out.push({ type: 'confidential_marking', category: 'confidential', start: 0, end: text.length, severity: 'medium', confidence: 0.8 });
    return;
  }
}

function detect({ text, lower }: ScanInput): Finding[] {
  const out: Finding[] = [];
  detectTables(text, out);
  if (text.length >= 150) detectDocuments(text, lower, out);
  detectMarking(text, lower, out);
  return out;
}

export const confidentialDetector: Detector = { family: 'confidential', types: TYPES, detect };
