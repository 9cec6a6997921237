import { z } from 'zod';

/**
 * The one policy shape: defaults, the administrator's managed policy (storage.managed) and the
 * user's personal settings are all validated against it. Every field has a default so that a
 * partial or partly invalid policy still yields a complete one (see ./merge).
 */

export const ActionSchema = z.enum(['allow', 'warn', 'redact', 'block']);
export type Action = z.infer<typeof ActionSchema>;

export const CategorySchema = z.enum(['secret', 'pii', 'confidential', 'financial', 'code']);

export const SiteSwitchSchema = z.enum(['chatgpt', 'claude', 'copilot', 'm365']);

export const CustomPatternSchema = z.object({
  /** Type id reported for matches, e.g. `project_codename`. */
  id: z.string().regex(/^[a-z0-9_]{1,48}$/, 'lower-case letters, digits and _ only'),
  label: z.string().min(1).max(80),
  /** JavaScript regular expression source (no slashes); compiled with the `g` and `u` flags. */
  pattern: z.string().min(1).max(2000),
  flags: z.string().regex(/^[imsu]*$/).default(''),
  category: CategorySchema,
  severity: z.enum(['low', 'medium', 'high']).default('high'),
  action: ActionSchema.optional(),
});

export const DictionarySchema = z.object({
  id: z.string().regex(/^[a-z0-9_]{1,48}$/),
  label: z.string().min(1).max(80),
  category: CategorySchema,
  /** Matched as whole words, case-insensitively. */
  terms: z.array(z.string().min(2).max(200)).max(20_000),
  action: ActionSchema.optional(),
});

export const PolicySchema = z.object({
  organizationName: z.string().max(200).default(''),
  /** Salt for workflow signatures in reports; without it two installs' signatures cannot match. */
  organizationSalt: z.string().max(200).default(''),

  /** Per-category action. `block` still offers the redacted path; it removes "anyway". */
  categoryActions: z
    .object({
      secret: ActionSchema.default('block'),
      pii: ActionSchema.default('warn'),
      confidential: ActionSchema.default('warn'),
      financial: ActionSchema.default('warn'),
      code: ActionSchema.default('allow'),
    })
    .default({ secret: 'block', pii: 'warn', confidential: 'warn', financial: 'warn', code: 'allow' }),
  /** Per-type overrides, e.g. `{ "ip_address": "allow" }`. */
  typeActions: z.record(z.string().regex(/^[a-z0-9_]{1,48}$/), ActionSchema).default({}),
  /** Whether "Paste anyway" on a blocked category is offered at all (override with reason). */
  allowBlockOverride: z.boolean().default(true),
  /** Ask for a short reason before "anyway" on categories at or above this action. */
  requireReasonFor: z.enum(['never', 'warn', 'block']).default('block'),

  customPatterns: z.array(CustomPatternSchema).max(200).default([]),
  dictionaries: z.array(DictionarySchema).max(50).default([]),
  /** Exact values (case-insensitive) never flagged. */
  allowlist: z.array(z.string().min(1).max(500)).max(5000).default([]),
  /** Regular expressions whose matches are never flagged. */
  allowlistPatterns: z.array(z.string().min(1).max(500)).max(200).default([]),

  /** Per-site switch: false turns the guard off on that site (coverage then reads "disabled"). */
  sites: z
    .object({ chatgpt: z.boolean().default(true), claude: z.boolean().default(true), copilot: z.boolean().default(true), m365: z.boolean().default(true) })
    .default({ chatgpt: true, claude: true, copilot: true, m365: true }),

  /** Largest text-like upload that is read and scanned; larger ones pass as "not inspected". */
  maxScanUploadBytes: z.number().int().min(0).max(50_000_000).default(5_000_000),

  workflows: z
    .object({
      minRuns: z.number().int().min(2).max(100).default(3),
      minDays: z.number().int().min(1).max(100).default(2),
    })
    .default({ minRuns: 3, minDays: 2 }),
  /** Days a prompt record is kept; daily counts are kept regardless. */
  retentionDays: z.number().int().min(1).max(3650).default(90),

  catalogEndpoint: z.url({ protocol: /^https?$/ }).or(z.literal('')).default(''),
  /** Optional static header sent with catalog submissions and reports (e.g. a token). */
  catalogHeader: z.object({ name: z.string().regex(/^[A-Za-z0-9-]{1,64}$/), value: z.string().max(4000) }).optional(),

  reportsEnabled: z.boolean().default(false),
  reportEndpoint: z.url({ protocol: /^https?$/ }).or(z.literal('')).default(''),
  reportIntervalHours: z.number().min(1).max(24 * 90).default(168),
  /** Keep one install id across periods instead of a fresh random one per report. */
  stablePseudonym: z.boolean().default(false),
  /** Counts below k are reported as "<k". */
  kAnonymity: z.number().int().min(1).max(1000).default(5),
  /** Where the governance dashboard fetches reports from (optional). */
  dashboardReportsUrl: z.url({ protocol: /^https?$/ }).or(z.literal('')).default(''),

  triage: z
    .object({
      frequencyRunsPerWeek: z.number().min(0).default(3),
      sharedNeedInstalls: z.number().int().min(1).default(2),
      deprecateAfterMonths: z.number().min(0).default(3),
    })
    .default({ frequencyRunsPerWeek: 3, sharedNeedInstalls: 2, deprecateAfterMonths: 3 }),

  tools: z
    .object({
      /** Additional AI tools (internal or new), same shape as catalog entries. */
      extraTools: z
        .array(z.object({ id: z.string().regex(/^[a-z0-9-]{1,64}$/), name: z.string().min(1).max(80), hosts: z.array(z.string().min(1).max(253)).min(1), category: z.string().min(1).max(40) }))
        .max(500)
        .default([]),
      /** Tool ids the company approves; every other catalog tool counts as unsanctioned. */
      sanctioned: z.array(z.string()).max(1000).default([]),
      showUnsanctionedNotice: z.boolean().default(false),
      noticeText: z.string().max(500).default('This AI tool is not approved for company data.'),
      approvedAlternative: z.string().max(200).default(''),
    })
    .default({ extraTools: [], sanctioned: [], showUnsanctionedNotice: false, noticeText: 'This AI tool is not approved for company data.', approvedAlternative: '' }),
});

export type Policy = z.infer<typeof PolicySchema>;
export type PolicyInput = z.input<typeof PolicySchema>;
export type CustomPattern = z.infer<typeof CustomPatternSchema>;
export type Dictionary = z.infer<typeof DictionarySchema>;

export const DEFAULT_POLICY: Policy = PolicySchema.parse({});
