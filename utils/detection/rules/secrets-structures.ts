/**
 * Credentials recognised by structure rather than by provider: private-key blocks, JWTs, HTTP
 * authorization headers, credentials inside URLs and connection strings, command-line password
 * flags and a few configuration formats whose password field is unambiguous.
 */
import { token, type SecretRule } from './secret-rule';

/** A JWT's three base64url parts, the first two JSON objects (`eyJ` is base64 of `{"`). */
export const JWT_SHAPE = 'eyJ[A-Za-z0-9_-]{8,2000}\\.eyJ[A-Za-z0-9_-]{4,8000}\\.[A-Za-z0-9_-]{0,2000}';

/** A password-ish value in a URL/connection string/CLI flag: no whitespace, quotes or separators. */
const PW = `[^\\s"'\`;@/]{1,120}`;
/** `user:` before a password in "creds are user:password"; optional so "password is X" needs none. */
const PROSE_USER = `(?:[A-Za-z0-9_.-]{1,40}:(?!\\/))?`;

// The key_in_prose patterns are case-sensitive (the value's check needs both cases), so their words
// are spelt in Title, lower and UPPER case. The free word before "key" is a provider ("my openai
// key"), never a database or format word ("the primary key", "my public key", "the cache key"):
// those name identifiers, not credentials.
const NOT_CREDENTIAL_WORDS = 'public|Public|PUBLIC|primary|Primary|PRIMARY|foreign|Foreign|FOREIGN|composite|Composite|sort|Sort|partition|Partition|cache|Cache|object|Object|lookup|Lookup|translation|Translation|idempotency|Idempotency|registry|Registry|unique|Unique|hash|Hash|map|Map|index|Index|row|Row|join|Join|surrogate|Surrogate|natural|Natural|routing|Routing|sharding|Sharding|dedup|Dedup|i18n|music|Music|answer|Answer|encryption|Encryption';
/** "the api key for the staging account: …" — what the key is for, before the colon; not for UUIDs ("the key for each cache entry is <uuid>"). */
const KEY_FOR_CLAUSE = String.raw`(?:[ \t]{1,3}(?:for|of)[ \t]{1,3}(?:the[ \t]{1,3})?[A-Za-z0-9_.-]{1,20}(?:[ \t][A-Za-z0-9_.-]{1,20}){0,2}(?=[ \t]{0,3}:))?`;
/** "my key", "the api key is", "our bot token:" before a key stated in chat (see key_in_prose). */
const keyInProse = (KEY_FOR: string): string => String.raw`(?<![A-Za-z])(?:[Mm]y|MY|[Oo]ur|OUR|[Tt]he|THE|[Tt]his|THIS|[Hh]is|[Hh]er|[Tt]heir|[Yy]our|YOUR)[ \t]{1,3}(?:(?!(?:${NOT_CREDENTIAL_WORDS})[ \t])[A-Za-z]{2,15}[ \t]{1,2})?(?:(?:[Aa]pi|API|[Aa]ccess|ACCESS|[Ss]ecret|SECRET|[Aa]uth|AUTH|[Aa]pp|APP|[Ll]icen[cs]e|LICEN[CS]E|[Pp]rivate|PRIVATE|[Bb]ot|BOT|[Bb]earer|BEARER|[Pp]ersonal [Aa]ccess)[ \t_-]?)?(?:[Kk]ey|KEY|[Tt]oken|TOKEN|[Ss]ecret|SECRET)${KEY_FOR}(?:[ \t]{1,3}(?:[Ii]s|IS|[Ww]as|WAS))?[ \t]{0,3}[:=]?[ \t]{1,3}["'\`]?`;
const KEY_IN_PROSE = keyInProse(KEY_FOR_CLAUSE);
const KEY_IN_PROSE_PLAIN = keyInProse('');
/** After the value: not more of a token; a dot only as a full stop. */
const TOKEN_END = String.raw`(?![A-Za-z0-9/+_=-]|\.[A-Za-z0-9])`;

/**
 * A token stated in prose: 20-120 characters with upper case, lower case and digits, not ending in a
 * dot (a full stop). Identifiers and paths ("user_profile_settings_v2_backup",
 * "src/utils/detection/v2/index.ts", "react-query-devtools-v5-beta") are in one case.
 */
const TOKEN_NOT_IDENTIFIER = String.raw`(?=[A-Za-z0-9/+_.=-]{0,119}[0-9])(?=[A-Za-z0-9/+_.=-]{0,119}[a-z])(?=[A-Za-z0-9/+_.=-]{0,119}[A-Z])[A-Za-z0-9/+_.=-]{19,119}[A-Za-z0-9/+_=-]`;
/**
 * A token in one case (licence keys, lower-case API keys): 20-60 letters and digits with no word
 * separators but dashes between groups, and digits spread through it (at least one in each third).
 */
const ONE_CASE_TOKEN = String.raw`(?=[a-z0-9]{20,60}(?![A-Za-z0-9])|[A-Z0-9]{20,60}(?![A-Za-z0-9])|[A-Z0-9]{4,6}(?:-[A-Z0-9]{4,6}){3,7}(?![A-Za-z0-9-]))(?=[A-Za-z-]{0,8}[0-9])(?:[A-Za-z0-9]{5,}-?){3,12}`;

/** Setters whose name says the argument is a credential (see the setter rule). */
const CREDENTIAL_SETTERS: readonly string[] = [
  'setApiKey', 'setAPIKey', 'setSecretKey', 'setPrivateKey', 'setAuthKey', 'setApiToken', 'setAccessToken', 'setAuthToken', 'setApiSecret',
  'setClientSecret', 'setPassword', 'withApiKey', 'withApiToken', 'withAccessToken', 'withAuthToken', 'withClientSecret', 'withPassword',
];

const KEY_IN_PROSE_RULE = {
  id: 'key_in_prose', label: 'Key or token stated in text', placeholder: 'SECRET', keywords: ['key', 'token', 'secret'],
  validation: '"my|the|our (api|access|auth…) key|token|secret (is) X" with a token-shaped X: 32+ hex digits, or 20+ characters mixing upper and lower case and digits with entropy ≥ 3.5',
} as const;

export const STRUCTURE_RULES: SecretRule[] = [
  { id: 'private_key', label: 'Private key (PEM / OpenSSH / PGP)', placeholder: 'PRIVATE_KEY', validation: 'BEGIN … PRIVATE KEY block with base64 body', keywords: ['private key', 'private key block'],
    pattern: /-----BEGIN[ A-Z0-9]{0,30} PRIVATE KEY(?: BLOCK)?-----(?:[^-]|-(?!----)){0,300}?[A-Za-z0-9+/=]{40}[\s\S]{0,16000}?(?:-----END[ A-Z0-9]{0,30} PRIVATE KEY(?: BLOCK)?-----|$)/, reach: 16_500, confidence: 0.99 },
  { id: 'private_key', label: 'Private key (PEM / OpenSSH / PGP)', placeholder: 'PRIVATE_KEY', validation: 'BEGIN … PRIVATE KEY header followed by key body', keywords: ['private key-----'],
    pattern: /-----BEGIN[ A-Z0-9]{0,30} PRIVATE KEY-----(?:\\r|\\n|["' +\r\n]){1,12}[A-Za-z0-9+/]{40}/, confidence: 0.95 },
  { id: 'private_key', label: 'Private key (base64-wrapped PEM)', placeholder: 'PRIVATE_KEY', validation: 'base64 that decodes to a BEGIN PRIVATE KEY header', keywords: ['ls0tls1crudjtib', 'ls0tls1crudjtibqulw'],
    pattern: /LS0tLS1CRUdJTi[A-Za-z0-9+/]{20,8000}={0,2}/, check: 'base64Pem', reach: 8_200, confidence: 0.95 },
  { id: 'putty_key', label: 'PuTTY private key', placeholder: 'PRIVATE_KEY', validation: 'PuTTY-User-Key-File header with Private-Lines', keywords: ['putty-user-key-file'],
    // Through the private lines and the MAC (indented in YAML, quoted in Markdown), so that redacting the finding removes the key itself.
    pattern: /PuTTY-User-Key-File-[0-9]: [^\r\n]{1,60}[\s\S]{0,4000}?Private-Lines: [0-9]{1,3}(?:\r?\n[ \t>]{0,8}[A-Za-z0-9+/=]{1,128}(?![^\r\n])){0,64}(?:\r?\n[ \t>]{0,8}Private-MAC: [0-9a-fA-F]{20,128})?/, reach: 14_000, confidence: 0.99 },
  { id: 'jwt', label: 'JSON Web Token', placeholder: 'JWT', validation: 'three base64url parts; header decodes to JSON with alg/typ', keywords: ['eyj'],
    pattern: token(JWT_SHAPE), check: 'jwt', reach: 12_100, confidence: 0.9 },
  // A Kubernetes Secret's data and some auth headers carry the token base64-encoded once more:
  // "eyJ" encodes to "ZXlK".
  { id: 'jwt', label: 'JSON Web Token', placeholder: 'JWT', validation: 'base64 of a JWT (ZXlK…), decoded and checked as above', keywords: ['zxlk'],
    pattern: /(?<![A-Za-z0-9+/])ZXlK[A-Za-z0-9+/]{40,16000}={0,2}(?![A-Za-z0-9+/=])/, check: 'base64Jwt', reach: 16_100, confidence: 0.85 },
  { id: 'http_basic_auth', label: 'HTTP Basic credentials', placeholder: 'BASIC_AUTH', validation: 'Authorization: Basic + base64 user:pass', keywords: ['basic '],
    pattern: /Authorization["']?\]?[ \t]{0,4}[:=,][ \t]{0,4}["'`]?Basic[ \t]{1,4}([A-Za-z0-9+/]{8,400}={0,2})(?![A-Za-z0-9+/=])/i, group: 1, check: 'notPlaceholder', confidence: 0.9 },
  { id: 'bearer_token', label: 'HTTP bearer token', placeholder: 'BEARER_TOKEN', validation: 'Authorization: Bearer + token ≥ 8 chars, not a variable', keywords: ['bearer'],
    pattern: /Authorization["']?\]?[ \t]{0,4}[:=,][ \t]{0,4}["'`]?Bearer[ \t]{1,4}([A-Za-z0-9._~+/-]{8,4000}={0,2})(?![A-Za-z0-9._~+/=-])/i, group: 1, check: 'notDummy', reach: 4_100, confidence: 0.85 },
  { id: 'url_credentials', label: 'Password in URL / connection URI', placeholder: 'URL_PASSWORD', validation: 'scheme://user:password@host (user may be empty, as in redis://:pw@host, or an address, as in smtp://me@acme.org:pw@host), password not a variable or placeholder', keywords: ['://'],
    pattern: new RegExp(`(?<![a-zA-Z0-9+.-])[a-zA-Z][a-zA-Z0-9+.-]{1,30}:\\/\\/[^\\s:@/"'\`]{0,80}(?:@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){1,8})?:([^\\s"'\`/]{1,120}?)@(?=[A-Za-z0-9[])(?:[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){0,10}|\\[[0-9a-fA-F:]{2,45}\\])(?![A-Za-z0-9%])`), group: 1, check: 'password', confidence: 0.9 },
  { id: 'connection_string_password', label: 'Password in connection string', placeholder: 'DB_PASSWORD', validation: 'Password=/Pwd= inside a key=value; connection string', keywords: ['password=', 'pwd=', 'password =', 'password= '],
    pattern: new RegExp(`(?:(?:user ?id|uid|user(?:name)?|server|data source|host|database|provider)[ \\t]{0,2}=[^;\\r\\n"]{0,80};[^\\r\\n"]{0,200}?|;[ \\t]{0,3})(?:password|pwd)[ \\t]{0,2}=[ \\t]{0,2}([^;\\s"'\`]{1,120}(?: [^;\\s"'\`=]{1,40})?)`, 'i'), group: 1, check: 'password', confidence: 0.85 },
  { id: 'connection_string_password', label: 'Password in connection string', placeholder: 'DB_PASSWORD', validation: 'libpq host= user= password= key-value string', keywords: ['password='],
    // A keyword argument (`password=password,`) or a format field (`password=%s`) is code, not a value.
    pattern: /(?:host|user|dbname)=[^\s'"]{1,80} (?:[a-z]{1,12}=[^\s'"]{1,80} ){0,6}password=(?!%[a-z]|\{)([^\s'",]{1,120})(?=[\s'"]|$)/, group: 1, confidence: 0.8 },
  // Go's MySQL driver writes its DSN without a scheme: `user:password@tcp(host:3306)/db`.
  { id: 'connection_string_password', label: 'Password in connection string', placeholder: 'DB_PASSWORD', validation: 'Go MySQL DSN user:password@tcp(host)/db', keywords: ['@tcp(', '@unix('],
    pattern: /(?<![A-Za-z0-9_.:/-])[A-Za-z0-9_.-]{1,64}:([^\s:@/"'`]{1,120})@(?:tcp|unix)\(/, group: 1, check: 'password', confidence: 0.85 },
  { id: 'cli_password', label: 'Password on a command line', placeholder: 'CLI_PASSWORD', validation: 'psexec/Connect-VIServer with -p|-Password value', keywords: ['psexec', 'connect-viserver'],
    pattern: /(?:psexec(?:\.exe)?|connect-viserver)[^\r\n]{0,200}?[ \t](?:-p|-password|--password)[ \t]{1,4}(["']?)([^\s"']{1,120})\1/i, group: 2, confidence: 0.85 },
  // A shell one-liner's password may be a format field or a filler (`sshpass -p '%s'`, `-p 'blah'`); PsExec and PowerCLI lines count even with a variable.
  { id: 'cli_password', label: 'Password on a command line', placeholder: 'CLI_PASSWORD', validation: 'docker login/sshpass with -p|--password value', keywords: ['docker login', 'sshpass'],
    pattern: /(?:docker login|sshpass)[^\r\n]{0,200}?[ \t](?:-p|-password|--password)[ \t]{1,4}(["']?)([^\s"']{1,120})\1/i, group: 2, check: 'password', confidence: 0.85 },
  // Freshdesk, Chargebee and others take the API key as the user name with a dummy password (`-u KEY:X`).
  { id: 'cli_password', label: 'Password on a command line', placeholder: 'CLI_PASSWORD', validation: 'curl -u API_KEY:X', keywords: ['curl'],
    pattern: /curl (?:[^\r\n&|;]|&(?!&)|\\\r?\n){0,200}?(?:-u|--user)[ \t]{1,4}["']?([A-Za-z0-9_-]{20,80}):[Xx]?(?=["'\s]|$)/, group: 1, minEntropy: 3.5, check: 'notDummy', confidence: 0.8 },
  { id: 'cli_password', label: 'Password on a command line', placeholder: 'CLI_PASSWORD', validation: 'curl -u|--user|--proxy-user user:password', keywords: ['curl'],
    // `-u test:test` (the password repeats the user name) is a documentation example.
    // A backslash at a line's end continues the command on the next line; a half may be quoted on its own (`kevin:'pw'`).
    // `&&`, `|` and `;` end the command: `… && docker run -u 1000:1001` is a later command's uid:gid.
    pattern: /curl (?:[^\r\n&|;]|&(?!&)|\\\r?\n){0,200}?(?:-u|--user|-U|--proxy-user)[ \t]{1,4}["']?([^\s:"']{1,80})["']?:(?!["']?\1(?:[\s"']|$))["']?([^\s"']{3,120})/, group: 2, check: 'password', confidence: 0.8 },
  // Any other command's long option with its value after a space (`az acr login --password …`,
  // `--client-secret …`); `--password=…` is already an assignment. Prose names the options too
  // ("use the --password flag"), so a password must look chosen, and not be a source (`file:…`,
  // `env:…`, `@path`), a version or a name with "password" in it. psql, pg_dump and mysql read
  // the word after a bare --password as the database (they prompt, or mysql takes `=`). Not a bare
  // `--token`: kubeadm's documented join token is its usual value; nor `--secret`, which names a
  // Docker secret, a BuildKit id or an OpenVPN key file. Providers' tokens have rules of their own.
  { id: 'cli_password', label: 'Password on a command line', placeholder: 'CLI_PASSWORD', validation: 'any command with --password|--passwd VALUE (letters with digits or symbols, not a variable or placeholder)', keywords: ['--password', '--passwd'],
    pattern: /(?<![A-Za-z0-9_-])--pass(?:word|wd)(?<!(?:psql|pg_dump|pg_dumpall|pg_restore|pgbench|vacuumdb|createdb|dropdb|mysql[a-z]*|mariadb[a-z-]*)(?:\.exe)?[ \t][^\r\n|;&]{0,200})[ \t]{1,4}(["']?)(?!v?[0-9]+\.[0-9]|[a-z]{2,8}:|[@:])(?![^\s"']{0,40}[Pp][Aa][Ss][Ss][Ww][Oo][Rr][Dd])([^\s"'-][^\s"']{2,118}[^\s"'.,;:)])\1(?=[\s.,;:)]|$)/, group: 2, check: 'chosenPassword', confidence: 0.8 },
  { id: 'cli_password', label: 'Password on a command line', placeholder: 'CLI_PASSWORD', validation: 'any command with --api-key|--client-secret|--access-token|--auth-token VALUE (a random token of 20+ chars, not a name, path or variable)', keywords: ['--api-key', '--apikey', '--client-secret', '--access-token', '--auth-token'],
    pattern: /(?<![A-Za-z0-9_-])--(?:(?:access|auth)-token|api-?key|client-secret)[ \t]{1,4}(["']?)([A-Za-z0-9_.~+\/=-]{16,200})\1(?=\s|$)/, group: 2, check: 'randomToken', confidence: 0.8 },
  // mysql -p takes the password glued to the flag (`-pSecret`, `-p'Secret'`); `-p Secret` would
  // prompt and read `Secret` as the database name, so a space after -p is not a password.
  { id: 'cli_password', label: 'Password on a command line', placeholder: 'CLI_PASSWORD', validation: 'mysql/mysqldump/mysqladmin/mariadb -pPASSWORD or --password=PASSWORD', keywords: ['mysql', 'mariadb'],
    pattern: /(?<![A-Za-z0-9_-])(?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlcheck|mysqlshow|mariadb|mariadb-dump)(?:\.exe)?[ \t][^\r\n|;&]{0,200}?[ \t](?:-p|--password=)(["']?)([^\s"'`?.,;:)][^\s"'`]{0,119})\1(?=\s|$)/, group: 2, check: 'password', confidence: 0.85 },
  // Redis takes its password as a directive with no operator; a quoted value keeps its spaces out.
  { id: 'config_password', label: 'Password in a server config', placeholder: 'CONFIG_PASSWORD', validation: 'redis.conf requirepass / masterauth value', keywords: ['requirepass', 'masterauth'],
    // Redis reads "#" inside a value as part of it; only a line starting with "#" is a comment.
    pattern: /(?:^|\n)[ \t]*(?:requirepass|masterauth)[ \t]+(?:"([^"\r\n]{1,200})"|'([^'\r\n]{1,200})'|([^\s"']{1,200}))[ \t]*(?=\r?\n|$)/, check: 'password', confidence: 0.85 },
  // snmpd.conf grants read (or write) access to whoever sends the community string; "public" and
  // "private" are the defaults everyone knows.
  { id: 'config_password', label: 'Password in a server config', placeholder: 'CONFIG_PASSWORD', validation: 'snmpd.conf rocommunity / rwcommunity string other than public/private', keywords: ['rocommunity', 'rwcommunity'],
    pattern: /(?<![A-Za-z0-9_])(?:ro|rw)community6?[ \t]{1,8}(?!(?:public|private)(?:\s|$))([^\s#"']{4,64})/, group: 1, check: 'password', confidence: 0.8 },
  // The pre-shared key of OpenVPN's tls-auth, tls-crypt and static-key modes: 2048 bits in hex lines.
  { id: 'openvpn_static_key', label: 'OpenVPN static key', placeholder: 'OPENVPN_KEY', validation: 'BEGIN OpenVPN Static key V1 marker + lines of 32 hex digits', keywords: ['openvpn static key'],
    pattern: /-----BEGIN OpenVPN Static key V1-----[ \t]{0,4}\r?\n([0-9a-f]{32}(?:[ \t]{0,4}\r?\n[0-9a-f]{32}){3,15})/, group: 1, minEntropy: 3, confidence: 0.95 },
  // Apple issues app-specific passwords (for notarytool, altool, mail clients) as four groups of four lower-case letters.
  { id: 'apple_app_password', label: 'Apple app-specific password', placeholder: 'APPLE_APP_PASSWORD', validation: 'xxxx-xxxx-xxxx-xxxx after --password / -p or an app-specific password label', keywords: ['--password', 'specific password'],
    pattern: /(?:--password|(?<![A-Za-z0-9_-])-p|[Aa]pp[- ][Ss]pecific [Pp]assword[^\r\n]{0,40}?)[ \t:="']{1,6}([a-z]{4}-[a-z]{4}-[a-z]{4}-[a-z]{4})(?![A-Za-z0-9-])/, group: 1, check: 'notDummy', confidence: 0.85 },
  // Hardhat and Truffle configs list the deploying wallets' private keys: 32 bytes in hex.
  { id: 'crypto_private_key', label: 'Wallet private key', placeholder: 'WALLET_KEY', validation: 'accounts: [\'0x…64 hex\'] in a Hardhat/Truffle network config', keywords: ['accounts'],
    pattern: /accounts["']?[ \t]{0,4}:[ \t]{0,4}\[[ \t\r\n]{0,20}["'`](?:0x)?([0-9a-fA-F]{64})["'`]/, group: 1, check: 'notDummy', minEntropy: 3, confidence: 0.9 },
  // SQL that creates or changes an account with its password: PostgreSQL and SQL Server
  // (`CREATE USER deploy WITH PASSWORD '…'`, `CREATE LOGIN app WITH PASSWORD = N'…'`), MySQL and
  // Oracle (`… IDENTIFIED BY '…'`).
  { id: 'sql_password', label: 'Password in SQL', placeholder: 'SQL_PASSWORD', validation: 'CREATE/ALTER USER|LOGIN|ROLE … [WITH] PASSWORD [=] \'X\' or IDENTIFIED BY \'X\' (a literal, not a placeholder)', keywords: ['create user', 'create login', 'create role', 'alter user', 'alter login', 'alter role'],
    pattern: /(?:CREATE|ALTER)[ \t]{1,4}(?:USER|LOGIN|ROLE)[ \t]{1,4}[^;\r\n]{1,120}?(?:PASSWORD[ \t]{0,4}=?[ \t]{0,4}|IDENTIFIED[ \t]{1,4}BY[ \t]{1,4})N?(['"])([^'"\r\n]{4,128})\1/i, group: 2, check: 'password', confidence: 0.85 },
  { id: 'ngrok_token', label: 'ngrok authtoken', placeholder: 'NGROK_TOKEN', validation: 'ngrok [config add-]authtoken TOKEN on a command line', keywords: ['add-authtoken', 'ngrok authtoken'],
    pattern: /ngrok[ \t]+(?:config[ \t]+add-)?authtoken[ \t]+["']?([A-Za-z0-9_]{30,60})(?![A-Za-z0-9_])/, group: 1, check: 'notDummy', minEntropy: 3.5, confidence: 0.9 },
  { id: 'connection_string_password', label: 'Password in a connection string', placeholder: 'DB_PASSWORD', validation: 'jdbc:oracle:thin:user/password@host', keywords: ['jdbc:oracle:thin:'],
    pattern: /jdbc:oracle:thin:[A-Za-z0-9_$#.-]{1,60}\/([^@\s"'\/]{1,120})@/, group: 1, check: 'password', confidence: 0.9 },
  // A credential handed to a setter or a signing call as a literal: `setApiKey("live_…")`,
  // `withAccessToken('…')`, `jwt.sign(payload, 'the-signing-secret')`. The method names the value;
  // setters of other keys (`setKey`, a DOM `setAccessKey`, a design token's `useToken`) do not.
  { id: 'generic_secret', label: 'Key or token passed to a setter', placeholder: 'SECRET', validation: `${CREDENTIAL_SETTERS.slice(0, 3).join('|')}…("literal"), random-looking (entropy ≥ 3)`,
    keywords: CREDENTIAL_SETTERS.map((name) => name.toLowerCase()),
    pattern: new RegExp(`(?<![A-Za-z0-9_])(?:${CREDENTIAL_SETTERS.join('|')})[ \\t]*\\([ \\t]*(["'])([^"'\\s]{8,200})\\1[ \\t]*\\)`), group: 2, check: 'notDummy', minEntropy: 3, confidence: 0.75 },
  // The secret is the call's second argument: the first is a name or a flat object, and an
  // environment variable may come first as the fallback's guard (`process.env.JWT_SECRET || '…'`).
  { id: 'generic_secret', label: 'JWT signing secret in code', placeholder: 'SECRET', validation: 'jwt.sign/jwt.encode(payload, "literal"), random-looking (entropy ≥ 3)', keywords: ['jwt.sign', 'jwt.encode'],
    pattern: /jwt\.(?:sign|encode)\([ \t\r\n]{0,20}(?:[A-Za-z_$][\w$.]{0,60}|\{[^{}]{0,300}\})[ \t\r\n]{0,20},[ \t\r\n]{0,20}(?:process\.env\.[A-Za-z_][\w]{0,60}[ \t]{0,4}(?:\|\||\?\?)[ \t]{0,4})?(["'`])([^"'`\s]{8,200})\1/, group: 2, check: 'notDummy', minEntropy: 3, confidence: 0.75 },
  // The phrase follows the label's colon or equals sign, and must stand alone as a run of words.
  { id: 'seed_phrase', label: 'Wallet recovery phrase', placeholder: 'SEED_PHRASE', validation: 'mnemonic / seed or recovery phrase label, then 12-24 lower-case words (BIP-39 lengths, no function words)',
    keywords: ['mnemonic', 'seed phrase', 'seed_phrase', 'seed-phrase', 'recovery phrase', 'recovery_phrase', 'secret phrase', 'secret recovery phrase', 'backup phrase', 'seed words', 'recovery words'],
    pattern: /(?:mnemonic|seed[ _-]?phrase|recovery[ _-]?phrase|secret[ _-]?phrase|backup[ _-]?phrase|seed[ _-]?words|recovery[ _-]?words)[^\n:=]{0,60}[:=][ \t]{0,4}["'`]?((?:[A-Za-z]{3,8}[ \t]){11,23}[A-Za-z]{3,8})(?![A-Za-z]|[ \t][A-Za-z])/i, group: 1, check: 'seedPhrase', confidence: 0.85 },
  { id: 'pgpass_password', label: 'PostgreSQL .pgpass password', placeholder: 'DB_PASSWORD', validation: 'host:port:database:user:password line', keywords: ['pgpass', ':5432:', ':5433:', ':*:'],
    pattern: /^[A-Za-z0-9.*_-]{1,253}:(?:[0-9]{1,5}|\*):[^:\s]{1,63}:[^:\s]{1,63}:([^\s]{1,120})$/m, group: 1, check: 'password', confidence: 0.8 },
  // A Secret manifest's data values are its secrets, base64-encoded (`password: bXlwYXNzd29yZA==`);
  // the keyword may come after them (`kubectl get secret -o yaml` sorts `data:` before `kind:`),
  // so the rule reaches as far back as forward.
  { id: 'k8s_secret_data', label: 'Value in a Kubernetes Secret manifest', placeholder: 'K8S_SECRET', validation: 'kind: Secret manifest, indented key: base64 value that decodes to text (not a certificate or public key)', keywords: ['kind: secret', 'kind: "secret"', "kind: 'secret'"],
    pattern: /^[ \t]{1,8}[A-Za-z0-9_.-]{1,80}:[ \t]{1,4}([A-Za-z0-9+/]{8,4000}={0,2})[ \t]*$/m, group: 1, check: 'base64Text', reach: 8_000, reachBefore: 8_000, confidence: 0.85 },
  // Kubernetes env lists name the variable on one line and give its value on the next; a
  // `valueFrom:` reference is not a value. The name ends in the secret word (PASSWORD_FILE is a path).
  { id: 'k8s_env_secret', label: 'Secret in a Kubernetes env list', placeholder: 'K8S_SECRET', validation: '- name: …PASSWORD|SECRET|TOKEN|API_KEY… then value: literal', keywords: ['- name:'],
    pattern: /-[ \t]{1,4}name:[ \t]{0,4}["']?[A-Za-z0-9_.-]{0,40}(?:PASSWORD|PASSWD|PASSPHRASE|PWD|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|AUTH_?KEY|PRIVATE_?KEY)(?:_[0-9]{1,2})?["']?[ \t]{0,4}\r?\n[ \t]{0,40}value:[ \t]{0,4}(["']?)([^\s"'#][^\s"']{0,199})\1[ \t]{0,4}(?=\r?\n|$|#)/i, group: 2, check: 'password', confidence: 0.85 },
  // Helm values set from Terraform (`set { name = "auth.password" value = "…" }`, also as printed
  // by `terraform plan` with `+`/`~`) name the value on one line and give it on the next.
  { id: 'helm_set_secret', label: 'Secret in a Terraform Helm set block', placeholder: 'HELM_SECRET', validation: 'name = "…password|secret|token|key" then value = literal', keywords: ['value ='],
    pattern: /name[ \t]{0,10}=[ \t]{0,4}"[^"\r\n]{0,80}(?:password|passwd|secret|token|api_?key|apikey|access_?key|private_?key|credentials?)"[ \t]{0,4}\r?\n[ \t]{0,40}(?:[+~][ \t]{1,4})?value[ \t]{0,10}=[ \t]{0,4}"([^"\r\n]{1,200})"/i, group: 1, check: 'password', reachBefore: 200, confidence: 0.85 },
  // An interactive shell echoes what it evaluates on the next line: `>>> settings.SECRET_KEY` then
  // `'…'` (Python), `Out[3]: '…'` (IPython), `=> "…"` (irb, pry).
  { id: 'repl_echoed_secret', label: 'Secret echoed by an interactive shell', placeholder: 'SECRET', validation: 'REPL prompt (>>>, In [n]:, irb>, pry>) evaluating a secret name, then the quoted result', keywords: ['>>>', 'in [', 'irb(', 'pry('],
    pattern: /^(?:>>>|In \[[0-9]{1,4}\]:|irb\([^)\r\n]{0,20}\)[0-9:]{0,12}>|\[[0-9]{1,4}\] pry\([^)\r\n]{0,30}\)>)[ \t]{0,4}[^\r\n]{0,80}?(?:secret|password|passwd|token|api_?key|apikey|private_?key|access_?key|credentials?)[A-Za-z0-9_'"\]\[.]{0,30}[ \t]{0,4}\)?[ \t]{0,4}\r?\n(?:Out\[[0-9]{1,4}\]:[ \t]{0,4}|=>[ \t]{0,4})?(["'])([^\s"']{8,200})\1[ \t]{0,4}$/im, group: 2, check: 'notDummy', confidence: 0.85 },
  // `vault kv get` prints a two-column table (Key / Value, underlined with --- and -----); a row
  // whose key ends in a credential word is a secret in clear.
  { id: 'vault_kv_secret', label: 'Secret in vault kv output', placeholder: 'VAULT_SECRET', validation: 'row of a Key / Value table (vault kv get) whose key ends in password|secret|token|key', keywords: ['value\n---'],
    pattern: /^[A-Za-z0-9_.-]{0,40}(?:password|passwd|secret|token|api_?key|apikey|private_?key|access_?key)[ \t]{2,60}([^\s]{6,200})[ \t]*$/im, group: 1, check: 'password', reach: 3_000, confidence: 0.8 },
  { id: 'dotnet_credentials', label: 'Credentials in .NET NetworkCredential / DirectoryEntry', placeholder: 'DOTNET_PASSWORD', validation: 'constructor with literal user and password', keywords: ['networkcredential', 'directoryentry'],
    pattern: /(?:NetworkCredential|DirectoryEntry)[ \t]{0,4}\([ \t]{0,4}(?:"[^"\r\n]{0,120}"[ \t]{0,4},\s{0,40})?"[^"\r\n]{1,120}"[ \t]{0,4},\s{0,40}"([^"\r\n]{1,120})"/, group: 1, check: 'notPlaceholder', confidence: 0.9 },
  { id: 'dotnet_config_secret', label: 'Secret in .NET configuration', placeholder: 'CONFIG_SECRET', validation: '<add key="…password|secret…" value="…">', keywords: ['<add key='],
    pattern: /<add key="[^"]{0,60}(?:password|secret|pwd|token|apikey)[^"]{0,30}"[ \t]{1,4}value="([^"]{1,200})"/i, group: 1, check: 'notPlaceholder', confidence: 0.85 },
  { id: 'netrc_credentials', label: 'netrc credentials', placeholder: 'NETRC_PASSWORD', validation: 'machine … login … password …', keywords: ['machine'],
    pattern: /machine[ \t]{1,4}[^\s]{1,100}\s{1,40}login[ \t]{1,4}[^\s]{1,100}\s{1,40}password[ \t]{1,4}([^\s]{1,120})/, group: 1, check: 'notPlaceholder', confidence: 0.9 },
  { id: 'gradle_credentials', label: 'Hard-coded Gradle credentials', placeholder: 'GRADLE_PASSWORD', validation: 'credentials { username … password … } block', keywords: ['credentials'],
    pattern: /credentials[ \t]{0,4}\{[^}]{0,200}?password[ \t]{1,4}(["'])([^"'\r\n]{1,120})\1/, group: 2, confidence: 0.85 },
  { id: 'password_in_prose', label: 'Password stated in text', placeholder: 'PASSWORD', validation: '"password … is \'X\'" with a quoted value', keywords: ['password'],
    pattern: /password(?: for (?:the )?user [^\r\n]{1,40}?| for [^\r\n]{1,30}?)? is[ \t]{1,3}(["'`])([^"'`\r\n]{2,80})\1/i, group: 2, check: 'notPlaceholder', confidence: 0.8 },
  // Chat prompts state passwords unquoted ("my password is Monkey2023!, what…", "pw: Summer2020#",
  // "creds are admin:Tr0ub4dor!77"). Unquoted prose is full of "password is incorrect/stored in…",
  // so the value must look chosen: letters with digits or symbols, no code or URL characters.
  { id: 'password_in_prose', label: 'Password stated in text', placeholder: 'PASSWORD', validation: '"password [for …] is|was|to X", "pw: X", "creds are user:X" with a password-like unquoted value', keywords: ['password is', 'password was', 'password to', 'password for', 'passwd is', 'pw:', 'pw is', 'pwd:', 'creds', 'credentials are', 'credentials:'],
    pattern: new RegExp(`(?:(?:password|passwd|passcode|(?<![A-Za-z])pwd?)(?: for [^\\r\\n:=]{1,40}?)?(?: (?:is|was|to)| ?:)|(?<![A-Za-z])(?:creds|credentials)(?: are| ?:))[ \\t]{1,3}${PROSE_USER}([^\\s"'\`]{5,79}[^\\s"'\`.,;:)?])`, 'i'), group: 1, check: 'chosenPassword', confidence: 0.75 },
  // "user admin, password oCrK1qs…", "login: jdoe pass Tr0ub4dor!": after a user, "password" needs no "is" or colon.
  { id: 'password_in_prose', label: 'Password stated in text', placeholder: 'PASSWORD', validation: '"user X, password Y" (or login, SSID) with a password-like unquoted Y', keywords: [', password', ', pwd', ', pw', 'and password', 'and pwd'],
    pattern: /(?<![A-Za-z])(?:[Uu]ser(?:name)?|[Ll]ogin|SSID)[ \t:]{1,3}[A-Za-z0-9_.@-]{1,40}(?:,[ \t]{1,3}(?:and[ \t]{1,3})?|[ \t]{1,3}and[ \t]{1,3})(?:[Pp]assword|[Pp]wd|[Pp]w)[ \t:]{1,3}([^\s"'`]{5,79}[^\s"'`.,;:)?])/, group: 1, check: 'chosenPassword', confidence: 0.75 },
  // Wi-fi keys are handed around in chat: "passphrase C91DSFf…", "wifi password: Summer2024!".
  { id: 'password_in_prose', label: 'Password stated in text', placeholder: 'PASSWORD', validation: '"passphrase|wifi password|wpa key X" with a password-like unquoted X', keywords: ['passphrase', 'wifi', 'wi-fi', 'wpa'],
    pattern: /(?<![A-Za-z])(?:[Pp]assphrase|(?:[Ww]i-?[Ff]i|WIFI|WPA2?|[Ww]pa2?)[ \t]{1,3}(?:[Pp]assword|[Kk]ey|[Pp]ass))(?:[ \t]{1,3}(?:is|was))?[ \t:]{1,3}([^\s"'`]{5,79}[^\s"'`.,;:)?])/, group: 1, check: 'chosenPassword', confidence: 0.75 },
  // "use deploy / Tigers2016! to log into the box": user and password around a slash, then what they
  // open. The user is written like an account (lower case, or with @ _ . -): "Use OAuth / OAuth2.0 to
  // access the API" and "Python / Python3.11" name products, and a word plus a version is no password.
  // Gated on the spaced slash: the words after it ("box", "server", "access") are everywhere.
  { id: 'password_in_prose', label: 'Password stated in text', placeholder: 'PASSWORD', validation: '"use|login|creds user / X to log in|sign in|ssh|connect|access" or "… for the vpn|server|box" with an account-like user and a password-like X', keywords: [' / '],
    pattern: /(?<![A-Za-z0-9])(?:[Uu]se|[Ww]ith|[Cc]reds?|[Cc]redentials|[Ll]ogin|[Aa]ccount)[: \t]{1,3}(?:[a-z0-9_.@-]{1,40}|[A-Za-z0-9]{1,20}[_.@-][A-Za-z0-9_.@-]{1,30})[ \t]{0,2}\/[ \t]{0,2}(?![A-Za-z-]{1,30}[0-9.]{1,8}[ \t])([^\s"'`]{5,79}[^\s"'`.,;:)?])[ \t]{1,3}(?:to (?:log ?(?:in|on)(?:to)?|sign ?in|ssh|connect|access|get in)|for (?:the )?(?:login|ssh|admin|console|box|server|vpn|portal))/, group: 1, check: 'chosenPassword', confidence: 0.75 },
  // "ID/PW for the admin panel is admin / Velvet@cloud284", "vpn creds jdoe / xv$06e0…": a label
  // naming the pair, then user and password around a slash, with nothing needed after them.
  { id: 'password_in_prose', label: 'Password stated in text', placeholder: 'PASSWORD', validation: '"ID/PW|user/pass|login/password|creds … [is|are|:] user / X" with an account-like user and a password-like X', keywords: ['id/pw', 'user/pass', 'username/pass', 'login/pass', 'creds', 'credentials'],
    pattern: /(?<![A-Za-z])(?:ID\/PW|[Ii]d\/[Pp]w|[Uu]ser(?:name)?\/[Pp](?:ass(?:word)?|w)|[Ll]ogin\/[Pp](?:ass(?:word)?|w)|[Cc]reds|[Cc]redentials)(?:[^\r\n\/]{0,60}?[ \t](?:is|are)|[ \t]{0,2}:)?[ \t]{1,3}(?:[a-z0-9_.@-]{1,40}|[A-Za-z0-9]{1,20}[_.@-][A-Za-z0-9_.@-]{1,30})[ \t]{0,2}\/[ \t]{0,2}([^\s"'`]{5,79}[^\s"'`.,;:)?])(?=[\s.,;)]|$)/, group: 1, check: 'chosenPassword', confidence: 0.75 },
  { id: 'password_in_prose', label: 'Password stated in text', placeholder: 'PASSWORD', validation: '"use the following password" then a random-looking line', keywords: ['following password'],
    pattern: /following password[^\r\n]{0,60}\r?\n\s{0,10}([A-Za-z0-9]{16,64})\s/i, group: 1, minEntropy: 3, confidence: 0.85 },
  // "Here's my key 9258130e…", "the api key is KWni/QD1…": a key or token stated in chat. Only after
  // a possessive or an article and the key word, and only a token-shaped value (32+ hex digits, or
  // 20+ characters mixing letters and digits, random enough): "my key takeaway", "the token limit
  // is 4096" are words and numbers.
  { ...KEY_IN_PROSE_RULE,
    pattern: new RegExp(`${KEY_IN_PROSE}(${TOKEN_NOT_IDENTIFIER})${TOKEN_END}`), group: 1, minEntropy: 3.5, check: 'notDummy', confidence: 0.7, reach: 260 },
  { ...KEY_IN_PROSE_RULE,
    pattern: new RegExp(`${KEY_IN_PROSE}(${ONE_CASE_TOKEN})${TOKEN_END}`), group: 1, minEntropy: 3.3, check: 'notDummy', confidence: 0.65, reach: 260 },
  // Many services issue UUIDs as API keys ("my opsgenie key is e8268117-…"); after "my|the … key" one is a credential.
  { ...KEY_IN_PROSE_RULE,
    pattern: new RegExp(`${KEY_IN_PROSE_PLAIN}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})${TOKEN_END}`), group: 1, check: 'notDummy', confidence: 0.6, reach: 260 },
  // Hex has 16 symbols, so a random 32-digit hex key has less entropy per character.
  { ...KEY_IN_PROSE_RULE,
    pattern: new RegExp(`${KEY_IN_PROSE}([0-9a-fA-F]{32,64})${TOKEN_END}`), group: 1, minEntropy: 3, check: 'notDummy', confidence: 0.7, reach: 260 },
  // Passwords handed to a command or a call rather than assigned.
  { id: 'password_in_markup', label: 'Password in an XML element', placeholder: 'PASSWORD', validation: '<password>|<secret>|<apiKey>|<apiToken>… literal </…> (Maven settings, app configs)', keywords: ['<password>', '<passwd>', '<pwd>', '<secret>', '<apikey>', '<api_key>', '<api-key>', '<clientsecret>', '<client_secret>', '<token>', '<accesstoken>', '<access_token>', '<apitoken>', '<passphrase>'],
    pattern: /<(password|passwd|pwd|secret|api[_-]?key|client[_-]?secret|token|access[_-]?token|apiToken|passphrase)>([^<\s]{4,1000})<\/\1>/i, group: 2, check: 'password', confidence: 0.85 },
  // Jenkins keeps credentials in credentials.xml as `<secret>{AQAAABAAAAAQ…}</secret>`: encrypted, but
  // decryptable with the controller's key, and exports print the plain value inside the same braces.
  { id: 'jenkins_credential', label: 'Jenkins stored credential', placeholder: 'JENKINS_SECRET', validation: '<secret>|<password>|<apiToken>{AQAAABAAA…}</…> (credentials.xml)', keywords: ['{aqaaabaaa'],
    pattern: /<(secret|password|apiToken|privateKey|passphrase)>\{(AQAAABAAA[^<}\r\n]{8,1000})\}<\/\1>/i, group: 2, check: 'notPlaceholder', confidence: 0.85 },
  { id: 'password_in_command', label: 'Password passed to a command', placeholder: 'PASSWORD', validation: 'ConvertTo-SecureString literal -AsPlainText; echo literal | docker login --password-stdin; htpasswd -b file user literal', keywords: ['convertto-securestring', 'password-stdin', 'htpasswd'],
    pattern: /ConvertTo-SecureString[ \t]{1,4}(?:-String[ \t]{1,4})?(["'])([^"'\r\n]{4,200})\1[^\r\n]{0,40}-AsPlainText|echo[ \t]{1,4}(["']?)([^\s"'|]{6,200})\3[ \t]{0,4}\|[ \t]{0,4}(?:sudo[ \t]{1,4})?(?:docker|podman|helm|oras|buildah)[ \t]{1,4}(?:registry[ \t]{1,4})?login[^\r\n|]{0,200}--password-stdin|htpasswd[ \t]{1,4}(?:-[a-zA-Z]{1,4}[ \t]{1,4}){0,3}-[a-zA-Z]{0,3}b[a-zA-Z]{0,3}[ \t]{1,4}(?:-[a-zA-Z]{1,4}[ \t]{1,4}){0,3}[^\s-][^\s]{0,200}[ \t]{1,4}[^\s]{1,80}[ \t]{1,4}(["']?)([^\s"']{4,200})\5(?=\s|$)/, check: 'password', confidence: 0.85 },
  { id: 'jdbc_password', label: 'Password in a JDBC getConnection call', placeholder: 'PASSWORD', validation: 'getConnection(url, "user", "literal")', keywords: ['getconnection'],
    // Long calls put each argument on a line of its own.
    pattern: /getConnection[ \t]{0,4}\(\s{0,40}[^,()\r\n]{1,200},\s{0,40}"[^"\r\n]{1,80}"[ \t]{0,4},\s{0,40}"([^"\r\n]{1,200})"/, group: 1, check: 'password', confidence: 0.85 },
  // Libraries that log in take the user and password by position: smtplib/imaplib/ftplib
  // `.login("user", "…")`, requests' `HTTPBasicAuth("user", "…")` or `auth=("user", "…")`, Java's
  // PasswordAuthentication; database drivers take the host first (`mysqli_connect("localhost",
  // "root", "…")`, `pymysql.connect(host, "root", "…")`, `new PDO($dsn, "user", "…")`).
  { id: 'login_call_password', label: 'Password passed to a login or connect call', placeholder: 'PASSWORD', validation: '.login|HTTPBasicAuth|auth=(|PasswordAuthentication("user", "literal"), or a driver connect(host, "user", "literal")',
    keywords: ['.login(', 'basicauth', 'digestauth', 'auth=(', 'auth = (', 'passwordauthentication', 'passwordcredentials', 'mysqli', 'mysql_connect', 'new pdo', 'pdo->__construct', 'pymysql.connect', 'mysqldb.connect', 'ftp('],
    pattern: /(?:(?:\.login|HTTP(?:Basic|Digest)Auth|BasicAuth|PasswordAuthentication|UsernamePasswordCredentials|(?<![A-Za-z_])auth[ \t]{0,2}=)[ \t]{0,4}\(|(?:mysqli_connect|mysql_connect|new[ \t]{1,4}(?:mysqli|PDO)|PDO->__construct|(?:pymysql|MySQLdb)\.connect|FTP(?:_TLS)?)[ \t]{0,4}\([^,()\r\n]{1,200},)\s{0,40}(["'])[^"'\r\n]{1,80}\1[ \t]{0,4},\s{0,40}(["'])([^\s"']{1,200}|[a-z]{4}(?: [a-z]{4}){3})\2/, group: 3, check: 'password', confidence: 0.8 },
  { id: 'docker_registry_auth', label: 'Docker registry credentials', placeholder: 'DOCKER_AUTH', validation: '"auth": base64 of user:password (docker config.json)', keywords: ['"auth"'],
    pattern: /"auth"[ \t]{0,4}:[ \t]{0,4}"([A-Za-z0-9+/]{8,400}={0,2})"/, group: 1, check: 'base64UserPassword', confidence: 0.9 },
  // The same file base64-encoded whole: a Kubernetes `.dockerconfigjson`, a CI's DOCKER_AUTH_CONFIG.
  // Base64 of `{"auths":` always starts the same way, whatever follows.
  { id: 'docker_registry_auth', label: 'Docker registry credentials', placeholder: 'DOCKER_AUTH', validation: 'base64 of a docker config ({"auths": …) that holds an auth or password', keywords: ['eyjhdxrocyi6'],
    pattern: token('eyJhdXRocyI6[A-Za-z0-9+/]{40,8000}={0,2}'), check: 'base64Credentials', reach: 8_100, confidence: 0.9 },
  { id: 'phpmailer_password', label: 'PHPMailer SMTP password', placeholder: 'SMTP_PASSWORD', validation: '$mail->Password = literal', keywords: ['->password'],
    pattern: /->Password[ \t]{0,10}=[ \t]{0,4}(["'])([^"'\r\n]{1,120})\1/, group: 2, check: 'notPlaceholder', confidence: 0.9 },
  { id: 'env_app_password', label: 'Password in front-end environment file', placeholder: 'ENV_PASSWORD', validation: 'REACT_APP_/VITE_/NEXT_PUBLIC_ …PASS… = literal', keywords: ['react_app_', 'vite_', 'next_public_', 'vue_app_'],
    pattern: /(?:REACT_APP|VITE|NEXT_PUBLIC|VUE_APP)_[A-Z0-9_]{0,40}(?:PASS|PASSWORD|SECRET|TOKEN)[A-Z0-9_]{0,10}[ \t]{0,2}=[ \t]{0,2}["']?([^\s"'#$]{1,120})/, group: 1, check: 'password', confidence: 0.85 },
  { id: 'env_app_username', label: 'User name in front-end environment file', placeholder: 'ENV_USER', severity: 'low', validation: 'REACT_APP_/VITE_ …USER… = literal', keywords: ['react_app_', 'vite_', 'next_public_', 'vue_app_'],
    pattern: /(?:REACT_APP|VITE|NEXT_PUBLIC|VUE_APP)_[A-Z0-9_]{0,40}USER(?:NAME)?[ \t]{0,2}=[ \t]{0,2}["']?([A-Za-z0-9_.@-]{1,120})(?=[\s"']|$)/, group: 1, confidence: 0.6 },
  { id: 'password_comparison', label: 'Password compared with a literal', placeholder: 'PASSWORD', validation: 'password/secret ==|!= "literal"', keywords: ['password', 'secret', 'passwd'],
    pattern: /(?:password|passwd|secret)[ \t]{0,4}(?:===?|!==?)[ \t]{0,4}(["'])([^"'\r\n]{3,120})\1/i, group: 2, check: 'notPlaceholder', confidence: 0.8 },
];
