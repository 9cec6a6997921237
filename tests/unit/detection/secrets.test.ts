import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanText } from '../../../utils/detection/index';
import { COMPILED, SECRET_REGEXES, runRule, runRuleWindowed, secretsDetector } from '../../../utils/detection/detectors/secrets';
import type { Finding } from '../../../utils/detection/types';
import { keywordsOf } from '../../../utils/detection/facts';
import { corpusTexts } from '../../fixtures/corpora';
import { DETECTION_TYPES, detectionType } from '../../../utils/detection/catalog';

interface Case { text: string; type?: string; note?: string }
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/detection');
/** The medium and high secret findings of a text, as `type:value`. */
const secrets = (text: string): string[] =>
  scanText(text).filter((f) => f.category === 'secret' && f.severity !== 'low').map((f) => `${f.type}:${text.slice(f.start, f.end)}`);
const load = (name: string): Case[] => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as Case[];

describe('secret rules', () => {
  it('has gitleaks-like breadth: 100+ rules, every type documented', () => {
    expect(SECRET_REGEXES.length).toBeGreaterThanOrEqual(100);
    for (const t of secretsDetector.types) {
      expect(detectionType(t.id)).toBeDefined();
      expect(t.placeholder).toMatch(/^[A-Z0-9_]+$/);
      expect(t.validation.length).toBeGreaterThan(3);
    }
    expect(DETECTION_TYPES.length).toBeGreaterThan(secretsDetector.types.length);
  });

  it.each(load('secrets-positive.json'))('finds $type in: $note', ({ text, type }) => {
    const found = scanText(text).filter((f) => f.category === 'secret');
    expect(found.map((f) => f.type)).toContain(type);
  });

  it.each(load('secrets-negative.json'))('does not flag: $note', ({ text }) => {
    expect(scanText(text).filter((f) => f.category === 'secret')).toEqual([]);
  });

  it('reports a public Mapbox pk. token at low severity only, even when assigned to an access-token key', () => {
    const text = "mapboxgl.accessToken = 'pk.eyJ1IjoiZXhhbXBsZS1tYXBzIiwiYSI6ImNrOWZ6dHRyMTAwMDAzZ3BhMW1tYzR6dHEifQ.Q8xJm2bK1pLr4sVw9nTy0a';";
    const secrets = scanText(text).filter((f) => f.category === 'secret');
    expect(secrets.map((f) => [f.type, f.severity])).toEqual([['client_id', 'low']]);
  });

  it('every rule regex finishes on long repetitive inputs (no catastrophic backtracking)', () => {
    const inputs = ['a'.repeat(50_000), 'A1'.repeat(30_000), '-'.repeat(50_000), '0'.repeat(50_000), 'a='.repeat(25_000), '"password": "'.repeat(3000), 'eyJ'.repeat(20_000), '$2a$'.repeat(10_000), 'x:'.repeat(25_000) + '@'];
    for (const { regex } of SECRET_REGEXES) {
      for (const input of inputs) {
        regex.lastIndex = 0;
        let n = 0;
        while (regex.exec(input) !== null && n++ < 100_000) if (regex.lastIndex === 0) break;
      }
    }
    for (const input of inputs) expect(() => scanText(input)).not.toThrow();
  });

  it('reports a provider token typed with a repeated unit as a low-severity placeholder, and a client ID as low', () => {
    const runner = 'runner: GR1348941' + '123'.repeat(7).slice(0, 20);
    expect(scanText(runner).filter((f) => f.category === 'secret').map((f) => [f.type, f.severity])).toEqual([['placeholder_token', 'low']]);
    // A random body keeps its provider's type and severity.
    const real = 'runner: GR1348941' + 'q8Xv2Lm9Np3Rt8Vw1Yz5';
    expect(scanText(real).filter((f) => f.category === 'secret').map((f) => [f.type, f.severity])).toEqual([['gitlab_token', 'high']]);
    const id = 'DISCORD_CLIENT_ID=903481618676270099';
    expect(scanText(id).map((f) => [f.type, f.severity, id.slice(f.start, f.end)])).toEqual([['client_id', 'low', '903481618676270099']]);
  });

  it('covers a PuTTY key file through its private lines and MAC, so redacting it removes the key', () => {
    const file = 'PuTTY-User-Key-File-2: ssh-rsa\r\nEncryption: none\r\nComment: ci\r\nPublic-Lines: 1\r\nAAAAB3NzaC1yc2EAAAADAQABAAABAQC7\r\nPrivate-Lines: 2\r\nq8Xv2Lm9Np3Rt8Vw1Yz5Bc6Df0Gh2Jk4Lp7Qs9Tu1Vx3Wz5\r\nZb7Cd9Ef1Gh3\r\nPrivate-MAC: 5f0c2a7d9e4b1c8a3f6e0d2b7c9a4e1f8d3b6c0a';
    const key = scanText(`${file}\r\nthanks`).find((f) => f.type === 'putty_key')!;
    expect(`${file}\r\nthanks`.slice(key.start, key.end)).toBe(file);
  });

  it('reports a Fly.io token of several comma-joined parts as one finding', () => {
    const part = (n: number, seed: number) => Array.from({ length: n }, (_, i) => 'Qw3Er5Ty7Ui9Op1As2Df4Gh6Jk8Lz0Xc'[(i * 7 + seed) % 32]).join('');
    const tokenValue = `FlyV1 fm2_${part(140, 1)},fm2_${part(90, 5)},fm2_${part(60, 11)}`;
    const text = `FLY_API_TOKEN="${tokenValue}"`;
    expect(scanText(text).filter((f) => f.category === 'secret').map((f) => [f.type, text.slice(f.start, f.end)])).toEqual([['fly_token', tokenValue]]);
  });

  it('fixture files exist', () => {
    expect(readdirSync(FIXTURES).filter((f) => f.startsWith('secrets-'))).toHaveLength(2);
  });
});

describe('keyword windows', () => {
  // A rule runs only when one of its keywords occurs (that gate is the rule's definition), and
  // then only near them; the windows are sound if, whenever a keyword occurs, the windowed run
  // finds exactly what a run over the whole text finds.
  const texts = [
    ...load('secrets-positive.json').map((c) => c.text),
    ...load('secrets-negative.json').map((c) => c.text),
    ...corpusTexts('secrets-dev.jsonl', 'chat-prompts-dev.jsonl'),
  ];

  it('every rule finds in its keyword windows what it finds in the whole text', () => {
    let findings = 0;
    // One keyword scan per text, shared by every rule, as in a real scan.
    for (const text of texts) {
      const lower = text.toLowerCase();
      let positions: ReturnType<typeof keywordsOf>['positions'] | undefined;
      for (const compiled of COMPILED) {
        if (!compiled.rule.keywords.some((k) => lower.includes(k.toLowerCase()))) continue;
        const whole: Finding[] = [];
        runRule(compiled, text, whole);
        const windowed: Finding[] = [];
        runRuleWindowed(compiled, text, (positions ??= keywordsOf({ text, lower }).positions), windowed);
        expect(windowed, `${compiled.rule.id} on ${JSON.stringify(text.slice(0, 80))}`).toEqual(whole);
        findings += whole.length;
      }
    }
    expect(findings).toBeGreaterThan(400);
  });
});

describe('credentials from a fifth fresh set (TruffleHog, detect-secrets, Kingfisher and Semgrep examples)', () => {

  it('reports a random token under a name that ends in "key", at medium severity', () => {
    expect(secrets('azure:\n  azure_key: q7mk2vd9rt5wzl8nfx3hc0gbyp4sj6ae1u2ok9tw7rmz5vxq')).toEqual(['generic_secret:q7mk2vd9rt5wzl8nfx3hc0gbyp4sj6ae1u2ok9tw7rmz5vxq']);
    expect(secrets('[DEBUG] Using acme Key=Zr4pQ9vX2mLk7Tn3Wb8Hc5Yd1Fg6Js0A')).toEqual(['generic_secret:Zr4pQ9vX2mLk7Tn3Wb8Hc5Yd1Fg6Js0A']);
    expect(secrets('"VISION_SERVICE_KEY": "9f3c2a7e5b1d4086c9e2f7a3b5d1c8e4"')).toEqual(['generic_secret:9f3c2a7e5b1d4086c9e2f7a3b5d1c8e4']);
    expect(secrets('vendorKey = "QmTzRwPkXvLbNcYdHsJfGt"')).toEqual(['generic_secret:QmTzRwPkXvLbNcYdHsJfGt']);
    const [finding] = scanText('azure_key: q7mk2vd9rt5wzl8nfx3hc0gbyp4sj6ae1u2ok9tw7rmz5vxq').filter((f) => f.type === 'generic_secret');
    expect(finding?.severity).toBe('medium');
  });

  it('reads names ending in PAT or in a key with a digit, and a spaced dash before a quoted key', () => {
    expect(secrets('GitHubPAT = "7c2e9a41d0b83f56e1a94c07d2b68f3e5a19c0d4"')).toEqual(['generic_secret:7c2e9a41d0b83f56e1a94c07d2b68f3e5a19c0d4']);
    expect(secrets("sumoKey1 = 'Hc5Yd1Fg6Js0AZr4pQ9vX2mLk7Tn3Wb8'")).toEqual(['generic_secret:Hc5Yd1Fg6Js0AZr4pQ9vX2mLk7Tn3Wb8']);
    expect(secrets("key - 'q7mk2vd9rt5wzl8nfx3h'")).toEqual(['generic_secret:q7mk2vd9rt5wzl8nfx3h']);
    expect(secrets('compat: Zr4pQ9vX2mLk7Tn3Wb8Hc5Yd1Fg6Js0A')).toEqual([]);
  });

  it('leaves keys that name data, words and paths alone', () => {
    expect(secrets('cache_key = "5d41402abc4b2a76b9719d911017c592"')).toEqual([]);
    expect(secrets('const primaryKey = "a8Bf93kdLq02mZx7Yt55Qw"')).toEqual([]);
    expect(secrets('monkey: a8Bf93kdLq02mZx7Yt55QwRr')).toEqual([]);
    expect(secrets('key: value-of-the-setting-2024')).toEqual([]);
    expect(secrets('profileKey: ThisIsTheDefaultProfileSetting')).toEqual([]);
    expect(secrets('<li key="item-3f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c">')).toEqual([]);
    expect(secrets('# public key: age1epzmwwzw8n09slh0c7z1z52x43nnga7lkksx3qrh07tqz5v7lcys45428t')).toEqual([]);
    expect(secrets('Key: uploads/2024/06/7PaA0bnj13dYcWO-Bf6Vc1fZxh8cmds5.pdf')).toEqual([]);
    expect(secrets('session key: 123e4567-e89b-12d3-a456-426614174000')).toEqual([]);
  });

  it('reports a Jenkins credential element, encrypted or printed in its braces', () => {
    expect(secrets('<secret>{AQAAABAAAAAQk2Lm9Pq4Rt7Vw0Yz3Bc6Df8Gh1Jk5Mn=}</secret>')).toEqual(['jenkins_credential:AQAAABAAAAAQk2Lm9Pq4Rt7Vw0Yz3Bc6Df8Gh1Jk5Mn=']);
    expect(secrets('<apiToken>{AQAAABAAA acme AQAAABAAA Tn3Wb8Hc5Yd1Fg6Js0AZr4pQ9vX2mLk7}</apiToken>')).toHaveLength(1);
  });

  it('does not report typed fillers, format fields or published example keys under credential names', () => {
    expect(secrets('ibm_api_key: abcd1234abcd1234abcd1234ABCD1234ABCD1234')).toEqual([]);
    expect(secrets('VENDOR_API_TOKEN: 1234567890123456')).toEqual([]);
    expect(secrets('api_secret = "abcD123efg456HIJklmn789OPQ_rstUVWxYZ-012"')).toEqual([]);
    expect(secrets("api_key = 'zyxwvutsrqponmlkjihg9876543210'")).toEqual([]);
    expect(secrets("api_key = 'q7mk2vd9rt5wzl8nfx3hc0gbyp4sj6ae'")).toEqual(['generic_secret:q7mk2vd9rt5wzl8nfx3hc0gbyp4sj6ae']);
    expect(secrets("sshpass -p '%s' ssh deploy@host")).toEqual([]);
    expect(secrets("sshpass -p 'blah' ssh deploy@host")).toEqual([]);
    expect(secrets("sshpass -p 'Vq7#pL2x' ssh deploy@host")).toEqual(['cli_password:Vq7#pL2x']);
    expect(secrets('my_password = "fakesecret"')).toEqual([]);
    expect(secrets('AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;')).toEqual([]);
  });

  it('reads "name - \'value\'" as an assignment when the value is one quoted token', () => {
    expect(secrets("acme token - 'Tn3Wb8Hc5Yd1Fg6Js0AZr4pQ9vX2mLk7'")).toEqual(['generic_secret:Tn3Wb8Hc5Yd1Fg6Js0AZr4pQ9vX2mLk7']);
    expect(secrets("- token - 'refresh the page'")).toEqual([]);
    expect(secrets("the token-'Tn3Wb8Hc5Yd1Fg6Js0AZr4pQ9vX2mLk7'")).toEqual([]);
  });

  it('does not take a token with "?" or "^" in it for an issued key', () => {
    expect(secrets("acme token - 'Tn3Wb8Hc5Yd1?Fg6Js0AZr4pQ9vX2mLk7'")).toEqual([]);
    expect(secrets('api_secret = "Tn3Wb8Hc5Yd1Fg6Js0A^Zr4pQ9vX2mLk7"')).toEqual([]);
    expect(secrets('db_password = "Tr0ub4dor?3"')).toEqual(['password_assignment:Tr0ub4dor?3']);
  });

  it('lets a provider rule that knows a token is an example win over the generic check', () => {
    const jwtIoExample = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
    expect(secrets(`"accessToken": "${jwtIoExample}"`)).toEqual([]);
  });
});

describe('look-alikes found by a review of the fifth-set fixes', () => {

  it('keeps Laravel keys and secrets that contain "base64" or "Encoded"', () => {
    expect(secrets('APP_KEY=base64:2fl+Ktvkfl+Fuz4Qp/A75G2RTiWVA/ZoKZvp6fiiM10=')).toHaveLength(1);
    expect(secrets('SESSION_SECRET=EncodedAbX9k2Qm7Lp4Rt8Wz3')).toEqual(['generic_secret:EncodedAbX9k2Qm7Lp4Rt8Wz3']);
  });

  it('leaves public keys, nonces, ids, hashes, images and paths under key names alone', () => {
    for (const text of [
      'recipient_key: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p',
      'titleKey: "dashboard.widgets.revenueChartTitle"',
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
      'RECAPTCHA_SITE_KEY=6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI',
      'host_key: AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl',
      '"key": "-NxYz3Qa8LmP2vRt9KwB"',
      '{"recordKey": "01ARZ3NDEKTSV4RRFFQ69G5FAV"}',
      "userKey = 'usr_01HZX3K9Q2M7P4R8T6V5W1Y0AB'",
      'imageKey: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="',
      "Key: 'Users/JohnSmith/ProfilePicture'",
      'Cache saved with key: node-cache-Linux-x64-npm-3f2a9c7e1b5d4086c9e2f7a3b5d1c8e4',
      'Restored cache\nkey: Linux-3f2a9c7e1b5d4086c9e2f7a3b5d1c8e4aa',
      '<privateKey>/etc/ssl/private/server.key</privateKey>',
    ]) expect(secrets(text), text).toEqual([]);
  });

  it('leaves a sentence full stop out of an unquoted key', () => {
    expect(secrets('Using acme Key=Zr4pQ9vX2mLk7Tn3Wb8Hc5Yd1Fg6Js0A. Then it failed')).toEqual(['generic_secret:Zr4pQ9vX2mLk7Tn3Wb8Hc5Yd1Fg6Js0A']);
  });

  it('reads a stand-in word in a password only alone or joined to a credential word', () => {
    expect(secrets("db_password = 'Fakenham2024!'")).toEqual(['password_assignment:Fakenham2024!']);
    expect(secrets("password: 'Samplegate#77'")).toEqual(['password_assignment:Samplegate#77']);
    expect(secrets('cloudant_password = "a-fake-tooshort-key"')).toEqual([]);
  });
});


describe('keys in markup and in name/value pairs', () => {

  it('reads a random token in an XML element named for a key, with its closing tag', () => {
    const key = 'qYaZm3m8+Z2aYAiSDzzvStkTUgZXl29U76lDJ0qiob7bbV4g7kjtwO+FI2QoptGdZgEdtsAYzG8T0hl5TeftWA==';
    expect(secrets(`<azure>\n  <account_name>storagetest123</account_name>\n  <account_key>${key}</account_key>\n</azure>`)).toEqual([`generic_secret:${key}`]);
    expect(secrets('<cfg:storageKey>Zr4pQ9vX2mLk7Tn3Wb8Hc5Yd1Fg6Js0A</cfg:storageKey>')).toEqual(['generic_secret:Zr4pQ9vX2mLk7Tn3Wb8Hc5Yd1Fg6Js0A']);
  });

  it('leaves elements naming public or data keys, plist key names and unclosed elements alone', () => {
    for (const text of [
      '<publicKey>Zr4pQ9vX2mLk7Tn3Wb8Hc5Yd1Fg6Js0A</publicKey>',
      '<cacheKey>Zr4pQ9vX2mLk7Tn3Wb8Hc5Yd1Fg6Js0A</cacheKey>',
      '<key>Zr4pQ9vX2mLk7Tn3Wb8Hc5Yd1Fg6Js0A</key>',
      '<storageKey>Zr4pQ9vX2mLk7Tn3Wb8Hc5Yd1Fg6Js0A</otherKey>',
      '<licenseKey>value-of-the-setting-2024</licenseKey>',
      '<monkey>Zr4pQ9vX2mLk7Tn3Wb8Hc5Yd1Fg6Js0A</monkey>',
      '<correlationKey>Zr4pQ9vX2mLk7Tn3Wb8Hc5Yd1Fg6Js0A</correlationKey>',
    ]) expect(secrets(text), text).toEqual([]);
  });

  it('reads AWS-style "Name"/"Value" pairs and property-list key/string pairs as assignments', () => {
    expect(secrets('"Environment": [{"Name": "API_KEY", "Value": "9f8a7cXk2LmQpR4sT6vW8yZ1bD3fG5hJ"}]')).toEqual(['generic_secret:9f8a7cXk2LmQpR4sT6vW8yZ1bD3fG5hJ']);
    expect(secrets('<dict>\n\t<key>ServerPassword</key>\n\t<string>Winter2024!x</string>\n</dict>')).toEqual(['password_assignment:Winter2024!x']);
    expect(secrets('<key>CFBundleIdentifier</key>\n<string>com.example.PaymentsApp</string>')).toEqual([]);
    expect(secrets('<key>PageSize</key><string>Zr4pQ9vX2mLk7Tn3Wb8Hc5Yd1Fg6Js0A</string>')).toEqual([]);
  });


  it('leaves a signed JWT cut before its signature and a CI cache key ending in a hash alone', () => {
    expect(secrets('Is this the right structure? eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.<signature>')).toEqual([]);
    expect(secrets('token: eyJhbGciOiJub25lIn0.eyJzdWIiOiJhbGljZUBjb3JwLmNvbSJ9.')).toEqual(['jwt:eyJhbGciOiJub25lIn0.eyJzdWIiOiJhbGljZUBjb3JwLmNvbSJ9.']);
    expect(secrets('  key: Linux-node-0c030586945fe504b604ecc2e875c38ede400cd5cd73da9730302162e6b02c6f')).toEqual([]);
    expect(secrets('webhookKey: whsec-0c030586945fe504b604ecc2e875c38e')).toEqual(['generic_secret:whsec-0c030586945fe504b604ecc2e875c38e']);
  });
});

describe('credentials from a seventh fresh set (2ms, CredSweeper, whispers, ripsecrets, talisman, keyhog examples)', () => {

  it('reads keys handed to setters and JWT signing secrets as literals', () => {
    expect(secrets('$mollie->setApiKey("live_IPopbhpBfuHiNoRNz7OIvmq8Ica16A");')).toEqual(['generic_secret:live_IPopbhpBfuHiNoRNz7OIvmq8Ica16A']);
    expect(secrets("const token = jwt.sign({ sub: user.id, role: 'admin' }, '6ttcxLegW3OlHEtiSNPUQlePj4w6dBKbaeGEY1Av', { expiresIn: '1h' });")).toEqual(['generic_secret:6ttcxLegW3OlHEtiSNPUQlePj4w6dBKbaeGEY1Av']);
    expect(secrets("jwt.sign({ sub: user.id }, process.env.JWT_SECRET || '6ttcxLegW3OlHEtiSNPUQlePj4w6dBKbaeGEY1Av')")).toEqual(['generic_secret:6ttcxLegW3OlHEtiSNPUQlePj4w6dBKbaeGEY1Av']);
    expect(secrets('client.setApiToken("Zr4pQ9vX2mLk7Tn3Wb8Hc5Yd1Fg6Js0A")')).toEqual(['generic_secret:Zr4pQ9vX2mLk7Tn3Wb8Hc5Yd1Fg6Js0A']);
    for (const text of [
      'client.setToken(userToken);', "jwt.sign(payload, process.env.JWT_SECRET, { algorithm: 'HS256' })", 'setPassword("changeme")', "config.setApiKey('YOUR_API_KEY_HERE')",
      'button.setKey("submit-button-primary")', "theme.useToken('colorPrimaryBgHover')", 'element.setAccessKey("Alt+Shift+K")',
      "jwt.encode({'sub': user.id, 'preferred_username': user.name}, key)", "jwt.sign(payload, secret, { audience: ['billing-service', 'inventory-service'] })",
      "const token = jwt.sign(payload, secret)\nlogger.info(user.id, 'authenticated-successfully')",
    ]) expect(secrets(text), text).toEqual([]);
  });

  it('reads Redis and Oracle passwords, curl proxy users, ngrok authtokens and Telegram tokens in Bot API URLs', () => {
    expect(secrets('bind 0.0.0.0\nrequirepass P_Rl5gZq!k^f^o\n')).toEqual(['config_password:P_Rl5gZq!k^f^o']);
    expect(secrets('requirepass Xk9#mQ2p!vL7')).toEqual(['config_password:Xk9#mQ2p!vL7']);
    expect(secrets("requirepass 'Xk9#mQ2p!vL7'")).toEqual(['config_password:Xk9#mQ2p!vL7']);
    expect(secrets('ngrok config add-authtoken 2YlAhxt59ooxOrB0zcoLs7SqRMC_2S6eyYpJzEZNh7Y6JbJYT')).toEqual(['ngrok_token:2YlAhxt59ooxOrB0zcoLs7SqRMC_2S6eyYpJzEZNh7Y6JbJYT']);
    expect(secrets('jdbc.url=jdbc:oracle:thin:scott/yf!e1+D*DNK4ut@//ora-prod.acme.io:1521/ORCLPDB1')).toEqual(['connection_string_password:yf!e1+D*DNK4ut']);
    expect(secrets('curl -k --proxy-user svc_scraper:_Ot=q!d6^745d##w-v --proxy https://proxy.acme.io:8080 https://example.org')).toEqual(['cli_password:_Ot=q!d6^745d##w-v']);
    expect(secrets('version: "2"\nauthtoken: 2YlAhxt59ooxOrB0zcoLs7SqRMC_2S6eyYpJzEZNh7Y6JbJYT\n')).toEqual(['generic_secret:2YlAhxt59ooxOrB0zcoLs7SqRMC_2S6eyYpJzEZNh7Y6JbJYT']);
    expect(secrets('curl "https://api.telegram.org/bot5140148368:AA3dFdvA7mQVdqAH7X-aENjNeS1SXyE-s1g/sendMessage"')).toEqual(['telegram_bot_token:5140148368:AA3dFdvA7mQVdqAH7X-aENjNeS1SXyE-s1g']);
  });

  it('reads a wallet recovery phrase after its label, but not prose about one', () => {
    const phrase = 'beauty affair antique author bargain actor audit all argue alpha allow again';
    expect(secrets(`MNEMONIC="${phrase}"`)).toEqual([`seed_phrase:${phrase}`]);
    expect(secrets('A seed phrase is a list of twelve random words that you write down on paper and keep safe from fire and theft')).toEqual([]);
    expect(secrets(`mnemonic: ${phrase} extra`)).toEqual([]);
    for (const text of [
      'Seed Phrase Security: Why You Should Never Share Your Recovery Words With Anyone Online Today.',
      'mnemonic = "test test test test test test test test test test test junk"',
      'MNEMONIC="legal winner thank year wave sausage worth useful legal winner thank yellow"',
    ]) expect(secrets(text), text).toEqual([]);
  });

  it('leaves release-pipeline tokens, Vault references and published OAuth and Mailgun examples alone', () => {
    for (const text of [
      'ConnectionStrings__Default=Server=db;Database=app;User Id=sa;Password=__DB_PASSWORD__;',
      'password: vault:secret/data/payments#db_password',
      '{"access_token": "2YotnFZFEjr1zMsicMWpAA", "token_type": "example", "refresh_token": "tGzv3JOkF0XG5Qx2TlKWIA"}',
      "curl -s --user 'api:key-3ax6xnjp29jd6fds4gc373sgvjxteol0' https://api.mailgun.net/v3/samples.mailgun.org/log",
    ]) expect(secrets(text), text).toEqual([]);
  });
});

describe('credentials from the round-6 fresh set, revisited (TruffleHog, detect-secrets, Kingfisher styles)', () => {

  it('reads a Discord bot token standing alone only when its first part is a numeric id', () => {
    const token = 'NDEyMzQ1Njc4OTAxMjM0NTY3.GhT4xQ.q7Vw2LmZ9rXc4KbN8sPdF1yTuJ6eHaQ0oGi3';
    expect(secrets(`bot.run("${token}")`)).toEqual([`discord_token:${token}`]);
    expect(secrets(`Here is mine: ${token}`)).toEqual([`discord_token:${token}`]);
    // Same shape, but the first part is not base64 of digits.
    expect(secrets('bm90LWEtbnVtYmVyLXh5encxMg.GhT4xQ.q7Vw2LmZ9rXc4KbN8sPdF1yTuJ6eHaQ0oGi3')).toEqual([]);
    // A filled-in template of the shape is a placeholder, reported low.
    expect(scanText('DISCORD_TOKEN=NDEyMzQ1Njc4OTAxMjM0NTY3.XXXXXX.XXXXXXXXXXXXXXXXXXXXXXXXXXX').map((f) => `${f.type}/${f.severity}`)).toEqual(['placeholder_token/low']);
  });

  it('reads values after a declared string type, in comparisons with literals and in table cells', () => {
    expect(secrets('const pagerKey string = "Vq3Rt8mLx2Kd9Pz4Wn7Hs1Jb"')).toEqual(['generic_secret:Vq3Rt8mLx2Kd9Pz4Wn7Hs1Jb']);
    expect(secrets("api_key: str = 'Vq3Rt8mLx2Kd9Pz4Wn7Hs1Jb'")).toEqual(['generic_secret:Vq3Rt8mLx2Kd9Pz4Wn7Hs1Jb']);
    expect(secrets('if deployKey != "Vq3Rt8mLx2Kd9Pz4Wn7Hs1Jb" {')).toEqual(['generic_secret:Vq3Rt8mLx2Kd9Pz4Wn7Hs1Jb']);
    expect(secrets('Variable | Value\napiKey | 4be1c07f9d2a83e65b10fa7c29d4e8b3a0f61c57\nbaseUrl | https://api.vendor.io')).toEqual(['generic_secret:4be1c07f9d2a83e65b10fa7c29d4e8b3a0f61c57']);
    expect(secrets('|api_key|Vq3Rt8mLx2Kd9Pz4Wn7Hs1Jb|region|us-east-1|')).toEqual(['generic_secret:Vq3Rt8mLx2Kd9Pz4Wn7Hs1Jb']);
    expect(secrets('const API_KEY: &str = "Vq3Rt8mLx2Kd9Pz4Wn7Hs1Jb";')).toEqual(['generic_secret:Vq3Rt8mLx2Kd9Pz4Wn7Hs1Jb']);
    expect(secrets('api_key: str | None = "Vq3Rt8mLx2Kd9Pz4Wn7Hs1Jb"')).toEqual(['generic_secret:Vq3Rt8mLx2Kd9Pz4Wn7Hs1Jb']);
    for (const text of [
      'const authHeaderToken string = "Fastly-Key"', 'accessToken: string = "Content-Type"', 'if (event.key === "ArrowDown")',
      'if (apiKey === "production")', 'echo $password | sha256sum', 'cat token | base64 -d', 'password: string;',
      // Found by review: union types, product names in tables, names of things compared with keys.
      'secretKey: string | Uint8Array', '| Password | 1Password |', '| token | Llama3Tokenizer |', 'Tabs: General | Token | OAuth2Apps',
      'if key == "backbone.layer4.2.conv3.weight":', 'if token == "utf-8-sig":', 'if (routeKey === "DashboardSettingsV2Screen")',
      'apiSecret string = "X-Shopify-Hmac-Sha256"', 'secret: string = "X-Hub-Signature-256"',
    ]) expect(secrets(text), text).toEqual([]);
    // Generated groups are not header names.
    expect(secrets('app_secret: "QWKZ-PRTN-XHVB-LMDJ"')).toEqual(['generic_secret:QWKZ-PRTN-XHVB-LMDJ']);
  });

  it('reads any command line option naming a password or client secret, but not prose about the option', () => {
    expect(secrets('az acr login --name registry --username registry --password Hq2vL9xR4mZ7kP3wT8nB5cY1')).toEqual(['cli_password:Hq2vL9xR4mZ7kP3wT8nB5cY1']);
    expect(secrets("tool sync --password 'hunter-42x'")).toEqual(['cli_password:hunter-42x']);
    expect(secrets('az login --service-principal -u 4c1f --client-secret Rk8~Zq2Vx7Lp4Mn9Tb3Wc6Yd1Hs5 --tenant t')).toEqual(['cli_password:Rk8~Zq2Vx7Lp4Mn9Tb3Wc6Yd1Hs5']);
    for (const text of [
      'Use the --password flag to set it.', 'mycli --password $DB_PASS', 'mycli --password <password>', 'mycli --password PASSWORD',
      'docker login --password-stdin', 'tool --password --verbose', 'kubeadm join 10.0.0.1:6443 --token abcdef.0123456789abcdef',
      // Found by review: option values that are names, paths, variables, sources or database names.
      'docker service create --name db --secret mysql_root_password mysql:latest', 'openvpn --config c.ovpn --secret /etc/openvpn/static.key',
      'docker build --secret id=GITHUB_TOKEN_FOR_BUILD .', 'az login --client-secret AZURE_CLIENT_SECRET --tenant t', 'mycli --api-key ./keys/api_key_prod.txt',
      'mycli --api-key 123e4567-e89b-12d3-a456-426614174000', 'psql -h db.internal -U app --password shop_v2', 'pg_dump -U admin --password analytics2024 > dump.sql',
      'mysql -u root --password inventory_2024 < schema.sql', 'OPTIONS:\n   --password value, -p value  database password', 'mycli --password file:/etc/app/pw.txt',
      'mycli --password env:DB_PASSWORD', 'mycli --password @/run/secrets/pw', 'mycli --password password123', 'mycli --password v2.0-beta',
    ]) expect(secrets(text), text).toEqual([]);
    expect(secrets('I ran it with --password Hunter22.')).toEqual(['cli_password:Hunter22']);
  });

  it('leaves typed fillers, described passwords and misread addresses alone', () => {
    expect(secrets('ibm_api_key: wx7Kq2Lpwx7Kq2LpWX7KQ2LPWX7KQ2LP')).toEqual([]);
    expect(secrets('AccountName=logs;AccountKey=storageaccountkeybase64encoded;EndpointSuffix=core.windows.net')).toEqual([]);
    expect(secrets('mongodb://app:db-password@mongo:27017/app')).toEqual([]);
    expect(secrets('amqp://svc:random_password@mq.internal:5672/')).toEqual([]);
    // Run together or capitalised, such words are weak passwords people use; only an Azure connection string's AccountKey has one shape.
    expect(secrets('sshpass -p superpass ssh root@10.0.0.5')).toEqual(['cli_password:superpass']);
    expect(secrets('redis://:strongpassword@redis-prod:6379/0')).toEqual(['url_credentials:strongpassword']);
    expect(secrets('accountKey: "q7Wv3Lp9Tz2Rm8Kx4Nb6Yc1Hs5Jd0Fg2"')).toEqual(['generic_secret:q7Wv3Lp9Tz2Rm8Kx4Nb6Yc1Hs5Jd0Fg2']);
    // The URL's password stays a credential and does not become an e-mail address.
    const url = 'mongodb://root:Tq8vL2xR9mK4@cluster0.ab1cd.mongodb.net/app';
    expect(scanText(url).map((f) => f.type)).toEqual(['url_credentials']);
  });
});

describe('credentials the seventh fresh set still missed, and public tokens it flagged', () => {
  const anon = 'eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJpc3MiOiAic3VwYWJhc2UiLCAicmVmIjogImJ0dGY5anoybHY2dmFsb2UyenRpIiwgInJvbGUiOiAiYW5vbiIsICJpYXQiOiAxNzAwMDAwMDAwLCAiZXhwIjogMjAwMDAwMDAwMH0.dBef5QaIa2TXCqAW6YuVdwfuMeDDkfIKLHrCTsbztmM';
  const serviceRole = 'eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJpc3MiOiAic3VwYWJhc2UiLCAicmVmIjogImJzZWpwNWF2c2tvaGZjdmVrcTdsIiwgInJvbGUiOiAic2VydmljZV9yb2xlIiwgImlhdCI6IDE3MDAwMDAwMDAsICJleHAiOiAyMDAwMDAwMDAwfQ.LIsxD8y9taGPCmvXyW1tTBDUHHI0JDJxvKTWSBgPuir';

  it('reads keys handed to client constructors by position', () => {
    expect(secrets("const client = new Ably.Realtime('bobxrK.mu1PNi:UmeUomHphAt5SfqJVL1tBkoCeHxZs1YnR0nGrzTLYCL');")).toEqual(['ably_key:bobxrK.mu1PNi:UmeUomHphAt5SfqJVL1tBkoCeHxZs1YnR0nGrzTLYCL']);
    expect(secrets("api = shodan.Shodan('89n6KVrl78G7q3PiuY9IA1vcKiCbgQZn')")).toEqual(['shodan_key:89n6KVrl78G7q3PiuY9IA1vcKiCbgQZn']);
    expect(secrets("auth = tweepy.OAuth1UserHandler(\n  'g37DgMWMsxZgPAXgrAWEG6Gcg', 'N3ZocJzq8dYjJgCEcp9uQmqjEMv7M30SeV7XpuXLL2ofdj6M8v')")).toEqual(['twitter_secret:N3ZocJzq8dYjJgCEcp9uQmqjEMv7M30SeV7XpuXLL2ofdj6M8v']);
    expect(secrets('notion = Client(auth="secret_p0rMaL9FG5tSt7FqvG4KLvpTKwVXhi3cIs70H9iC9b3")')).toEqual(['notion_token:secret_p0rMaL9FG5tSt7FqvG4KLvpTKwVXhi3cIs70H9iC9b3']);
    // "probably" holds the keyword, but no key of Ably's shape follows.
    expect(secrets('This is probably fine: version 1.2.3:4 of the app.')).toEqual([]);
  });

  it('reads Jenkins CLI tokens, Cloudflare global keys, bearer headers set by subscript and Hardhat wallet keys', () => {
    expect(secrets('java -jar jenkins-cli.jar -s https://ci.example.io/ -auth deployer:11a1249c71a5b892d062904bccbad97245 build app')).toEqual(['jenkins_token:11a1249c71a5b892d062904bccbad97245']);
    expect(secrets('curl https://api.cloudflare.com/client/v4/zones -H "X-Auth-Key: 15824ff9f63a9ad91a80de0956684f9c2713a"')).toEqual(['cloudflare_token:15824ff9f63a9ad91a80de0956684f9c2713a']);
    expect(secrets("axios.defaults.headers.common['Authorization'] = 'Bearer F8kQ2xLm9VzR4tYp7WnB3cHd6JsG1aE';")).toEqual(['bearer_token:F8kQ2xLm9VzR4tYp7WnB3cHd6JsG1aE']);
    expect(secrets("networks: { mainnet: { url: RPC, accounts: ['0xb845a95712f2a21451f51bffc7778958d119ae4d46f3b9e9addd5ad090631cc0'] } }")).toEqual(['crypto_private_key:b845a95712f2a21451f51bffc7778958d119ae4d46f3b9e9addd5ad090631cc0']);
    expect(secrets("accounts: ['0x0000000000000000000000000000000000000000000000000000000000000000']")).toEqual([]);
  });

  it('reads OpenVPN static keys, SNMP communities, Apple app-specific passwords and SSSD bind passwords', () => {
    const hex = ['5bc72cd30d233967c847850358befa52', 'ec9d3519123d58c05031a66e1d9ebabb', 'f319317a39523821623af1e8e885b2e6', 'ae7dac9d4b97e1a8ce57b98c08adf9a7'].join('\n');
    expect(secrets(`<tls-auth>\n-----BEGIN OpenVPN Static key V1-----\n${hex}\n-----END OpenVPN Static key V1-----\n</tls-auth>`)).toEqual([`openvpn_static_key:${hex}`]);
    expect(secrets('rocommunity Mp2EGSdz8V8zF2Qv 10.0.0.0/8')).toEqual(['config_password:Mp2EGSdz8V8zF2Qv']);
    expect(secrets('rocommunity public default\nrwcommunity private localhost')).toEqual([]);
    expect(secrets('xcrun notarytool submit App.zip --apple-id dev@example.org --password hbfb-rdnx-wvjn-msys --team-id ABCDE12345')).toEqual(['apple_app_password:hbfb-rdnx-wvjn-msys']);
    expect(secrets('ldap_default_authtok = zq_Lx6ZVGkD3B')).toEqual(['password_assignment:zq_Lx6ZVGkD3B']);
    // "authToken" is still a token, not the SSSD password word.
    expect(secrets('//registry.npmjs.org/:_authToken=Vq3Rt8mLx2Kd9Pz4Wn7Hs1Jb')).toEqual(['generic_secret:Vq3Rt8mLx2Kd9Pz4Wn7Hs1Jb']);
  });

  it('reads a quoted password starting with a plus, but not code that starts so', () => {
    expect(secrets('password = "+64M3MJnUldbvVOnI"')).toEqual(['password_assignment:+64M3MJnUldbvVOnI']);
    expect(secrets('"//localhost:1337/:_password = "+new Buffer("feast").toString("base64")')).toEqual([]);
  });

  it('reports anonymous-role JWTs and browser client tokens as public, not as secrets', () => {
    expect(scanText(`NEXT_PUBLIC_SUPABASE_ANON_KEY=${anon}`).map((f) => `${f.type}/${f.severity}`)).toEqual(['public_jwt/low']);
    expect(secrets(`SUPABASE_SERVICE_ROLE_KEY=${serviceRole}`)).toEqual([`jwt:${serviceRole}`]);
    expect(secrets("datadogRum.init({ applicationId: 'b0f7bef2-6e81-4b11-b094-4df41b7f013e', clientToken: 'pub3f9a1c07e5d24b8a96c0e1f7a2d45b6c' })")).toEqual([]);
  });
});

describe('passwords handed over in chat', () => {
  it('reads a pair labelled ID/PW, user/pass or creds around a slash, and a password after an SSID', () => {
    expect(secrets('ID/PW for the staging admin panel is admin / Harbor@light519')).toEqual(['password_in_prose:Harbor@light519']);
    expect(secrets('user/pass: deploy / Quartz!77lime')).toEqual(['password_in_prose:Quartz!77lime']);
    expect(secrets('vpn creds jdoe / Tq8#vLx2mR9 (temporary)')).toEqual(['password_in_prose:Tq8#vLx2mR9']);
    expect(secrets('Wifi for the offsite: SSID Guest-5G, password Pepper%field2031')).toEqual(['password_in_prose:Pepper%field2031']);
    for (const text of ['The creds are stored in Python / Python3.11 config', 'Store creds in vault / keychain2 for now', 'Credentials: see docs / README.md', 'user/pass auth is deprecated / removed in v2.0']) {
      expect(secrets(text), text).toEqual([]);
    }
  });
});

describe('connection strings and command lines in code and questions', () => {
  it('leaves format fields, keyword arguments and a bare mysql -p alone', () => {
    for (const text of [
      'conn := fmt.Sprintf("host=%s user=%s password=%s dbname=%s", h, u, p, d)',
      'psycopg2.connect(host=settings.DB_HOST, user=settings.DB_USER, password=password, dbname="orders")',
      'what does the `-p` flag do in `mysql -u root -p`? it just asks',
    ]) expect(secrets(text), text).toEqual([]);
    expect(secrets('host=db user=app password=Xk9mP2vL7q dbname=app')).toEqual(['connection_string_password:Xk9mP2vL7q']);
    expect(secrets('mysql -u root -pS3cr3tPw shop')).toEqual(['cli_password:S3cr3tPw']);
  });
});

describe('passwords in SQL', () => {
  it('reads CREATE/ALTER USER, LOGIN and ROLE passwords and IDENTIFIED BY, but not placeholders', () => {
    expect(secrets("CREATE LOGIN reporting WITH PASSWORD = N'Wint3r%912', CHECK_POLICY = ON;")).toEqual(['sql_password:Wint3r%912']);
    expect(secrets("CREATE USER deploy WITH PASSWORD 'Tq8#vLx2mR9';")).toEqual(['sql_password:Tq8#vLx2mR9']);
    expect(secrets("ALTER USER 'app'@'%' IDENTIFIED BY 'Rk8~Zq2Vx7';")).toEqual(['sql_password:Rk8~Zq2Vx7']);
    for (const text of ["CREATE USER app WITH PASSWORD '${DB_PASS}';", "CREATE USER app WITH PASSWORD '<password>';", 'CREATE ROLE readonly;']) {
      expect(secrets(text), text).toEqual([]);
    }
  });
});

describe('secrets deep in a long paste', () => {
  // Rules and the assignment and keyed-token passes read only windows around their keywords when
  // those cover little of a long text. Each credential must come out the same with 20 KB of prose
  // on each side as on its own, at the same place within it.
  const prose = Array.from({ length: 300 }, (_, i) => `Note ${i}: the weekly sync moved to Thursday; bring the roadmap.`).join('\n');
  const cases = [...load('secrets-positive.json').map((c) => c.text), ...corpusTexts('secrets-dev.jsonl')];

  it('finds in the middle of a long text what it finds in the text alone', () => {
    let compared = 0;
    for (const text of cases) {
      const alone = secrets(text);
      if (alone.length === 0) continue;
      const long = `${prose}\n\n${text}\n\n${prose}`;
      expect(secrets(long), text.slice(0, 80)).toEqual(alone);
      compared++;
    }
    expect(compared).toBeGreaterThan(300);
  });
});
