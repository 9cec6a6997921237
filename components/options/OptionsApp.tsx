import { DEFAULT_POLICY, type Policy } from '../../utils/policy/schema';
import { useStorageValue } from '../popup/storage-hooks';
import { STORAGE_KEYS } from '../popup/storage-keys';
import { DetectionTypesTable } from './DetectionTypesTable';
import { EffectivePolicy, type PolicyError } from './EffectivePolicy';
import { LastReport } from './LastReport';
import { OutboxView } from './OutboxView';
import { PersonalSettings } from './PersonalSettings';
import { StoredRecords } from './StoredRecords';

export function OptionsApp() {
  const policy = useStorageValue<Policy>(STORAGE_KEYS.effectivePolicy, DEFAULT_POLICY);
  const managedKeys = useStorageValue<string[]>(STORAGE_KEYS.managedPolicyKeys, []);
  const errors = useStorageValue<PolicyError[]>(STORAGE_KEYS.policyErrors, []);
  const organizationAllowlist = managedKeys.includes('allowlist') ? policy.allowlist : [];
  return (
    <main class="options">
      <h1>Shadow AI Discovery — settings and records</h1>
      <p>
        For the governance team: the <a href="dashboard.html">discovery dashboard</a> loads the anonymized reports of many
        browsers and triages their workflows.
      </p>
      <StoredRecords />
      <OutboxView />
      <LastReport />
      <EffectivePolicy policy={policy} managedKeys={managedKeys} errors={errors} />
      <PersonalSettings organizationAllowlist={organizationAllowlist} />
      <DetectionTypesTable policy={policy} />
    </main>
  );
}
