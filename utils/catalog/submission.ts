import { z } from 'zod';

/**
 * What a "Register in company catalog" click sends. The user sees exactly this object (pretty
 * printed) before sending; nothing outside it leaves the device. `schemaVersion` lets the
 * receiving catalog accept older extensions while the shape evolves.
 */

export const STAKES = ['customer', 'regulator', 'board', 'financial-statement', 'hiring', 'internal-only'] as const;
export const StakesSchema = z.enum(STAKES);
export type Stakes = z.infer<typeof StakesSchema>;

/** Question wording shown next to each stakes option. */
export const STAKES_LABELS: Record<Stakes, string> = {
  customer: 'Sent to a customer',
  regulator: 'Goes to a regulator',
  board: 'Board deck',
  'financial-statement': 'Financial statement',
  hiring: 'Hiring decision',
  'internal-only': 'Internal only',
};

export const SLOT_TYPES = ['text', 'number', 'date', 'email', 'name', 'identifier', 'url', 'amount'] as const;

const IsoDate = z.iso.datetime({ offset: true });

// No transforms (trim, defaults) anywhere: parsing must return the object unchanged, so what the
// preview shows is what the background sends.

export const CatalogSubmission = z
  .object({
    schemaVersion: z.literal(1).describe('Bumped on any incompatible change'),
    kind: z.literal('workflow-registration'),
    submissionId: z.uuid(),
    submittedAt: IsoDate,
    organization: z.string().max(200),
    workflow: z
      .object({
        title: z.string().min(1).max(120).regex(/\S/, 'must not be blank').describe('Short name, suggested from the template and edited by the user'),
        description: z.string().max(2000).describe('Free text written by the user; may be empty'),
        template: z.string().min(1).max(4000).describe('The recurring prompt with its variable parts as {{slot}} placeholders; never a real prompt'),
        slots: z.array(z.object({ name: z.string().regex(/^[^{}\s][^{}]{0,47}$/), type: z.enum(SLOT_TYPES) }).strict()).max(50),
        frequency: z
          .object({
            runsPerWeek: z.number().min(0).describe('Average over the weeks the workflow was seen'),
            runs: z.number().int().min(0),
            firstSeen: IsoDate,
            lastSeen: IsoDate,
          })
          .strict(),
        sites: z.array(z.string().min(1).max(64)).max(20).describe('AI sites where the workflow was seen'),
        dataCategories: z.array(z.string().min(1).max(64)).max(20).describe('Categories of sensitive data detected in its runs (counts only, never values)'),
        stakes: z.array(StakesSchema).min(1).max(STAKES.length).describe('Where the output goes, answered by the user'),
      })
      .strict(),
    /** Typed by the user in the preview; never filled from an account automatically. */
    submitter: z.string().max(200).optional().describe('Optional name the user typed; never filled from an account'),
    extension: z.object({ version: z.string().min(1).max(40) }).strict(),
  })
  .strict();

export type CatalogSubmission = z.infer<typeof CatalogSubmission>;

export function catalogSubmissionJsonSchema(): Record<string, unknown> {
  return {
    $id: 'catalog-submission.v1.json',
    title: 'Workflow registration submitted to the company AI catalog',
    ...z.toJSONSchema(CatalogSubmission, { target: 'draft-2020-12' }),
  };
}

/** A detected workflow as the background publishes it (storage.local 'workflows'). */
export interface DetectedWorkflow {
  id: string;
  template: string;
  slots: string[];
  count: number;
  sites: string[];
  firstSeen: number;
  lastSeen: number;
  runsPerWeek: number;
  categories: string[];
  recurring?: boolean;
}

/** What the user can change in the preview. */
export interface SubmissionEdits {
  title?: string;
  description?: string;
  template?: string;
  slotNames?: string[];
  stakes?: Stakes[];
  /** Subsets of the detected ones: the user may leave some out, never add. */
  sites?: string[];
  dataCategories?: string[];
  submitter?: string;
}

export interface SubmissionMeta {
  submissionId: string;
  now: number;
  organization: string;
  extensionVersion: string;
}

const SLOT_PATTERN = /\{\{\s*([^{}]+?)\s*\}\}/g;

export function templateSlots(template: string): string[] {
  const names: string[] = [];
  for (const match of template.matchAll(SLOT_PATTERN)) {
    const name = match[1]!;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/**
 * The detected template names each slot after the type of what varied there, so one template can
 * hold two different inputs both called `{{customer}}` (the customer, then the account owner). A
 * catalog filling the template would put the same value into both; each occurrence after the
 * first is numbered instead (`{{customer_2}}`). Only the detected template gets this: a template
 * the user writes may repeat a slot on purpose.
 */
export function distinctSlots(template: string): string {
  const taken = new Set(templateSlots(template));
  const seen = new Map<string, number>();
  return template.replace(SLOT_PATTERN, (whole, raw: string) => {
    const name = raw.trim();
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    if (count === 1) return whole;
    let suffix = count;
    while (taken.has(`${name}_${suffix}`)) suffix += 1;
    const renamed = `${name}_${suffix}`;
    taken.add(renamed);
    return `{{${renamed}}}`;
  });
}

/** The template the preview starts from: the detected one, each slot its own input. */
export function detectedTemplate(workflow: Pick<DetectedWorkflow, 'template'>): string {
  return distinctSlots(workflow.template);
}

/** Slot type guessed from the slot's own name (e.g. `{{date}}`, `{{invoice_number}}`). */
const SLOT_TYPE_HINTS: [RegExp, (typeof SLOT_TYPES)[number]][] = [
  [/date|day|month|year|time/i, 'date'],
  [/email|mail/i, 'email'],
  [/url|link/i, 'url'],
  [/amount|price|eur|usd|money|total|cost/i, 'amount'],
  [/number|count|num|qty|quantity/i, 'number'],
  [/\bid\b|_id$|code|ref|iban|account/i, 'identifier'],
  [/name|person|customer|client/i, 'name'],
];

export function slotType(name: string): (typeof SLOT_TYPES)[number] {
  return SLOT_TYPE_HINTS.find(([pattern]) => pattern.test(name))?.[1] ?? 'text';
}

const TITLE_WORDS = 6;
const MIN_LEAD_WORDS = 2;

const words = (text: string) => text.replace(/[^\p{L}\p{N}'\s-]/gu, ' ').split(/\s+/).filter(Boolean);

/**
 * The template's leading words, up to the first slot ("Summarise the invoice {{n}}…" →
 * "Summarise the invoice"): a starting point the user edits. When a slot comes first, the
 * fixed words of the whole template are used instead.
 */
export function suggestTitle(template: string): string {
  const beforeFirstSlot = words(template.split(/\{\{/)[0] ?? '');
  const chosen = beforeFirstSlot.length >= MIN_LEAD_WORDS ? beforeFirstSlot : words(template.replace(SLOT_PATTERN, ' '));
  const picked = chosen.slice(0, TITLE_WORDS);
  if (picked.length === 0) return 'Recurring prompt';
  const title = picked.join(' ');
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** Renames slots in the template in the order they first appear. */
function renameSlots(template: string, from: string[], to: string[]): string {
  const mapping = new Map(from.map((name, i) => [name, to[i]?.trim() || name]));
  return template.replace(SLOT_PATTERN, (whole, name: string) => {
    const renamed = mapping.get(name.trim());
    return renamed ? `{{${renamed}}}` : whole;
  });
}

const iso = (ms: number) => new Date(ms).toISOString();
const round1 = (n: number) => Math.round(n * 10) / 10;

export function buildSubmission(workflow: DetectedWorkflow, edits: SubmissionEdits, meta: SubmissionMeta): CatalogSubmission {
  const baseTemplate = edits.template ?? detectedTemplate(workflow);
  const originalSlots = templateSlots(baseTemplate);
  const template = edits.slotNames ? renameSlots(baseTemplate, originalSlots, edits.slotNames) : baseTemplate;
  const slots = templateSlots(template).map((name) => ({ name, type: slotType(name) }));
  const submitter = edits.submitter?.trim();
  return {
    schemaVersion: 1,
    kind: 'workflow-registration',
    submissionId: meta.submissionId,
    submittedAt: iso(meta.now),
    organization: meta.organization,
    workflow: {
      title: edits.title ?? suggestTitle(workflow.template),
      description: edits.description ?? '',
      template,
      slots,
      frequency: {
        runsPerWeek: round1(workflow.runsPerWeek),
        runs: workflow.count,
        firstSeen: iso(workflow.firstSeen),
        lastSeen: iso(workflow.lastSeen),
      },
      sites: workflow.sites.filter((site) => !edits.sites || edits.sites.includes(site)),
      dataCategories: workflow.categories.filter((category) => !edits.dataCategories || edits.dataCategories.includes(category)),
      // No default: where the output goes is the one answer only the user can give.
      stakes: [...(edits.stakes ?? [])],
    },
    ...(submitter ? { submitter } : {}),
    extension: { version: meta.extensionVersion },
  };
}
