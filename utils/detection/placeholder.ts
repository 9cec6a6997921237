/** Placeholder and template-variable recognition shared by the secret rules. */
import { CHANGE_ME_PHRASE, FILL_RUN, FILLER_RUNS, PLACEHOLDER_SHAPES, PLACEHOLDER_TOKEN_WORDS, PLACEHOLDER_VALUES, PUBLISHED_EXAMPLE_PREFIXES } from './rules/secrets-generic';

export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v.length === 0) return true;
  if (PLACEHOLDER_VALUES.has(v.toLowerCase())) return true;
  for (const shape of PLACEHOLDER_SHAPES) if (shape.test(v)) return true;
  // Masked values such as "sk-****" or "AKIA...XYZ" shown in documentation.
  if (/\*{3,}|…|\.{3}/.test(v)) return true;
  // A value asking to be replaced: `changeme-in-prod`, `please-change-this`, `replace_with_real_key`.
  if (CHANGE_ME_PHRASE.test(v)) return true;
  return FILL_RUN.test(v);
}

const TOKEN_WORDS = new RegExp(
  PLACEHOLDER_TOKEN_WORDS.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]).join('|'),
);

/**
 * A provider-shaped token that stands in for one: placeholder value or fill (`ghp_xxxx…`,
 * `AKIAXXXX…`) or placeholder wording in its body (`ghp_YourGitHubTokenGoesHere…`). Only for
 * random token bodies: a chosen password may well contain `here` or `your`.
 */
export function isPlaceholderToken(value: string): boolean {
  return isPlaceholder(value) || TOKEN_WORDS.test(value) || hasRepeatedUnit(value);
}

const REPEATED_UNIT = /([^\s]{2,4})\1{3,}/g;
const LONG_REPEATED_UNIT = /([^\s]{5,8})\1{2}/g;

/**
 * A unit of two to four characters written four or more times in a row (`…123123123123…`,
 * `…abababab…`), or of five to eight characters three times whatever the case
 * (`abcd1234abcd1234ABCD1234`): typed filler. A random base62 body holds a short one by chance less
 * than once in 10^9, a hex body about once in 10^5; a long one practically never. Units of one
 * repeated character are FILL_RUN's, which exempts `A` and `/` (base64 of zero and all-one bytes),
 * so they are skipped here too.
 */
function hasRepeatedUnit(value: string): boolean {
  return repeats(REPEATED_UNIT, value) || repeats(LONG_REPEATED_UNIT, value.toLowerCase());
}

function repeats(pattern: RegExp, value: string): boolean {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(value); m !== null; m = pattern.exec(value)) {
    const unit = m[1]!;
    if (unit.split('').some((c) => c !== unit[0])) return true;
    pattern.lastIndex = m.index + 1;
  }
  return false;
}

const TEMPLATE_REFERENCE = /\$\{|\{\{|#\{|<%|^\$[A-Za-z_(]|^%[A-Za-z_]+%$|^__[A-Z][A-Z0-9_]*__$|^vault:[a-z]|^@Microsoft\.KeyVault\(|^op:\/\/|^ref\+[a-z0-9]+:\/\/|^arn:aws[a-z-]*:(?:secretsmanager|ssm):|^projects\/[^/\s]+\/secrets\//;

/**
 * A value that refers to another value instead of being one: `${DB_PASS}`, `%PWD%`, `#{x}`,
 * `{{ secrets.x }}`, a release pipeline's token to replace (`__DB_PASSWORD__`), a secret manager's
 * reference (Vault injectors' `vault:secret/data/app#password`, Azure Key Vault's
 * `@Microsoft.KeyVault(SecretUri=…)`, 1Password's `op://vault/item/field`, vals' `ref+vault://…`,
 * an AWS Secrets Manager or SSM Parameter Store ARN, a GCP Secret Manager resource name).
 */
export function isTemplateReference(value: string): boolean {
  return TEMPLATE_REFERENCE.test(value);
}

/**
 * "password123", "token1": the name of the thing plus a counter, typical of tutorials and test
 * fixtures in code. Only applied where such code is the usual source (assignments, auth headers);
 * "the password is 'Secret123'" in prose is still reported.
 */
export function isNameWithCounter(value: string): boolean {
  return /^(?:password|passwd|pass|secret|token|apikey|api_key|key|test|demo|sample|example|changeme)[0-9]{1,6}[!@#.]?$/i.test(value.trim());
}

/** A documentation filler such as `a1b2c3d4e5f6…`, or a vendor's published example key: never a real credential, whatever rule matched it. */
export function isObviousDummy(value: string): boolean {
  return FILLER_RUNS.test(value) || PUBLISHED_EXAMPLE_PREFIXES.some((p) => value.startsWith(p));
}

/** Twelve or more letters (or digits) of which most follow the one before in alphabet (or counting) order. */
const PROGRESSION_MIN = 12;
const PROGRESSION_SHARE = 0.6;

/**
 * Letters running through the alphabet in order, whatever the case and whatever sits between them
 * (`abcD123efg456HIJklmn789OPQ`, `ABCDEFGHJKLMN…`), or digits counting up or down (`1234567890123456`,
 * `abcd1234abcd1234…`, `zyxw9876…`): typed, not generated. In a random token a letter follows its predecessor
 * in the alphabet about once in 26 pairs, a digit once in 10. Only the checks that go by a key's
 * name and the value's randomness use it: provider docs fill real-shaped example tokens this way
 * (`A3T0ABCDEFGHIJKLMNOP`, `NRAK-123456788ABCDEFGHIJKLMNOPQR`), and the dev corpus counts those as secrets.
 */
export function runsThroughAlphabet(value: string): boolean {
  return progressionShare(value.toLowerCase().replace(/[^a-z]/g, ''), 26) >= PROGRESSION_SHARE || progressionShare(value.replace(/[^0-9]/g, ''), 10) >= PROGRESSION_SHARE;
}

/** The larger share of neighbours that count up, or down (`zyxwvu…`, `9876543210…`), by one. */
function progressionShare(run: string, base: number): number {
  if (run.length < PROGRESSION_MIN) return 0;
  const zero = base === 26 ? 97 : 48;
  let up = 0;
  let down = 0;
  for (let i = 1; i < run.length; i++) {
    const before = run.charCodeAt(i - 1) - zero;
    const at = run.charCodeAt(i) - zero;
    if ((before + 1) % base === at) up++;
    else if ((at + 1) % base === before) down++;
  }
  return Math.max(up, down) / (run.length - 1);
}

/**
 * An unquoted value in prose that reads as a chosen password: at least 6 characters, letters plus
 * a digit or a symbol other than word separators (so `incorrect`, `case-sensitive`, `required` are
 * words), no code or URL characters, not a placeholder or variable.
 */
export function looksLikeChosenPassword(value: string): boolean {
  if (value.length < 6 || !/[A-Za-z]/.test(value)) return false;
  if (!/[0-9]|[^A-Za-z0-9._'-]/.test(value)) return false;
  if (/[(){}[\]<>=]|:\/\/|^www\./i.test(value)) return false;
  return !isPlaceholder(value) && !isTemplateReference(value);
}
