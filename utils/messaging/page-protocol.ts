import { z } from 'zod';

/**
 * Requests from the extension's own pages (popup, options, dashboard) to the background, which
 * stays the single writer of the records database. Validated like content messages.
 */
export const RegisterWorkflowRequest = z.object({
  kind: z.literal('register-workflow'),
  workflowId: z.string().min(1).max(200),
  /** The exact object the user saw in the preview; the background sends it unchanged. */
  submission: z.record(z.string(), z.unknown()),
});

export const PageRequest = z.discriminatedUnion('kind', [
  RegisterWorkflowRequest,
  z.object({ kind: z.literal('dismiss-workflow'), workflowId: z.string().min(1).max(200) }),
  z.object({ kind: z.literal('outbox-retry'), key: z.string().min(1).max(200) }),
  z.object({ kind: z.literal('outbox-discard'), key: z.string().min(1).max(200) }),
  z.object({ kind: z.literal('delete-records') }),
  z.object({ kind: z.literal('send-report-now') }),
]);
export type PageRequest = z.infer<typeof PageRequest>;

export type PageResponse = { ok: true; state?: string; reference?: string } | { ok: false; error: string };
