/**
 * A generated token assigned to a name that ends in "key": `azure_key: uie5…`, `azureKey: …`,
 * `AZURE_OPENAI_KEY=57d2…`, a log line's `Using alchemy Key=xuQI…`. Most services issue keys
 * with no prefix of their own, so the name and the value's randomness are all there is to go
 * on. "key" names many things that are not secrets (a primary key, a cache key, a translation
 * key), so this check is stricter than the generic one (../assignments.ts): the value must be a
 * long, random token of key characters, and the finding is medium, not high.
 */
import type { Finding } from './types';
import { characterClasses, looksGenerated, shannonEntropy } from './entropy';
import { CELL_ENDS_AT, STRING_TYPE_SOURCE, identifierWords } from './assignments';
import { isObviousDummy, isPlaceholderToken, isTemplateReference, runsThroughAlphabet } from './placeholder';
import { KNOWN_SHAPE_KEYS, NOT_SECRET_KEY_WORDS, SEQUENTIAL_RUNS } from './rules/secrets-generic';

/** Names ending in "key", or in "PAT" (a personal access token: `GITHUB_PAT`, `CircleCI_PAT`), with an optional digit (`sumoKey1`). */
export const KEYED_TOKEN_KEYWORDS: readonly string[] = ['key', 'pat'];

const TOKEN = '[A-Za-z0-9+/=_.~-]{16,800}';
/**
 * The operators of assignments (after a declared string type, if any), a comparison with a quoted
 * literal (`if browserstackKey != "…"`), a spaced dash before a quoted value ("key - '…'", as
 * notes and logs write it), and a table's next cell (`| API Key | e9e0… |`, `| AZURE_OPENAI_KEY | … |`).
 */
const KEYED_RE = new RegExp(
  `(?:[Kk]ey|KEY|PAT|Pat)[0-9]?(["'\\]]{0,2})${STRING_TYPE_SOURCE}(?:[ \\t]{0,8}(?:=>|:=|=(?!=)|:(?!:))[ \\t]{0,8}|[ \\t]{0,8}(?<compared>[!=]==?)[ \\t]{0,8}(?=["'])|[ \\t]{1,4}-[ \\t]{1,4}(?=["'])|[ \\t]{0,8}(?<cell>\\|)[ \\t]{0,8}\`?)(?:"(${TOKEN})"|'(${TOKEN})'|(${TOKEN})(?![^\\s,;)}\\]>\`]))`,
  'g',
);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX = /^[0-9a-fA-F]+$/;
/**
 * Values that are something else: an SSH public key's body, a base64 image (PNG, JPEG, GIF), a
 * ULID with or without a type prefix (`usr_01HZX3…`), a Firebase push ID (leading dash).
 */
const NOT_A_TOKEN = /^(?:AAAA[BC]3NzaC1|AAAAE2VjZHNh|iVBORw0KGgo|\/9j\/|R0lGOD|-)|^(?:[a-z]{2,8}_)?[0-9A-HJKMNP-TV-Z]{26}$/;
const CAMEL_WORDS = /^(?:[A-Z][a-z]+)+$/;
const HASH_SUFFIXED_NAME = /^(?:[A-Za-z][A-Za-z0-9]{1,15}-){2,6}(?:[0-9a-f]{32,128}|[0-9A-F]{32,128})$/;

/** Capitalised words run together (ThisIsTheDefaultProfile): three or more lower-case letters per capital, unlike random case. */
function camelCaseWords(value: string): boolean {
  if (!CAMEL_WORDS.test(value)) return false;
  const capitals = value.replace(/[^A-Z]/g, '').length;
  return value.length - capitals >= 3 * capitals;
}
/** An attribute in a markup tag (`<li key="item-3f9a…">`, JSX's list keys): the tag is open before it. */
const OPEN_TAG_BEFORE = /<[A-Za-z][\w.:-]*\s[^<>]{0,200}$/;

function isIdentChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 46;
}

/** The identifier ending with the "key" or "PAT" at `at`, or null when the word ends another one (monkey, hotkey, compat). */
function keyName(text: string, at: number): string | null {
  const before = at > 0 ? text.charCodeAt(at - 1) : -1;
  const first = text.charCodeAt(at);
  // A separator or nothing before it (azure_key, "Key=", key.value), or camelCase (azureKey, s3Key, GitHubPAT).
  const separated = before === -1 || !isIdentChar(before) || before === 95 || before === 45 || before === 46;
  const camel = first >= 65 && first <= 90 && ((before >= 97 && before <= 122) || (before >= 48 && before <= 57));
  if (!separated && !camel) return null;
  let from = at;
  while (from > 0 && at - from < 60 && isIdentChar(text.charCodeAt(from - 1))) from--;
  return text.slice(from, at + 3);
}

const WORD_BEFORE = /([A-Za-z0-9]+)\s+$/;

function wordBefore(text: string, at: number): string {
  return WORD_BEFORE.exec(text.slice(Math.max(0, at - 30), at))?.[1]?.toLowerCase() ?? '';
}

export function randomToken(value: string): boolean {
  if (UUID.test(value) || isPlaceholderToken(value) || isTemplateReference(value) || isObviousDummy(value)) return false;
  if (SEQUENTIAL_RUNS.test(value) || runsThroughAlphabet(value)) return false;
  if (!/[A-Za-z]/.test(value) || NOT_A_TOKEN.test(value)) return false;
  // Dotted words, paths and slugs (`dashboard.widgets.revenueChartTitle`, `uploads/2024/report`,
  // `Users/JohnSmith/Photo`, `value-of-the-setting-2024`, `node-cache-Linux-x64-npm-<hash>`) name things.
  if (/^[A-Za-z]+(?:\.[A-Za-z]+)+$/.test(value) || /^[a-z0-9_.-]+(?:\/[a-z0-9_.-]+)+$/.test(value) || /^[A-Za-z]+(?:\/[A-Za-z]+)+$/.test(value)) return false;
  if (value.split('-').filter((part) => /^[a-z]{3,}$/.test(part)).length >= 2) return false;
  // Names ending in a content hash (`Linux-node-<sha256 of the lockfile>`, a CI cache key) address data.
  if (HASH_SUFFIXED_NAME.test(value)) return false;
  // An object key or file path (`uploads/2024/06/7PaA0b….pdf`): base64 has no dot, and rarely a word before its first slash.
  if (/\//.test(value) && (/\.[A-Za-z0-9]{2,4}$/.test(value) || /^[a-z]{3,}\//.test(value))) return false;
  if (value.split(/[-_.]/).every((part) => /^(?:[a-z]*|[A-Z][a-z]*|[A-Z]*|[0-9]*)$/.test(part))) return false;
  if (HEX.test(value)) return value.length >= 32 && shannonEntropy(value) >= 3.2;
  // Letters only: mixed case without capitalised words (DjayBenyJrtpvydFCzAphcqc, not ThisIsTheDefaultProfile).
  if (!/[0-9]/.test(value)) return value.length >= 20 && /[a-z]/.test(value) && /[A-Z]/.test(value) && !camelCaseWords(value) && shannonEntropy(value) >= 3.8;
  return value.length >= 20 && characterClasses(value) >= 2 && shannonEntropy(value) >= 3.5;
}

/**
 * The same in an XML element named for the key (`<account_key>…</account_key>`, `<storageKey>`),
 * as Java and .NET configs and exported settings write it; the closing tag must match.
 */
const KEYED_ELEMENT_RE = /<([A-Za-z][\w.:-]{0,60}(?:[Kk]ey|KEY))>([A-Za-z0-9+/=_.~-]{16,800})<\/\1>/g;

const ELEMENT_KEY_ENDING = /(?:[_.-]key|[a-z0-9]Key|KEY)$/;

/**
 * Whether a key of this name can hold this value as a secret: not a name for data (cache key,
 * public key), and not a key whose credential has one known shape (AWS_SECRET_ACCESS_KEY), which
 * is left to that shape's rule.
 */
function nameAllowsSecret(name: string, value: string): boolean {
  return !identifierWords(name).some((w) => NOT_SECRET_KEY_WORDS.has(w)) && !KNOWN_SHAPE_KEYS.some((k) => k.key.test(name) && !k.value.test(value));
}

function keyedSecret(start: number, value: string): Finding {
  return { type: 'generic_secret', category: 'secret', start, end: start + value.length, severity: 'medium', confidence: 0.55 };
}

function keyedElements(text: string, out: Finding[]): void {
  KEYED_ELEMENT_RE.lastIndex = 0;
  for (let m = KEYED_ELEMENT_RE.exec(text); m !== null; m = KEYED_ELEMENT_RE.exec(text)) {
    const name = m[1]!.slice(m[1]!.lastIndexOf(':') + 1);
    const value = m[2]!;
    // "key" must end the name as a word (account_key, storageKey), not a longer one (<monkey>, <hotkey>).
    if (!ELEMENT_KEY_ENDING.test(name) || !randomToken(value) || !nameAllowsSecret(name, value)) continue;
    out.push(keyedSecret(m.index + m[1]!.length + 2, value));
  }
}

export function findKeyedTokens(text: string): Finding[] {
  const out: Finding[] = [];
  if (text.includes('</')) keyedElements(text, out);
  KEYED_RE.lastIndex = 0;
  for (let m = KEYED_RE.exec(text); m !== null; m = KEYED_RE.exec(text)) {
    // Unquoted, a sentence's full stop or comma is not part of the value.
    const value = m[4] ?? m[5] ?? m[6]?.replace(/[.,;:]+$/, '');
    if (value === undefined || !randomToken(value)) continue;
    // Code compares keys with names of things (`key == "backbone.layer4.2.conv3.weight"`); only a generated value is a credential.
    if (m.groups?.compared !== undefined && !looksGenerated(value)) continue;
    // A table cell holds a key only when the value fills the next cell and looks generated: tables
    // also pair "Key" with names and descriptions (`| Key | Description |`, `| Primary key | user_id |`).
    if (m.groups?.cell !== undefined && !(looksGenerated(value) && CELL_ENDS_AT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10).replace(/^`/, '')))) continue;
    if (OPEN_TAG_BEFORE.test(text.slice(Math.max(0, m.index - 200), m.index))) continue;
    const name = keyName(text, m.index);
    if (name === null || !nameAllowsSecret(name, value)) continue;
    // "public key: age1…", "cache key: v2-deps-…": the word before a bare "key" says which key.
    if (/^key$/i.test(name) && NOT_SECRET_KEY_WORDS.has(wordBefore(text, m.index))) continue;
    out.push(keyedSecret(m.index + m[0].lastIndexOf(value), value));
  }
  return out;
}
