import { useStorageValue } from '../popup/storage-hooks';
import { STORAGE_KEYS } from '../popup/storage-keys';

/** The last anonymized report, exactly as sent, so anyone can check what left the device. */
export function LastReport() {
  const report = useStorageValue<unknown>(STORAGE_KEYS.lastReport, undefined);
  return (
    <section aria-labelledby="report-heading">
      <h2 id="report-heading">Last report sent</h2>
      {report === undefined ? (
        <p class="muted">No report has been sent from this browser.</p>
      ) : (
        <pre class="value report" data-testid="last-report">
          {JSON.stringify(report, null, 2)}
        </pre>
      )}
    </section>
  );
}
