import type { RecordsDb } from '../records/db';
import type { OutboxRow } from '../records/rows';
import { backoffDelay, isTransientStatus } from './backoff';

/**
 * Durable delivery: a row is written before the first attempt and deleted only after a 2xx, so a
 * stopped service worker or a closed browser loses nothing. Every attempt carries the same
 * Idempotency-Key, so an endpoint that honours it never records a submission twice even when a
 * 2xx was lost on the way back.
 */

export type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body: string; signal?: AbortSignal }) => Promise<{
  ok: boolean;
  status: number;
  text(): Promise<string>;
}>;

export interface OutboxDeps {
  fetch: FetchLike;
  now: () => number;
  uuid?: () => string;
  random?: () => number;
  /** How long a 'sending' claim blocks other senders; after that a crashed attempt is retried. */
  leaseMs?: number;
  /** An attempt is abandoned (and retried later) after this long; kept below the lease. */
  timeoutMs?: number;
}

export interface EnqueueRequest {
  kind: OutboxRow['kind'];
  endpoint: string;
  headers?: Record<string, string>;
  body: string;
  subject?: string;
}

export type DeliveryResult =
  | { key: string; subject?: string; kind: OutboxRow['kind']; outcome: 'delivered'; reference?: string }
  | { key: string; subject?: string; kind: OutboxRow['kind']; outcome: 'retrying'; nextAttemptAt: number; error: string }
  | { key: string; subject?: string; kind: OutboxRow['kind']; outcome: 'failed'; error: string };

/** Stored on the row (an optional extra field) while an attempt is in flight. */
type LeasedRow = OutboxRow & { leaseUntil?: number };

const SERVER_MESSAGE_CHARS = 500;
const DEFAULT_LEASE_MS = 2 * 60_000;
const DEFAULT_TIMEOUT_MS = 30_000;

export class Outbox {
  private readonly inFlight = new Set<string>();
  private readonly leaseMs: number;

  constructor(private readonly db: RecordsDb, private readonly deps: OutboxDeps) {
    this.leaseMs = deps.leaseMs ?? DEFAULT_LEASE_MS;
  }

  /** Stores the request, then tries it once right away. */
  async enqueue(request: EnqueueRequest): Promise<{ key: string; result: DeliveryResult | undefined }> {
    const key = (this.deps.uuid ?? (() => crypto.randomUUID()))();
    const now = this.deps.now();
    const row: OutboxRow = {
      key,
      kind: request.kind,
      endpoint: request.endpoint,
      headers: { ...(request.headers ?? {}) },
      body: request.body,
      createdAt: now,
      attempts: 0,
      nextAttemptAt: now,
      status: 'pending',
      ...(request.subject !== undefined ? { subject: request.subject } : {}),
    };
    await this.db.outbox.put(row);
    const result = await this.attempt(key, now);
    return { key, result };
  }

  /** Sends every pending row whose time has come. Safe to call concurrently. */
  async deliverDue(now = this.deps.now()): Promise<DeliveryResult[]> {
    const due = await this.db.outbox.where('nextAttemptAt').belowOrEqual(now).toArray();
    const results: DeliveryResult[] = [];
    for (const row of due) {
      if (row.status !== 'pending') continue;
      const result = await this.attempt(row.key, now);
      if (result) results.push(result);
    }
    return results;
  }

  /** Earliest time a pending row wants another attempt (for the background's alarm). */
  async nextWakeUp(): Promise<number | undefined> {
    const rows = (await this.db.outbox.toArray()) as LeasedRow[];
    let earliest: number | undefined;
    for (const row of rows) {
      if (row.status !== 'pending') continue;
      const at = Math.max(row.nextAttemptAt, row.leaseUntil ?? 0);
      earliest = earliest === undefined ? at : Math.min(earliest, at);
    }
    return earliest;
  }

  /** Puts a failed (or waiting) row back in line for an immediate attempt. */
  async retry(key: string): Promise<DeliveryResult | undefined> {
    const now = this.deps.now();
    const updated = await this.db.outbox.update(key, { status: 'pending', nextAttemptAt: now });
    if (!updated) return undefined;
    return this.attempt(key, now);
  }

  async discard(key: string): Promise<void> {
    await this.db.outbox.delete(key);
  }

  private async attempt(key: string, now: number): Promise<DeliveryResult | undefined> {
    if (this.inFlight.has(key)) return undefined;
    this.inFlight.add(key);
    try {
      const row = await this.claim(key, now);
      if (!row) return undefined;
      return await this.send(row);
    } finally {
      this.inFlight.delete(key);
    }
  }

  /**
   * Takes the row in one transaction: another context (or this one before a restart) that holds
   * an unexpired lease keeps it. Returns undefined when the row is gone, failed or leased.
   */
  private claim(key: string, now: number): Promise<LeasedRow | undefined> {
    return this.db.transaction('rw', this.db.outbox, async () => {
      const row = (await this.db.outbox.get(key)) as LeasedRow | undefined;
      if (!row || row.status !== 'pending' || row.nextAttemptAt > now) return undefined;
      if (row.leaseUntil !== undefined && row.leaseUntil > now) return undefined;
      const leased: LeasedRow = { ...row, leaseUntil: now + this.leaseMs };
      await this.db.outbox.put(leased);
      return leased;
    });
  }

  private async send(row: LeasedRow): Promise<DeliveryResult> {
    const base = { key: row.key, kind: row.kind, ...(row.subject !== undefined ? { subject: row.subject } : {}) };
    let status: number;
    let text: string;
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(new Error('timed out')), Math.min(this.deps.timeoutMs ?? DEFAULT_TIMEOUT_MS, this.leaseMs));
    try {
      const response = await this.deps.fetch(row.endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...row.headers, 'Idempotency-Key': row.key },
        body: row.body,
        signal: abort.signal,
      });
      status = response.status;
      text = await response.text().catch(() => '');
    } catch (error) {
      return { ...base, ...(await this.reschedule(row, describeNetworkError(abort.signal.aborted ? abort.signal.reason : error))) };
    } finally {
      clearTimeout(timer);
    }

    if (status >= 200 && status < 300) {
      await this.db.outbox.delete(row.key);
      const reference = readReference(text);
      return { ...base, outcome: 'delivered', ...(reference !== undefined ? { reference } : {}) };
    }
    const message = `HTTP ${status}${text ? `: ${text.slice(0, SERVER_MESSAGE_CHARS)}` : ''}`;
    if (isTransientStatus(status)) return { ...base, ...(await this.reschedule(row, message)) };

    await this.db.outbox.put(withoutLease({ ...row, attempts: row.attempts + 1, status: 'failed', lastError: message }));
    return { ...base, outcome: 'failed', error: message };
  }

  private async reschedule(row: LeasedRow, error: string): Promise<{ outcome: 'retrying'; nextAttemptAt: number; error: string }> {
    const attempts = row.attempts + 1;
    const nextAttemptAt = this.deps.now() + backoffDelay(attempts, this.deps.random);
    await this.db.outbox.put(withoutLease({ ...row, attempts, nextAttemptAt, lastError: error }));
    return { outcome: 'retrying', nextAttemptAt, error };
  }
}

function withoutLease(row: LeasedRow): OutboxRow {
  const { leaseUntil: _lease, ...rest } = row;
  return rest;
}

function describeNetworkError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `Network error: ${message}`.slice(0, SERVER_MESSAGE_CHARS);
}

/** The catalog's answer `{ reference }` (or `{ id }`), when it sent JSON. */
function readReference(text: string): string | undefined {
  if (!text) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object') {
      const { reference, id } = parsed as { reference?: unknown; id?: unknown };
      const value = reference ?? id;
      if (typeof value === 'string' || typeof value === 'number') return String(value).slice(0, 200);
    }
  } catch {
    // A 2xx with a non-JSON body is still a delivery; there is just no reference to show.
  }
  return undefined;
}
