import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { stripTypeDocsEsbuild, stripValidationTexts } from '../../../utils/build/strip-type-docs';
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

  it('the stripped detection bundle keeps every type, label and finding, and loses only the texts', async () => {
    const [full, shipped] = await Promise.all([bundled([]), bundled([stripTypeDocsEsbuild()])]);
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
