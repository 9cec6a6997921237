import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecordsDb } from '../../../utils/records/db';
import { Outbox, type FetchLike } from '../../../utils/outbox/outbox';
import { BACKOFF_CAP_MS, backoffDelay } from '../../../utils/outbox/backoff';

interface Call {
  url: string;
  headers: Record<string, string>;
  body: string;
}

type Reply = { status: number; text?: string } | Error;

/** A fake endpoint that answers from a script and records every request it saw. */
function fakeEndpoint(script: Reply[], fallback: Reply = { status: 200, text: '{"reference":"CAT-1"}' }) {
  const calls: Call[] = [];
  const fetch: FetchLike = async (url, init) => {
    calls.push({ url, headers: init.headers, body: init.body });
    const reply = script.shift() ?? fallback;
    if (reply instanceof Error) throw reply;
    return { ok: reply.status >= 200 && reply.status < 300, status: reply.status, text: async () => reply.text ?? '' };
  };
  return { calls, fetch };
}

function clock(start = Date.UTC(2026, 10, 23, 9)) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

let db: RecordsDb;
let dbName: string;
let uuidCounter = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++uuidCounter).padStart(12, '0')}`;

beforeEach(async () => {
  dbName = `outbox-test-${Math.random()}`;
  db = new RecordsDb(dbName);
  await db.open();
});
afterEach(async () => {
  db.close();
  await RecordsDb.delete(dbName);
});

const request = { kind: 'catalog-submission' as const, endpoint: 'https://catalog.example/hook', headers: { 'X-Token': 't' }, body: '{"a":1}', subject: 'wf-1' };

describe('Outbox', () => {
  it('removes a row after a 2xx and returns the catalog reference', async () => {
    const endpoint = fakeEndpoint([{ status: 201, text: '{"reference":"CAT-42"}' }]);
    const time = clock();
    const outbox = new Outbox(db, { fetch: endpoint.fetch, now: time.now, uuid });
    const { key, result } = await outbox.enqueue(request);
    expect(result).toMatchObject({ outcome: 'delivered', reference: 'CAT-42', subject: 'wf-1' });
    expect(await db.outbox.get(key)).toBeUndefined();
    expect(endpoint.calls).toHaveLength(1);
    expect(endpoint.calls[0]!.headers['Idempotency-Key']).toBe(key);
    expect(endpoint.calls[0]!.headers['X-Token']).toBe('t');
    expect(endpoint.calls[0]!.body).toBe('{"a":1}');
  });

  it('accepts `id` as the reference', async () => {
    const endpoint = fakeEndpoint([{ status: 200, text: '{"id":17}' }]);
    const outbox = new Outbox(db, { fetch: endpoint.fetch, now: clock().now, uuid });
    expect((await outbox.enqueue(request)).result).toMatchObject({ outcome: 'delivered', reference: '17' });
  });

  it('stores the row before the first attempt', async () => {
    let seenInDb: unknown;
    const outbox = new Outbox(db, {
      now: clock().now,
      uuid,
      fetch: async () => {
        seenInDb = await db.outbox.count();
        return { ok: true, status: 200, text: async () => '' };
      },
    });
    await outbox.enqueue(request);
    expect(seenInDb).toBe(1);
  });

  it('delivers exactly once after a 503, with a stable idempotency key', async () => {
    const endpoint = fakeEndpoint([{ status: 503, text: 'maintenance' }]);
    const time = clock();
    const outbox = new Outbox(db, { fetch: endpoint.fetch, now: time.now, uuid, random: () => 0.5 });
    const { key, result } = await outbox.enqueue(request);
    expect(result).toMatchObject({ outcome: 'retrying' });
    const row = await db.outbox.get(key);
    expect(row).toMatchObject({ status: 'pending', attempts: 1, lastError: 'HTTP 503: maintenance' });
    expect(row!.nextAttemptAt).toBeGreaterThan(time.now());

    // Not due yet: nothing is sent.
    expect(await outbox.deliverDue(time.now())).toEqual([]);
    expect(endpoint.calls).toHaveLength(1);

    time.advance(row!.nextAttemptAt - time.now());
    const results = await outbox.deliverDue(time.now());
    expect(results).toMatchObject([{ outcome: 'delivered', key }]);
    expect(await db.outbox.count()).toBe(0);
    expect(await outbox.deliverDue(time.advance(BACKOFF_CAP_MS))).toEqual([]);
    expect(endpoint.calls).toHaveLength(2);
    expect(new Set(endpoint.calls.map((c) => c.headers['Idempotency-Key']))).toEqual(new Set([key]));
  });

  it('retries a refused connection with growing backoff', async () => {
    const refused = () => new TypeError('Failed to fetch (ECONNREFUSED)');
    const endpoint = fakeEndpoint([refused(), refused(), refused()]);
    const time = clock();
    const outbox = new Outbox(db, { fetch: endpoint.fetch, now: time.now, uuid, random: () => 0.5 });
    const { key } = await outbox.enqueue(request);
    const delays: number[] = [];
    for (let i = 0; i < 3; i++) {
      const row = await db.outbox.get(key);
      if (i > 0) {
        time.advance(row!.nextAttemptAt - time.now());
        await outbox.deliverDue(time.now());
      }
      const after = await db.outbox.get(key);
      delays.push(after!.nextAttemptAt - time.now());
      expect(after!.lastError).toMatch(/Network error/);
      expect(after!.status).toBe('pending');
    }
    expect(delays[1]).toBeGreaterThan(delays[0]!);
    expect(delays[2]).toBeGreaterThan(delays[1]!);
    expect(await outbox.nextWakeUp()).toBe((await db.outbox.get(key))!.nextAttemptAt);

    time.advance(delays[2]!);
    expect(await outbox.deliverDue(time.now())).toMatchObject([{ outcome: 'delivered' }]);
    expect(endpoint.calls).toHaveLength(4);
    expect(await outbox.nextWakeUp()).toBeUndefined();
  });

  it('marks a 4xx as failed with the server message, keeps it, and retries on demand', async () => {
    const longMessage = 'bad field: ' + 'x'.repeat(800);
    const endpoint = fakeEndpoint([{ status: 422, text: longMessage }]);
    const time = clock();
    const outbox = new Outbox(db, { fetch: endpoint.fetch, now: time.now, uuid });
    const { key, result } = await outbox.enqueue(request);
    expect(result).toMatchObject({ outcome: 'failed' });
    const row = await db.outbox.get(key);
    expect(row!.status).toBe('failed');
    expect(row!.lastError).toBe(`HTTP 422: ${longMessage.slice(0, 500)}`);
    // A failed row waits for the user: the scheduler neither sends it nor wakes up for it.
    expect(await outbox.deliverDue(time.advance(BACKOFF_CAP_MS * 2))).toEqual([]);
    expect(await outbox.nextWakeUp()).toBeUndefined();

    expect(await outbox.retry(key)).toMatchObject({ outcome: 'delivered' });
    expect(await db.outbox.count()).toBe(0);
    expect(endpoint.calls.map((c) => c.headers['Idempotency-Key'])).toEqual([key, key]);
  });

  it('treats 408 and 429 as transient', async () => {
    const endpoint = fakeEndpoint([{ status: 429 }, { status: 408 }]);
    const time = clock();
    const outbox = new Outbox(db, { fetch: endpoint.fetch, now: time.now, uuid });
    const first = await outbox.enqueue(request);
    const second = await outbox.enqueue(request);
    expect(first.result).toMatchObject({ outcome: 'retrying' });
    expect(second.result).toMatchObject({ outcome: 'retrying' });
  });

  it('discards a row', async () => {
    const endpoint = fakeEndpoint([{ status: 400, text: 'no' }]);
    const outbox = new Outbox(db, { fetch: endpoint.fetch, now: clock().now, uuid });
    const { key } = await outbox.enqueue(request);
    await outbox.discard(key);
    expect(await db.outbox.get(key)).toBeUndefined();
  });

  it('never sends the same row twice from concurrent deliverDue calls', async () => {
    const endpoint = fakeEndpoint([new Error('down')]);
    const time = clock();
    // The second attempt is slow so that both callers overlap.
    let release: () => void = () => {};
    const slow: FetchLike = async (url, init) => {
      if (endpoint.calls.length >= 1) await new Promise<void>((resolve) => (release = resolve));
      return endpoint.fetch(url, init);
    };
    const outbox = new Outbox(db, { fetch: slow, now: time.now, uuid, random: () => 0 });
    const other = new Outbox(db, { fetch: slow, now: time.now, uuid, random: () => 0 });
    const { key } = await outbox.enqueue(request);
    time.advance(BACKOFF_CAP_MS);
    const runs = [outbox.deliverDue(time.now()), outbox.deliverDue(time.now()), other.deliverDue(time.now())];
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    const results = (await Promise.all(runs)).flat();
    expect(results.filter((r) => r.outcome === 'delivered')).toHaveLength(1);
    expect(endpoint.calls).toHaveLength(2);
    expect(endpoint.calls.every((c) => c.headers['Idempotency-Key'] === key)).toBe(true);
  });

  it('picks up pending rows after a restart, including one whose sender died mid-attempt', async () => {
    const time = clock();
    const hanging: FetchLike = () => new Promise(() => {});
    const crashed = new Outbox(db, { fetch: hanging, now: time.now, uuid, leaseMs: 60_000 });
    void crashed.enqueue(request);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await db.outbox.count()).toBe(1);

    // The service worker stopped; a fresh context opens the same database.
    const reopened = new RecordsDb(dbName);
    const endpoint = fakeEndpoint([]);
    const restarted = new Outbox(reopened, { fetch: endpoint.fetch, now: time.now, uuid });
    expect(await restarted.deliverDue(time.now())).toEqual([]); // lease still held
    const wake = await restarted.nextWakeUp();
    expect(wake).toBe(time.now() + 60_000);
    time.advance(60_000);
    expect(await restarted.deliverDue(time.now())).toMatchObject([{ outcome: 'delivered', subject: 'wf-1' }]);
    expect(endpoint.calls).toHaveLength(1);
    expect(await reopened.outbox.count()).toBe(0);
    reopened.close();
  });
});

describe('Outbox timeouts', () => {
  it('abandons an attempt that hangs and keeps the row for a later retry', async () => {
    const time = clock();
    const hanging: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
    const outbox = new Outbox(db, { fetch: hanging, now: time.now, uuid, timeoutMs: 20 });
    const { key, result } = await outbox.enqueue(request);
    expect(result).toMatchObject({ outcome: 'retrying', error: 'Network error: timed out' });
    expect((await db.outbox.get(key))!.status).toBe('pending');
  });
});

describe('backoffDelay', () => {
  it('doubles and is capped, with bounded jitter', () => {
    const mid = () => 0.5;
    expect(backoffDelay(2, mid)).toBe(2 * backoffDelay(1, mid));
    expect(backoffDelay(30, mid)).toBe(BACKOFF_CAP_MS);
    expect(backoffDelay(1, () => 0)).toBeLessThan(backoffDelay(1, () => 0.999));
    expect(backoffDelay(30, () => 0.999)).toBeLessThanOrEqual(BACKOFF_CAP_MS * 1.2);
  });
});
