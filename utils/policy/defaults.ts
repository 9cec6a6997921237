/**
 * The defaults layer every merge starts from: the schema defaults (secrets block, personal data
 * warn, confidential warn, code allow) plus a warn-only override for the low-severity types of the
 * secret family. Those name infrastructure (bucket addresses, ARNs, OAuth client ids, a user
 * name) rather than grant access, so pasting one should warn, not block.
 */
import { DEFAULT_POLICY, type Action, type Policy } from './schema';
import { secretsDetector } from '../detection/detectors/secrets';

export { DEFAULT_POLICY };

export const INFORMATIONAL_SECRET_TYPE_ACTIONS: Readonly<Record<string, Action>> = Object.fromEntries(
  secretsDetector.types.filter((t) => t.severity === 'low').map((t) => [t.id, 'warn' as Action]),
);

export function defaultPolicy(): Policy {
  const policy = structuredClone(DEFAULT_POLICY);
  policy.typeActions = { ...INFORMATIONAL_SECRET_TYPE_ACTIONS, ...policy.typeActions };
  return policy;
}
