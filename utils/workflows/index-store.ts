/**
 * Incremental recurring-workflow index over anonymized prompt records. LSH buckets over the
 * MinHash signature of the masked skeleton find candidates in O(bands); the best candidate above
 * the similarity threshold decides the group. Pasted inputs were collapsed to one placeholder by
 * anonymizePrompt, so a shared document cannot pull different tasks together.
 */
import { estimatedJaccard, hashString } from './minhash';
import { extractTemplate } from './template';
import { skeletonTokens } from './anonymize';

function constantTokenCount(skeleton: string): number {
  let n = 0;
  for (const t of skeletonTokens(skeleton)) if (!t.startsWith('{{')) n++;
  return n;
}

export interface PromptRecord {
  id: string;
  ts: number;
  site: string;
  skeleton: string;
  signature: number[];
}

export interface Workflow {
  id: string;
  template: string;
  slots: string[];
  count: number;
  sites: string[];
  firstSeen: number;
  lastSeen: number;
  days: number;
  runsPerWeek: number;
  recurring: boolean;
  memberIds: string[];
}

export interface WorkflowIndexOptions {
  minRuns: number;
  minDays: number;
  /** Estimated Jaccard of masked skeletons above which two prompts are the same task. */
  threshold?: number;
}

const ROWS_PER_BAND = 2;
const DEFAULT_THRESHOLD = 0.5;
/** Below this many non-placeholder words a skeleton carries no recognisable task. */
const MIN_CONSTANT_TOKENS = 4;
const DAY_MS = 86_400_000;

interface Group {
  id: string;
  members: PromptRecord[];
}

export class WorkflowIndex {
  private readonly buckets = new Map<string, PromptRecord[]>();
  private readonly groupOf = new Map<string, Group>();
  private readonly groups: Group[] = [];
  private readonly threshold: number;

  constructor(private readonly opts: WorkflowIndexOptions) {
    this.threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  }

  static fromRecords(records: Iterable<PromptRecord>, opts: WorkflowIndexOptions): WorkflowIndex {
    const index = new WorkflowIndex(opts);
    for (const r of records) index.add(r);
    return index;
  }

  private bandKeys(sig: number[]): string[] {
    const keys: string[] = [];
    for (let b = 0; b + ROWS_PER_BAND <= sig.length; b += ROWS_PER_BAND)
      keys.push(`${b}:${sig.slice(b, b + ROWS_PER_BAND).join(',')}`);
    return keys;
  }

  /** Adds one record; returns its workflow id once it shares a group with another prompt. */
  add(record: PromptRecord): string | null {
    if (constantTokenCount(record.skeleton) < MIN_CONSTANT_TOKENS) {
      // Nothing but placeholders: no task text to recognise, so it can only be a one-off.
      const alone = { id: `wf_${hashString(record.id).toString(36)}`, members: [record] };
      this.groupOf.set(record.id, alone);
      return null;
    }
    const keys = this.bandKeys(record.signature);
    let best: PromptRecord | null = null;
    let bestScore = this.threshold;
    const seen = new Set<string>();
    for (const key of keys) {
      for (const cand of this.buckets.get(key) ?? []) {
        if (seen.has(cand.id)) continue;
        seen.add(cand.id);
        const score = estimatedJaccard(record.signature, cand.signature);
        if (score >= bestScore) {
          bestScore = score;
          best = cand;
        }
      }
    }
    for (const key of keys) {
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(record);
      else this.buckets.set(key, [record]);
    }
    let group = best ? this.groupOf.get(best.id) : undefined;
    if (!group) {
      group = { id: `wf_${hashString(record.skeleton).toString(36)}`, members: [] };
      this.groups.push(group);
    }
    group.members.push(record);
    this.groupOf.set(record.id, group);
    return group.members.length > 1 ? group.id : null;
  }

  assignment(id: string): string | null {
    const g = this.groupOf.get(id);
    return g && g.members.length > 1 ? g.id : null;
  }

  workflows(): Workflow[] {
    return this.groups.filter((g) => g.members.length > 1).map((g) => this.describe(g));
  }

  private describe(g: Group): Workflow {
    const ts = g.members.map((m) => m.ts);
    const firstSeen = Math.min(...ts);
    const lastSeen = Math.max(...ts);
    const days = new Set(ts.map((t) => Math.floor(t / DAY_MS))).size;
    const weeks = Math.max(1, (lastSeen - firstSeen) / (7 * DAY_MS));
    const { template, slots } = extractTemplate(g.members.map((m) => m.skeleton));
    return {
      id: g.id,
      template,
      slots,
      count: g.members.length,
      sites: [...new Set(g.members.map((m) => m.site))],
      firstSeen,
      lastSeen,
      days,
      runsPerWeek: g.members.length / weeks,
      recurring: g.members.length >= this.opts.minRuns && days >= this.opts.minDays,
      memberIds: g.members.map((m) => m.id),
    };
  }
}
