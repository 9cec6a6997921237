/**
 * Shape of one secret rule. Rules are data: the detector (../detectors/secrets.ts) compiles them,
 * gates each on its keywords and applies the named check, so adding a provider is adding a row.
 */
import type { Severity } from '../types';

/** Extra validation beyond the pattern, by name (implemented in ../detectors/secrets.ts). */
export type SecretCheck =
  /** Value is not an obvious placeholder (`xxxx`, `<your-key>`, `${VAR}`, `changeme`, one repeated char). */
  | 'notPlaceholder'
  /** A generated token: not a placeholder (also by its wording, `…YourTokenHere…`) and not a name plus counter (`token123`), the usual dummy in code samples. */
  | 'notDummy'
  /** Three base64url parts whose first decodes to a JSON header with `alg` or `typ`. */
  | 'jwt'
  /** Base64 text that decodes to a PEM private-key header. */
  | 'base64Pem'
  /** Base64 text that decodes to a JWT that passes the `jwt` check. */
  | 'base64Jwt'
  /** Base64 text (a whole number of 4-character groups) that decodes to printable text other than a certificate: a Kubernetes Secret's data value. */
  | 'base64Text'
  /** Base64 of JSON that carries a credential (an `auth` of user:password, a literal `password`, an `identitytoken` or `datakey`): a docker config or an ECR login token. */
  | 'base64Credentials'
  /** Base64 text that decodes to `user:password` with a password that passes the `password` check. */
  | 'base64UserPassword'
  /** A password inside a URL or connection string: not a template variable or placeholder. */
  | 'password'
  /** An unquoted password in prose: looks chosen (letters plus digits or symbols, ≥ 6), not a word, code or URL. */
  | 'chosenPassword'
  /** A wallet's recovery phrase: 12, 15, 18, 21 or 24 lower-case words, few repeated, none of them an English function word. */
  | 'seedPhrase'
  /** A token whose first dot-separated part is base64 of a 17–20 digit id (a Discord snowflake). */
  | 'snowflakeId'
  /** A long random token of key characters, not a name, path, slug, UUID or variable (as for a key named `…Key`). */
  | 'randomToken';

export interface SecretRule {
  /** Detection type id reported; several rules may report the same type. */
  id: string;
  label: string;
  /** Redaction placeholder stem. */
  placeholder: string;
  /** How the rule validates a match, shown in the detection-types table. */
  validation: string;
  severity?: Severity;
  /**
   * Lower-case literals; the rule only runs when one of them occurs in the text. Empty: the rule
   * runs on every text, so its pattern must start with something rare (each such rule is a regex
   * pass over every paste).
   */
  keywords: readonly string[];
  /** Bounded quantifiers only (no nested unbounded repetition): every rule is fuzzed for linear time. */
  pattern: RegExp;
  /** Capture group holding the secret itself (default: the whole match). */
  group?: number;
  /** Minimum Shannon entropy (bits/char) of the secret. */
  minEntropy?: number;
  check?: SecretCheck;
  /**
   * Longest distance from a keyword to the end of a match (default 600). The rule's regex only
   * runs on windows around keyword occurrences, so this must cover the longest secret.
   */
  reach?: number;
  /** Longest distance from the start of a match to its keyword when the keyword comes later (default 320). */
  reachBefore?: number;
  /** 0..1; provider-prefixed formats score high, context-only formats lower. */
  confidence?: number;
}

/** Wraps a pattern body with token boundaries so a match is not the middle of a longer identifier. */
export function token(body: string, flags = ''): RegExp {
  return new RegExp(`(?<![A-Za-z0-9_])(?:${body})(?![A-Za-z0-9_])`, flags);
}

/** `keyword … [:=] "value"` within one line: the value is capture group 1. */
export function afterKey(keyPattern: string, valuePattern: string, flags = 'i'): RegExp {
  return new RegExp(`(?:${keyPattern})[A-Za-z0-9_.-]{0,20}["']?[ \\t]{0,30}(?:=>|:=|[:=])[ \\t]{0,30}["'\`]?(${valuePattern})(?![A-Za-z0-9_+/=-])`, flags);
}
