/**
 * `npm run --silent workflows -- --jsonl < prompts.jsonl`: runs prompts through the same
 * anonymization and workflow index the extension uses and prints assignments and workflows.
 */
import { anonymizePrompt } from '../workflows/anonymize';
import { WorkflowIndex } from '../workflows/index-store';
import { inputLines } from './input-lines';
import type { Finding } from '../detection/types';

type Scan = (text: string) => Finding[];

async function loadScanner(): Promise<Scan> {
  try {
    const mod = (await import('../detection/index')) as { scanText?: Scan };
    if (typeof mod.scanText === 'function') return mod.scanText;
  } catch (err) {
    process.stderr.write(`workflows: detection engine unavailable (${String(err)}); masking without findings\n`);
  }
  return () => [];
}

async function main(): Promise<void> {
  if (!process.argv.includes('--jsonl')) {
    process.stderr.write('usage: workflows --jsonl < prompts.jsonl\n');
    process.exit(2);
  }
  const scan = await loadScanner();
  const index = new WorkflowIndex({ minRuns: 3, minDays: 2 });
  const ids: string[] = [];
  let lineNo = 0;
  for await (const line of inputLines()) {
    lineNo++;
    if (!line.trim()) continue;
    let row: { id?: unknown; text?: unknown; ts?: unknown; site?: unknown };
    try {
      row = JSON.parse(line) as typeof row;
    } catch {
      // The parser's message quotes the line, which is a prompt: say where, not what.
      process.stderr.write(`workflows: line ${lineNo}: not valid JSON\n`);
      continue;
    }
    try {
      if (typeof row.id !== 'string' || typeof row.text !== 'string' || typeof row.ts !== 'number')
        throw new Error('expected {"id": string, "text": string, "ts": number, "site"?: string}');
      const { skeleton, signature } = anonymizePrompt(row.text, scan(row.text));
      index.add({ id: row.id, ts: row.ts * 1000, site: typeof row.site === 'string' ? row.site : 'unknown', skeleton, signature });
      ids.push(row.id);
    } catch (err) {
      process.stderr.write(`workflows: line ${lineNo}: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  }
  const assignments: Record<string, string | null> = {};
  for (const id of ids) assignments[id] = index.assignment(id);
  const workflows = index.workflows().map((w) => ({
    id: w.id,
    template: w.template,
    count: w.count,
    sites: w.sites,
    firstSeen: Math.floor(w.firstSeen / 1000),
    lastSeen: Math.floor(w.lastSeen / 1000),
    recurring: w.recurring,
  }));
  process.stdout.write(`${JSON.stringify({ assignments, workflows })}\n`);
}

void main();
