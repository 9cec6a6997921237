/**
 * Tables for the generic `key = value` credential check (see ../assignments.ts): which key names
 * announce a secret, which key suffixes mean the value is *about* the secret rather than the
 * secret (a label, a URL, a policy), and which values are placeholders.
 */

/** Key words, longest first so `password` wins over `pass`. `strong` ones are credentials by themselves. */
export const SECRET_KEY_WORDS: readonly { word: string; kind: 'password' | 'secret' }[] = [
  { word: 'passphrase', kind: 'password' },
  { word: 'password', kind: 'password' },
  { word: 'passwort', kind: 'password' },
  { word: 'contraseña', kind: 'password' },
  { word: 'passwd', kind: 'password' },
  { word: 'pass', kind: 'password' },
  { word: 'pwd', kind: 'password' },
  { word: 'client_secret', kind: 'secret' },
  { word: 'secret', kind: 'secret' },
  { word: 'api_key', kind: 'secret' },
  { word: 'api-key', kind: 'secret' },
  { word: 'apikey', kind: 'secret' },
  { word: 'access_key', kind: 'secret' },
  { word: 'accesskey', kind: 'secret' },
  { word: 'auth_key', kind: 'secret' },
  { word: 'authkey', kind: 'secret' },
  { word: 'private_key', kind: 'secret' },
  { word: 'token', kind: 'secret' },
  // Glued to "auth" as ngrok and others write it (`authtoken: …`); "token" alone needs a boundary before it.
  { word: 'authtoken', kind: 'secret' },
  // SSSD and PAM name the bind password an authentication token (`ldap_default_authtok = …`); after
  // "authtoken" in this list, which the regex tries first.
  { word: 'authtok', kind: 'password' },
  { word: 'creds', kind: 'secret' },
  // Dotted property names (`dd.api.key=`, `aws.secret.access.key=`) and the application keys some
  // services pair with an API key (`ddAppKey`, `app_key`); each spelling is its own literal for
  // the keyword pass, the regex accepts `_`, `-` or `.` between the parts of any of them.
  { word: 'api.key', kind: 'secret' },
  { word: 'access.key', kind: 'secret' },
  { word: 'auth.key', kind: 'secret' },
  { word: 'private.key', kind: 'secret' },
  { word: 'app_key', kind: 'secret' },
  { word: 'app-key', kind: 'secret' },
  { word: 'app.key', kind: 'secret' },
  { word: 'appkey', kind: 'secret' },
  // Keys an application signs or encrypts with (`ENCRYPTION_KEY=…`, `signingKey: …`, `HMAC_KEY`).
  { word: 'encryption_key', kind: 'secret' },
  { word: 'encryption.key', kind: 'secret' },
  { word: 'encryptionkey', kind: 'secret' },
  { word: 'signing_key', kind: 'secret' },
  { word: 'signingkey', kind: 'secret' },
  { word: 'master_key', kind: 'secret' },
  { word: 'masterkey', kind: 'secret' },
  { word: 'hmac_key', kind: 'secret' },
  { word: 'hmackey', kind: 'secret' },
];

/** A key ending in one of these names a field *about* the secret (label, URL, rule), not the secret. */
export const NON_SECRET_KEY_SUFFIXES: readonly string[] = [
  'label', 'field', 'input', 'prompt', 'placeholder', 'hint', 'text', 'message', 'msg', 'title', 'url', 'uri', 'path',
  'file', 'dir', 'selector', 'length', 'len', 'policy', 'reset', 'forgot', 'change', 'confirm', 'validation', 'regex',
  'pattern', 'min', 'max', 'required', 'type', 'class', 'name', 'id', 'ids', 'expiry', 'expires', 'expiration', 'count',
  'size', 'endpoint', 'header', 'param', 'storage', 'prefix', 'strategy', 'mode', 'provider', 'manager', 'service', 'ttl',
  'timeout', 'enabled', 'version', 'format', 'source', 'env', 'var', 'variable', 'location', 'ref', 'arn', 'hash',
  'hashed', 'salt', 'rounds', 'algorithm', 'alg', 'kind', 'store', 'vault', 'helper', 'command', 'cmd', 'error', 'status',
  'visible', 'visibility', 'strength', 'rule', 'rules', 'template', 'auth', 'type', 'port', 'host', 'user', 'username',
  'usage', 'limit', 'lifetime', 'refresh', 'generator', 'help', 'icon', 'button', 'btn', 'link', 'page', 'view', 'screen',
  'form', 'dialog', 'modal', 'route', 'key_id', 'keyid',
];

/**
 * A key holding one of these words is about a credential (a route, a form field), not one; or is
 * made up for a test or a sample (`fakeJwt`, `dummyToken`, `EXAMPLE_SECRET`), or is a page cursor
 * that APIs call a token (`page_token`, `cursor`, `continuationToken`, `nextPageToken`).
 */
export const ABOUT_KEY_WORDS: ReadonlySet<string> = new Set([
  'forgot', 'reset', 'label', 'placeholder', 'prompt', 'hint', 'policy', 'regex', 'pattern', 'validation', 'strength',
  'fake', 'dummy', 'mock', 'example', 'sample', 'page', 'cursor', 'continuation', 'pagination',
]);

/**
 * Words in a name ending in "key" that make it something other than a credential: database and
 * cache keys, lookups, translations, keyboard keys, public halves and key identifiers
 * (`partition_key`, `cacheKey`, `i18n_key`, `gpg_key` fingerprints, `ssh_key` public lines).
 */
export const NOT_SECRET_KEY_WORDS: ReadonlySet<string> = new Set([
  'primary', 'foreign', 'partition', 'sort', 'range', 'idempotency', 'cache', 'public', 'publishable', 'ssh', 'gpg', 'pgp',
  'fingerprint', 'object', 's3', 'blob', 'file', 'routing', 'row', 'map', 'lookup', 'translation', 'i18n', 'l10n', 'locale',
  'hot', 'dedup', 'dedupe', 'deduplication', 'unique', 'composite', 'natural', 'surrogate', 'shard', 'sharding', 'hash',
  'index', 'group', 'message', 'react', 'list', 'item', 'dict', 'order', 'join', 'lock', 'mutex', 'redis', 'memcache',
  'query', 'field', 'column', 'property', 'prop', 'attribute', 'attr', 'enum', 'event', 'metric', 'label', 'tag', 'state',
  'fake', 'dummy', 'mock', 'example', 'sample', 'test', 'placeholder', 'csrf', 'xsrf',
  // Keys that identify a request, a record or a resource, and Braintree's client-side tokenization key.
  'correlation', 'request', 'resource', 'tracking', 'content', 'media', 'tokenization',
  // Keys made to be public or that identify something: reCAPTCHA/Turnstile site keys, search-only keys,
  // a WebSocket handshake nonce, SSH host keys, i18n titles, content hashes and images.
  'site', 'search', 'socket', 'websocket', 'host', 'authorized', 'title', 'etag', 'checksum', 'commit', 'sha', 'digest',
  'image', 'thumbnail', 'avatar', 'record', 'user',
]);

/**
 * A key or token made to be shown (`publicToken`, `publishable_key`) or sent with every form
 * (`csrf_token`, `X-XSRF-TOKEN`) is not a credential. Only when the key ends in key, token or id
 * and names no secret: `CSRF_SECRET`, `public_password`, `NEXT_PUBLIC_OPENAI_API_KEY` (a secret put
 * where the browser sees it, the very leak to catch) are credentials.
 */
export const SHOWN_KEY_WORDS: ReadonlySet<string> = new Set(['public', 'publishable', 'csrf', 'xsrf']);
export const SHOWN_KEY_ENDINGS: ReadonlySet<string> = new Set(['key', 'token', 'id']);
export const SECRET_NAMING_WORDS: ReadonlySet<string> = new Set(['secret', 'password', 'passwd', 'pass', 'pwd', 'private', 'api', 'apikey', 'auth', 'access']);

/** Keyboard and alphabet runs, either way round, typical of made-up example values (`a1b2c3d4`, `d4c3b2a1`, `abcdefg`, `1234567`). */
export const SEQUENTIAL_RUNS: RegExp = /a1b2c3|1a2b3c|c3b2a1|3c2b1a|abcdefg|bcdefgh|1234567|2345678|7654321|qwertyu/i;

/**
 * An interleaved letter/digit count (`a1b2c3d4e5…`) or a keyboard row of ten: documentation
 * fillers that a random token practically never contains. Applied to every rule, unlike
 * SEQUENTIAL_RUNS (shorter runs) which only the generic check uses. Alphabet runs only from 19
 * letters (`…abcdefghijklmnopqrstuvwxyz…`, `aBcDeFgHiJkLmNoPqRsTuVwX`): provider docs use shorter
 * ones (`…ABCDEFGHIJKLMNOPQR…`, 18) inside otherwise real-shaped example tokens that the dev
 * corpus counts as secrets.
 */
export const FILLER_RUNS: RegExp = /a1b2c3d4e5|1a2b3c4d5e|qwertyuiop|abcdefghijklmnopqrs|hijklmnopqrstuvwxyz/i;

/**
 * Eight or more of one character (`xxxxxxxx`, `00000000`, `********`): the fill of a template
 * token. A random 36-character body holds such a run with odds of about 1 in 10^11. `A` and `/`
 * are exempt: they are base64 for all-zero and all-one bytes, so binary payloads (Fly macaroons,
 * DER keys) and some fixed token parts (the Twitter bearer prefix, the Azure DevOps signature)
 * contain long runs of them legitimately.
 */
export const FILL_RUN: RegExp = /([^A/])\1{7,}/;

/**
 * Words that turn a provider-shaped token into a stand-in (`ghp_YourTokenGoesHere…`,
 * `xoxb-not-a-real-token…`, AWS's published `AKIAIOSFODNN7EXAMPLE`). Matched in lower, Title or
 * UPPER case only, so a random mixed-case body contains one by chance about once in 10^5.
 * Vendors' documented example keys (`…EXAMPLE`, `…EXAMPLEKEY`) are public text, not credentials;
 * the dev corpus does not list them as positives.
 */
export const PLACEHOLDER_TOKEN_WORDS: readonly string[] = [
  'your', 'here', 'example', 'sample', 'replace', 'fake', 'dummy', 'placeholder', 'changeme', 'redacted', 'insert',
  'notreal', 'notareal', 'not-a-real', 'not_a_real', 'notapassword', 'notasecret',
];

/**
 * Words that make a chosen password a stand-in (`fakesecret`, `dummy-pass`, `ExamplePassword1`):
 * the subset of PLACEHOLDER_TOKEN_WORDS that no one picks for a real password ("here" and "your"
 * may well be in one).
 */
export const STAND_IN_PASSWORD_WORDS: readonly string[] = ['fake', 'dummy', 'example', 'sample', 'placeholder', 'notapassword', 'notasecret', 'notreal'];
/** What may follow a stand-in word inside a password for it to stay one: the end, a non-letter, or a credential word (`fakesecret`, `dummy_pass`, not `Fakenham2024!`). */
export const STAND_IN_FOLLOWERS: readonly string[] = ['secret', 'password', 'pass', 'pwd', 'key', 'token', 'value'];

/**
 * Keys that vendors publish for everyone to use: the Azure Storage emulator's (Azurite) account key,
 * the start of AWS's documented example secret key (`…EXAMPLEKEY` and the variants copied from
 * it), Stripe's documented test key. They open nothing, and they fill tutorials.
 */
export const PUBLISHED_EXAMPLE_PREFIXES: readonly string[] = [
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
  'wJalrXUtnFEMI/K7MDENG',
  'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
  // OAuth 2.0's RFC 6749 sample access and refresh tokens, and Mailgun's documentation key.
  '2YotnFZFEjr1zMsicMWpAA',
  'tGzv3JOkF0XG5Qx2TlKWIA',
  'key-3ax6xnjp29jd6fds4gc373sgvjxteol0',
];

/**
 * Tokens made to be shipped in web pages, whatever the key they are assigned to: Datadog's browser
 * client tokens (`clientToken: 'pub…'`) can only send logs and metrics in.
 */
export const PUBLIC_TOKEN_SHAPES: readonly RegExp[] = [/^pub[0-9a-f]{32}$/];

/**
 * Key names whose credential has one known shape: the generic check defers to that shape, so a
 * value of another shape under such a key (a 42-character hex string as an AWS secret key) is not
 * reported by the generic rule. The provider rules still report well-shaped values.
 */
export const KNOWN_SHAPE_KEYS: readonly { key: RegExp; value: RegExp }[] = [
  { key: /aws_?secret_?access_?key|aws_?secret_?key/i, value: /^[A-Za-z0-9/+]{40}$/ },
  { key: /aws_?access_?key_?id/i, value: /^(?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|A3T[A-Z0-9])[A-Z0-9]{16}$/ },
  { key: /stream_?key/i, value: /^live_[0-9]{5,12}_[A-Za-z0-9]{30}$/ },
  // An Azure Storage account key, as its connection strings name it, is 64 bytes in base64.
  { key: /^AccountKey$/, value: /^[A-Za-z0-9+/]{86}==$/ },
];

/**
 * Words that start an expression in common languages: `password = await hash(p)`, `secret = new
 * Secret()`, `token = yield take()`. Unquoted, such a value is code, not a credential.
 */
export const CODE_KEYWORDS: ReadonlySet<string> = new Set([
  'await', 'async', 'new', 'function', 'func', 'fn', 'lambda', 'yield', 'return', 'typeof', 'require', 'import', 'this',
  'self', 'super', 'const', 'let', 'var', 'val', 'def', 'static', 'final', 'readonly', 'string', 'int', 'bool', 'str',
  'bytes', 'char', 'void', 'not', 'and', 'or', 'if', 'else', 'match', 'select', 'from', 'of', 'in', 'is', 'as', 'get',
  'set', 'do', 'try', 'go', 'nil', 'none', 'null', 'undefined', 'true', 'false', 'optional', 'sizeof', 'input', 'getpass',
]);

/** A package version or range (`^5.1.1`, `~2.0`, `>=1.4.0`, `3.x`): a dependency entry, not a password. */
export const VERSION_RANGE: RegExp = /^(?:[~^]|[<>]=?|=)?v?[0-9]{1,6}(?:\.(?:[0-9]{1,6}|x|\*)){1,3}(?:-[0-9A-Za-z.]{1,30})?$/;

/** Lower-case values that stand in for a real credential. */
export const PLACEHOLDER_VALUES: ReadonlySet<string> = new Set([
  'example', 'sample',
  'placeholder', 'redacted', 'removed', 'hidden', 'secret_here', 'password_here', 'null', 'nil', 'none', 'undefined',
  'true', 'false', 'empty', 'todo', 'tbd', 'fixme', 'dummy', 'notset', 'not-set', 'not_set', 'unset', 'default',
  'string', 'str', 'value', 'required', 'optional', 'xxx', 'n/a', 'na', '...', '…', 'password123?', 'filtered', 'abc',
  'xyz', 'foo', 'bar', 'baz', 'foobar', 'qux', 'blah', 'blahblah',
]);

/**
 * A value asking to be replaced, alone or inside a longer one (`changeme`, `change_this`,
 * `changeme-in-prod`, `please-change-this`, `replace_with_real_key`).
 */
export const CHANGE_ME_PHRASE: RegExp = /change[_ .-]?(?:me|this|it)(?![a-z])|replace[_ .-]?(?:me|this|with)(?![a-z])/i;

/**
 * Shapes of placeholders: runs of one character, template variables (`${X}`, `{{x}}`, `%X%`,
 * `<your key>`, `$VAR`), "your…"/"…here" wording, masked values.
 */
export const PLACEHOLDER_SHAPES: readonly RegExp[] = [
  /^(.)\1{2,}$/,
  /^[x*•._#-]{3,}$/i,
  /^\$\{[^}]{0,100}\}$/,
  /^\$\(.{0,100}\)$/,
  /^\{\{.{0,100}\}\}$/,
  /^\{[0-9]{0,2}\}$/,
  // printf-style format fields (`sshpass -p '%s'`, `%(password)s`).
  /^%[-+ 0#]?[0-9]{0,3}(?:\.[0-9]{1,3})?[sdifv]$/,
  /^%\([A-Za-z_][A-Za-z0-9_]{0,40}\)s$/,
  /^%[A-Za-z_][A-Za-z0-9_]{0,60}%$/,
  /^<[^>]{0,100}>$/,
  /^&lt;.{0,100}&gt;$/,
  /^\[[^\]]{0,100}\]$/,
  /^\$[A-Za-z_][A-Za-z0-9_]{0,60}$/,
  /^(?:your|enter|insert|put|add)[_ -]?(?:own[_ -]?)?[a-z_ -]{0,40}(?:key|token|secret|password|pass|pwd|here|value)s?$/i,
  /^[a-z_ -]{0,40}[_ -]here$/i,
  /^(?:x{4,}|X{4,})[A-Za-z0-9_-]{0,8}$/,
  /^process\.env\./,
  /^os\.(?:environ|getenv)/,
  /^env\(/i,
  /^#\{.{0,100}\}$/,
  /^<%.{0,200}%>$/,
  // Three or more dotted lower-case words: the parts of a format (`header.payload.signature`) or a setting's path, not a host name.
  /^(?!.*\.(?:com|net|org|io|dev|app|co|ai|cloud|edu|gov)$)[a-z]{3,}(?:\.[a-z]{3,}){2,4}$/,
];
