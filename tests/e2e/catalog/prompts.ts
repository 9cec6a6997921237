import { randomBytes, randomInt } from 'node:crypto';

/**
 * One recurring task — a budget-vs-actuals summary — with different inputs on every run, and in
 * each run a set of canaries: values that are unique to this test run, so finding one anywhere
 * outside the page proves it leaked (no chance that it appears there for another reason).
 */

export interface Canaries {
  email: string;
  name: string;
  iban: string;
  sentence: string;
}

export interface WorkflowRun {
  customer: string;
  text: string;
  canaries: Canaries;
}

const CUSTOMERS = ['Northwind Traders', 'Contoso Pharma', 'Fabrikam Logistics', 'Tailspin Toys'];
const GIVEN = ['Quentin', 'Ingrid', 'Bartholomew', 'Oksana'];
const SURNAMES = ['Zabrowski', 'Vasquez', 'Okonkwo', 'Lindqvist'];
const SENTENCE_WORDS = ['marmalade', 'heron', 'velvet', 'tortoise', 'copper', 'kites', 'orchard', 'lantern', 'quiet', 'harbour'];

/** ISO 13616 check digits, so the detector sees a real IBAN rather than a random string. */
export function germanIban(bban: string): string {
  const numeric = `${bban}DE00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of numeric) remainder = (remainder * 10 + Number(digit)) % 97;
  return `DE${String(98 - remainder).padStart(2, '0')}${bban}`;
}

function digits(count: number): string {
  let out = '';
  while (out.length < count) out += String(randomInt(0, 10));
  return out;
}

/** A marker of letters only: numbers would be masked by the anonymizer for a reason unrelated to the canary. */
function letters(count: number): string {
  return Array.from(randomBytes(count), (b) => String.fromCharCode(97 + (b % 26))).join('');
}

export function makeCanaries(run: number): Canaries {
  const tag = letters(6);
  const words = [...SENTENCE_WORDS].sort(() => randomInt(0, 3) - 1).slice(0, 6);
  return {
    email: `${GIVEN[run % GIVEN.length]!.toLowerCase()}.${tag}@canary-${letters(5)}.example`,
    // A surname with the run's tag appended in lower case, so it exists nowhere else yet still has
    // the shape of a surname (one capitalised word).
    name: `${GIVEN[run % GIVEN.length]} ${SURNAMES[run % SURNAMES.length]}${tag}`,
    iban: germanIban(digits(18)),
    sentence: `the ${words.join(' ')} ${tag} stayed behind`,
  };
}

/**
 * The same instruction each time; customer, amounts, contact and pasted note vary. The note is
 * quoted as people quote an excerpt they paste in.
 */
export function workflowRun(run: number): WorkflowRun {
  const canaries = makeCanaries(run);
  const customer = CUSTOMERS[run % CUSTOMERS.length]!;
  const budget = 80_000 + randomInt(0, 200) * 1_000;
  const actuals = budget + (randomInt(0, 2) === 0 ? -1 : 1) * randomInt(1_000, 30_000);
  const text =
    `Summarize the variance between budget and actuals for ${customer}: budget ${budget.toLocaleString('en-US')} ` +
    `and actuals ${actuals.toLocaleString('en-US')}. Account owner ${canaries.name} (${canaries.email}), IBAN ${canaries.iban}. ` +
    `Notes: "${canaries.sentence}"`;
  return { customer, text, canaries };
}

/** Every canary value, plus the parts of each that would still identify it (the name's surname, the IBAN's account digits). */
export function canaryNeedles(runs: WorkflowRun[]): string[] {
  return runs.flatMap(({ canaries }) => [
    canaries.email,
    canaries.email.split('@')[0]!,
    canaries.name,
    canaries.name.split(' ')[1]!,
    canaries.iban,
    canaries.iban.slice(4),
    canaries.sentence,
    canaries.sentence.split(' ').slice(-3).join(' '),
  ]);
}

/** Needles found in `haystack`, case-insensitively (a lower-cased leak is still a leak). */
export function leakedCanaries(haystack: string, needles: string[]): string[] {
  const lower = haystack.toLowerCase();
  return needles.filter((needle) => lower.includes(needle.toLowerCase()));
}
