/**
 * Generalization benchmark: how the detection engine does on data it was not tuned on.
 * Generates 4,000 labelled PII sentences (seed 42, 12 locales) and ~1,650 secret samples
 * (seed 7: provider tokens in many contexts, passwords, and negatives of many kinds), scans each
 * with scanText, and prints PII recall / exact-span / precision per type and per locale, the
 * hard negatives the PII detectors flag, secrets recall per provider group and the flagged rate
 * per negative kind. Prints figures; asserts nothing.
 *
 * The data is SYNTHETIC: names, addresses, phones and companies come from Faker, everything else
 * from our own templates and token formats (tests/fixtures/generated/). It checks the engine on
 * other distributions than the dev corpora; it is NOT the held-out evaluation, and its templates
 * have blind spots of their own. Do not tune detectors on these figures: once the rules are
 * fitted to this generator, it stops telling us anything about generalization.
 *
 * Scoring. PII: a gold span counts as found if a finding of the same type overlaps it; exact if
 * a finding of that type has the same bounds (for names, starting at the title also counts);
 * a finding is correct if it overlaps a gold span of its type (findings on template text or on
 * hard negatives are the false positives). Secrets: a value counts as found if a finding of
 * category `secret` overlaps it; a negative is flagged if it gets any `secret` finding, and
 * "high" if it gets any high-severity finding of any category.
 */
import { DETECTION_TYPES, scanText, type Finding } from '../../utils/detection/index';
import { generatePiiSentences, PII_LOCALES, type PiiSentence } from '../fixtures/generated/pii-sentences';
import { generateSecretSamples } from '../fixtures/generated/secret-samples';

const PII_COUNT = 4000;
const PII_SEED = 42;
const SECRET_SEED = 7;

const PII_TYPES = new Set(DETECTION_TYPES.filter((t) => t.category === 'pii').map((t) => t.id));
/** Shown one row each; the national IDs are pooled into one row (a few dozen samples each). */
const MAIN_PII_TYPES = ['email', 'phone', 'credit_card', 'iban', 'us_ssn', 'ip_address', 'person_name', 'street_address', 'date_of_birth'];
const NATIONAL_IDS = 'national IDs';

/** Secret providers by family, for a table that fits on a screen. */
const PROVIDER_GROUPS: [string, string[]][] = [
  ['cloud: AWS, GCP, Azure, DigitalOcean', ['aws_key_id', 'aws_secret', 'gcp_api_key', 'gcp_service_account', 'azure_storage', 'azure_sas', 'digitalocean']],
  ['code hosting: GitHub, GitLab', ['github', 'github_pat', 'gitlab', 'gitlab_other']],
  ['chat & webhooks: Slack, Discord, Telegram', ['slack_token', 'slack_webhook', 'discord_webhook', 'telegram']],
  ['payments & shops: Stripe, Shopify', ['stripe', 'stripe_test', 'shopify']],
  ['AI: OpenAI, Anthropic, HF, Groq, Replicate', ['openai', 'anthropic', 'huggingface', 'groq', 'replicate']],
  ['mail & SMS: Twilio, SendGrid, Mailgun', ['twilio', 'sendgrid', 'mailgun']],
  ['package registries: npm, PyPI', ['npm', 'pypi']],
  ['devops & SaaS: Vault, Doppler, Sentry ...', ['vault', 'doppler', 'databricks', 'grafana', 'newrelic', 'sentry', 'postman', 'atlassian', 'linear', 'notion']],
  ['plain hex by context: Datadog, Twilio auth', ['datadog', 'twilio_auth']],
  ['JWT', ['jwt']],
  ['private keys: PEM, OpenSSH', ['pem_private_key']],
  ['passwords: assignments', ['password_assignment']],
  ['passwords: URLs & connection strings', ['url_or_connstring_password']],
  ['passwords: CLI flags & credential files', ['password_cli_misc']],
  ['passwords: stated in chat prose', ['password_prose']],
];

interface Span { start: number; end: number }
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-');
/** Fixed-width row: first cell left-aligned, the rest right-aligned. */
const row = (cells: (string | number)[], widths: number[]) =>
  cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[0]) : String(c).padStart(widths[i] ?? 8))).join(' ');

interface PiiCount { gold: number; found: number; exact: number; findings: number; correct: number }
const blank = (): PiiCount => ({ gold: 0, found: 0, exact: 0, findings: 0, correct: 0 });

function scorePii(sentences: PiiSentence[]) {
  const byType = new Map<string, PiiCount>();
  const byTypeLocale = new Map<string, PiiCount>();
  const negatives = new Map<string, { n: number; flagged: number }>();
  const count = (m: Map<string, PiiCount>, k: string) => m.get(k) ?? m.set(k, blank()).get(k)!;
  let scanMs = 0;
  for (const s of sentences) {
    const t = performance.now();
    const findings = scanText(s.text).filter((f) => PII_TYPES.has(f.type));
    scanMs += performance.now() - t;
    for (const g of s.spans) {
      const hits = findings.filter((f) => f.type === g.type && overlaps(f, g));
      const exact = hits.some((f) => (f.start === g.start || f.start === g.altStart) && f.end === g.end);
      for (const c of [count(byType, g.type), count(byTypeLocale, `${g.type}|${s.locale}`)]) {
        c.gold++;
        if (hits.length) c.found++;
        if (exact) c.exact++;
      }
    }
    for (const f of findings) {
      const correct = s.spans.some((g) => g.type === f.type && overlaps(f, g));
      for (const c of [count(byType, f.type), count(byTypeLocale, `${f.type}|${s.locale}`)]) {
        c.findings++;
        if (correct) c.correct++;
      }
    }
    for (const n of s.negs) {
      const c = negatives.get(n.kind) ?? negatives.set(n.kind, { n: 0, flagged: 0 }).get(n.kind)!;
      c.n++;
      if (findings.some((f) => overlaps(f, n))) c.flagged++;
    }
  }
  return { byType, byTypeLocale, negatives, scanMs };
}

function sum(counts: PiiCount[]): PiiCount {
  const total = blank();
  for (const c of counts) for (const k of Object.keys(total) as (keyof PiiCount)[]) total[k] += c[k];
  return total;
}

function printPii(sentences: PiiSentence[], generateMs: number): void {
  const { byType, byTypeLocale, negatives, scanMs } = scorePii(sentences);
  console.log(`PII: ${sentences.length} sentences (seed ${PII_SEED}, ${PII_LOCALES.length} locales), generated in ${generateMs.toFixed(0)} ms, scanned in ${scanMs.toFixed(0)} ms`);

  const W = [16, 6, 8, 8, 9, 10];
  console.log(row(['type', 'gold', 'recall%', 'exact%', 'findings', 'precision%'], W));
  const national = [...byType.keys()].filter((k) => !MAIN_PII_TYPES.includes(k)).sort();
  const rows: [string, PiiCount][] = [
    ...MAIN_PII_TYPES.map((t) => [t, byType.get(t) ?? blank()] as [string, PiiCount]),
    [NATIONAL_IDS, sum(national.map((t) => byType.get(t)!))],
  ];
  for (const [name, c] of rows) console.log(row([name, c.gold, pct(c.found, c.gold), pct(c.exact, c.gold), c.findings, pct(c.correct, c.findings)], W));
  const all = sum([...byType.values()]);
  console.log(row(['all PII', all.gold, pct(all.found, all.gold), pct(all.exact, all.gold), all.findings, pct(all.correct, all.findings)], W));
  const ids = national.map((t) => { const c = byType.get(t)!; return `${t} ${pct(c.found, c.gold)} (${c.gold})`; });
  console.log(`  national IDs, recall% (gold): ${ids.slice(0, 6).join(', ')}`);
  console.log(`    ${ids.slice(6).join(', ')}`);

  console.log('person_name and street_address per locale (recall% / exact% / precision%):');
  const LW = [8, 6, 24, 6, 24];
  console.log(row(['locale', 'names', 'recall / exact / prec', 'addrs', 'recall / exact / prec'], LW));
  const triple = (c: PiiCount) => `${pct(c.found, c.gold)} / ${pct(c.exact, c.gold)} / ${pct(c.correct, c.findings)}`;
  for (const loc of PII_LOCALES) {
    const name = byTypeLocale.get(`person_name|${loc}`) ?? blank();
    const addr = byTypeLocale.get(`street_address|${loc}`) ?? blank();
    console.log(row([loc, name.gold, triple(name), addr.gold, triple(addr)], LW));
  }

  // Hard negatives (order numbers, brands, cities, versions ...) that any PII finding overlaps.
  const negTotal = [...negatives.values()].reduce((a, c) => ({ n: a.n + c.n, flagged: a.flagged + c.flagged }), { n: 0, flagged: 0 });
  const flagged = [...negatives.entries()].filter(([, c]) => c.flagged > 0).sort((a, b) => b[1].flagged / b[1].n - a[1].flagged / a[1].n);
  const clean = [...negatives.keys()].filter((k) => negatives.get(k)!.flagged === 0).length;
  console.log(`PII hard negatives flagged: ${negTotal.flagged} of ${negTotal.n} (${pct(negTotal.flagged, negTotal.n)}%); ${clean} of ${negatives.size} kinds never; flagged kinds, % (n):`);
  const parts = flagged.map(([k, c]) => `${k} ${pct(c.flagged, c.n)} (${c.n})`);
  for (let i = 0; i < parts.length; i += 5) console.log(`  ${parts.slice(i, i + 5).join(', ')}`);
}

function printSecrets(): void {
  const t0 = performance.now();
  const samples = generateSecretSamples(SECRET_SEED);
  const generateMs = performance.now() - t0;
  const providers = new Map<string, { n: number; found: number }>();
  const negatives = new Map<string, { n: number; secret: number; high: number }>();
  let scanMs = 0;
  for (const s of samples) {
    const t = performance.now();
    const findings: Finding[] = scanText(s.text);
    scanMs += performance.now() - t;
    if (s.label === 'pos') {
      for (const v of s.values) {
        const c = providers.get(v.provider) ?? providers.set(v.provider, { n: 0, found: 0 }).get(v.provider)!;
        c.n++;
        if (findings.some((f) => f.category === 'secret' && overlaps(f, v))) c.found++;
      }
    } else {
      const c = negatives.get(s.group) ?? negatives.set(s.group, { n: 0, secret: 0, high: 0 }).get(s.group)!;
      c.n++;
      if (findings.some((f) => f.category === 'secret')) c.secret++;
      if (findings.some((f) => f.severity === 'high')) c.high++;
    }
  }
  const positives = samples.filter((s) => s.label === 'pos').length;
  console.log(`secrets: ${samples.length} samples (seed ${SECRET_SEED}; ${positives} positive, ${samples.length - positives} negative), generated in ${generateMs.toFixed(0)} ms, scanned in ${scanMs.toFixed(0)} ms`);

  const W = [44, 5, 8];
  console.log(row(['provider group', 'n', 'recall%'], W));
  const grouped = new Set(PROVIDER_GROUPS.flatMap(([, p]) => p));
  const ungrouped = [...providers.keys()].filter((p) => !grouped.has(p));
  let n = 0, found = 0;
  for (const [name, members] of [...PROVIDER_GROUPS, ['other (not in PROVIDER_GROUPS)', ungrouped] as [string, string[]]]) {
    const cs = members.map((p) => providers.get(p)).filter((c) => c !== undefined);
    if (cs.length === 0) continue;
    const gn = cs.reduce((a, c) => a + c.n, 0), gf = cs.reduce((a, c) => a + c.found, 0);
    n += gn;
    found += gf;
    console.log(row([name, gn, pct(gf, gn)], W));
  }
  console.log(row(['all values', n, pct(found, n)], W));
  const weak = [...providers.entries()].filter(([, c]) => c.found < c.n).sort((a, b) => a[1].found / a[1].n - b[1].found / b[1].n);
  console.log(`  below 100%, recall% (n): ${weak.map(([p, c]) => `${p} ${pct(c.found, c.n)} (${c.n})`).join(', ') || 'none'}`);

  const NW = [22, 5, 9, 9];
  console.log(row(['negative kind', 'n', 'secret%', 'high%'], NW));
  let nn = 0, ns = 0, nh = 0;
  for (const [kind, c] of negatives) {
    // Documented example keys are real-format keys; flagging them is defensible, so they stay out of the total.
    if (kind !== 'documented_example') { nn += c.n; ns += c.secret; nh += c.high; }
    console.log(row([kind, c.n, pct(c.secret, c.n), pct(c.high, c.n)], NW));
  }
  console.log(row(['all but documented_ex.', nn, pct(ns, nn), pct(nh, nn)], NW));
}

export async function run(): Promise<void> {
  console.log('== generalization benchmark (synthetic: Faker + our own templates; not the held-out evaluation, do not tune on it) ==');
  const t0 = performance.now();
  const sentences = generatePiiSentences(PII_COUNT, PII_SEED);
  printPii(sentences, performance.now() - t0);
  printSecrets();
}

if (import.meta.url === `file://${process.argv[1]}`) void run();
