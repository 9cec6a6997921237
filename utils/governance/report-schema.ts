import { z } from 'zod';

/**
 * The anonymized discovery report one install sends per period. It carries only counts, tool
 * names, coverage states and salted workflow signatures: never prompt text or detected values.
 * A workflow's template text appears only when the user registered that workflow.
 */

export const REPORT_KIND = 'shadow-ai-discovery-report';
export const REPORT_SCHEMA_VERSION = 1;

/** A count, or "<k" when the exact number could single out a rare event (k = policy.kAnonymity). */
export const CountSchema = z.union([z.number().int().min(0), z.string().regex(/^<\d{1,4}$/)]);
export type Count = z.infer<typeof CountSchema>;

const IsoDate = z.iso.datetime({ offset: true });
const CountMap = z.record(z.string().max(64), CountSchema);

export const ReportToolSchema = z.object({
  toolId: z.string().min(1).max(64),
  host: z.string().max(253),
  name: z.string().max(80),
  category: z.string().max(40),
  daysUsed: z.number().int().min(0),
  visits: CountSchema,
  /** Prompts sent on the tool; only inspected tools can count them (0 otherwise). */
  prompts: CountSchema,
  /** Whether the extension inspects this tool (one of the guarded sites). */
  inspected: z.boolean(),
  notInspectableVisits: CountSchema,
});

export const ReportWorkflowSchema = z.object({
  /** Hex SHA-256 of organizationSalt + "\u0000" + the template's constant text. */
  signature: z.string().regex(/^[0-9a-f]{64}$/),
  count: z.number().int().min(0),
  runsPerWeek: z.number().min(0),
  days: z.number().int().min(0),
  /** Number of variable slots in the template (the slot values themselves are never sent). */
  slots: z.number().int().min(0).optional(),
  sites: z.array(z.string().max(64)).max(20),
  categories: z.array(z.string().max(64)).max(20),
  registered: z.boolean(),
  /** Present only when the user registered the workflow. */
  template: z.string().max(20_000).optional(),
  stakes: z.array(z.string().max(80)).max(20).optional(),
});

export const DiscoveryReportSchema = z
  .object({
    schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
    kind: z.literal(REPORT_KIND),
    installId: z.string().min(8).max(80),
    organization: z.string().max(200),
    period: z.object({ start: IsoDate, end: IsoDate }),
    generatedAt: IsoDate,
    /** The k used for "<k" counts, so readers know what the bound means. */
    kAnonymity: z.number().int().min(1).max(1000).optional(),
    tools: z.array(ReportToolSchema).max(2000),
    guard: z.object({
      byCategory: CountMap,
      byType: CountMap,
      byAction: CountMap,
      byOutcome: CountMap,
      /** site → category → events: what the dashboard's "categories by site" chart needs. */
      bySite: z.record(z.string().max(64), CountMap).default({}),
    }),
    uploads: z.object({ inspected: CountSchema, notInspected: CountSchema }),
    coverage: z.array(
      z.object({
        site: z.string().max(64),
        status: z.enum(['starting', 'ok', 'degraded', 'unavailable']),
        degradedDays: z.number().int().min(0),
      }),
    ),
    workflows: z.array(ReportWorkflowSchema).max(5000),
  })
  .refine((r) => r.workflows.every((w) => w.registered || w.template === undefined), {
    message: 'a workflow template may only be present when the workflow is registered',
    path: ['workflows'],
  });

export type DiscoveryReport = z.infer<typeof DiscoveryReportSchema>;
export type ReportTool = z.infer<typeof ReportToolSchema>;
export type ReportWorkflow = z.infer<typeof ReportWorkflowSchema>;
/** Kept under the name the issue uses. */
export const DiscoveryReport = DiscoveryReportSchema;

/** JSON Schema (draft 2020-12) of the report, for public/schemas/discovery-report.schema.json. */
export function discoveryReportJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(DiscoveryReportSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'discovery-report.schema.json',
    title: 'Shadow AI discovery report',
  };
}
