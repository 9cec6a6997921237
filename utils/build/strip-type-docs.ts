/**
 * Keeps the detection-types table's `validation` texts out of the content scripts.
 *
 * Each rule carries the sentence that says how it is validated, next to its pattern, so the
 * README and the options page can never drift from the rules. The content script never shows
 * those sentences, yet they are about 6 KB of the detection code gzipped, and that code has a
 * 150 KB budget. Content-script builds therefore replace each text with ''; every other build
 * (options page, `scan`, `docs`, tests) keeps them.
 */

import { readFile } from 'node:fs/promises';
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';

/** Detection modules only: policy-compiled types keep their short texts. */
const DETECTION_SOURCE = /[\\/]utils[\\/]detection[\\/].*\.ts$/;

/** `validation: '…'` or `validation: \`…\`` (no nested backquotes in a template); both end up ''. */
const VALIDATION_TEXT = /(\bvalidation:\s*)(?:'(?:[^'\\\n]|\\.)*'|`[^`]*`)/g;

export function stripValidationTexts(source: string): string {
  return source.replace(VALIDATION_TEXT, "$1''");
}

function isDetectionSource(path: string): boolean {
  return DETECTION_SOURCE.test(path);
}

/** For the WXT (Vite) builds of content scripts. */
export function stripTypeDocsVite(): VitePlugin {
  return {
    name: 'strip-type-docs',
    enforce: 'pre',
    transform(code, id) {
      return isDetectionSource(id) ? { code: stripValidationTexts(code), map: null } : null;
    },
  };
}

/** For measuring the detection bundle the way the content script ships it (`npm run bench`). */
export function stripTypeDocsEsbuild(): EsbuildPlugin {
  return {
    name: 'strip-type-docs',
    setup(build) {
      build.onLoad({ filter: DETECTION_SOURCE }, async (args) => ({
        contents: stripValidationTexts(await readFile(args.path, 'utf8')),
        loader: 'ts',
      }));
    },
  };
}
