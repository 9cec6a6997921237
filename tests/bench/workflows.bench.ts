/**
 * Workflow benchmark: cost of WorkflowIndex.add with 10,000 records stored, stored bytes per
 * record, anonymizePrompt latency on 4 KB and 100 KB prompts, and grouping quality on both
 * labelled sets next to a named reference: whole-prompt near-duplicate grouping (Jaccard ≥ 0.5 on
 * raw-text word 3-shingles). Prints figures; asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { anonymizePrompt } from '../../utils/workflows/anonymize';
import { WorkflowIndex, type PromptRecord } from '../../utils/workflows/index-store';
import { businessSet, devSet, DOCUMENTS, prng, type LabelledPrompt } from '../fixtures/workflows/generate';
import { evaluate } from '../fixtures/workflows/evaluate';
import { groupingMetrics } from '../fixtures/workflows/metrics';
import { corpusPath } from '../fixtures/corpora';

const CORPUS = corpusPath('chat-prompts-dev.jsonl');

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
}

function timeIt(fn: () => void, reps: number): number {
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return percentile(times, 0.5);
}

/** Reference: greedy whole-prompt near-duplicate grouping on raw-text shingles. */
function wholePromptReference(set: LabelledPrompt[]): Map<string, string | null> {
  const shingles = (t: string) => {
    const w = t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const s = new Set<string>();
    for (let i = 0; i + 2 < w.length; i++) s.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
    return s;
  };
  const jaccard = (a: Set<string>, b: Set<string>) => {
    let inter = 0;
    for (const x of a) if (b.has(x)) inter++;
    return inter / (a.size + b.size - inter || 1);
  };
  const seen: { id: string; sh: Set<string>; group: string }[] = [];
  const groupOf = new Map<string, string>();
  const size = new Map<string, number>();
  for (const p of set) {
    const sh = shingles(p.text);
    const hit = seen.find((s) => jaccard(s.sh, sh) >= 0.5);
    const group = hit ? hit.group : p.id;
    seen.push({ id: p.id, sh, group });
    groupOf.set(p.id, group);
    size.set(group, (size.get(group) ?? 0) + 1);
  }
  return new Map(set.map((p) => [p.id, size.get(groupOf.get(p.id)!)! > 1 ? groupOf.get(p.id)! : null]));
}

export async function run(): Promise<void> {
  const tasks = readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
  const r = prng(99);
  const prompt = (i: number) => `${tasks[i % tasks.length]!.slice(0, 800)} (run ${i})\n\n${DOCUMENTS[i % DOCUMENTS.length]!(r)}`;

  const records: PromptRecord[] = [];
  let bytes = 0;
  for (let i = 0; i < 11_000; i++) {
    const a = anonymizePrompt(prompt(i), []);
    records.push({ id: `r${i}`, ts: 1_767_225_600_000 + i * 600_000, site: 'chatgpt', ...a });
    bytes += JSON.stringify({ skeleton: a.skeleton, signature: a.signature }).length;
  }
  const index = WorkflowIndex.fromRecords(records.slice(0, 10_000), { minRuns: 3, minDays: 2 });
  const addTimes: number[] = [];
  for (const rec of records.slice(10_000)) {
    const t = performance.now();
    index.add(rec);
    addTimes.push(performance.now() - t);
  }
  console.log(`workflows: add with 10,000 stored: median ${percentile(addTimes, 0.5).toFixed(3)} ms, p99 ${percentile(addTimes, 0.99).toFixed(3)} ms`);
  console.log(`workflows: stored bytes per record (JSON skeleton+signature): ${(bytes / records.length).toFixed(0)} B average`);
  const t = performance.now();
  const wfs = index.workflows();
  console.log(`workflows: workflows() over 11,000 records: ${(performance.now() - t).toFixed(1)} ms (${wfs.length} groups)`);

  const text4k = prompt(3).padEnd(4096, ' lorem ipsum dolor').slice(0, 4096);
  const text100k = (`Summarise the following report for Jane Doe by 2026-01-05.\n\n` + DOCUMENTS[1]!(r).repeat(200)).slice(0, 100_000);
  console.log(`workflows: anonymizePrompt 4 KB median ${timeIt(() => anonymizePrompt(text4k, []), 200).toFixed(3)} ms, 100 KB median ${timeIt(() => anonymizePrompt(text100k, []), 30).toFixed(3)} ms`);

  for (const [name, set] of [['dev (corpus templates)', devSet()], ['business (hand-written)', businessSet()]] as const) {
    const { workflows: _w, ...ours } = evaluate(set);
    const ref = groupingMetrics(new Map(set.map((p) => [p.id, p.group])), wholePromptReference(set));
    const f = (x: number) => x.toFixed(3);
    console.log(`workflows: ${name} set, ${set.length} prompts`);
    console.log(`  masked-skeleton LSH index : accuracy ${f(ours.accuracy)} pairwise P ${f(ours.precision)} R ${f(ours.recall)} F1 ${f(ours.f1)} template accuracy ${f(ours.templateAccuracy)}`);
    console.log(`  reference whole-prompt MinHash (J≥0.5 raw shingles): accuracy ${f(ref.accuracy)} pairwise P ${f(ref.precision)} R ${f(ref.recall)} F1 ${f(ref.f1)}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) void run();
