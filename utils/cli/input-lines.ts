/**
 * Lines of standard input for the `--jsonl` commands, split at "\n" only (a Windows "\r" before it
 * is dropped): readline also splits at a lone "\r", which would answer one input line twice. A
 * byte-order mark before the first line is dropped too, as editors on Windows write one. Linear
 * in the input however long a line is: a line's pieces are joined once, when its end arrives.
 */
export async function* inputLines(stream: NodeJS.ReadableStream = process.stdin): AsyncGenerator<string> {
  stream.setEncoding('utf8');
  let pieces: string[] = [];
  let first = true;
  for await (const raw of stream as AsyncIterable<string>) {
    const chunk = first ? raw.replace(/^\uFEFF/, '') : raw;
    first = false;
    let from = 0;
    for (let nl = chunk.indexOf('\n'); nl !== -1; nl = chunk.indexOf('\n', from)) {
      pieces.push(chunk.slice(from, nl));
      yield pieces.join('').replace(/\r$/, '');
      pieces = [];
      from = nl + 1;
    }
    if (from < chunk.length) pieces.push(chunk.slice(from));
  }
  if (pieces.length > 0) yield pieces.join('').replace(/\r$/, '');
}
