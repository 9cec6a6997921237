import { useSignal } from '@preact/signals';
import { busy, clearAll, loadedFiles, loadFiles, loadUrl, policy, problems, reports } from './store';

/** Drop zone, file picker and the optional policy-configured URL. */
export function LoadPanel() {
  const dragging = useSignal(false);
  const url = policy.value.dashboardReportsUrl;

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    dragging.value = false;
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length) void loadFiles(files);
  };
  const onPick = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length) void loadFiles(files);
  };

  return (
    <section class="panel" aria-labelledby="load-heading">
      <h2 id="load-heading">Reports</h2>
      <div
        class={`dropzone${dragging.value ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          dragging.value = true;
        }}
        onDragLeave={() => (dragging.value = false)}
        onDrop={onDrop}
        data-testid="dropzone"
      >
        <p>Drop report files here (JSON, JSON arrays or NDJSON; many at once), or</p>
        <label class="button">
          Choose files…
          <input type="file" multiple accept=".json,.ndjson,.jsonl,application/json" onChange={onPick} class="visually-hidden" data-testid="file-input" />
        </label>
        {url && (
          <button type="button" class="button" onClick={() => void loadUrl(url)} disabled={!!busy.value}>
            Load from {new URL(url).host}
          </button>
        )}
        {reports.value.length > 0 && (
          <button type="button" class="button secondary" onClick={clearAll}>
            Clear
          </button>
        )}
      </div>
      <p role="status" aria-live="polite" class="status" data-testid="load-status">
        {busy.value ||
          (reports.value.length
            ? `${reports.value.length.toLocaleString('en')} reports loaded from ${loadedFiles.value.length} source${loadedFiles.value.length === 1 ? '' : 's'}.`
            : 'No reports loaded yet.')}
      </p>
      {problems.value.length > 0 && (
        <div class="problems" role="alert" data-testid="load-problems">
          <h3>Not loaded ({problems.value.length})</h3>
          <ul>
            {problems.value.slice(0, 50).map((p, i) => (
              <li key={i}>
                <strong>{p.file}</strong>: {p.problem}
              </li>
            ))}
          </ul>
          {problems.value.length > 50 && <p>…and {problems.value.length - 50} more.</p>}
        </div>
      )}
    </section>
  );
}
