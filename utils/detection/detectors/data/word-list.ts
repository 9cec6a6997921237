/**
 * `words` reads a template literal as a list of whitespace-separated words.
 *
 * The tag says that a literal means nothing but its set of words (every list written this way
 * ends up in a Set), so the content-script build may pack it: the name lists alone are about
 * 35 KB gzipped as written. The build sorts the words and writes each as the length of the prefix
 * it shares with the word before (one digit) and the rest, after a leading `|`, which this reads
 * back (packWords writes it; utils/build/shrink-detection.ts applies it). Lists whose order matters
 * are not written this way.
 */
const PACKED_WORDS = '|';
/** Longest shared prefix a packed entry refers to: one digit. */
const PACKED_PREFIX_MAX = 9;

export function words(literal: TemplateStringsArray): string[] {
  return wordsOf(literal[0]!);
}

export function wordsOf(body: string): string[] {
  if (!body.startsWith(PACKED_WORDS)) return body.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let previous = '';
  for (const entry of body.slice(1).split(' ')) {
    previous = previous.slice(0, entry.charCodeAt(0) - 48) + entry.slice(1);
    out.push(previous);
  }
  return out;
}

/** The packed form `wordsOf` reads: sorted, each word as the length of the prefix it shares with the one before and the rest. */
export function packWords(list: readonly string[]): string {
  let previous = '';
  const entries = [...new Set(list)].sort().map((word) => {
    if (word.includes(PACKED_WORDS)) throw new Error(`a packed word list cannot hold "${word}"`);
    let shared = 0;
    while (shared < PACKED_PREFIX_MAX && shared < previous.length && previous[shared] === word[shared]) shared++;
    previous = word;
    return String(shared) + word.slice(shared);
  });
  return PACKED_WORDS + entries.join(' ');
}
