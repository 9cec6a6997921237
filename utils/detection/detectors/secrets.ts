/**
 * The secrets family: provider tokens, structural credentials (keys, JWTs, URL passwords) and the
 * generic `key = value` check. Each rule is gated on its keywords: one Aho–Corasick pass over the
 * lower-cased text finds which keywords occur, and only their rules run a regex.
 */
import type { DetectionType, Detector, Finding, ScanInput, Severity } from '../types';
import type { SecretRule } from '../rules/secret-rule';
import { PROVIDER_RULES } from '../rules/secrets-providers';
import { JWT_SHAPE, STRUCTURE_RULES } from '../rules/secrets-structures';
import { keywordsOf, registerKeywords } from '../facts';
import type { KeywordScan } from '../keywords';
import { isWhole, wholeWhenMostlyCovered, type Region } from '../near-words';
import { shannonEntropy } from '../entropy';
import { isNameWithCounter, isObviousDummy, isPlaceholder, isPlaceholderToken, isTemplateReference, looksLikeChosenPassword } from '../placeholder';
import { ASSIGNMENT_KEYWORDS, findAssignments } from '../assignments';
import { KEYED_TOKEN_KEYWORDS, findKeyedTokens, randomToken } from '../keyed-tokens';
import { COOKIE_KEYWORDS, findSessionCookies } from '../cookies';
import { NAMED_VALUE_KEYWORDS, findNamedValues } from '../named-values';

export const SECRET_RULES: readonly SecretRule[] = [...PROVIDER_RULES, ...STRUCTURE_RULES];

const GENERIC_TYPES: DetectionType[] = [
  { id: 'password_assignment', category: 'secret', severity: 'high', label: 'Password assigned in code or configuration', validation: 'credential key name; value not a placeholder, variable or expression', placeholder: 'PASSWORD' },
  { id: 'placeholder_token', category: 'secret', severity: 'low', label: 'Provider token placeholder (template, not a live key)', validation: 'provider token shape whose body is fill (xxxx, 0000) or placeholder words (your, here, example, fake…)', placeholder: 'PLACEHOLDER_TOKEN' },
  { id: 'generic_secret', category: 'secret', severity: 'high', label: 'Secret / API key assigned in code or configuration', validation: 'secret key name; value ≥ 8 chars with entropy ≥ 3 bits/char, not a placeholder or typed filler; under any other name ending in "key" or "PAT" (azure_key, AZURE_OPENAI_KEY, Key=, GITHUB_PAT): a random token of 20+ key characters (32+ hex), reported medium', placeholder: 'SECRET' },
  { id: 'public_jwt', category: 'secret', severity: 'low', label: 'JWT for anonymous access (Supabase anon key)', validation: 'a JWT whose payload says "role": "anon": made to ship in web pages, reported low', placeholder: 'PUBLIC_JWT' },
  { id: 'session_cookie', category: 'secret', severity: 'high', label: 'Session cookie', validation: 'pair of a Cookie/Set-Cookie header (cURL, HAR, raw HTTP) named like a session or login, not a tracker or redirect; value ≥ 20 chars, entropy ≥ 3.2, not a URL, date or e-mail', placeholder: 'SESSION_COOKIE' },
];

function typesFromRules(rules: readonly SecretRule[]): DetectionType[] {
  const byId = new Map<string, DetectionType>();
  for (const r of rules) {
    const existing = byId.get(r.id);
    if (existing) {
      if (!existing.validation.includes(r.validation)) existing.validation += `; ${r.validation}`;
      continue;
    }
    byId.set(r.id, { id: r.id, category: 'secret', severity: r.severity ?? 'high', label: r.label, validation: r.validation, placeholder: r.placeholder });
  }
  return [...byId.values()];
}

function decodeBase64(value: string): string | null {
  try {
    const std = value.replace(/-/g, '+').replace(/_/g, '/');
    const padded = std + '='.repeat((4 - (std.length % 4)) % 4);
    return atob(padded);
  } catch {
    return null;
  }
}

/**
 * A password that only names what goes there (`user:pass`, `username:token`, `<user:password>`),
 * as usage lines in documentation write it. Not `secret`: the dev corpus counts
 * `user:secret@host` as a credential, and people do use it.
 */
const CREDENTIAL_WORD = /^(?:pass|passwd|password|pwd|token|api[_-]?key|apikey)>?$/i;

/**
 * A password described rather than given, in lower case with a separator (`db-password`,
 * `random_password`, `user_pass`): what a template asks for. Run together (`adminpass`,
 * `superpassword`) or capitalised (`myPassword`, which the dev corpus counts) it is a weak password
 * people really use.
 */
const DESCRIBED_PASSWORD = /^(?:your|the|some|db|database|random|new|old|user|admin|app|real|actual)[_-](?:password|passwd|pass|pwd)$/;

const DECODED_JWT = new RegExp(`^${JWT_SHAPE}\\s*$`);

/** Wallet recovery phrases (BIP-39) have these lengths; their word list holds none of these English function words, which prose is full of. */
const SEED_PHRASE_LENGTHS: ReadonlySet<number> = new Set([12, 15, 18, 21, 24]);
const FUNCTION_WORDS: ReadonlySet<string> = new Set(['the', 'and', 'that', 'with', 'this', 'your', 'are', 'was', 'were', 'from', 'they', 'them', 'would', 'should', 'could', 'which', 'been', 'than', 'its', 'our', 'his', 'her', 'she', 'him', 'has', 'had', 'not', 'but', 'out', 'into', 'onto', 'over', 'some', 'any', 'each', 'every', 'these', 'those']);

function isJwt(value: string): boolean {
  const header = decodeBase64(value.slice(0, value.indexOf('.')));
  if (!header) return false;
  // A header that does not parse (a corrupted byte) still counts when it reads as a JOSE header.
  if (!/^\s*\{\s*"/.test(header) || !/"(?:alg|typ|kid|enc)"/.test(header)) return false;
  // With no signature after the last dot, only an unsigned token ("alg": "none") is whole; a signed
  // one cut there ("eyJ….eyJ….<signature>", a question about the format) authenticates nothing.
  return !value.endsWith('.') || /"alg"\s*:\s*"none"/i.test(header);
}

/**
 * Claims only documentation and test fixtures carry: jwt.io's sample (`"sub": "1234567890"`,
 * `"iat": 1516239022`) or a made-up subject (`"name": "John Doe"`, `"sub": "example-user"`).
 */
const EXAMPLE_CLAIM = /"sub"\s*:\s*"1234567890"|"iat"\s*:\s*1516239022\b|"(?:sub|name|given_name|email|preferred_username|username|user)"\s*:\s*"(?:(?:test|example|sample|demo|dummy|fake)(?:[ _.@-][^"]*)?|(?:john|jane) doe)"/i;

/**
 * A JWT whose payload decodes to example claims, whichever rule matched it (the JWT itself, a
 * bearer header, a `jwt = …` assignment): a template being pasted, reported low as placeholder_token.
 */
function isExampleJwt(value: string): boolean {
  return hasJwtPayload(value, EXAMPLE_CLAIM);
}

/**
 * A JWT granting anonymous access (`"role": "anon"`): Supabase's anon key, which every web client
 * of the project ships in its pages. Its service_role sibling, the same shape, stays a secret.
 */
const ANONYMOUS_ROLE = /"role"\s*:\s*"anon"/;

function hasJwtPayload(value: string, claim: RegExp): boolean {
  if (!value.startsWith('eyJ')) return false;
  const first = value.indexOf('.');
  const second = value.indexOf('.', first + 1);
  if (first === -1 || second === -1) return false;
  const payload = decodeBase64(value.slice(first + 1, second));
  return payload !== null && claim.test(payload);
}

/** A password written out, not a placeholder, a template variable, a format string or a mask. */
function isLiteralPassword(value: string): boolean {
  return !isPlaceholder(value) && !isTemplateReference(value) && !/^\{[^}]*\}$|^:?\w*\{|%s|^\*+$/.test(value) && !CREDENTIAL_WORD.test(value) && !DESCRIBED_PASSWORD.test(value);
}

function passesCheck(rule: SecretRule, value: string): boolean {
  switch (rule.check) {
    case undefined:
      return true;
    case 'notPlaceholder':
      return !isPlaceholder(value) && !isTemplateReference(value);
    case 'notDummy':
      return !isPlaceholderToken(value) && !isTemplateReference(value) && !isNameWithCounter(value);
    case 'password':
      return isLiteralPassword(value);
    case 'chosenPassword':
      return looksLikeChosenPassword(value);
    case 'seedPhrase': {
      // Wallets write the phrase in lower case; a random one seldom repeats a word, while test
      // vectors do ("test test … junk", "abandon … about", "legal winner thank year …").
      const words = value.split(/[ \t]+/);
      return SEED_PHRASE_LENGTHS.has(words.length) && value === value.toLowerCase() && new Set(words).size >= 0.8 * words.length && !words.some((w) => FUNCTION_WORDS.has(w));
    }
    case 'jwt':
      return isJwt(value);
    case 'base64Jwt': {
      const decoded = decodeBase64(value);
      return decoded !== null && DECODED_JWT.test(decoded) && isJwt(decoded);
    }
    case 'base64Text': {
      if (value.length % 4 !== 0) return false;
      const decoded = decodeBase64(value);
      return decoded !== null && decoded.length >= 4 && /^[\x20-\x7e\t\r\n]+$/.test(decoded) && !/^(?:-----BEGIN (?:[A-Z]+ )?(?:CERTIFICATE|PUBLIC KEY)|ssh-(?:rsa|ed25519|dss) |ecdsa-sha2-)/.test(decoded) && isLiteralPassword(decoded.trim());
    }
    case 'base64Credentials': {
      const decoded = decodeBase64(value);
      if (decoded === null) return false;
      const auth = /"auth"\s*:\s*"([A-Za-z0-9+/]{4,}={0,2})"/.exec(decoded);
      const userPassword = auth ? decodeBase64(auth[1]) : null;
      const password = /"password"\s*:\s*"([^"]{1,200})"/.exec(decoded);
      return (userPassword !== null && /^[^:]*:[\x21-\x7e]/.test(userPassword)) || (password !== null && isLiteralPassword(password[1])) || /"(?:identitytoken|datakey)"\s*:\s*"[A-Za-z0-9+/=._-]{20,}"/.test(decoded);
    }
    case 'base64UserPassword': {
      const decoded = decodeBase64(value);
      const colon = decoded === null ? -1 : decoded.indexOf(':');
      return decoded !== null && colon > 0 && /^[\x20-\x7e]+$/.test(decoded) && isLiteralPassword(decoded.slice(colon + 1));
    }
    case 'randomToken':
      return randomToken(value);
    case 'snowflakeId': {
      const id = decodeBase64(value.slice(0, value.indexOf('.')));
      return id !== null && /^[1-9][0-9]{16,19}$/.test(id);
    }
    case 'base64Pem': {
      const head = decodeBase64(value.slice(0, 64));
      return head !== null && /-----BEGIN [A-Z ]{0,30}PRIVATE KEY/.test(head);
    }
  }
}

/**
 * Provider rules whose secret is a random token body (no check of their own, which would mean a
 * chosen value such as a JWT signing secret, or only a check of the token's shape). A placeholder there (`ghp_xxxx…`, `…GoesHere…`,
 * AWS's `AKIAIOSFODNN7EXAMPLE`) is reported as a low-severity placeholder_token rather than
 * dropped: it shows a template is being pasted, and the dev corpus labels such templates
 * (`tvly-xxxx…`, `xoxb-0000…-xxxx…`) as findings. It never carries the provider's high severity.
 */
const TOKEN_BODY_RULES: ReadonlySet<SecretRule> = new Set(PROVIDER_RULES.filter((r) => r.check === undefined || r.check === 'snowflakeId'));

export interface CompiledRule {
  rule: SecretRule;
  regex: RegExp;
  severity: Severity;
}

/** Characters before a keyword a match may start at (secrets whose keyword is a suffix or sits mid-token). */
const REACH_BEFORE = 320;
const DEFAULT_REACH = 600;

export const COMPILED: readonly CompiledRule[] = SECRET_RULES.map((rule) => ({
  rule,
  regex: new RegExp(rule.pattern.source, rule.pattern.flags.includes('g') ? rule.pattern.flags : rule.pattern.flags + 'g'),
  severity: rule.severity ?? 'high',
}));

/**
 * Passes written as code rather than rule rows, each run when one of its keywords occurs. `reach`:
 * every match starts at most REACH_BEFORE characters before one of the keywords and ends at most
 * this far after it, so the pass runs in windows around them like a rule. The cookie pass has no
 * reach (`curl -b '…'` on a continuation line names no keyword), nor do named values (a Terraform
 * variable's default may sit 600 characters into its block).
 */
interface KeywordPass {
  keywords: readonly string[];
  find: (text: string) => Finding[];
  reach?: number;
}

const KEYWORD_PASSES: readonly KeywordPass[] = [
  { keywords: ASSIGNMENT_KEYWORDS, find: findAssignments, reach: DEFAULT_REACH },
  // Keyed tokens run to 800 characters.
  { keywords: KEYED_TOKEN_KEYWORDS, find: findKeyedTokens, reach: 1_000 },
  { keywords: COOKIE_KEYWORDS, find: findSessionCookies },
  { keywords: NAMED_VALUE_KEYWORDS, find: (text) => findNamedValues(text, (assignment) => detect({ text: assignment, lower: assignment.toLowerCase() })) },
];

const ALL_KEYWORDS = [...new Set([...COMPILED.flatMap((c) => c.rule.keywords.map((k) => k.toLowerCase())), ...KEYWORD_PASSES.flatMap((p) => p.keywords.map((k) => k.toLowerCase()))])];
/** Ids of ALL_KEYWORDS in the shared keyword pass (facts.ts): whether each occurs. */
const KEYWORD_IDS = registerKeywords(ALL_KEYWORDS);

interface PlacedWord { id: number; length: number }

/** Registers words whose occurrences the shared pass also lists, for windows around them. */
function placedWords(keywords: readonly string[]): PlacedWord[] {
  const words = [...new Set(keywords.map((k) => k.toLowerCase()))];
  const ids = registerKeywords(words, true);
  return words.map((w, i) => ({ id: ids[i]!, length: w.length }));
}

/**
 * Each rule's keywords, for the rule's windows. Words only the assignment check uses need not
 * occur at a known place, so they are not listed.
 */
const RULE_KEYWORDS = new Map<SecretRule, PlacedWord[]>(COMPILED.map((c) => [c.rule, placedWords(c.rule.keywords)]));
const PASS_KEYWORDS = new Map<KeywordPass, PlacedWord[]>(KEYWORD_PASSES.flatMap((p) => (p.reach ? [[p, placedWords(p.keywords)] as const] : [])));
/** Rules without keywords: their shape alone is rare enough to look for in every text. */
const UNGATED: readonly CompiledRule[] = COMPILED.filter((c) => c.rule.keywords.length === 0);
const RULES_BY_KEYWORD: CompiledRule[][] = ALL_KEYWORDS.map((k) => COMPILED.filter((c) => c.rule.keywords.some((rk) => rk.toLowerCase() === k)));
/** For each of ALL_KEYWORDS, the KEYWORD_PASSES it starts. */
const PASSES_BY_KEYWORD: KeywordPass[][] = ALL_KEYWORDS.map((k) => KEYWORD_PASSES.filter((p) => p.keywords.some((pk) => pk.toLowerCase() === k)));

/**
 * Windows of the text around the occurrences of some words, merged; a regex runs only there, so
 * a rule whose keyword occurs once in 100 KB reads ~1 KB instead of 100 KB. The occurrences come
 * from the shared keyword pass: searching the text again for each keyword of each rule cost more
 * than the regexes themselves on long texts.
 */
function windowsFor(words: readonly PlacedWord[], positions: KeywordScan['positions'], length: number, before: number, reach: number): Region[] {
  const spans: [number, number][] = [];
  for (const { id, length: k } of words) {
    for (const i of positions[id] ?? []) {
      spans.push([Math.max(0, i - before), Math.min(length, i + k + reach)]);
      if (spans.length > 2000) return [[0, length]];
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  return wholeWhenMostlyCovered(merged, length);
}

/** Runs `find` on each window and places its findings in the text. */
function findInWindows(text: string, windows: readonly Region[], find: (part: string) => Finding[], out: Finding[]): void {
  if (isWhole(windows, text.length)) {
    for (const f of find(text)) out.push(f);
    return;
  }
  for (const [a, b] of windows) {
    // One character of context on each side keeps the token-boundary lookarounds meaningful.
    const from = Math.max(0, a - 1);
    for (const f of find(text.slice(from, Math.min(text.length, b + 1)))) out.push({ ...f, start: f.start + from, end: f.end + from });
  }
}

export function runRuleWindowed(compiled: CompiledRule, text: string, positions: KeywordScan['positions'], out: Finding[]): void {
  const { rule } = compiled;
  const windows = windowsFor(RULE_KEYWORDS.get(rule)!, positions, text.length, rule.reachBefore ?? REACH_BEFORE, rule.reach ?? DEFAULT_REACH);
  findInWindows(text, windows, (part) => {
    const found: Finding[] = [];
    runRule(compiled, part, found);
    return found;
  }, out);
}

function runPass(pass: KeywordPass, text: string, positions: KeywordScan['positions'], out: Finding[]): void {
  const words = PASS_KEYWORDS.get(pass);
  if (!words) {
    for (const f of pass.find(text)) out.push(f);
    return;
  }
  findInWindows(text, windowsFor(words, positions, text.length, REACH_BEFORE, pass.reach!), pass.find, out);
}

/** Runs one rule's regex over the whole text; the secret span is the configured capture group. */
export function runRule(compiled: CompiledRule, text: string, out: Finding[]): void {
  const { rule, regex, severity } = compiled;
  regex.lastIndex = 0;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = regex.exec(text)) !== null) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    if (++guard > 10_000) break;
    let value = m[0];
    let start = m.index;
    const groupIndex = rule.group ?? firstGroup(m);
    if (groupIndex > 0 && m[groupIndex] !== undefined) {
      value = m[groupIndex]!;
      start = m.index + m[0].lastIndexOf(value);
    }
    if (value.length === 0) continue;
    if (rule.minEntropy !== undefined && shannonEntropy(value) < rule.minEntropy) continue;
    if (isObviousDummy(value) || !passesCheck(rule, value)) continue;
    if (hasJwtPayload(value, ANONYMOUS_ROLE)) {
      out.push({ type: 'public_jwt', category: 'secret', start, end: start + value.length, severity: 'low', confidence: 0.3 });
      continue;
    }
    if ((TOKEN_BODY_RULES.has(rule) && isPlaceholderToken(value)) || isExampleJwt(value)) {
      out.push({ type: 'placeholder_token', category: 'secret', start, end: start + value.length, severity: 'low', confidence: 0.3 });
      continue;
    }
    out.push({ type: rule.id, category: 'secret', start, end: start + value.length, severity, confidence: rule.confidence ?? 0.8 });
  }
}

/** Rules with alternatives name their secret group implicitly: the first one that matched. */
function firstGroup(m: RegExpExecArray): number {
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined && m[i]!.length > 1) return i;
  return 0;
}

function detect(input: ScanInput): Finding[] {
  const { text } = input;
  const { present: found, positions } = keywordsOf(input);
  const selected = new Set<CompiledRule>();
  const passes = new Set<KeywordPass>();
  for (let k = 0; k < ALL_KEYWORDS.length; k++) {
    if (found[KEYWORD_IDS[k]!] !== 1) continue;
    for (const c of RULES_BY_KEYWORD[k]!) selected.add(c);
    for (const p of PASSES_BY_KEYWORD[k]!) passes.add(p);
  }
  const out: Finding[] = [];
  for (const c of selected) runRuleWindowed(c, text, positions, out);
  for (const c of UNGATED) runRule(c, text, out);
  // In table order, so that the findings come out in the same order whatever keywords occurred first.
  for (const p of KEYWORD_PASSES) if (passes.has(p)) runPass(p, text, positions, out);
  return withoutGenericOverPublic(out);
}

const GENERIC_IDS: ReadonlySet<string> = new Set(['generic_secret', 'password_assignment']);

/**
 * A value a provider rule reports as low, being public, an identifier or a stand-in (a Mapbox pk.
 * token, an OAuth client ID, an age recipient, jwt.io's example token), is not a secret because it is assigned to
 * `accessToken`: the generic check would report it at high severity and win over the rule's low one.
 */
function withoutGenericOverPublic(findings: Finding[]): Finding[] {
  const publicSpans = new Set(findings.filter((f) => f.severity === 'low' && !GENERIC_IDS.has(f.type)).map((f) => `${f.start}:${f.end}`));
  if (publicSpans.size === 0) return findings;
  return findings.filter((f) => !GENERIC_IDS.has(f.type) || !publicSpans.has(`${f.start}:${f.end}`));
}

export const secretsDetector: Detector = {
  family: 'secrets',
  types: [...typesFromRules(SECRET_RULES), ...GENERIC_TYPES],
  detect,
};

/** For the linear-time fuzz test and the bench: every compiled regex with its rule id. */
export const SECRET_REGEXES: readonly { id: string; regex: RegExp }[] = COMPILED.map((c) => ({ id: c.rule.id, regex: c.regex }));
