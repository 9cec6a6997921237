import { browser } from 'wxt/browser';
import type { RecordsDb } from '../records/db';
import type { PromptRow } from '../records/rows';
import { WorkflowIndex, type Workflow } from '../workflows/index-store';
import type { Policy } from '../policy/schema';
import { dayOf } from '../records/day';
import { REGISTRATION_PREFIX } from './registrations';

export const WORKFLOWS_KEY = 'workflows';

/** What pages see of a detected workflow: the template and counts, never a member prompt. */
export type PublishedWorkflow = Omit<Workflow, 'memberIds'> & { categories: string[] };

/**
 * Keeps the recurring-workflow index in memory, rebuilt from the stored prompt records when the
 * service worker starts (it may be stopped at any time), and publishes the recurring ones.
 */
export class WorkflowService {
  private index: WorkflowIndex | undefined;
  private ready: Promise<void> | undefined;
  /** Per stored prompt: what reports need beyond the index (when, where, which data categories). */
  private readonly members = new Map<string, Pick<PromptRow, 'ts' | 'site' | 'categories'>>();
  private publishTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly db: RecordsDb, private readonly policy: () => Policy | Promise<Policy>) {}

  start(): Promise<void> {
    this.ready ??= this.rebuild();
    return this.ready;
  }

  async rebuild(): Promise<void> {
    const { minRuns, minDays } = (await this.policy()).workflows;
    const before = this.index?.workflows() ?? [];
    const rows = await this.db.prompts.orderBy('ts').toArray();
    this.members.clear();
    for (const row of rows) this.members.set(row.id, memberOf(row));
    this.index = WorkflowIndex.fromRecords(rows.filter(hasNumericSignature).map(toRecord), { minRuns, minDays });
    await this.carryMarks(before, this.index.workflows());
    await this.publish();
  }

  /**
   * A group's id comes from its first member; when a purge removes that member the group gets a
   * new id. Its dismissal or registration follows it to the group that keeps most of its members,
   * so a dismissed workflow does not come back and a registered one stays registered.
   */
  private async carryMarks(before: Workflow[], after: Workflow[]): Promise<void> {
    const afterIds = new Set(after.map((w) => w.id));
    for (const old of before) {
      if (afterIds.has(old.id)) continue;
      const mark = await this.db.workflowMarks.get(old.id);
      if (!mark) continue;
      const members = new Set(old.memberIds);
      let best: Workflow | undefined;
      let shared = 0;
      for (const candidate of after) {
        const overlap = candidate.memberIds.filter((id) => members.has(id)).length;
        if (overlap > shared) [best, shared] = [candidate, overlap];
      }
      if (!best || (await this.db.workflowMarks.get(best.id))) continue;
      const registration = await this.db.meta.get(`${REGISTRATION_PREFIX}${old.id}`);
      await this.db.transaction('rw', this.db.workflowMarks, this.db.meta, this.db.outbox, async () => {
        await this.db.workflowMarks.put({ ...mark, workflowId: best.id });
        await this.db.workflowMarks.delete(old.id);
        // A registration still waiting in the outbox must mark the new id when it is delivered.
        await this.db.outbox.where('subject').equals(old.id).modify({ subject: best.id });
        if (registration) {
          await this.db.meta.put({ key: `${REGISTRATION_PREFIX}${best.id}`, value: registration.value });
          await this.db.meta.delete(registration.key);
        }
      });
    }
  }

  async add(row: PromptRow): Promise<void> {
    await this.start();
    // A prompt that woke the worker is stored before the start-up rebuild reads the table, so the
    // rebuild may already have learnt it: adding it again would count one run twice.
    if (!this.index || !hasNumericSignature(row) || this.members.has(row.id)) return;
    this.members.set(row.id, memberOf(row));
    this.index.add(toRecord(row));
    // Several sends in a burst need one publish, not one each.
    clearTimeout(this.publishTimer);
    this.publishTimer = setTimeout(() => void this.publish(), 200);
  }

  async workflows(): Promise<PublishedWorkflow[]> {
    await this.start();
    return (this.index?.workflows() ?? []).map((w) => this.describe(w));
  }

  /**
   * Recurring workflows as seen within one report period: only runs inside it are counted, so a
   * workflow nobody ran this period is not reported again and its last use stays where it was.
   */
  async runsIn(period: { start: number; end: number }): Promise<Array<PublishedWorkflow & { runsInPeriod: number; daysInPeriod: number; sitesInPeriod: string[] }>> {
    await this.start();
    const out = [];
    for (const w of this.index?.workflows() ?? []) {
      if (!w.recurring) continue;
      const runs = w.memberIds.map((id) => this.members.get(id)).filter((m) => m !== undefined && m.ts >= period.start && m.ts < period.end);
      if (runs.length === 0) continue;
      out.push({
        ...this.describe(w),
        runsInPeriod: runs.length,
        daysInPeriod: new Set(runs.map((m) => dayOf(m!.ts))).size,
        sitesInPeriod: [...new Set(runs.map((m) => m!.site))].sort(),
      });
    }
    return out;
  }

  private describe(w: Workflow): PublishedWorkflow {
    const categories = new Set<string>();
    for (const id of w.memberIds) for (const c of this.members.get(id)?.categories ?? []) categories.add(c);
    const { memberIds: _members, ...published } = w;
    return { ...published, categories: [...categories].sort() };
  }

  async publish(): Promise<void> {
    const recurring = (this.index?.workflows() ?? []).filter((w) => w.recurring).map((w) => this.describe(w));
    recurring.sort((a, b) => b.runsPerWeek - a.runsPerWeek || b.count - a.count);
    await browser.storage.local.set({ [WORKFLOWS_KEY]: recurring });
  }
}

function hasNumericSignature(row: PromptRow): row is PromptRow & { signature: number[] } {
  return Array.isArray(row.signature);
}

function memberOf(row: PromptRow): Pick<PromptRow, 'ts' | 'site' | 'categories'> {
  return { ts: row.ts, site: row.site, categories: row.categories };
}

function toRecord(row: PromptRow & { signature: number[] }) {
  return { id: row.id, ts: row.ts, site: row.site, skeleton: row.skeleton, signature: row.signature };
}
