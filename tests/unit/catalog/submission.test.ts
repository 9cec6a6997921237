import { describe, expect, it } from 'vitest';
import {
  CatalogSubmission,
  buildSubmission,
  catalogSubmissionJsonSchema,
  distinctSlots,
  suggestTitle,
  templateSlots,
  type DetectedWorkflow,
} from '../../../utils/catalog/submission';

const workflow: DetectedWorkflow = {
  id: 'wf-abc',
  template: 'Summarise the invoice {{invoice_number}} for {{customer}} due on {{date}} in three bullets',
  slots: ['invoice_number', 'customer', 'date'],
  count: 7,
  sites: ['chatgpt', 'claude'],
  firstSeen: Date.UTC(2026, 10, 16, 8),
  lastSeen: Date.UTC(2026, 10, 20, 17),
  runsPerWeek: 3.4567,
  categories: ['financial'],
};
const meta = { submissionId: '3f1c0c7e-5b7a-4c1e-9d8e-2f6a1b2c3d4e', now: Date.UTC(2026, 10, 23, 9), organization: 'Acme', extensionVersion: '0.1.0' };

describe('buildSubmission', () => {
  it('produces a submission that validates once the user answers the stakes question', () => {
    const submission = buildSubmission(workflow, { stakes: ['customer'] }, meta);
    expect(CatalogSubmission.safeParse(submission).success).toBe(true);
    expect(submission.workflow.slots.map((s) => s.name)).toEqual(['invoice_number', 'customer', 'date']);
    expect(submission.workflow.slots.find((s) => s.name === 'date')!.type).toBe('date');
    expect(submission.workflow.frequency).toEqual({ runsPerWeek: 3.5, runs: 7, firstSeen: '2026-11-16T08:00:00.000Z', lastSeen: '2026-11-20T17:00:00.000Z' });
    expect(submission.workflow.title).toBe('Summarise the invoice');
    expect(submission).not.toHaveProperty('submitter');
  });

  it('does not answer the stakes question for the user', () => {
    const submission = buildSubmission(workflow, {}, meta);
    expect(submission.workflow.stakes).toEqual([]);
    expect(CatalogSubmission.safeParse(submission).success).toBe(false);
  });

  it('applies edits: renamed slots are rewritten in the template', () => {
    const submission = buildSubmission(
      workflow,
      { title: 'Invoice summary', description: 'For the AR team', slotNames: ['invoice', 'client', 'due_date'], stakes: ['financial-statement', 'customer'], submitter: '  Dana  ' },
      meta,
    );
    expect(submission.workflow.template).toBe('Summarise the invoice {{invoice}} for {{client}} due on {{due_date}} in three bullets');
    expect(submission.workflow.slots.map((s) => s.name)).toEqual(['invoice', 'client', 'due_date']);
    expect(submission.submitter).toBe('Dana');
    expect(CatalogSubmission.parse(submission).workflow.title).toBe('Invoice summary');
  });

  it('rejects fields that are not part of the schema', () => {
    const submission = { ...buildSubmission(workflow, { stakes: ['board'] }, meta), prompt: 'raw text' };
    expect(CatalogSubmission.safeParse(submission).success).toBe(false);
  });
});

describe('helpers', () => {
  it('lists slots once, in order', () => {
    expect(templateSlots('{{a}} and {{ b }} then {{a}}')).toEqual(['a', 'b']);
  });
  it('suggests a title even from a template of slots only', () => {
    expect(suggestTitle('{{x}} {{y}}')).toBe('Recurring prompt');
    expect(suggestTitle('translate {{text}} into German please, keeping the tone formal')).toBe('Translate into German please keeping the');
    expect(suggestTitle('write a polite reminder email to the supplier about order {{n}}')).toBe('Write a polite reminder email to');
  });
});

describe('distinct slots in a detected template', () => {
  const detected: DetectedWorkflow = {
    ...workflow,
    template: 'variance for {{customer}} budget {{number}} actuals {{number}} owner {{customer}} {{email}}',
    slots: ['customer', 'number', 'email'],
  };

  it('gives each varying input of the detected template its own slot', () => {
    const submission = buildSubmission(detected, { stakes: ['board'] }, meta);
    expect(submission.workflow.template).toBe('variance for {{customer}} budget {{number}} actuals {{number_2}} owner {{customer_2}} {{email}}');
    expect(submission.workflow.slots).toEqual([
      { name: 'customer', type: 'name' },
      { name: 'number', type: 'number' },
      { name: 'number_2', type: 'number' },
      { name: 'customer_2', type: 'name' },
      { name: 'email', type: 'email' },
    ]);
    expect(CatalogSubmission.safeParse(submission).success).toBe(true);
  });

  it('renames the numbered slots like any other', () => {
    const submission = buildSubmission(detected, { stakes: ['board'], slotNames: ['customer', 'budget', 'actuals', 'account_owner', 'email'] }, meta);
    expect(submission.workflow.template).toBe('variance for {{customer}} budget {{budget}} actuals {{actuals}} owner {{account_owner}} {{email}}');
  });

  it('never collides with a slot name already in the template, and leaves a template the user wrote alone', () => {
    expect(distinctSlots('{{a}} {{a_2}} {{a}}')).toBe('{{a}} {{a_2}} {{a_3}}');
    const written = buildSubmission(detected, { stakes: ['board'], template: 'greet {{customer}}, then thank {{customer}}' }, meta);
    expect(written.workflow.template).toBe('greet {{customer}}, then thank {{customer}}');
    expect(written.workflow.slots).toEqual([{ name: 'customer', type: 'name' }]);
  });
});

describe('catalogSubmissionJsonSchema', () => {
  it('declares schemaVersion and the closed stakes list', () => {
    const schema = catalogSubmissionJsonSchema() as { properties: Record<string, any>; required: string[] };
    expect(schema.properties.schemaVersion.const).toBe(1);
    expect(schema.required).toContain('schemaVersion');
    const stakes = schema.properties.workflow.properties.stakes.items.enum;
    expect(stakes).toEqual(['customer', 'regulator', 'board', 'financial-statement', 'hiring', 'internal-only']);
    expect(schema.properties.workflow.additionalProperties).toBe(false);
  });
});

describe('sites and categories edits', () => {
  it('can only narrow what was detected', () => {
    const submission = buildSubmission(workflow, { stakes: ['board'], sites: ['claude', 'gemini'], dataCategories: [] }, meta);
    expect(submission.workflow.sites).toEqual(['claude']);
    expect(submission.workflow.dataCategories).toEqual([]);
  });
});

describe('published JSON Schema file', () => {
  // The lead generates public/schemas/catalog-submission.v1.json from catalogSubmissionJsonSchema();
  // once it exists it must not drift from the zod schema the extension validates with.
  const path = `${process.cwd()}/public/schemas/catalog-submission.v1.json`;
  it('matches the zod schema (checked once the file is published)', async () => {
    const fs = await import('node:fs');
    if (!fs.existsSync(path)) {
      console.warn(`[catalog] ${path} not generated yet: nothing to compare`);
      return expect(fs.existsSync(path)).toBe(false);
    }
    expect(JSON.parse(fs.readFileSync(path, 'utf8'))).toEqual(JSON.parse(JSON.stringify(catalogSubmissionJsonSchema())));
  });
});

describe('parsing is the identity', () => {
  it('returns the submission unchanged, so the sent body equals the preview', () => {
    const submission = buildSubmission(workflow, { title: ' Spaced title ', stakes: ['hiring'], submitter: 'Kim' }, meta);
    expect(JSON.stringify(CatalogSubmission.parse(submission))).toBe(JSON.stringify(submission));
  });
  it('rejects a blank title', () => {
    expect(CatalogSubmission.safeParse(buildSubmission(workflow, { title: '   ', stakes: ['hiring'] }, meta)).success).toBe(false);
  });
});
