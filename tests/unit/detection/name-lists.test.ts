import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The name lists ship in the content script, whose detection code has a 150 KB gzipped budget:
 * a name written twice (in two culture groups, or in the main list and again in world-names.ts)
 * costs bytes and changes nothing, since each kind of list ends up in one set.
 */
const DATA = join(dirname(fileURLToPath(import.meta.url)), '../../../utils/detection/detectors/data');

function listWords(file: string, constant: string): string[] {
  const source = readFileSync(join(DATA, file), 'utf8');
  const body = new RegExp(`const ${constant}(?:: [^=]+)? = words\`([^\`]*)\``).exec(source)?.[1];
  if (body === undefined) throw new Error(`${constant} not found in ${file}`);
  return body.split(/\s+/).filter(Boolean);
}

function repeated(words: string[]): string[] {
  const seen = new Set<string>();
  return words.filter((w) => (seen.has(w) ? true : (seen.add(w), false)));
}

describe('name lists', () => {
  it.each([
    ['given names', ['first-names.ts', 'GIVEN_NAMES'], ['world-names.ts', 'WORLD_GIVEN_NAMES']],
    ['surnames', ['surnames.ts', 'SURNAMES'], ['world-names.ts', 'WORLD_SURNAMES']],
  ] as const)('write each of the %s once across the main and the world list', (_kind, main, world) => {
    const mainWords = listWords(main[0], main[1]);
    const worldWords = listWords(world[0], world[1]);
    expect(mainWords.length).toBeGreaterThan(500);
    expect(worldWords.length).toBeGreaterThan(1_000);
    expect(repeated([...mainWords, ...worldWords])).toEqual([]);
  });
});
