/**
 * `words` reads a template literal as a list of whitespace-separated words.
 *
 * The tag says that a literal means nothing but its set of words (every list written this way
 * ends up in a Set), so the content-script build may sort it and put one space between words:
 * the name lists alone are about 40 KB gzipped, and sorted neighbours share prefixes that gzip
 * finds (see utils/build/shrink-detection.ts). Lists whose order matters are not written this way.
 */
export function words(literal: TemplateStringsArray): string[] {
  return literal[0]!.split(/\s+/).filter(Boolean);
}
