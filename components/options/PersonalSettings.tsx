import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { STORAGE_KEYS } from '../popup/storage-keys';

const PERSONAL_POLICY_KEY = STORAGE_KEYS.personalPolicy;

export interface PersonalPolicy {
  allowlist: string[];
}

const MAX_VALUES = 500;

export function parseAllowlist(text: string): string[] {
  const values: string[] = [];
  for (const line of text.split('\n')) {
    const value = line.trim();
    if (value && value.length <= 500 && !values.some((v) => v.toLowerCase() === value.toLowerCase())) values.push(value);
  }
  return values.slice(0, MAX_VALUES);
}

/** Extra allowlist values: they add to the organization's list, they cannot remove from it. */
export function PersonalSettings({ organizationAllowlist }: { organizationAllowlist: string[] }) {
  const text = useSignal('');
  const saved = useSignal<string | undefined>(undefined);

  useEffect(() => {
    void browser.storage.local.get(PERSONAL_POLICY_KEY).then((items) => {
      const personal = items[PERSONAL_POLICY_KEY] as Partial<PersonalPolicy> | undefined;
      text.value = (personal?.allowlist ?? []).join('\n');
    });
  }, []);

  async function save(event: Event) {
    event.preventDefault();
    const allowlist = parseAllowlist(text.value);
    await browser.storage.local.set({ [PERSONAL_POLICY_KEY]: { allowlist } satisfies PersonalPolicy });
    text.value = allowlist.join('\n');
    saved.value = `Saved ${allowlist.length} value${allowlist.length === 1 ? '' : 's'}.`;
  }

  return (
    <section aria-labelledby="personal-heading">
      <h2 id="personal-heading">Your settings</h2>
      <form onSubmit={(e) => void save(e)} data-testid="personal-form">
        <label for="personal-allowlist">Values never to flag (one per line), for example your own work email or a public project name.</label>
        {organizationAllowlist.length > 0 && (
          <p class="muted">Your organization already allows {organizationAllowlist.length === 1 ? '1 value' : `${organizationAllowlist.length} values`}; yours are added to them.</p>
        )}
        <textarea
          id="personal-allowlist"
          name="allowlist"
          rows={5}
          value={text.value}
          onInput={(e) => {
            text.value = e.currentTarget.value;
            saved.value = undefined;
          }}
        />
        <div class="actions">
          <button type="submit">Save</button>
          {saved.value && <span role="status">{saved.value}</span>}
        </div>
      </form>
    </section>
  );
}
