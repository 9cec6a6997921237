import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { packWordLists, shrinkDetectionEsbuild, stripValidationTexts } from '../../../utils/build/shrink-detection';
import { packWords, wordsOf } from '../../../utils/detection/detectors/data/word-list';
import { corpusTexts } from '../../fixtures/corpora';

type DetectionModule = typeof import('../../../utils/detection/index');

/** Bundles the detection entry the way the bench and the content script do, then evaluates it. */
async function bundled(plugins: Plugin[]): Promise<DetectionModule> {
  const result = await build({
    entryPoints: [join(process.cwd(), 'utils/detection/index.ts')],
    bundle: true, write: false, format: 'iife', globalName: 'detection', platform: 'browser', logLevel: 'silent', plugins,
  });
  return new Function(`${result.outputFiles[0]!.text}; return detection;`)() as DetectionModule;
}

/** Every tagged word list of a source, each as its sorted set of words, packed or not. */
function wordSets(source: string): string[][] {
  return [...source.matchAll(/(?<![\w`])words`([^`]*)`/g)].map((m) => [...new Set(wordsOf(m[1]!))].sort());
}

describe('packing word lists in content-script builds', () => {
  it('packs a tagged list, and leaves untagged literals and prose in comments alone', () => {
    const source = [
      '// `words` reads a literal; written as `words`…``',
      'const A = new Set(words`',
      '  zoë  émile\tbo',
      '  anna bo annabel`);',
      'const B = `keep  these  spaces`;',
      'const C = towords`x y`;',
    ].join('\n');
    const packed = packWordLists(source).split('\n');
    expect(packed).toEqual([
      '// `words` reads a literal; written as `words`…``',
      `const A = new Set(words\`${packWords(['anna', 'annabel', 'bo', 'zoë', 'émile'])}\`);`,
      'const B = `keep  these  spaces`;',
      'const C = towords`x y`;',
    ]);
    expect(wordSets(packed[1]!)).toEqual([['anna', 'annabel', 'bo', 'zoë', 'émile']]);
  });

  it('writes each word as its shared prefix length and the rest, and reads it back', () => {
    const list = ['maria', 'mariana', 'marianne', 'mario', 'ma', 'internationalisation', 'internationalise', 'b'];
    const packed = packWords(list);
    expect(packed.length).toBeLessThan(list.join(' ').length);
    expect(wordsOf(packed)).toEqual([...list].sort());
    expect(wordsOf('  plain\n list  ')).toEqual(['plain', 'list']);
    expect(() => packWords(['a|b'])).toThrow(/a\|b/);
  });

  it('keeps the words of every list in the detection sources', () => {
    const dir = join(process.cwd(), 'utils/detection/detectors/data');
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    let lists = 0;
    for (const file of files) {
      const source = readFileSync(join(dir, file), 'utf8');
      const before = wordSets(source);
      lists += before.length;
      expect(wordSets(packWordLists(source)), file).toEqual(before);
    }
    expect(lists).toBeGreaterThanOrEqual(12);
  });
});

describe('stripping validation texts from content-script builds', () => {
  it('empties single-quoted (with escapes) and template texts, and nothing else', () => {
    const source = [
      "{ id: 'a', label: 'Bob\\'s key', validation: 'it\\'s checked, \"quoted\"', placeholder: 'A' },",
      '{ id: `b`, validation: `${X.join("|")}… (entropy ≥ 3)`, label: \'B\' },',
      'const r = { validation: r.validation };',
    ].join('\n');
    const stripped = stripValidationTexts(source);
    expect(stripped.split('\n')).toEqual([
      "{ id: 'a', label: 'Bob\\'s key', validation: '', placeholder: 'A' },",
      "{ id: `b`, validation: '', label: 'B' },",
      'const r = { validation: r.validation };',
    ]);
  });

  it('the shrunk detection bundle keeps every type, label and finding, and loses only the texts', async () => {
    const [full, shipped] = await Promise.all([bundled([]), bundled([shrinkDetectionEsbuild()])]);
    expect(shipped.DETECTION_TYPES.map((t) => [t.id, t.label, t.placeholder, t.severity])).toEqual(
      full.DETECTION_TYPES.map((t) => [t.id, t.label, t.placeholder, t.severity]),
    );
    expect(full.DETECTION_TYPES.every((t) => t.validation.length > 0)).toBe(true);
    expect(shipped.DETECTION_TYPES.filter((t) => t.validation !== '')).toEqual([]);

    const texts = [...corpusTexts('secrets-dev.jsonl'), ...corpusTexts('pii-dev.jsonl')].slice(0, 400);
    expect(texts.length).toBeGreaterThan(100);
    for (const text of texts) expect(shipped.scanText(text)).toEqual(full.scanText(text));
  }, 60_000);
});
