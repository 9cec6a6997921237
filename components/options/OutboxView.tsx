import { useSignal } from '@preact/signals';
import { recordsDb } from '../../utils/records/db';
import type { OutboxRow } from '../../utils/records/rows';
import { useLiveQuery } from '../useLiveQuery';
import { askBackground } from '../popup/ui-messages';

function describe(row: OutboxRow): string {
  if (row.status === 'failed') return 'Refused by the server';
  return row.attempts === 0 ? 'Waiting to be sent' : `Retrying (attempt ${row.attempts + 1} at ${new Date(row.nextAttemptAt).toLocaleString()})`;
}

function summary(row: OutboxRow): string {
  try {
    const body = JSON.parse(row.body) as { workflow?: { title?: string } };
    if (body.workflow?.title) return body.workflow.title;
  } catch {
    // Not JSON: fall through to the kind.
  }
  return row.kind === 'report' ? 'Anonymized report' : 'Catalog submission';
}

export function OutboxView() {
  const rows = useLiveQuery(() => recordsDb().outbox.orderBy('nextAttemptAt').toArray(), [], [] as OutboxRow[]);
  const error = useSignal<string | undefined>(undefined);

  async function act(kind: 'outbox-retry' | 'outbox-discard', key: string) {
    const reply = await askBackground({ kind, key });
    error.value = reply.ok ? undefined : reply.error;
  }

  return (
    <section aria-labelledby="outbox-heading">
      <h2 id="outbox-heading">Waiting to be sent</h2>
      {rows.length === 0 ? (
        <p class="muted">Nothing is waiting.</p>
      ) : (
        <ul class="outbox">
          {rows.map((row) => (
            <li key={row.key} data-key={row.key} data-status={row.status}>
              <strong>{summary(row)}</strong> → <code>{row.endpoint}</code>
              <br />
              <span class={row.status === 'failed' ? 'tone-bad' : 'muted'}>{describe(row)}</span>
              {row.lastError && <pre class="value server-message">{row.lastError}</pre>}
              <details>
                <summary>Body</summary>
                <pre class="value">{row.body}</pre>
              </details>
              <div class="actions">
                <button type="button" data-action="retry" onClick={() => void act('outbox-retry', row.key)}>
                  Retry now
                </button>
                <button type="button" data-action="discard" class="danger" onClick={() => void act('outbox-discard', row.key)}>
                  Discard
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {error.value && (
        <p role="alert" class="tone-bad">
          {error.value}
        </p>
      )}
    </section>
  );
}
