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

/** The top-level policy field an error is about ('customPatterns[0].pattern' → 'customPatterns'). */
function fieldOf(error: PolicyError): string {
  const path = Array.isArray(error.path) ? String(error.path[0] ?? '') : error.path;
  return path.split(/[.[]/)[0] ?? '';
}

export function EffectivePolicy({ policy, managedKeys, errors }: { policy: Policy; managedKeys: string[]; errors: PolicyError[] }) {
  const managed = new Set(managedKeys);
  // A managed field whose value was rejected is still the organization's (the user cannot set
  // it), but what is in force is not what they set: the row says so instead of looking normal.
  const rejected = new Set(errors.filter((e) => e.source === 'managed').map(fieldOf));
  // The organization's settings first: they are what a person opening this page looks for, and
  // the table scrolls.
  const fields = Object.entries(policy).sort(([a], [b]) => Number(managed.has(b)) - Number(managed.has(a)));
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
            {fields.map(([field, value]) => {
              const locked = managed.has(field);
              const invalid = locked && rejected.has(field);
              return (
                <tr key={field} data-field={field} data-locked={locked ? 'true' : 'false'} data-invalid={invalid ? 'true' : undefined}>
                  <th scope="row">
                    {locked && <LockIcon />} {field}
                    {locked && <span class="locked-note"> set by your organization</span>}
                    {invalid && <span class="tone-bad invalid-note"> — its value was invalid and is ignored; the value shown applies</span>}
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
