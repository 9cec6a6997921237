import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PUBLISHED_SCHEMAS, renderSchema } from '../schemas/published';

/** Writes public/managed_schema.json and public/schemas/*.json from the zod schemas. */
const PUBLIC_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../public');

for (const [path, make] of Object.entries(PUBLISHED_SCHEMAS)) {
  const target = join(PUBLIC_DIR, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, renderSchema(make()));
  console.log(`wrote public/${path}`);
}
