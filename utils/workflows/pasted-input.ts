import type { Finding } from '../detection/types';

/** Pasted lines shorter than this are too common ("Thanks", "Hi") to say anything about input. */
const MIN_LINE_CHARS = 6;
/** The page keeps this many recent pasted lines, oldest dropped first. */
const MAX_LINES = 2_000;
/**
 * A pasted line inside a longer typed one is searched for among the most recent pastes only, and
 * in at most this many characters of the prompt: the search is pairwise, and a record must not
 * stall the page after a send. Whole pasted lines (the usual case) are found by a set lookup.
 */
const SUBSTRING_RECENT_LINES = 100;
const SUBSTRING_BUDGET_CHARS = 20_000;

export const PASTED_INPUT_TYPE = 'pasted_input';

const normalize = (line: string) => line.replace(/[\s\u00a0]+/g, ' ').trim();

/**
 * Remembers, in the page's memory only, which lines the user pasted, so the prompt record can
 * treat them as input rather than instruction. Layout alone cannot tell: ProseMirror editors hand
 * a pasted document back as separate one-line paragraphs that look just like typed ones.
 */
export class PastedLines {
  private readonly lines = new Set<string>();

  remember(text: string): void {
    for (const raw of text.split(/\r?\n/)) {
      const line = normalize(raw);
      if (line.length < MIN_LINE_CHARS) continue;
      this.lines.delete(line);
      this.lines.add(line);
    }
    while (this.lines.size > MAX_LINES) this.lines.delete(this.lines.values().next().value as string);
  }

  has(line: string): boolean {
    return this.lines.has(normalize(line));
  }

  get size(): number {
    return this.lines.size;
  }

  /**
   * Spans of `text` that came from a paste: whole lines equal to a pasted line, and a pasted line
   * found inside a longer one (typed words before it on the same paragraph).
   */
  spansIn(text: string): Array<{ start: number; end: number }> {
    if (this.lines.size === 0) return [];
    const spans: Array<{ start: number; end: number }> = [];
    const recent = [...this.lines].slice(-SUBSTRING_RECENT_LINES).filter((pasted) => pasted.length >= 2 * MIN_LINE_CHARS);
    let budget = SUBSTRING_BUDGET_CHARS;
    let offset = 0;
    for (const raw of text.split('\n')) {
      const line = normalize(raw);
      if (line.length >= MIN_LINE_CHARS) {
        if (this.lines.has(line)) spans.push({ start: offset, end: offset + raw.length });
        else if (budget > 0) {
          budget -= raw.length;
          for (const pasted of recent) {
            const at = raw.indexOf(pasted);
            if (at >= 0) spans.push({ start: offset + at, end: offset + at + pasted.length });
          }
        }
      }
      offset += raw.length + 1;
    }
    return spans;
  }
}

/**
 * Findings plus pasted spans, as the anonymizer takes them: a pasted span replaces any finding
 * inside it, so the whole input becomes one {{document}} placeholder.
 */
export function withPastedInput(findings: readonly Finding[], spans: ReadonlyArray<{ start: number; end: number }>): Finding[] {
  if (spans.length === 0) return [...findings];
  const inside = (f: Finding) => spans.some((s) => f.start < s.end && f.end > s.start);
  const pasted: Finding[] = spans.map((s) => ({
    type: PASTED_INPUT_TYPE,
    category: 'confidential',
    start: s.start,
    end: s.end,
    severity: 'low',
    confidence: 1,
  }));
  return [...findings.filter((f) => !inside(f)), ...pasted];
}
