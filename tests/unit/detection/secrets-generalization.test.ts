/**
 * Behaviours found by probing the secrets family with data it was not tuned on: template tokens,
 * code that merely mentions a password, unquoted and prose passwords, less common credential
 * layouts. Values here are made up for these tests and differ from the probe's.
 */
import { describe, expect, it } from 'vitest';
import { scanText } from '../../../utils/detection/index';
import { Random, mulberry32 } from '../../fixtures/random';

const secrets = (text: string) => scanText(text).filter((f) => f.category === 'secret');
const types = (text: string) => secrets(text).map((f) => f.type);
const high = (text: string) => secrets(text).filter((f) => f.severity === 'high');
const values = (text: string) => secrets(text).map((f) => text.slice(f.start, f.end));

/** Deterministic pseudo-random strings, so a failure names a reproducible token. */
const randomSource = (seed: number) => {
  const random = new Random(mulberry32(seed));
  return (alphabet: string, n: number) => random.string(alphabet, n);
};
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

describe('placeholder bodies in provider-shaped tokens', () => {
  it.each([
    ['ghp_' + 'x'.repeat(36), 'fill of x'],
    ['sk_test_' + 'X'.repeat(28), 'fill of X'],
    ['AKIA' + 'X'.repeat(16), 'AWS key id fill'],
    ['xoxp-' + '0'.repeat(11) + '-' + '0'.repeat(11) + '-' + 'x'.repeat(32), 'Slack zeros and x'],
    ['glpat-' + '0'.repeat(20), 'fill of 0'],
    ['npm_' + 'Z'.repeat(36), 'one repeated letter'],
    ['hf_ThisIsNotARealTokenJustSampleTextA', 'words inside the body'],
    ['ghp_PutYourPersonalTokenHere000000000000', 'your/here wording'],
    ['xoxb-fake-token-for-docs-1234567890', 'fake'],
    ['AKIAJ5TQ2WVNZEXAMPLE', 'vendor-style documented example key id'],
    ['AKIAIOSFODNN7EXAMPLE', "AWS's published example key id"],
  ])('%s (%s) is a low-severity placeholder_token, never high', (token) => {
    for (const text of [token, `export API_TOKEN=${token}`, `{"token": "${token}"}`, `Authorization: Bearer ${token}`]) {
      expect(high(text)).toEqual([]);
    }
    expect(types(token)).toEqual(['placeholder_token']);
  });

  it('reports a JWT whose claims are made up (jwt.io sample, "John Doe", "example-user") as a placeholder, whichever rule reads it', () => {
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const header = b64({ alg: 'HS256', typ: 'JWT' });
    const jwt = (claims: object) => `${header}.${b64(claims)}.Qm9ndXNTaWduYXR1cmVGb3JBVGVzdDAxMjM0NTY3ODk`;
    const examples = [
      jwt({ sub: '1234567890', name: 'Ada Jensen', iat: 1700000000 }),
      jwt({ sub: 'u-77', name: 'Pat Ito', iat: 1516239022 }),
      jwt({ sub: 'example-user', role: 'admin' }),
      jwt({ sub: 'a81f', name: 'Jane Doe' }),
      jwt({ sub: 'a81f', email: 'test.user@acme.io' }),
    ];
    for (const token of examples) {
      for (const text of [token, `Authorization: Bearer ${token}`, `const ID_JWT = '${token}';`]) {
        expect(high(text)).toEqual([]);
        expect(types(text)).toEqual(['placeholder_token']);
      }
    }
    const live = jwt({ sub: '5d0c9a4e-2b71-4f3e-9c1a-7e8b6d2f4a10', name: 'Lena Okafor', iat: 1732400000, exp: 1732403600 });
    expect(types(`Authorization: Bearer ${live}`).some((t) => t === 'jwt' || t === 'bearer_token')).toBe(true);
    expect(high(live).map((f) => f.type)).toEqual(['jwt']);
  });

  it("treats AWS's published example secret key as a placeholder, not a credential", () => {
    const text = 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    expect(high(text)).toEqual([]);
    expect(types('aws_secret_access_key = wJa1rXUtnFEMI/K7MDENG/bPxRfiCYzQ8vR2kLmT')).toContain('aws_secret_key');
  });

  it('keeps reporting random token bodies with the provider type', () => {
    const random = randomSource(20240611);
    const makers: [string, () => string][] = [
      ['github_token', () => 'ghp_' + random(ALNUM, 36)],
      ['stripe_key', () => 'sk_live_' + random(ALNUM, 24)],
      ['aws_access_key', () => 'AKIA' + random('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)],
      ['gitlab_token', () => 'glpat-' + random(ALNUM + '_-', 20)],
      ['huggingface_token', () => 'hf_' + random(ALNUM.slice(0, 52), 34)],
      ['npm_token', () => 'npm_' + random(ALNUM, 36)],
      ['slack_token', () => `xoxb-${random('0123456789', 12)}-${random('0123456789', 13)}-${random(ALNUM, 24)}`],
    ];
    const wrong: string[] = [];
    for (const [type, make] of makers) {
      for (let i = 0; i < 300; i++) {
        const token = make();
        if (!types(`token: ${token}`).includes(type)) wrong.push(token);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('drops placeholders and fill in assignments', () => {
    for (const text of ['password: replace-me', 'db.password=replace_this', 'password = "sk-proj-' + 'X'.repeat(30) + '"', 'api_key: "AIzaSy' + 'X'.repeat(33) + '"']) {
      expect(high(text)).toEqual([]);
    }
    // A chosen password may contain placeholder words: only token bodies are judged by them.
    expect(values('password = "WhereIsYourCar42"')).toEqual(['WhereIsYourCar42']);
  });
});

describe('password assignments that are code, not values', () => {
  it.each([
    'const password = await argon2.hash(input.pw);',
    'let secret = new TextEncoder().encode(raw)',
    'token = yield select(getToken)',
    'password = derive_key (salt, rounds)',
    'self.password = make_password(raw)',
    '"dependencies": { "password-generator": "^2.3.2", "secret-handshake": "~1.1.20", "tokenizer": ">=0.4.0" }',
    'passport-password: 3.x',
  ])('does not flag %s', (text) => {
    expect(secrets(text)).toEqual([]);
  });

  it('still flags literal passwords next to such code', () => {
    expect(values('password = Hx7pQ2vLm9\nconst hashed = await hash(password)')).toEqual(['Hx7pQ2vLm9']);
    expect(values('db_password: "^Kq7!zR2w"')).toEqual(['^Kq7!zR2w']);
    expect(values('"password": "1.2.3-Zz9!k"')).toEqual(['1.2.3-Zz9!k']);
  });
});

describe('unquoted values containing $', () => {
  it('reports a value with $ inside it', () => {
    expect(values('MYSQL_PASSWORD=Kx9$7mZ2q!v\nMYSQL_USER=app')).toEqual(['Kx9$7mZ2q!v']);
    expect(values('smtp:\n  password: Harbor2031$\n')).toEqual(['Harbor2031$']);
    expect(values('login?user=ops&password=Vb7$$2kq')).toEqual(['Vb7$$2kq']);
  });

  it('skips a value that is a variable reference', () => {
    for (const text of ['db_pass=$DB_PASS', 'password=${PG_PASSWORD}', 'PASSWORD=$(cat /run/secrets/pw)', '$password = $_POST["pw"];', 'password = pre$SUFFIX', 'PASS=abc${N}x']) {
      expect(secrets(text)).toEqual([]);
    }
  });
});

describe('URLs with an empty user name', () => {
  it('reports the password of scheme://:password@host', () => {
    expect(values('REDIS_URL=redis://:Kq8vLm2xR7@cache-01.svc.local:6379/2')).toEqual(['Kq8vLm2xR7']);
    expect(types('celery broker: rediss://:Wn4-tuPz9Qa@queue.internal:6380/0')).toEqual(['url_credentials']);
  });

  it('does not report a variable or a URL without a password', () => {
    for (const text of ['rediss://:${REDIS_PASS}@cache:6380', 'redis://cache.internal:6379/0', 'redis://:@cache:6379']) {
      expect(secrets(text)).toEqual([]);
    }
  });
});

describe('passwords stated in prose, unquoted', () => {
  it.each([
    ['I cannot log in. My username is ops and my password is Harbor2029!, what now?', 'Harbor2029!'],
    ['pw: Falcon77#', 'Falcon77#'],
    ['creds are backup:Qz7!mK2p (ssh into the box)', 'Qz7!mK2p'],
    ['the wifi password is 9kRt2vX8LmQ3 btw', '9kRt2vX8LmQ3'],
    ['I set the admin password to Zebra-4471 yesterday.', 'Zebra-4471'],
    ['just use backup / Orchid#5512 to log into the NAS', 'Orchid#5512'],
    ['login: admin / Hunter2024! for the vpn', 'Hunter2024!'],
    // The rule runs wherever its ending is, not only where an unrelated "connect" occurs nearby.
    ['Use deploy / Tigers2016! for the vpn.', 'Tigers2016!'],
  ])('reports %s', (text, value) => {
    expect(values(text)).toEqual([value]);
  });

  it.each([
    'my password is incorrect',
    'the password is stored in Vault',
    'reset your password at https://acme.com/reset',
    'the password is case-sensitive.',
    'set the password to https://vault.acme.io/a1',
    'your password is required.',
    'if password is None:',
    'the password was reset, expired and is now required again',
    'pw: <your password>',
    'my password is ${ADMIN_PW}',
    'use the 50 / 50 split to connect both teams',
    'use A / B testing to access more users',
    'use src/main.ts / index.ts to connect the router',
    'Use OAuth / OAuth2.0 to access the API',
    'Sign in with Google / Microsoft365 to access the portal',
    'Use Python / Python3.11 to connect to the database',
    'Use Chrome / Firefox115 to access the site',
  ])('does not report %s', (text) => {
    expect(secrets(text)).toEqual([]);
  });
});

describe('keys and tokens stated in prose', () => {
  it.each([
    ["Here's my key 7c41a9e2b0d35f86e19a4c7b2d08f6e3 - can you write a script with it?", '7c41a9e2b0d35f86e19a4c7b2d08f6e3'],
    ['my api key is Qm8vTz2/Lk9pWx4RjN7+Ha3sYd6Fc1Ub', 'Qm8vTz2/Lk9pWx4RjN7+Ha3sYd6Fc1Ub'],
    ['The bot token: ntn_Rk28vLq9Zt4Wp7Xm3Hc6Jd1Ns5Bf0Gy2Ke8Ua', 'ntn_Rk28vLq9Zt4Wp7Xm3Hc6Jd1Ns5Bf0Gy2Ke8Ua'],
    // A full stop is not part of the key; quotes, "=" and a provider word before "key" are read.
    ['my api key is Qm8vX3kP9zLw2RtY7uB4nE6a.', 'Qm8vX3kP9zLw2RtY7uB4nE6a'],
    ['my api key is "Qm8vX3kP9zLw2RtY7uB4nE6a"', 'Qm8vX3kP9zLw2RtY7uB4nE6a'],
    ['my openai key = Qm8vX3kP9zLw2RtY7uB4nE6a', 'Qm8vX3kP9zLw2RtY7uB4nE6a'],
    // Upper-case lead words, keys in one case and licence keys.
    ['MY API KEY: Xk29fLq8ZpW3mN7vB4tR1yH6', 'Xk29fLq8ZpW3mN7vB4tR1yH6'],
    ["here's my key 7f3k9x2m1q8w4z6p0r5tb8n2", '7f3k9x2m1q8w4z6p0r5tb8n2'],
    ['my license key is QX7T2-KJ9PL-M3B8W-ZR4NC-H6DFY', 'QX7T2-KJ9PL-M3B8W-ZR4NC-H6DFY'],
  ])('reports %s', (text, value) => {
    expect(values(text)).toEqual([value]);
  });

  it.each([
    'my key takeaway is that the token limit is 4096',
    'the commit hash is 7c41a9e2b0d35f86e19a4c7b2d08f6e3aa12bc90',
    'the key sk-proj-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX is a template',
    'the token is 00000000000000000000000000000000',
    'our secret sauce is customer_success_playbook_v2',
    // Identifiers and paths are in one case.
    'the key is user_profile_settings_v2_backup',
    'The key is src/utils/detection/v2/index.ts',
    'The key is react-query-devtools-v5-beta',
    'the secret: config.database.connection_string_v2',
    // Database and format words before "key" name identifiers.
    'my public key is AAAAC3NzaC1lZDI1NTE5AAAAIGqK3xYz',
    'the primary key is CustomerOrderLineItem2024',
    'the cache key is UserProfile_v2_Tenant42',
    'the token is abcdefghijklmnopqrstuvwxyz',
  ])('does not report %s as a key', (text) => {
    expect(high(text)).toEqual([]);
  });
});

describe('MySQL client -p and .pgpass lines', () => {
  it('reports the password glued to -p, quoted or not, and --password=', () => {
    expect(values("mysql -h db1.internal -u app -p'Rk7$$2vq' -e 'show tables'")).toEqual(['Rk7$$2vq']);
    expect(values('mysqldump -u root -pHx92kLmq7 shop > shop.sql')).toEqual(['Hx92kLmq7']);
    expect(values('mariadb -u ops -p"Wd4!ne8Q" -D crm')).toEqual(['Wd4!ne8Q']);
  });

  it('does not report -p followed by a space (a prompt), or a variable', () => {
    for (const text of ['mysql -u root -p shop', 'mysql -u root -p"${MYSQL_PWD}" shop', 'mysql -u root -p$MYSQL_PWD shop', 'mysql --port=3306 -u app']) {
      expect(secrets(text)).toEqual([]);
    }
  });

  it('reports the password field of a .pgpass line', () => {
    expect(values('db-main.internal:5432:orders:report_ro:Vq8!zN3m')).toEqual(['Vq8!zN3m']);
    expect(secrets('localhost:*:*:postgres:changeme')).toEqual([]);
    expect(secrets('listening on 0.0.0.0:5432: ready')).toEqual([]);
  });
});

describe('Kubernetes env lists', () => {
  it('reports the value given on the line after a secret-named variable', () => {
    const text = '        env:\n          - name: STRIPE_API_KEY\n            value: "Lq8vW2mZk9Rt"\n          - name: LOG_LEVEL\n            value: debug\n';
    expect(values(text)).toEqual(['Lq8vW2mZk9Rt']);
    expect(values('- name: POSTGRES_PASSWORD\n  value: Hq3-vR8!pz\n')).toEqual(['Hq3-vR8!pz']);
  });

  it('does not report valueFrom references, variables, or names that are about the secret', () => {
    for (const text of [
      '- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef: {name: db, key: pw}\n',
      '- name: DB_PASSWORD\n  value: "${DB_PASSWORD}"\n',
      '- name: PASSWORD_FILE\n  value: /run/secrets/pw\n',
      '- name: TOKEN_TTL\n  value: "3600s"\n',
    ]) {
      expect(secrets(text)).toEqual([]);
    }
  });
});

describe('query strings, SAS signatures and dotted key names', () => {
  const random = randomSource(20261123);

  it('ends a password in a query string at the next parameter, so redaction keeps the rest of the URL', () => {
    const password = 'Vq8' + random(ALNUM, 9);
    const url = `jdbc:postgresql://db.internal:5432/ledger?user=etl&password=${password}&sslmode=require`;
    expect(values(url)).toEqual([password]);
    const token = random(ALNUM, 24);
    expect(values(`GET https://api.internal.test/v2/export?token=${token}&format=csv`)).toEqual([token]);
  });

  it('finds an Azure SAS signature only with the SAS parameters of its URL', () => {
    const sig = encodeURIComponent(random(ALNUM + '+/', 43) + '=');
    const url = `https://stacct.blob.core.windows.net/backups/db.bak?sv=2023-01-03&st=2026-01-01T00%3A00%3A00Z&se=2026-02-01T00%3A00%3A00Z&sr=b&sp=r&sig=${sig}`;
    expect(secrets(url).map((f) => [f.type, url.slice(f.start, f.end)])).toEqual([['azure_sas_token', sig]]);
    // The same parameter name elsewhere is not a SAS.
    expect(types(`?page=2&sig=${random(ALNUM, 44)}`)).toEqual([]);
  });

  it('reads dotted and camelCase key names like their snake_case spellings', () => {
    const hex32 = random('0123456789abcdef', 32);
    const b64 = random(ALNUM + '/+', 40);
    expect(values(`dd.api.key=${hex32}`)).toEqual([hex32]);
    expect(values(`aws.secret.access.key=${b64}\nserver.port=8443`)).toEqual([b64]);
    expect(values(`{ "ddAppKey": "${hex32}" }`)).toEqual([hex32]);
    // An application id under such a name is not random enough to be a key.
    expect(types(`const appKey = 'com.example.app';`)).toEqual([]);
  });

  it('keeps rejecting lower-case route values, which a base64 key with a slash is not', () => {
    expect(types('password: cms/sites/passwords#edit')).toEqual([]);
  });
});

describe('prefixed tokens of developer platforms and AI services', () => {
  const rnd = randomSource(2026_11_24);
  const HEX = '0123456789abcdef';
  const LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const B64URL = ALNUM + '_-';
  const cases: [string, string][] = [
    ['tailscale_key', `tskey-auth-k${rnd(ALNUM, 10)}CNTRL-${rnd(ALNUM, 33)}`],
    ['tailscale_key', `tskey-api-k${rnd(ALNUM, 12)}-${rnd(ALNUM, 30)}`],
    ['supabase_token', `sbp_${rnd(HEX, 40)}`],
    ['supabase_token', `sb_secret_${rnd(ALNUM, 31)}`],
    ['langsmith_key', `lsv2_pt_${rnd(HEX, 32)}_${rnd(HEX, 10)}`],
    ['pinecone_key', `pcsk_${rnd(ALNUM, 5)}_${rnd(ALNUM, 60)}`],
    ['planetscale_token', `pscale_tkn_${rnd(ALNUM, 43)}`],
    ['prefect_key', `pnu_${rnd(ALNUM, 36)}`],
    ['readme_key', `rdme_${rnd(LOWER, 70)}`],
    ['scalingo_token', `tk-us-${rnd(ALNUM, 48)}`],
    ['shippo_token', `shippo_live_${rnd(HEX, 40)}`],
    ['typeform_token', `tfp_${rnd(ALNUM, 44)}_${rnd(ALNUM, 14)}`],
    ['openshift_token', `sha256~${rnd(B64URL, 43)}`],
    ['infracost_key', `ico-${rnd(ALNUM, 32)}`],
    ['duffel_token', `duffel_test_${rnd(ALNUM, 43)}`],
    ['easypost_key', `EZAK${rnd(ALNUM, 54)}`],
    ['frameio_token', `fio-u-${rnd(ALNUM, 64)}`],
    ['clojars_token', `CLOJARS_${rnd(LOWER, 60)}`],
    ['firebase_fcm_key', `AAAA${rnd(ALNUM, 7)}:APA91b${rnd(B64URL, 134)}`],
    ['maxmind_key', `${rnd(ALNUM, 6)}_${rnd(ALNUM, 29)}_mmk`],
    ['onepassword_token', `ops_eyJ${rnd(ALNUM + '+/', 300)}`],
    ['harness_token', `pat.${rnd(ALNUM, 22)}.${rnd(HEX, 24)}.${rnd(ALNUM, 20)}`],
    ['neon_key', `napi_${rnd(LOWER, 64)}`],
    ['cloudflare_origin_ca_key', `v1.0-${rnd(HEX, 24)}-${rnd(HEX, 146)}`],
    ['deepseek_key', `sk-${rnd(HEX, 32)}`],
    ['elevenlabs_key', `sk_${rnd(HEX, 48)}`],
    ['together_key', `tgp_v1_${rnd(B64URL, 43)}`],
    ['openrouter_key', `sk-or-v1-${rnd(HEX, 64)}`],
    ['airtable_token', `pat${rnd(ALNUM, 14)}.${rnd(HEX, 64)}`],
    ['hubspot_token', `pat-na1-${rnd(HEX, 8)}-${rnd(HEX, 4)}-${rnd(HEX, 4)}-${rnd(HEX, 4)}-${rnd(HEX, 12)}`],
    ['contentful_token', `CFPAT-${rnd(B64URL, 43)}`],
    ['buildkite_token', `bkua_${rnd(HEX, 40)}`],
    ['tencent_secret_id', `AKID${rnd(ALNUM, 32)}`],
    ['yandex_token', `y0_${rnd(B64URL, 55)}`],
  ];

  it.each(cases)('finds a %s in prose, at high severity', (type, value) => {
    const text = `use ${value} for the deploy`;
    const found = high(text);
    expect(found.map((f) => f.type)).toContain(type);
    expect(found.some((f) => text.slice(f.start, f.end) === value)).toBe(true);
  });

  it('ends a token before a full stop that ends the sentence', () => {
    const value = `pscale_tkn_${rnd(ALNUM, 43)}`;
    expect(values(`Use ${value}. Then run the migration.`)).toEqual([value]);
  });

  it('does not take neighbouring shapes for them', () => {
    for (const text of [
      `icon class ico-arrow-left-small and ico-${'a'.repeat(32)}`,
      'Dear pat. Smith, thanks',
      `hash sk-${rnd(HEX, 31)} is short`,
      'see sha256~abc for the digest',
      'the tskey-auth- prefix marks an auth key',
      'the pattern patterned.example is a word',
      'pscale_pw_secret_name_for_kubernetes_cluster = "db"',
      'sb_secret_service_role_key_loaded_from_vault = true',
      'y0_interpolated_boundary_values_for_the_second_order_schem = 1',
      '<i class="ico-chevronDownSmallOutlineBlueHover ico-md">',
    ]) {
      expect(high(text)).toEqual([]);
    }
  });

  it('reports placeholders of these shapes at low severity only', () => {
    for (const text of [`sbp_${'x'.repeat(40)}`, `sk-or-v1-${'0'.repeat(64)}`]) expect(high(text)).toEqual([]);
  });
});

describe('session cookies in pasted requests', () => {
  const rnd = randomSource(1124);
  const session = rnd(ALNUM, 32);
  const nextAuth = `eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..${rnd(ALNUM, 16)}.${rnd(ALNUM, 40)}`;

  it('reports the session, auth and token cookies of a Cookie or Set-Cookie header, as "Copy as cURL" pastes them', () => {
    expect(values(`Cookie: sessionid=${session}; theme=dark`)).toEqual([session]);
    expect(values(`curl 'https://app.example.com/api' -H 'cookie: _ga=GA1.1.123456789.1700000000; __Secure-next-auth.session-token=${nextAuth}' -H 'accept: */*'`)).toEqual([nextAuth]);
    expect(types(`Set-Cookie: connect.sid=s%3A${session}; Path=/; HttpOnly`)).toEqual(['session_cookie']);
    expect(types(`d=xoxd-${rnd(ALNUM, 60)}`)).toEqual(['slack_token']);
  });

  it('reads the cookies of cURL --cookie and of a HAR header field, and stops a value where the header ends', () => {
    expect(values(`curl --cookie "sessionid=${session}" https://app.example.com`)).toEqual([session]);
    // -b never says "cookie": the word "curl" lets the cookie pass run too.
    expect(values(`curl -s -b '_gitlab_session=${session}; theme=dark' https://gitlab.example.com/api/v4/user`)).toEqual([session]);
    expect(values(`curl -b 'theme=dark; lang=en' https://example.com`)).toEqual([]);
    expect(values(`{"name":"Cookie","value":"sessionid=${session}; theme=dark"}`)).toEqual([session]);
    expect(values(`"Cookie: sessionid=${session}\\r\\nHost: example.com"`)).toEqual([session]);
    expect(values(`set-cookie: sessionid=${session},csrftoken=abc`)).toEqual([session]);
  });

  it('leaves analytics, consent, redirect, CSRF and preference cookies, placeholders and prose about cookies alone', () => {
    for (const text of [
      'Cookie: _ga=GA1.2.1234567890.1234567890; _gid=GA1.2.987654321.1700000000; theme=dark',
      `Cookie: csrftoken=${rnd(ALNUM, 32)}`,
      'Cookie: sessionid=xxxxxxxxxxxxxxxxxxxxxxxx',
      'We use a session cookie to keep you logged in; it expires after 30 minutes.',
      'Cookie: _ga=GA1.1.1984756301.1714650000; _uetsid=1a7c3e20089611efb1c2a5f3d6e7b8c9',
      'Cookie: a=b; _pin_unauth=dWlkPU16Y2hNVEUzTUdNdE5qRTBOeTAwTkRObExUZ3daR0V0',
      'Cookie: __stripe_sid=9a8b7c6d-1234-4abc-9def-0123456789ab; s_sess=%20s_cc%3Dtrue%3B%20s_sq%3D%3B',
      'Cookie: next-auth.callback-url=http%3A%2F%2Flocalhost%3A3000%2Fdashboard; sessionExpiry=2024-05-01T12:34:56.000Z; login_hint=jane.doe%40example.com',
      'curl -c cookies.txt x; AUTH_URL=https://auth.example.com/oauth2/token; SESSION_NAME=nightly-build-2024-05-01',
      "document.cookie.split(';');authHeader=window.localStorage.getItem(k);sessionKey=crypto.randomUUID().toString()",
      'INFO cookie check ok; sessionState=ACTIVE_AUTHENTICATED_USER;',
    ]) {
      expect(secrets(text)).toEqual([]);
    }
  });
});
