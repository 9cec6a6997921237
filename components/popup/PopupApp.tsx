import { browser } from 'wxt/browser';
import type { Policy } from '../../utils/policy/schema';
import { CountsSummary } from './CountsSummary';
import { CoverageList } from './CoverageList';
import { LostWritesWarning } from './LostWritesWarning';
import { useStorageValue } from './storage-hooks';
import { STORAGE_KEYS } from './storage-keys';
import { ToolsThisWeek } from './ToolsThisWeek';
import { WorkflowList, type PublishedWorkflow } from './WorkflowList';

function extensionVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return '0.0.0';
  }
}

export function PopupApp({ now }: { now?: number } = {}) {
  const workflows = useStorageValue<PublishedWorkflow[]>(STORAGE_KEYS.workflows, []);
  // Until the background has published a policy, no catalog is known (the default has none).
  const policy = useStorageValue<Pick<Policy, 'catalogEndpoint' | 'organizationName'> | undefined>(STORAGE_KEYS.effectivePolicy, undefined);
  return (
    <main class="popup">
      <header>
        <h1>Shadow AI Discovery</h1>
      </header>
      <LostWritesWarning />
      <CoverageList />
      <CountsSummary now={now} />
      <WorkflowList
        workflows={workflows}
        catalogEndpoint={policy?.catalogEndpoint ?? ''}
        now={now}
        meta={{ organization: policy?.organizationName ?? '', extensionVersion: extensionVersion() }}
      />
      <ToolsThisWeek now={now} />
      <footer>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          What is stored, settings and policy
        </button>
      </footer>
    </main>
  );
}
