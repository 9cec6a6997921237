import { randomBytes, randomInt } from 'node:crypto';

/**
 * Unique values planted by the privacy canary test. Each carries a fresh random part, so finding
 * it anywhere the extension stores or sends data can only mean the extension kept it. Valid
 * shapes (base32 AWS key id, mod-97 IBAN) are computed here so the detectors take them for real.
 */


/** A made-up lower-case word of consonant–vowel syllables, e.g. "tovarimek". */
export function randomWord(syllables = 4): string {
  const consonants = 'bdfgklmnprstvz';
  const vowels = 'aeiou';
  let word = '';
  for (let i = 0; i < syllables; i++) word += consonants[randomInt(consonants.length)] + vowels[randomInt(vowels.length)];
  return word + consonants[randomInt(consonants.length)];
}

const capitalize = (w: string) => w[0].toUpperCase() + w.slice(1);

export function canaryEmail(): string {
  return `canary-${randomBytes(5).toString('hex')}@example.com`;
}

/** An access key id: AKIA and 16 base32 characters. */
export function canaryAwsKeyId(): string {
  const base32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let id = 'AKIA';
  for (let i = 0; i < 16; i++) id += base32[randomInt(base32.length)];
  return id;
}

/** A German IBAN whose check digits satisfy ISO 13616 (mod 97 = 1). */
export function canaryIban(): string {
  let bban = '';
  for (let i = 0; i < 18; i++) bban += randomInt(10);
  // Country letters become two-digit numbers (A = 10) and move to the end with "00".
  const numeric = `${bban}${'D'.charCodeAt(0) - 55}${'E'.charCodeAt(0) - 55}00`;
  let remainder = 0;
  for (const digit of numeric) remainder = (remainder * 10 + Number(digit)) % 97;
  return `DE${String(98 - remainder).padStart(2, '0')}${bban}`;
}

/** A common given name (so the name detector has a cue) and an invented surname. */
export function canaryFullName(): string {
  const given = ['Mira', 'Jonas', 'Elif', 'Tomasz', 'Ines', 'Kofi', 'Lena', 'Ravi'][randomInt(8)];
  return `${given} ${capitalize(randomWord(3))}`;
}

export function canarySentence(): string {
  return `The ${randomWord()} lighthouse keeper counted ${randomWord()} herons before dawn`;
}

export interface Canary {
  label: string;
  value: string;
  /** The part no other text could contain by chance; searched for on its own as well. */
  unique: string;
}

export interface CanarySet {
  email: Canary;
  awsKey: Canary;
  iban: Canary;
  name: Canary;
  sentence: Canary;
}

export function makeCanaries(tag: string): CanarySet {
  const email = canaryEmail();
  const awsKey = canaryAwsKeyId();
  const iban = canaryIban();
  const name = canaryFullName();
  const sentence = canarySentence();
  return {
    email: { label: `${tag} email`, value: email, unique: email.split('@')[0] },
    awsKey: { label: `${tag} AWS key`, value: awsKey, unique: awsKey.slice(4) },
    iban: { label: `${tag} IBAN`, value: iban, unique: iban.slice(4) },
    name: { label: `${tag} name`, value: name, unique: name.split(' ')[1] },
    sentence: { label: `${tag} sentence`, value: sentence, unique: sentence.split(' ')[1] },
  };
}

/** Every canary (full value and unique part) found in `haystack`, case-insensitively. */
export function canariesIn(haystack: string, canaries: readonly Canary[]): string[] {
  const text = haystack.toLowerCase();
  // Also without whitespace: a value stored in a grouped form ("DE12 3456 …") is still the value.
  const squeezed = text.replace(/\s+/g, '');
  const found: string[] = [];
  for (const c of canaries) {
    for (const needle of new Set([c.value, c.unique])) {
      const n = needle.toLowerCase();
      if (text.includes(n) || squeezed.includes(n.replace(/\s+/g, ''))) found.push(`${c.label} (${needle})`);
    }
  }
  return found;
}

