/**
 * Makes the detection code smaller in content-script builds, which give it a 150 KB gzipped
 * budget, without changing a single finding.
 *
 * - Validation texts. Each rule carries the sentence that says how it is validated, next to its
 *   pattern, so the README and the options page can never drift from the rules. The content
 *   script never shows those sentences, yet they are about 6 KB gzipped. Content-script builds
 *   replace each text with ''; every other build (options page, `scan`, `docs`, tests) keeps them.
 * - Word lists (`words\`…\``, see utils/detection/detectors/data/word-list.ts). Their source is
 *   grouped by culture or by meaning and wrapped for reading; each list ends up in a Set, so its
 *   order and line breaks carry nothing. Sorted, each word written as the length of the prefix
 *   it shares with the word before and the rest, they are about 6 KB smaller gzipped than as written.
 */

import { readFile } from 'node:fs/promises';
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';
import { packWords, wordsOf } from '../detection/detectors/data/word-list';

/** Detection modules only: policy-compiled types keep their short texts. */
const DETECTION_SOURCE = /[\\/]utils[\\/]detection[\\/].*\.ts$/;

/** `validation: '…'` or `validation: \`…\`` (no nested backquotes in a template); both end up ''. */
const VALIDATION_TEXT = /(\bvalidation:\s*)(?:'(?:[^'\\\n]|\\.)*'|`[^`]*`)/g;

/** A tagged word list; the tag takes no interpolation, so its body has no `${`. A backquote before the tag is prose in a comment. */
const WORD_LIST = /(?<![\w`])words`([^`$\\]*)`/g;

export function stripValidationTexts(source: string): string {
  return source.replace(VALIDATION_TEXT, "$1''");
}

export function packWordLists(source: string): string {
  return source.replace(WORD_LIST, (_literal, body: string) => `words\`${packWords(wordsOf(body))}\``);
}

export function shrinkDetectionSource(source: string): string {
  return packWordLists(stripValidationTexts(source));
}

function isDetectionSource(path: string): boolean {
  return DETECTION_SOURCE.test(path);
}

/** For the WXT (Vite) builds of content scripts. */
export function shrinkDetectionVite(): VitePlugin {
  return {
    name: 'shrink-detection',
    enforce: 'pre',
    transform(code, id) {
      return isDetectionSource(id) ? { code: shrinkDetectionSource(code), map: null } : null;
    },
  };
}

/** For measuring the detection bundle the way the content script ships it (`npm run bench`). */
export function shrinkDetectionEsbuild(): EsbuildPlugin {
  return {
    name: 'shrink-detection',
    setup(build) {
      build.onLoad({ filter: DETECTION_SOURCE }, async (args) => ({
        contents: shrinkDetectionSource(await readFile(args.path, 'utf8')),
        loader: 'ts',
      }));
    },
  };
}
