/**
 * `npm run bench`: runs every `*.bench.ts` in this folder, one after another, each in its own
 * `npx tsx` child process. Separate processes because the bench files are written two ways (some
 * export `run()` and start it only when executed directly, some do their work at top level), and
 * because one bench's JIT state, heap and open browsers must not colour the next one's figures.
 * Benches print figures and their named reference; this runner asserts nothing about time. It
 * exits non-zero when a bench crashes (non-zero exit or killed).
 *
 * Usage: npm run bench [-- NAME...]   e.g. `npm run bench -- detection workflows`
 * Benches that drive the built extension in a browser (their header says "after npm run build")
 * are skipped with a note when `.output/chrome-mv3` does not exist.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '../..');
const BUILT = existsSync(join(ROOT, '.output/chrome-mv3/manifest.json'));

const filters = process.argv.slice(2);
const files = readdirSync(HERE)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort()
  .filter((f) => filters.length === 0 || filters.some((n) => f.startsWith(n)));

if (files.length === 0) {
  console.error(`no bench matches ${filters.join(', ') || '*.bench.ts'} in ${HERE}`);
  process.exit(1);
}

const failed: string[] = [];
const skipped: string[] = [];
for (const file of files) {
  const path = join(HERE, file);
  const name = file.replace(/\.bench\.ts$/, '');
  console.log(`\n${'='.repeat(20)} bench: ${name} (${file}) ${'='.repeat(20)}`);
  if (!BUILT && readFileSync(path, 'utf8').includes('after npm run build')) {
    console.log('skipped: needs the built extension (run `npm run build` first)');
    skipped.push(name);
    continue;
  }
  const started = Date.now();
  const result = spawnSync('npx', ['tsx', path], { cwd: ROOT, stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.error || result.status !== 0) {
    const why = result.error ? result.error.message : result.signal ? `killed by ${result.signal}` : `exit code ${result.status}`;
    console.log(`-- ${name}: FAILED (${why}) after ${seconds} s`);
    failed.push(name);
  } else {
    console.log(`-- ${name}: done in ${seconds} s`);
  }
}

console.log(`\nbenches: ${files.length - failed.length - skipped.length} ran, ${skipped.length} skipped${skipped.length ? ` (${skipped.join(', ')})` : ''}, ${failed.length} failed${failed.length ? ` (${failed.join(', ')})` : ''}`);
process.exit(failed.length > 0 ? 1 : 0);
