import type { DetectionType } from '../detection/types';

export const TABLE_START = '<!-- detection-types:start -->';
export const TABLE_END = '<!-- detection-types:end -->';

const CATEGORY_ORDER = ['pii', 'financial', 'confidential', 'code', 'secret'];
const CATEGORY_TITLE: Record<string, string> = {
  pii: 'Personal data (`pii`)',
  financial: 'Financial (`financial`)',
  confidential: 'Confidential business content (`confidential`)',
  code: 'Source code (`code`)',
  secret: 'Secrets (`secret`)',
};
/** Categories long enough that the README folds them. */
const FOLDED = new Set(['secret']);

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * The README's detection-types section, rendered from the same table the engine and the options
 * page use; a unit test fails when the README falls behind (`npm run docs` rewrites it).
 */
export function renderDetectionTable(types: readonly DetectionType[]): string {
  const lines: string[] = ['## What is detected', '', `${types.length} types, each with a category, a default severity and how a match is validated. Placeholders are what **Paste redacted** inserts (\`[EMAIL_1]\`).`, ''];
  const categories = [...new Set(types.map((t) => t.category))].sort((a, b) => rank(a) - rank(b));
  for (const category of categories) {
    const rows = types.filter((t) => t.category === category);
    const table = [
      '| id | what | severity | validated by | placeholder |',
      '|---|---|---|---|---|',
      ...rows.map((t) => `| \`${t.id}\` | ${cell(t.label)} | ${t.severity} | ${cell(t.validation)} | \`[${t.placeholder}_n]\` |`),
    ];
    const title = `${CATEGORY_TITLE[category] ?? category} — ${rows.length}`;
    if (FOLDED.has(category)) lines.push(`<details><summary><b>${title}</b></summary>`, '', ...table, '', '</details>', '');
    else lines.push(`### ${title}`, '', ...table, '');
  }
  return lines.join('\n');
}

function rank(category: string): number {
  const i = CATEGORY_ORDER.indexOf(category);
  return i < 0 ? CATEGORY_ORDER.length : i;
}

/** Replaces what lies between the markers, keeping everything else byte for byte. */
export function withDetectionTable(readme: string, table: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`README lacks the ${TABLE_START} … ${TABLE_END} markers`);
  return `${readme.slice(0, start + TABLE_START.length)}\n${table}${readme.slice(end)}`;
}
