export type GuardTrigger = 'paste' | 'send' | 'upload';
export type PolicyAction = 'allow' | 'warn' | 'redact' | 'block';

export interface FindingGroup {
  type: string;
  label: string;
  category: string;
  count: number;
  /** Masked examples (never the full value), at most three. */
  examples: string[];
}

export type PanelModel =
  | { mode: 'scanning'; trigger: GuardTrigger; progress: number; sizeLabel: string }
  | {
      mode: 'findings';
      trigger: GuardTrigger;
      action: PolicyAction;
      requiresReason: boolean;
      overrideAllowed: boolean;
      groups: FindingGroup[];
      /** Shown when a previous attempt failed, e.g. the redacted text could not be inserted. */
      error?: string;
    }
  | { mode: 'notice'; trigger: GuardTrigger; message: string };

export type Choice = { kind: 'redacted' } | { kind: 'anyway'; reason?: string } | { kind: 'cancel' };

const VERBS: Record<GuardTrigger, { verb: string; object: string }> = {
  paste: { verb: 'Paste', object: 'this paste' },
  send: { verb: 'Send', object: 'this message' },
  upload: { verb: 'Upload', object: 'this file' },
};

export function wording(trigger: GuardTrigger) {
  const { verb, object } = VERBS[trigger];
  return {
    title: `Sensitive data in ${object}`,
    redacted: trigger === 'upload' ? 'Upload redacted file' : `${verb} redacted`,
    anyway: `${verb} anyway`,
    cancel: 'Cancel',
    blockedWithOverride: `Your organization blocks this data in AI chats. "${verb} anyway" asks you for a short reason.`,
    blocked: `Your organization does not allow ${object} as it is. The redacted version replaces each value with a placeholder.`,
  };
}
