/**
 * browser.storage.local keys the background publishes for the pages. Declared here rather than
 * imported from the background modules, which pull in zod and the policy merge: the popup must
 * open fast, and these strings are all it needs.
 */
export const STORAGE_KEYS = {
  workflows: 'workflows',
  effectivePolicy: 'effectivePolicy',
  managedPolicyKeys: 'managedPolicyKeys',
  policyErrors: 'policyErrors',
  personalPolicy: 'personalPolicy',
  lostWrites: 'lostWrites',
  lastReport: 'lastReport',
} as const;
