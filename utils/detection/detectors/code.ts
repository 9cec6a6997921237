/**
 * Pasted source code. A block is a run of lines where most lines look like code (code-only
 * line starts or endings, symbol density), or a fenced ``` block; the language is the one whose
 * signals score highest. Prose that mentions `a function` on one line never forms a block.
 */
import type { DetectionType, Detector, Finding, ScanInput } from '../types';
import { CODE_LINE_END, CODE_LINE_START, LANGUAGE_RULES } from './data/code-signals';
import { keywordsOf, registerAnyOf, type AnyOccurs } from '../facts';

const TYPES: DetectionType[] = [
  { id: 'source_code', category: 'code', severity: 'low', label: 'Source code', validation: '≥ 3 code-like lines (syntax starts/ends, symbol density) or a fenced block; language from the fence tag or by keyword scores', placeholder: 'CODE' },
];

const FENCE_RE = /^[ \t]{0,3}(```|~~~)[ \t]*([\w+#-]{0,20})[^\n]*\n([\s\S]*?)^[ \t]{0,3}\1[ \t]*$/gm;
const FENCE_LANGUAGES: Readonly<Record<string, string>> = {
  js: 'js/ts', javascript: 'js/ts', ts: 'js/ts', typescript: 'js/ts', jsx: 'js/ts', tsx: 'js/ts', python: 'python', py: 'python',
  java: 'java', c: 'c/c++', cpp: 'c/c++', 'c++': 'c/c++', h: 'c/c++', cs: 'c#', csharp: 'c#', go: 'go', golang: 'go', rust: 'rust',
  rs: 'rust', sql: 'sql', sh: 'shell', bash: 'shell', shell: 'shell', zsh: 'shell', console: 'shell', html: 'html', xml: 'html',
  css: 'css', scss: 'css', php: 'php', ruby: 'ruby', rb: 'ruby', json: 'json/yaml', yaml: 'json/yaml', yml: 'json/yaml',
  kotlin: 'kotlin', kt: 'kotlin', kts: 'kotlin', swift: 'swift', scala: 'scala', dart: 'dart', r: 'r', lua: 'lua', perl: 'perl',
  haskell: 'haskell', elixir: 'elixir', clojure: 'clojure', groovy: 'groovy', powershell: 'powershell', ps1: 'powershell',
  dockerfile: 'dockerfile', docker: 'dockerfile', terraform: 'terraform', hcl: 'terraform', tf: 'terraform', toml: 'toml',
  graphql: 'graphql', proto: 'protobuf', protobuf: 'protobuf', vb: 'visual basic', vba: 'visual basic', fsharp: 'f#', matlab: 'matlab',
};

/** For each language, the most its signals after the j-th can still add (signals keep their order). */
const REST_OF_RULE: readonly number[][] = LANGUAGE_RULES.map((rule) => rule.signals.map((_, j) => rule.signals.slice(j + 1).reduce((n, [, w]) => n + w, 0)));
const MAX_OF_RULE: readonly number[] = LANGUAGE_RULES.map((rule) => rule.signals.reduce((n, [, w]) => n + w, 0));
/**
 * Whether any of each signal's literals occurs, from the shared keyword pass over the lower-cased
 * text: a literal absent from the whole text is absent from every block in it, which the pass tells
 * us without searching the block.
 */
const NEEDS_OCCUR: readonly (readonly (AnyOccurs | undefined)[])[] = LANGUAGE_RULES.map((rule) => rule.signals.map(([, , needs]) => (needs ? registerAnyOf(needs) : undefined)));

/** Characters of a block its language is guessed from. */
const GUESS_SPAN = 4_096;

/**
 * The language whose signals score highest (the first one on a tie). A language stops being
 * scored once even all its remaining signals could not beat the best so far, which is most of
 * them after one language has scored well; the winner and its score are unchanged.
 */
function guessLanguage(whole: string, present: Uint8Array): { language: string; score: number } {
  // Each signal is a regex over the block, and a block of prose (a fenced diagram or checklist)
  // runs every signal of every language: the first GUESS_SPAN characters say as much.
  const block = whole.length > GUESS_SPAN ? whole.slice(0, GUESS_SPAN) : whole;
  let best = { language: 'unknown', score: 0 };
  for (let r = 0; r < LANGUAGE_RULES.length; r++) {
    // The margin keeps a tie (which the earlier language wins anyway) from hinging on float rounding.
    if (MAX_OF_RULE[r]! < best.score - 1e-9) continue;
    const rule = LANGUAGE_RULES[r]!;
    const rest = REST_OF_RULE[r]!;
    const needsOccur = NEEDS_OCCUR[r]!;
    let score = 0;
    for (let j = 0; j < rule.signals.length; j++) {
      const [re, w] = rule.signals[j]!;
      const needs = needsOccur[j];
      if ((!needs || needs(present)) && re.test(block)) score += w;
      if (score + rest[j]! < best.score - 1e-9) break;
    }
    if (score > best.score) best = { language: rule.language, score };
  }
  return best;
}

const NOT_SYMBOL = /[\p{L}\p{N}\s]/u;

/**
 * Whether at least `share` of the line's characters are neither letters, digits nor spaces (ASCII
 * by table, the rest by Unicode class). Stops once the share is reached: code lines, dense with
 * symbols, are decided within their first characters.
 */
function symbolShareAtLeast(t: string, share: number): boolean {
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 128) {
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 32 || (c >= 9 && c <= 13))) n++;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < t.length) {
      if (!NOT_SYMBOL.test(t.slice(i, i + 2))) n += 2; // the pair is two code units of the line length
      i++;
    } else if (!NOT_SYMBOL.test(t[i]!)) n++;
    if (n / t.length >= share) return true;
  }
  return n / t.length >= share;
}

function isCodeLine(line: string): boolean {
  const t = line.trim();
  if (!t) return false;
  if (CODE_LINE_START.test(line)) return true;
  // `t` is trimmed, so the line-end test only looks at its last characters.
  if (CODE_LINE_END.test(t.slice(-3))) {
    // Prose can end with ":" or ","; require some symbol density as well.
    return symbolShareAtLeast(t, 0.08) && !/^[\p{Lu}][\p{Ll} ,'’-]{20,}[.:,]$/u.test(t);
  }
  return t.length >= 6 && /[=(){}<>[\];]/.test(t) && symbolShareAtLeast(t, 0.2);
}

function detectFenced(text: string, present: Uint8Array, out: Finding[]): void {
  for (const m of text.matchAll(FENCE_RE)) {
    const body = m[3]!;
    if (body.trim().split('\n').length < 2 && body.length < 40) continue;
    const tag = (m[2] ?? '').toLowerCase();
    // A tag that names a language settles it: the block is not scored (on a long block that is most of this family's time).
    let language = FENCE_LANGUAGES[tag];
    if (language === undefined) {
      const guess = guessLanguage(body, present);
      // Fenced prose/lists ("```text") are not code: require some code evidence unless the tag names a language.
      if (guess.score < 2) continue;
      language = guess.language;
    }
    out.push({ type: 'source_code', category: 'code', start: m.index, end: m.index + m[0].length, severity: 'low', confidence: 0.9, detail: language });
  }
}

/** `\s` is the set trim() removes: a line without anything else is blank. */
const NON_SPACE = /\S/;

function detectUnfenced(text: string, present: Uint8Array, out: Finding[]): void {
  let pos = 0;
  let blockStart = -1;
  let blockEnd = -1;
  let codeLines = 0;
  let proseLines = 0;
  let gap = 0;
  const finish = (): void => {
    if (blockStart !== -1 && codeLines >= 3 && codeLines >= 2 * proseLines) {
      // Lines inside a fenced block already found are that block's: no second finding, so no guess.
      const inFence = out.some((f) => f.start <= blockStart && blockEnd <= f.end);
      const guess = inFence ? null : guessLanguage(text.slice(blockStart, blockEnd), present);
      if (guess !== null && guess.score >= 2.5) {
        const confidence = Math.min(0.95, 0.5 + 0.05 * codeLines + 0.03 * guess.score);
        out.push({ type: 'source_code', category: 'code', start: blockStart, end: blockEnd, severity: 'low', confidence, detail: guess.language });
      }
    }
    blockStart = -1;
    codeLines = 0;
    proseLines = 0;
    gap = 0;
  };
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = text.length;
    const line = text.slice(pos, Math.min(nl, pos + 400));
    if (!NON_SPACE.test(line)) {
      if (blockStart !== -1 && ++gap > 2) finish();
    } else if (isCodeLine(line)) {
      if (blockStart === -1) blockStart = pos;
      blockEnd = nl;
      codeLines++;
      gap = 0;
    } else if (blockStart !== -1) {
      proseLines++;
      if (proseLines * 2 > codeLines + 1) finish();
    }
    pos = nl + 1;
  }
  finish();
}

const SYNTAX_CHAR = /[;{}=<>()[\]|$]/g;

/**
 * Counts syntax characters up to `enough`; prose has few of them. A regex search: in prose with
 * none the engine skips to the end several times faster than a loop over every character.
 */
function syntaxChars(text: string, enough: number): number {
  SYNTAX_CHAR.lastIndex = 0;
  let n = 0;
  while (n < enough && SYNTAX_CHAR.exec(text) !== null) n++;
  return n;
}

function detect(input: ScanInput): Finding[] {
  const { text } = input;
  // Cheap gate: code needs several lines and some syntax characters.
  if (text.indexOf('\n') === -1) return [];
  const out: Finding[] = [];
  const fenced = text.includes('```') || text.includes('~~~');
  const unfenced = syntaxChars(text, 3) >= 3;
  if (!fenced && !unfenced) return out;
  const present = keywordsOf(input).present;
  if (fenced) detectFenced(text, present, out);
  if (unfenced) detectUnfenced(text, present, out);
  return out;
}

export const codeDetector: Detector = { family: 'code', types: TYPES, detect };
