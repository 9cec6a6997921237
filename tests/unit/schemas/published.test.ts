import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PUBLISHED_SCHEMAS, renderSchema } from '../../../utils/schemas/published';
import { PolicySchema } from '../../../utils/policy/schema';

describe('published schemas', () => {
  for (const [path, make] of Object.entries(PUBLISHED_SCHEMAS)) {
    it(`public/${path} matches the zod schema it is generated from (run npm run schemas)`, () => {
      const committed = readFileSync(join(process.cwd(), 'public', path), 'utf8');
      expect(committed).toBe(renderSchema(make()));
    });
  }

  it('the managed schema declares every policy field, so an administrator can set each one', () => {
    const managed = JSON.parse(readFileSync(join(process.cwd(), 'public/managed_schema.json'), 'utf8')) as {
      properties: Record<string, unknown>;
    };
    expect(Object.keys(managed.properties).sort()).toEqual(Object.keys(PolicySchema.shape).sort());
  });
});
