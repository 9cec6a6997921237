import { catalogSubmissionJsonSchema } from '../catalog/submission';
import { discoveryReportJsonSchema } from '../governance/report-schema';
import { managedSchema } from './managed-schema';

/**
 * Every schema the project publishes, by its path under public/. The files are generated from
 * the zod schemas the code validates with (`npm run schemas`), and a unit test fails when a
 * committed file no longer matches, so the documents cannot drift from the code.
 */
export const PUBLISHED_SCHEMAS: Record<string, () => Record<string, unknown>> = {
  'managed_schema.json': managedSchema,
  'schemas/catalog-submission.v1.json': catalogSubmissionJsonSchema,
  'schemas/discovery-report.v1.json': discoveryReportJsonSchema,
};

export function renderSchema(schema: Record<string, unknown>): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
