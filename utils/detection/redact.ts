/**
 * Replaces findings with typed, numbered placeholders (`[EMAIL_1]`, `[AWS_KEY_2]`). The same value
 * gets the same placeholder everywhere in one text, so a redacted prompt still reads coherently.
 */
import type { Finding } from './types';
import { placeholderStem } from './catalog';

export function redact(text: string, findings: Finding[]): { text: string; placeholders: Record<string, string> } {
  const valid = findings.filter((f) => f.start >= 0 && f.end <= text.length && f.end > f.start);
  // A block-level finding (a code block, a contract) that holds specific values is redacted
  // through those values; replacing the whole block would destroy the prompt.
  const ordered = valid
    .filter((f) => !valid.some((g) => g !== f && g.start >= f.start && g.end <= f.end && g.end - g.start < f.end - f.start))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const counters = new Map<string, number>();
  const byValue = new Map<string, string>();
  const placeholders: Record<string, string> = {};
  const parts: string[] = [];
  let cursor = 0;
  for (const f of ordered) {
    // A finding inside an already replaced span (e.g. a key inside a code block finding) is covered.
    if (f.start < cursor) continue;
    const stem = placeholderStem(f.type);
    const value = text.slice(f.start, f.end);
    const key = `${stem}\u0000${value}`;
    let placeholder = byValue.get(key);
    if (!placeholder) {
      const n = (counters.get(stem) ?? 0) + 1;
      counters.set(stem, n);
      placeholder = `[${stem}_${n}]`;
      byValue.set(key, placeholder);
      placeholders[placeholder] = f.type;
    }
    parts.push(text.slice(cursor, f.start), placeholder);
    cursor = f.end;
  }
  parts.push(text.slice(cursor));
  return { text: parts.join(''), placeholders };
}
