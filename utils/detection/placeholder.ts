/** Placeholder and template-variable recognition shared by the secret rules. */
import { CHANGE_ME_PHRASE, FILL_RUN, FILLER_RUNS, PLACEHOLDER_SHAPES, PLACEHOLDER_TOKEN_WORDS, PLACEHOLDER_VALUES } from './rules/secrets-generic';

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

/**
 * A unit of two to four characters written four or more times in a row (`…123123123123…`,
 * `…abababab…`): typed filler. A random base62 body holds one by chance less than once in 10^9, a
 * hex body about once in 10^5. Units of one repeated character are FILL_RUN's, which exempts `A`
 * and `/` (base64 of zero and all-one bytes), so they are skipped here too.
 */
function hasRepeatedUnit(value: string): boolean {
  REPEATED_UNIT.lastIndex = 0;
  for (let m = REPEATED_UNIT.exec(value); m !== null; m = REPEATED_UNIT.exec(value)) {
    const unit = m[1]!;
    if (unit.split('').some((c) => c !== unit[0])) return true;
    REPEATED_UNIT.lastIndex = m.index + 1;
  }
  return false;
}

const TEMPLATE_REFERENCE = /\$\{|\{\{|#\{|<%|^\$[A-Za-z_(]|^%[A-Za-z_]+%$|^@Microsoft\.KeyVault\(|^op:\/\/|^ref\+[a-z0-9]+:\/\/|^arn:aws[a-z-]*:(?:secretsmanager|ssm):|^projects\/[^/\s]+\/secrets\//;

/**
 * A value that refers to another value instead of being one: `${DB_PASS}`, `%PWD%`, `#{x}`,
 * `{{ secrets.x }}`, or a secret manager's reference (Azure Key Vault's
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

/** A documentation filler such as `a1b2c3d4e5f6…`: never a real credential, whatever rule matched it. */
export function isObviousDummy(value: string): boolean {
  return FILLER_RUNS.test(value);
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
