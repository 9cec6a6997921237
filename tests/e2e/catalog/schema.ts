import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** The schema as published to catalog operators, not the zod source it is generated from. */
export const PUBLISHED_SCHEMA_PATH = join(PROJECT_ROOT, 'public', 'schemas', 'catalog-submission.v1.json');

// ajv ships without format checkers (ajv-formats is not a dependency). The two formats the schema
// uses are checked here from their definitions: RFC 4122 text form and RFC 3339 date-time.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i;

export type SchemaCheck = { valid: true } | { valid: false; errors: string[] };

export function publishedSubmissionValidator(): (body: unknown) => SchemaCheck {
  const schema = JSON.parse(readFileSync(PUBLISHED_SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  ajv.addFormat('uuid', UUID);
  ajv.addFormat('date-time', { validate: (value: string) => DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)) });
  const validate = ajv.compile(schema);
  return (body) =>
    validate(body)
      ? { valid: true }
      : { valid: false, errors: (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`) };
}
