/**
 * The generic credential check: `password = "…"`, `api_key: …`, `'secret' => '…'` in any
 * language or config format. The key must name a credential (and not a label, URL or rule about
 * one), the value must not be a placeholder, a template variable or a code expression, and
 * secret-like keys need a random-looking value (entropy).
 */
import type { Finding } from './types';
import { characterClasses, looksGenerated, shannonEntropy } from './entropy';
import { isNameWithCounter, isObviousDummy, isPlaceholder, isPlaceholderToken, isTemplateReference, runsThroughAlphabet } from './placeholder';
import { ABOUT_KEY_WORDS, CODE_KEYWORDS, KNOWN_SHAPE_KEYS, NON_SECRET_KEY_SUFFIXES, PUBLIC_TOKEN_SHAPES, SECRET_KEY_WORDS, SECRET_NAMING_WORDS, SEQUENTIAL_RUNS, SHOWN_KEY_ENDINGS, SHOWN_KEY_WORDS, STAND_IN_FOLLOWERS, STAND_IN_PASSWORD_WORDS, VERSION_RANGE } from './rules/secrets-generic';

export const ASSIGNMENT_KEYWORDS: readonly string[] = SECRET_KEY_WORDS.map((k) => k.word);

const WORDS_SOURCE = SECRET_KEY_WORDS.map((k) => k.word.replace(/[_.-]/g, '[_.-]?')).join('|');
/** Quoted values: a string inside a string (`'"v"'`), escaped double quotes, then plain quotes; group per form. */
const QUOTED = [`'"([^"\\r\\n]{0,200})"'`, `"'([^'\\r\\n]{0,200})'"`, `\\\\"([^"\\r\\n\\\\]{0,200})\\\\"`, `"([^"\\r\\n]{0,200})"`, `'([^'\\r\\n]{0,200})'`, '`([^`\\r\\n]{0,200})`'].join('|');
/** A literal turned into bytes or a secret type around the quotes: Go `[]byte("…")`, Python `b"…"`, `SecretStr("…")`. */
const BYTES_WRAPPER = String.raw`\[\]byte\(|b(?=["'])|(?:bytes|Buffer\.from|SecretStr|SecretString)\(`;
/**
 * A string type declared between a name and its value: Go's `apiKey string = "…"`, TypeScript's,
 * Kotlin's, Swift's or Python's `apiKey: string = "…"` (also `Optional[str]`, `str | None`), Rust's
 * `API_KEY: &str = "…"`. Without it the type would read as the value.
 */
export const STRING_TYPE_SOURCE = String.raw`(?:[ \t]{0,4}:[ \t]{0,4}(?:&(?:'static[ \t]{1,2})?str|(?:Optional|Final)\[str\]|str[ \t]{0,2}\|[ \t]{0,2}None|string|String|str)|[ \t]{1,4}(?:string|String|\[\]byte))?`;
/**
 * Operators: assignments, a comparison with a literal (`if apiKey != "…"`, a credential checked
 * against a hard-coded value), `key, value` pairs, a table's `name | value` cells, and a spaced dash
 * before a quoted value ("token - '…'", as notes and logs write it).
 */
const ASSIGNMENT_RE = new RegExp(
  `(${WORDS_SOURCE})([A-Za-z0-9_.-]{0,30})((?:\\\\?["'\\]]){0,2})${STRING_TYPE_SOURCE}[ \\t]{0,20}(=>|:=|\\?=|[!=]==?|=(?!=)|:(?!:)|,|\\|(?!\\|)|-(?=[ \\t]{1,4}["']))[ \\t]{0,20}(?:(?:${BYTES_WRAPPER})?(?:${QUOTED})|([^\\s"'\`,;)}\\]>]{1,200}))`,
  'gi',
);
const QUOTED_GROUPS = 6;
/** The last quoted form in QUOTED is the backquoted one. */
const BACKQUOTED_GROUP = 5 + QUOTED_GROUPS - 1;

const NON_SECRET_SUFFIX = new Set(NON_SECRET_KEY_SUFFIXES);
/** A stand-in word standing alone in the value or joined to a credential word, matched on the lower-cased value. */
const STAND_IN_PASSWORD = new RegExp(`(?<![a-z])(?:${STAND_IN_PASSWORD_WORDS.join('|')})(?=$|[^a-z]|${STAND_IN_FOLLOWERS.join('|')})`);
const KIND_BY_WORD = new Map(SECRET_KEY_WORDS.map((k) => [k.word.replace(/[_.-]/g, ''), k.kind]));
/** Short key words that occur inside ordinary words (compass, bypass, tokenizer): need a boundary. */
const SHORT_WORDS = new Set(['pass', 'pwd', 'token', 'secret']);
const OK_LOWER_SUFFIX = /^(?:key|keys|token|value|access|word|wd)/;

function isIdentChar(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9_.$-]/.test(c);
}

/** Splits an identifier into lower-case words: `AdminPassword_label` → admin, password, label. */
export function identifierWords(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function keyAccepted(text: string, start: number, word: string, suffix: string): { ok: boolean; key: string } {
  let from = start;
  while (from > 0 && start - from < 60 && isIdentChar(text[from - 1])) from--;
  const prefix = text.slice(from, start);
  const key = prefix + word + suffix;
  const lowerWord = word.toLowerCase().replace(/[_.-]/g, '');
  if (SHORT_WORDS.has(lowerWord)) {
    const before = prefix[prefix.length - 1];
    const first = word[0]!;
    // "compass", "bypass": a lower-case letter glued before a lower-case keyword is a different word.
    if (before && /[a-z]/.test(before) && first === first.toLowerCase()) return { ok: false, key };
    if (suffix && /^[a-z]/.test(suffix) && !OK_LOWER_SUFFIX.test(suffix)) return { ok: false, key };
  }
  const words = identifierWords(key);
  const last = words[words.length - 1];
  if (last && NON_SECRET_SUFFIX.has(last)) return { ok: false, key };
  if (words.some((w) => ABOUT_KEY_WORDS.has(w))) return { ok: false, key };
  if (last && SHOWN_KEY_ENDINGS.has(last) && words.some((w) => SHOWN_KEY_WORDS.has(w)) && !words.some((w) => SECRET_NAMING_WORDS.has(w))) return { ok: false, key };
  return { ok: true, key };
}

/** The value is code: a call (`hash (…)`, `getSecret(…)`) or a keyword starting an expression (`await …`). */
function isCodeValue(value: string, rest: string): boolean {
  if (CODE_KEYWORDS.has(value.toLowerCase())) return true;
  return /^[A-Za-z_$][A-Za-z0-9_$.]*$/.test(value) && /^[ \t]*\(/.test(rest);
}

/** One to six capitalised words of three or more letters: a type name, which a random token practically never is. */
const TYPE_NAME = /^(?:[A-Z][a-z]{2,}){1,6}$/;

/** A generated value that starts with a symbol (`'+ZkZb…'`, `"&LN_q…"`, `"!:pqm…"`): no spaces, no code. */
const GENERATED_AFTER_SYMBOL = /^[+&!][A-Za-z0-9+/=_!@#$%^&*~:-]{9,}$/;

const WORD_PART = /^(?:[A-Z]?[a-z]+|[A-Z]+)*[0-9]*$/;
const VOWELLESS_RUN = /[a-z]{3,}|[A-Z]{3,}/g;

/**
 * Words joined by dashes or underscores (`Fastly-Key`, `X-Hub-Signature-256`, `X-RapidAPI-Key`,
 * `ACCESS_TOKEN`): a header or variable name. Generated groups (`QWKZ-PRTN-XHVB`) mix case at
 * random or run letters with no vowel, which words of three letters or more seldom do.
 */
function wordsJoined(value: string): boolean {
  if (!/[-_]/.test(value)) return false;
  for (const part of value.split(/[-_]/)) {
    if (!WORD_PART.test(part)) return false;
    for (const run of part.match(VOWELLESS_RUN) ?? []) if (!/[aeiouyAEIOUY]/.test(run)) return false;
  }
  return true;
}

function valueAccepted(value: string, quoted: boolean, keyQuoted: boolean, operator: string, kind: 'password' | 'secret', key: string, rest: string): boolean {
  if (value.length === 0 || /^\s/.test(value)) return false;
  if (VERSION_RANGE.test(value)) return false;
  if (isPlaceholder(value) || isTemplateReference(value) || isNameWithCounter(value) || isObviousDummy(value)) return false;
  // A set or list of key names (`{'password', 'api_key', 'token'}`), not a key and its value.
  if (/^[A-Za-z_-]+$/.test(value) && KIND_BY_WORD.has(value.toLowerCase().replace(/[_.-]/g, ''))) return false;
  // Dotted words (`'header.payload.signature'`, `'app.settings.key'`) name parts or settings, not a secret.
  if (/^[a-z]{3,}(?:\.[a-z]{3,}){1,4}$/.test(value)) return false;
  // A key whose credential has a known shape: a value of another shape is not that credential.
  const shaped = KNOWN_SHAPE_KEYS.find((k) => k.key.test(key));
  if (shaped && !shaped.value.test(value)) return false;
  // A value starting with an operator or a path character is code or a path, except a generated
  // one in quotes (`'+ZkZb…'`: base64 and passwords may start with a plus, passwords with & or !).
  if (/^[+./#(\\&|!]/.test(value) && !(quoted && GENERATED_AFTER_SYMBOL.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value) && /[0-9]/.test(value))) return false;
  if (PUBLIC_TOKEN_SHAPES.some((shape) => shape.test(value))) return false;
  // Markup caught between two quotes (`token = "<xsd:element name="…`), not a value.
  if (/^<[A-Za-z/!?]/.test(value)) return false;
  const lowerValue = value.toLowerCase();
  const lowerKey = key.toLowerCase();
  // `IAMUserChangePassword = "arn:…/IAMUserChangePassword"`: the value names the key, it is not a secret.
  if (lowerKey.length > 8 && lowerValue.includes(lowerKey)) return false;
  // `password = "password"`: the value repeats the key word, a dummy; `password: 'wrong-password'`,
  // psql's `PASSWORD :'new_password'`: a name made of words around it names the field or a variable.
  const keyWords = identifierWords(key);
  if (keyWords.includes(lowerValue)) return false;
  if (/^[a-z]+(?:[_-][a-z]+)+$/.test(value) && value.split(/[_-]/).some((w) => keyWords.includes(w))) return false;
  if (SEQUENTIAL_RUNS.test(value) || runsThroughAlphabet(value)) return false;
  // Routes and file paths (`cms/sites/passwords#edit`) are not credentials; base64 with a `/`
  // (`zU9kQj56/wGYv…`, an AWS secret key) is not a path: paths here are written in lower case.
  if (/^[a-z0-9_.-]+(?:\/[a-z0-9_.#:-]+)+\/?$/.test(value)) return false;
  if (!quoted) {
    // `$` before a digit, another `$` or the end is a character of the value (`Tr0ub4dor$1`,
    // `Falcon2024$`). Before a name, brace or parenthesis it interpolates a variable in shell,
    // dotenv/compose, Make, PHP and Perl (`super$ecret`, `pre${X}`), so the value is not literal.
    if (/[([{\\<]|\$[A-Za-z_{(]/.test(value) || isCodeValue(value, rest)) return false;
    // A PowerShell cmdlet (`$secret = Get-AzKeyVaultSecret -VaultName …`) is code.
    if (/^[A-Z][a-z]+-[A-Z][A-Za-z]+$/.test(value)) return false;
    // Environment-variable names, dotted references and calls are code, not values (TypeScript may
    // assert them non-null: `secretAccessKey: AWS_SECRET_ACCESS_KEY!`).
    if (/^[A-Z][A-Z0-9_]{2,}!?$/.test(value) && /_/.test(value)) return false;
    if (/^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+!?$/.test(value)) return false;
    if (operator === ':' && /^[A-Za-z]+$/.test(value) && shannonEntropy(value) < 3.2) return false;
    // `creds: Credentials`, `token: AccessToken = …`: a type annotation, words in PascalCase.
    if (operator === ':' && TYPE_NAME.test(value) && (kind === 'secret' || /^[ \t]*[),|=]/.test(rest))) return false;
    // `creds: github-deploy-key`: the name of a credential kept elsewhere, not a generated value.
    if (kind === 'secret' && /^[a-z]+(?:-[a-z]+)+$/.test(value)) return false;
    if (operator === ',') return false;
    // `"private_key": private_hex` — in an object literal an unquoted value is a variable.
    if (keyQuoted && !/^[0-9]+$/.test(value)) return false;
  }
  if (kind === 'password') return value.length >= 4 && !/^[0-9]{1,5}$/.test(value) && !STAND_IN_PASSWORD.test(value.toLowerCase());
  if (value.length < 8) return false;
  if (wordsJoined(value)) return false;
  // No service issues keys with `?` or `^` in them (base64, base62, hex and their URL-safe forms have
  // neither); in a secret-kind value they mark a damaged or made-up token, or a query string.
  if (/[?^]/.test(value)) return false;
  // Secret-kind values are generated tokens: `your…here`, `…EXAMPLE`, `fake` in one is a template.
  if (isPlaceholderToken(value)) return false;
  const entropy = shannonEntropy(value);
  return entropy >= 3 || (entropy >= 2.6 && characterClasses(value) >= 2);
}

const QUERY_PARAMETER_BEFORE = /[?&]/;
const COMPARISON = /^[!=]==?$/;
/** A declared type before the operator: a pipe after it joins a union, not table cells. */
const DECLARED_TYPE = /(?::[ \t]{0,4}|[ \t])(?:string|String|str)[ \t]/;

/**
 * Code compares names with literals that are modes and keys of other kinds (`secret === 'production'`,
 * `key == "Enter"`, `token == "utf-8-sig"`); a credential compared with a literal looks generated:
 * long, random, letters and digits.
 */
function comparedLikeACredential(value: string): boolean {
  return generatedWithDigits(value, 3.5);
}

/** Generated (see looksGenerated), with letters and digits and at least this entropy. */
function generatedWithDigits(value: string, minEntropy: number): boolean {
  return looksGenerated(value) && /[0-9]/.test(value) && /[A-Za-z]/.test(value) && shannonEntropy(value) >= minEntropy;
}

/** What follows a value that fills its table cell: the next pipe or the end of the row. */
export const CELL_ENDS_AT = /^[ \t]*(?:\||\r?\n|$)/;

/**
 * A table row's `apiKey | e9e0…` cell pair. A pipe also feeds a command (`echo $password | sha256sum`)
 * and joins a union type (`secret: string | Uint8Array`), and tables pair credential words with
 * product names (`| Password | 1Password |`), so the value must end the cell (next pipe or line
 * end) and look generated.
 */
function tableCellLikeACredential(value: string, rest: string): boolean {
  return CELL_ENDS_AT.test(rest) && generatedWithDigits(value, 3.2);
}

/**
 * `user = "anonymous"` right before, on the line above or the same line, for the same object
 * (`ftp.login`, `server->user`; not `READONLY_USER` or `admin_password`): anonymous FTP and LDAP
 * logins take any password (by convention an e-mail address), so it protects nothing.
 */
const ANONYMOUS_USER_BEFORE =
  /(?<![A-Za-z0-9_])(?:user|login|username)["'\]]?[ \t]{0,4}(?:=|:|=>)[ \t]{0,4}["']?anonymous["']?[ \t]{0,4}(?:[;,][ \t]*|[;,]?[ \t]*\r?\n[ \t]*)(?:[A-Za-z_][A-Za-z0-9_]*(?:\.|->))?["']?$/i;

export function findAssignments(text: string): Finding[] {
  const out: Finding[] = [];
  ASSIGNMENT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ASSIGNMENT_RE.exec(text)) !== null) {
    const [, word, suffix = '', closing = '', operator = ''] = m;
    // A rejected pair may have swallowed the next assignment as its value (`user=apikey,
    // smtp.password=…` read as the pair "apikey, …"): the search goes on right after its key word.
    const matchEnd = ASSIGNMENT_RE.lastIndex;
    if (operator === ',') ASSIGNMENT_RE.lastIndex = m.index + word!.length;
    // `key, value` pairs need a quoted key; `os.environ['DB_PASSWORD'], 'HOST': …` is a subscript then
    // the next entry, and a dotted name is an event or a setting's name (`VALUES (494, 'token.rotated', …)`).
    if (operator === ',' && (!/["']/.test(closing) || closing.includes(']') || suffix.includes('.'))) continue;
    // "stripe token - 'sk_…'", as notes and logs write a name and its value: a spaced dash before a quoted value.
    if (operator === '-') {
      const at = m[0].indexOf('-', word!.length + suffix.length + closing.length);
      if (!/[ \t]$/.test(m[0].slice(0, at))) continue;
    }
    const kind = KIND_BY_WORD.get(word!.toLowerCase().replace(/[_.-]/g, '')) ?? 'secret';
    const { ok, key } = keyAccepted(text, m.index, word!, suffix);
    if (!ok) continue;
    let value: string | undefined;
    for (let g = 5; g < 5 + QUOTED_GROUPS && value === undefined; g++) value = m[g];
    const quoted = value !== undefined;
    const raw = quoted ? value! : m[5 + QUOTED_GROUPS] ?? '';
    // The value starts where its raw text does; trimming (query string, trailing punctuation) only shortens its end.
    const valueStart = m.index + m[0].lastIndexOf(raw);
    // In a query string (`?user=svc&password=…&useSSL=true`) the value ends at the next parameter.
    if (!quoted) value = (QUERY_PARAMETER_BEFORE.test(text[m.index - 1] ?? '') ? raw.split('&')[0]! : raw).replace(/[.,;:]+$/, '');
    // In a compact table row (`|api_key|Vq3R…|region|…`) the cell ends at the next pipe.
    if (!quoted && operator === '|') value = value!.split('|')[0]!.trimEnd();
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    if (value === undefined || !valueAccepted(value, quoted, /["']/.test(closing), operator, kind, key, rest)) continue;
    if (COMPARISON.test(operator) && !(quoted && comparedLikeACredential(value))) continue;
    // In a list of names (`{'password', 'api_key', 'token', 'authorization'}`) a quoted word follows a quoted word.
    if (operator === ',' && /^[A-Za-z_-]+$/.test(value)) continue;
    if (operator === '|' && (DECLARED_TYPE.test(m[0]) || !tableCellLikeACredential(value, text.slice(valueStart + value.length, valueStart + value.length + 8)))) continue;
    // After a dash the quoted words may be a remark ("token - 'refresh the page'"): only a single token is a value.
    if (operator === '-' && /\s/.test(value)) continue;
    // Shown cut short (`TOKEN=ops_eyJzaWdu…` followed by "..."): documentation, not the value.
    // Only at a line's end: "the password: Xk9mP2vL7q... and then it failed" is an ellipsis in chat.
    if (/^(?:\.{3}|…)[ \t]*(?:\r?\n|$)/.test(rest) || (!quoted && /(?:\.{3}|…)$/.test(raw) && /^[ \t]*(?:\r?\n|$)/.test(rest))) continue;
    // A shell's backquoted command (`KEY=\`etcdctl get /secret\``) runs to fetch the value; it is
    // not one. A JavaScript template string (`password = \`correct horse …\``) is a value.
    if (m[BACKQUOTED_GROUP] !== undefined && /\s/.test(value) && /=`/.test(m[0])) continue;
    if (kind === 'password' && ANONYMOUS_USER_BEFORE.test(text.slice(Math.max(0, m.index - 160), m.index))) continue;
    ASSIGNMENT_RE.lastIndex = matchEnd;
    out.push({
      type: kind === 'password' ? 'password_assignment' : 'generic_secret',
      category: 'secret',
      start: valueStart,
      end: valueStart + value.length,
      severity: 'high',
      confidence: kind === 'password' ? 0.7 : 0.65,
    });
  }
  return out;
}
