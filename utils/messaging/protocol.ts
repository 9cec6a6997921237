import { z } from 'zod';

/**
 * Everything a content script may tell the background. The background validates each message
 * with these schemas before it stores anything: a compromised or confused page context must not
 * be able to write arbitrary data. None of these carries prompt text or detected values.
 */
const siteId = z.enum(['chatgpt', 'claude', 'copilot', 'm365']);
const host = z.string().min(1).max(253).regex(/^[a-z0-9.-]+$/);
const typeCounts = z.record(z.string().regex(/^[a-z0-9_]{1,48}$/), z.number().int().min(0).max(100_000));
const category = z.enum(['secret', 'pii', 'confidential', 'financial', 'code']);

export const CoverageMessage = z.object({
  kind: z.literal('coverage'),
  site: siteId,
  host,
  status: z.enum(['starting', 'ok', 'degraded']),
  reason: z
    .enum(['composer-missing', 'send-button-missing', 'fallback-selector', 'content-script-silent', 'disabled-by-policy'])
    .optional(),
});

export const GuardDecisionMessage = z.object({
  kind: z.literal('guard-decision'),
  site: siteId,
  host,
  trigger: z.enum(['paste', 'send', 'upload']),
  /** What the policy asked for. */
  policyAction: z.enum(['allow', 'warn', 'redact', 'block']),
  /** What the user (or the policy) finally did. */
  outcome: z.enum(['allowed', 'redacted', 'overridden', 'cancelled', 'blocked']),
  byType: typeCounts,
  categories: z.array(category).max(5),
  /** Whether the user gave a reason for an override; the reason text itself stays on the page. */
  reasonGiven: z.boolean().optional(),
});

export const UploadMessage = z.object({
  kind: z.literal('upload'),
  site: siteId,
  host,
  inspected: z.boolean(),
  /** Coarse file kind (extension or MIME family), never the file name. */
  fileKind: z.string().max(40).regex(/^[a-z0-9.+/-]*$/),
  sizeBytes: z.number().int().min(0),
});

export const PromptSentMessage = z.object({
  kind: z.literal('prompt-sent'),
  site: siteId,
  host,
  /** Anonymized skeleton and signature, produced in the content script so raw text never crosses. */
  skeleton: z.string().max(4000),
  signature: z.union([z.string().max(2000), z.array(z.number()).max(512)]),
  categories: z.array(category).max(5),
});

export const ContentMessage = z.discriminatedUnion('kind', [
  CoverageMessage,
  GuardDecisionMessage,
  UploadMessage,
  PromptSentMessage,
]);
export type ContentMessage = z.infer<typeof ContentMessage>;
export type CoverageMessage = z.infer<typeof CoverageMessage>;
export type GuardDecisionMessage = z.infer<typeof GuardDecisionMessage>;
export type UploadMessage = z.infer<typeof UploadMessage>;
export type PromptSentMessage = z.infer<typeof PromptSentMessage>;
