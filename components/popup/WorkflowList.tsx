import { useSignal } from '@preact/signals';
import type { DetectedWorkflow } from '../../utils/catalog/submission';
import { recordsDb } from '../../utils/records/db';
import type { WorkflowMarkRow } from '../../utils/records/rows';
import { useLiveQuery } from '../useLiveQuery';
import type { PreviewMeta } from './RegisterPreview';
import { TemplateText } from './TemplateText';
import { askBackground } from './ui-messages';

export type PublishedWorkflow = DetectedWorkflow & { recurring?: boolean };

/** Recurring, not dismissed, most frequent first. Registered ones stay, showing their state. */
export function visibleWorkflows(workflows: PublishedWorkflow[], marks: Map<string, WorkflowMarkRow>): PublishedWorkflow[] {
  return workflows
    .filter((w) => w.recurring !== false && marks.get(w.id)?.state !== 'dismissed')
    .sort((a, b) => b.runsPerWeek - a.runsPerWeek || b.count - a.count || b.lastSeen - a.lastSeen);
}

function lastUsed(ts: number, now: number): string {
  const days = Math.floor((now - ts) / 86_400_000);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${days} days ago`;
}

function MarkState({ mark }: { mark: WorkflowMarkRow | undefined }) {
  if (!mark) return null;
  switch (mark.state) {
    case 'registered':
      return (
        <p class="mark tone-good" data-state="registered">
          Registered{mark.reference ? ` — reference ${mark.reference}` : ''}
        </p>
      );
    case 'queued':
      return (
        <p class="mark" data-state="queued">
          Queued for the company catalog…
        </p>
      );
    case 'failed':
      return (
        <p class="mark tone-bad" data-state="failed" role="alert">
          The catalog refused it: {mark.error ?? 'unknown error'}. Retry or discard it on the options page.
        </p>
      );
    default:
      return null;
  }
}

type PreviewComponent = (typeof import('./RegisterPreview'))['RegisterPreview'];

/**
 * The preview (and the schema validation it brings) loads on the first "Register" click, so
 * opening the popup does not pay for it.
 */
function usePreviewComponent() {
  const component = useSignal<PreviewComponent | undefined>(undefined);
  const load = async () => {
    component.value ??= (await import('./RegisterPreview')).RegisterPreview;
  };
  return { component, load };
}

export function WorkflowList({
  workflows,
  catalogEndpoint,
  meta,
  now = Date.now(),
}: {
  workflows: PublishedWorkflow[];
  catalogEndpoint: string;
  meta: PreviewMeta;
  now?: number;
}) {
  const marks = useLiveQuery(
    async () => new Map((await recordsDb().workflowMarks.toArray()).map((m) => [m.workflowId, m])),
    [],
    new Map<string, WorkflowMarkRow>(),
  );
  const open = useSignal<string | undefined>(undefined);
  const dismissError = useSignal<string | undefined>(undefined);
  const shown = visibleWorkflows(workflows, marks);
  const catalogSet = catalogEndpoint !== '';
  const preview = usePreviewComponent();
  const Preview = preview.component.value;

  async function dismiss(workflowId: string) {
    const reply = await askBackground({ kind: 'dismiss-workflow', workflowId });
    dismissError.value = reply.ok ? undefined : reply.error;
  }

  return (
    <section aria-labelledby="workflows-heading">
      <h2 id="workflows-heading">Recurring workflows detected</h2>
      {shown.length === 0 && <p class="muted">None yet: prompts you send again and again with small changes will show here.</p>}
      {dismissError.value && (
        <p class="notice tone-bad" role="alert">
          {dismissError.value}
        </p>
      )}
      <ul class="workflows">
        {shown.map((workflow) => {
          const mark = marks.get(workflow.id);
          const settled = mark?.state === 'registered' || mark?.state === 'queued';
          return (
            <li key={workflow.id} class="workflow" data-workflow={workflow.id}>
              <p>
                <TemplateText template={workflow.template} />
              </p>
              <p class="muted">
                {Math.round(workflow.runsPerWeek * 10) / 10} runs/week · {workflow.sites.join(', ')} · last used {lastUsed(workflow.lastSeen, now)}
              </p>
              <MarkState mark={mark} />
              {!settled && open.value !== workflow.id && (
                <div class="actions">
                  <button
                    type="button"
                    data-action="register"
                    disabled={!catalogSet}
                    title={catalogSet ? undefined : 'Your administrator has not set a company catalog.'}
                    aria-describedby={catalogSet ? undefined : `no-catalog-${workflow.id}`}
                    onClick={() => void preview.load().then(() => (open.value = workflow.id))}
                  >
                    Register in company catalog
                  </button>
                  <button type="button" data-action="dismiss" onClick={() => void dismiss(workflow.id)}>
                    Not a workflow
                  </button>
                  {!catalogSet && (
                    <span id={`no-catalog-${workflow.id}`} class="muted">
                      Your administrator has not set a company catalog.
                    </span>
                  )}
                </div>
              )}
              {open.value === workflow.id && Preview && mark?.state !== 'registered' && <Preview workflow={workflow} meta={meta} onClose={() => (open.value = undefined)} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
