/**
 * Literal words of which every match of a regex contains at least one, read from the pattern's
 * source, so that rule tables need not spell out the words a second time next to each pattern
 * (the shared keyword pass uses them to skip the regex when none occurs). Only what is certain is
 * taken: a character under `?`, `*` or `{0,…}`, a class, an escape other than an escaped
 * punctuation sign, or a group breaks a run of literal text. Returns null when some alternative
 * has no literal of at least MIN_LENGTH characters: that pattern must always be run (or be given
 * its words by hand).
 */
const MIN_LENGTH = 3;

/** The lower-cased literal words, or null when none can be relied on. */
export function requiredLiterals(pattern: RegExp): string[] | null {
  const words = alternativesOf(pattern.source).map(literalOf);
  if (words.some((w) => w === null)) return null;
  return [...new Set((words as string[][]).flat().map((w) => w.toLowerCase()))];
}

/** Index of the `]` closing the character class opened at `open`, escapes skipped. */
function classEnd(source: string, open: number): number {
  let j = open + 1;
  while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
  return j;
}

/** Index of the `)` closing the group opened at `open`, escapes and classes skipped. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let j = open;
  for (; j < source.length; j++) {
    const c = source[j];
    if (c === '\\') j++;
    else if (c === '[') j = classEnd(source, j);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) break;
  }
  return j;
}

/** Splits a source (or a group's body) at its top-level `|`. */
function alternativesOf(source: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') i = groupEnd(source, i);
    else if (c === '|') {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

interface Token {
  /** The literal character, or null for anything else (class, group, escape, anchor). */
  literal: string | null;
  /** Zero-width (anchor, lookaround): breaks a run but is never "optional". */
  zeroWidth: boolean;
  /** A non-capturing or capturing group's body, when the token is a group. */
  group?: string;
  optional: boolean;
}

const QUANTIFIER = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/;

function tokensOf(alternative: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < alternative.length; ) {
    const c = alternative[i]!;
    let token: Token;
    let next: number;
    if (c === '\\') {
      const e = alternative[i + 1] ?? '';
      const isUnicodeClass = (e === 'p' || e === 'P') && alternative[i + 2] === '{';
      next = isUnicodeClass ? alternative.indexOf('}', i) + 1 : i + 2;
      const zeroWidth = e === 'b' || e === 'B';
      // An escaped punctuation sign stands for itself; letters after a backslash are classes.
      token = { literal: /[^\w\s]/.test(e) ? e : null, zeroWidth, optional: false };
    } else if (c === '[') {
      next = classEnd(alternative, i) + 1;
      token = { literal: null, zeroWidth: false, optional: false };
    } else if (c === '(') {
      const j = groupEnd(alternative, i);
      const body = alternative.slice(i + 1, j);
      const lookaround = /^\?<?[=!]/.test(body);
      next = j + 1;
      token = lookaround ? { literal: null, zeroWidth: true, optional: false } : { literal: null, zeroWidth: false, group: body.replace(/^\?(?::|<[^>]+>)/, ''), optional: false };
    } else if (c === '^' || c === '$') {
      next = i + 1;
      token = { literal: null, zeroWidth: true, optional: false };
    } else {
      next = i + 1;
      token = { literal: c === '.' ? null : c, zeroWidth: false, optional: false };
    }
    const q = QUANTIFIER.exec(alternative.slice(next));
    if (q) {
      next += q[0].length;
      const min = q[1] !== undefined ? Number(q[1]) : q[0][0] === '+' ? 1 : 0;
      if (min === 0) token.optional = true;
      // A repeated character is still there once, but what follows it is not adjacent to it; alone
      // it is shorter than any word worth looking for, so it only breaks the run.
      else token.literal = null;
    }
    tokens.push(token);
    i = next;
  }
  return tokens;
}

/** The literal words one of which every match of this alternative contains, or null. */
function literalOf(alternative: string): string[] | null {
  const tokens = tokensOf(alternative);
  let best = '';
  let run = '';
  for (const t of tokens) {
    if (t.literal !== null && !t.optional) {
      run += t.literal;
      if (run.trim().length > best.trim().length) best = run;
    } else run = '';
  }
  if (best.trim().length >= MIN_LENGTH) return [best.trim()];
  // No run long enough: a mandatory group each of whose alternatives has one will do.
  for (const t of tokens) {
    if (t.group === undefined || t.optional) continue;
    const inner = alternativesOf(t.group).map(literalOf);
    if (inner.every((w) => w !== null)) return (inner as string[][]).flat();
  }
  return null;
}
