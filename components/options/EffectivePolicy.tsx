import type { Policy } from '../../utils/policy/schema';

export interface PolicyError {
  source: string;
  path: string | (string | number)[];
  message: string;
}

/** Values that would leak a secret onto the screen (e.g. a catalog token) are shown masked. */
const MASKED_FIELDS = new Set(['catalogHeader', 'organizationSalt']);

function show(field: string, value: unknown): string {
  if (MASKED_FIELDS.has(field) && value) return '•••• (set)';
  return typeof value === 'string' ? (value === '' ? '(not set)' : value) : JSON.stringify(value, null, 1);
}

/** Drawn rather than an emoji: not every system font has a padlock glyph. */
function LockIcon() {
  return (
    <svg class="lock" role="img" aria-label="Locked by your organization" viewBox="0 0 12 14" width="11" height="13">
      <title>Set by your organization</title>
      <path d="M3 6V4a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" stroke-width="1.6" />
      <rect x="1" y="6" width="10" height="7.5" rx="1.5" fill="currentColor" />
    </svg>
  );
}

export function EffectivePolicy({ policy, managedKeys, errors }: { policy: Policy; managedKeys: string[]; errors: PolicyError[] }) {
  const managed = new Set(managedKeys);
  return (
    <section aria-labelledby="policy-heading">
      <h2 id="policy-heading">Policy in effect</h2>
      <p>
        {managed.size > 0
          ? `${managed.size} setting${managed.size === 1 ? ' is' : 's are'} set by your organization and locked.`
          : 'No setting is managed by your organization: defaults apply.'}
      </p>
      {errors.length > 0 && (
        <div role="alert" class="notice tone-bad" data-testid="policy-errors">
          <p>Some policy values were invalid and are ignored (the defaults apply for those):</p>
          <ul>
            {errors.map((error, i) => (
              <li key={i}>
                <strong>{error.source}</strong> <code>{Array.isArray(error.path) ? error.path.join('.') : error.path}</code>: {error.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class="scroll">
        <table class="policy">
          <tbody>
            {Object.entries(policy).map(([field, value]) => {
              const locked = managed.has(field);
              return (
                <tr key={field} data-field={field} data-locked={locked ? 'true' : 'false'}>
                  <th scope="row">
                    {locked && <LockIcon />} {field}
                    {locked && <span class="locked-note"> set by your organization</span>}
                  </th>
                  <td>
                    <pre class="value">{show(field, value)}</pre>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
