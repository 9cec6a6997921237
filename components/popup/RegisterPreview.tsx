import { useSignal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import {
  CatalogSubmission,
  STAKES,
  STAKES_LABELS,
  buildSubmission,
  detectedTemplate,
  templateSlots,
  type DetectedWorkflow,
  type Stakes,
  type SubmissionEdits,
} from '../../utils/catalog/submission';
import { askBackground } from './ui-messages';

export interface PreviewMeta {
  organization: string;
  extensionVersion: string;
  now?: number;
  submissionId?: string;
}

type SendState = { step: 'editing' } | { step: 'sending' } | { step: 'queued' } | { step: 'error'; error: string };

function toggle<T>(list: T[], value: T, on: boolean): T[] {
  return on ? (list.includes(value) ? list : [...list, value]) : list.filter((v) => v !== value);
}

/**
 * The editable preview. The <pre> and the message are made from the same object, so what the
 * user reads is byte for byte what is sent.
 */
export function RegisterPreview({ workflow, meta, onClose }: { workflow: DetectedWorkflow; meta: PreviewMeta; onClose: () => void }) {
  const fixed = useMemo(() => ({ submissionId: meta.submissionId ?? crypto.randomUUID(), now: meta.now ?? Date.now() }), [workflow.id]);
  const edits = useSignal<SubmissionEdits>({});
  const state = useSignal<SendState>({ step: 'editing' });
  // Rebuilt on every render (cheap): the shown JSON and the sent object cannot drift apart.
  const current = buildSubmission(workflow, edits.value, { ...fixed, organization: meta.organization, extensionVersion: meta.extensionVersion });
  const validation = CatalogSubmission.safeParse(current);
  const set = (patch: Partial<SubmissionEdits>) => (edits.value = { ...edits.value, ...patch });

  // The same starting template buildSubmission uses, so slot fields and the JSON line up.
  const startTemplate = detectedTemplate(workflow);
  const slotNames = templateSlots(edits.value.template ?? startTemplate);
  const editedSlotNames = edits.value.slotNames ?? slotNames;
  const stakes = edits.value.stakes ?? [];
  const sites = edits.value.sites ?? workflow.sites;
  const categories = edits.value.dataCategories ?? workflow.categories;
  const id = (field: string) => `reg-${workflow.id}-${field}`;

  async function send() {
    if (!validation.success) return;
    state.value = { step: 'sending' };
    const reply = await askBackground({ kind: 'register-workflow', workflowId: workflow.id, submission: current });
    state.value = reply.ok ? { step: 'queued' } : { step: 'error', error: reply.error };
  }

  if (state.value.step === 'queued') {
    return (
      <div class="preview" data-testid="preview-queued" role="status">
        Queued for the company catalog. It will show as registered once the catalog answers.{' '}
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    );
  }

  return (
    <form
      class="preview"
      data-testid="register-preview"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <label for={id('title')}>Title</label>
      <input id={id('title')} name="title" value={current.workflow.title} maxLength={120} onInput={(e) => set({ title: e.currentTarget.value })} />

      <label for={id('description')}>Description</label>
      <textarea id={id('description')} name="description" rows={2} value={current.workflow.description} onInput={(e) => set({ description: e.currentTarget.value })} />

      <label for={id('template')}>Template</label>
      <textarea
        id={id('template')}
        name="template"
        rows={3}
        value={edits.value.template ?? startTemplate}
        onInput={(e) => set({ template: e.currentTarget.value, slotNames: undefined })}
      />

      {slotNames.length > 0 && (
        <fieldset>
          <legend>Slot names</legend>
          {slotNames.map((name, i) => (
            <input
              key={`${name}-${i}`}
              name={`slot-${i}`}
              aria-label={`Name of slot ${i + 1}`}
              value={editedSlotNames[i] ?? name}
              onInput={(e) => set({ slotNames: editedSlotNames.map((n, j) => (j === i ? e.currentTarget.value : n)) })}
            />
          ))}
        </fieldset>
      )}

      <fieldset>
        <legend>Where does the output go?</legend>
        {STAKES.map((value: Stakes) => (
          <label key={value} class="check">
            <input
              type="checkbox"
              name="stakes"
              value={value}
              checked={stakes.includes(value)}
              onChange={(e) => set({ stakes: toggle(stakes, value, e.currentTarget.checked) })}
            />
            {STAKES_LABELS[value]}
          </label>
        ))}
      </fieldset>

      <p class="muted">
        Frequency: {current.workflow.frequency.runsPerWeek} runs/week, {current.workflow.frequency.runs} runs since {current.workflow.frequency.firstSeen.slice(0, 10)}
      </p>

      {workflow.sites.length > 0 && (
        <fieldset>
          <legend>Sites</legend>
          {workflow.sites.map((site) => (
            <label key={site} class="check">
              <input type="checkbox" name="sites" value={site} checked={sites.includes(site)} onChange={(e) => set({ sites: toggle(sites, site, e.currentTarget.checked) })} />
              {site}
            </label>
          ))}
        </fieldset>
      )}

      {workflow.categories.length > 0 && (
        <fieldset>
          <legend>Data categories seen</legend>
          {workflow.categories.map((category) => (
            <label key={category} class="check">
              <input
                type="checkbox"
                name="categories"
                value={category}
                checked={categories.includes(category)}
                onChange={(e) => set({ dataCategories: toggle(categories, category, e.currentTarget.checked) })}
              />
              {category}
            </label>
          ))}
        </fieldset>
      )}

      <label for={id('submitter')}>Your name (optional)</label>
      <input id={id('submitter')} name="submitter" value={edits.value.submitter ?? ''} maxLength={200} onInput={(e) => set({ submitter: e.currentTarget.value })} />

      <details open>
        <summary>Exactly what will be sent</summary>
        <pre class="json" data-testid="submission-json">
          {JSON.stringify(current, null, 2)}
        </pre>
      </details>

      {!validation.success && (
        <p class="muted" data-testid="preview-issues">
          {stakes.length === 0 ? 'Choose where the output goes before sending.' : validation.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}
        </p>
      )}
      {state.value.step === 'error' && (
        <p class="notice tone-bad" role="alert">
          Could not queue the submission: {state.value.error}
        </p>
      )}
      <div class="actions">
        <button type="submit" disabled={!validation.success || state.value.step === 'sending'}>
          Send
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
