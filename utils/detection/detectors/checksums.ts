/**
 * Check-digit algorithms used to tell real identifiers from look-alike digit runs. Each takes
 * the already-normalised characters (no spaces or dashes) and returns whether the check holds.
 */

const isDigits = (s: string): boolean => /^[0-9]+$/.test(s);

/** Luhn mod-10 (payment cards, Canadian SIN, IMEI). */
export function luhn(digits: string): boolean {
  if (!isDigits(digits) || digits.length < 2) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** EAN-13 (and so ISBN-13): digits weighted 1, 3, 1, 3, … sum to a multiple of ten. */
export function ean13(digits: string): boolean {
  if (!isDigits(digits) || digits.length !== 13) return false;
  let sum = 0;
  for (let i = 0; i < 13; i++) sum += (digits.charCodeAt(i) - 48) * (i % 2 === 0 ? 1 : 3);
  return sum % 10 === 0;
}

/** Remainder of a long decimal string modulo m, computed piecewise so it never overflows. */
export function modOfDecimalString(digits: string, m: number): number {
  let rem = 0;
  for (let i = 0; i < digits.length; i += 7) {
    rem = Number(String(rem) + digits.slice(i, i + 7)) % m;
  }
  return rem;
}

/** ISO 13616 IBAN check: move the first four characters to the end, letters → 10..35, mod 97 = 1. */
export function ibanMod97(iban: string): boolean {
  const s = iban.toUpperCase();
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]+$/.test(s)) return false;
  const rearranged = s.slice(4) + s.slice(0, 4);
  let numeric = '';
  for (const ch of rearranged) {
    const c = ch.charCodeAt(0);
    numeric += c >= 65 ? String(c - 55) : ch;
  }
  return modOfDecimalString(numeric, 97) === 1;
}

const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** Verhoeff dihedral-group check (Indian Aadhaar): the whole number, check digit last. */
export function verhoeff(digits: string): boolean {
  if (!isDigits(digits)) return false;
  let c = 0;
  const n = digits.length;
  for (let i = 0; i < n; i++) {
    const d = digits.charCodeAt(n - 1 - i) - 48;
    c = VERHOEFF_D[c]![VERHOEFF_P[i % 8]![d]!]!;
  }
  return c === 0;
}

/** ISO 7064 MOD 11,10 (German Steuer-ID): the last digit checks the first ten. */
export function iso7064Mod11_10(digits: string): boolean {
  if (!isDigits(digits) || digits.length < 2) return false;
  let product = 10;
  for (let i = 0; i < digits.length - 1; i++) {
    let sum = (digits.charCodeAt(i) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  let check = 11 - product;
  if (check === 10) check = 0;
  return check === digits.charCodeAt(digits.length - 1) - 48;
}

/** Dutch BSN "elfproef": weights 9..2 and −1 for the last digit, sum divisible by 11. */
export function elevenProof(digits: string): boolean {
  if (!isDigits(digits) || (digits.length !== 9 && digits.length !== 8)) return false;
  const d = digits.padStart(9, '0');
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (d.charCodeAt(i) - 48) * (9 - i);
  sum -= d.charCodeAt(8) - 48;
  return sum !== 0 && sum % 11 === 0;
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** Spanish DNI (8 digits + letter) and NIE (X/Y/Z + 7 digits + letter): the letter is number mod 23. */
export function spanishIdLetter(id: string): boolean {
  const s = id.toUpperCase();
  const m = /^([XYZ]?)([0-9]{7,8})([A-Z])$/.exec(s);
  if (!m) return false;
  const prefix = m[1] ? String('XYZ'.indexOf(m[1])) : '';
  const num = Number(prefix + m[2]);
  if ((prefix + m[2]).length !== 8) return false;
  return DNI_LETTERS[num % 23] === m[3];
}

// Odd-position values for the Italian codice fiscale check character (positions 1,3,5… 1-based).
const CF_ODD: Record<string, number> = {
  '0': 1, '1': 0, '2': 5, '3': 7, '4': 9, '5': 13, '6': 15, '7': 17, '8': 19, '9': 21,
  A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18,
  N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23,
};

/** Italian codice fiscale: the 16th character is a weighted sum of the first fifteen mod 26. */
export function codiceFiscaleCheck(cf: string): boolean {
  const s = cf.toUpperCase();
  if (!/^[A-Z0-9]{16}$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const ch = s[i]!;
    if (i % 2 === 0) sum += CF_ODD[ch] ?? 0;
    else sum += ch >= 'A' ? ch.charCodeAt(0) - 65 : ch.charCodeAt(0) - 48;
  }
  return String.fromCharCode(65 + (sum % 26)) === s[15];
}

/** French NIR: 13 digits (Corsica 2A/2B mapped) + 2-digit key = 97 − (number mod 97). */
export function frenchNirKey(nir: string): boolean {
  const s = nir.toUpperCase();
  // Corsica's departments are 2A and 2B: two characters, in the place of the other departments' two digits.
  if (!/^[12][0-9]{4}(?:[0-9]{2}|2[AB])[0-9]{8}$/.test(s)) return false;
  let body = s.slice(0, 13);
  if (body.slice(5, 7) === '2A') body = body.slice(0, 5) + '19' + body.slice(7);
  else if (body.slice(5, 7) === '2B') body = body.slice(0, 5) + '18' + body.slice(7);
  if (!isDigits(body)) return false;
  const key = Number(s.slice(13));
  return 97 - modOfDecimalString(body, 97) === key;
}

/** Brazilian CPF: two mod-11 check digits (weights 10…2, then 11…2); a remainder of 10 counts as 0. Repeated digits pass the arithmetic but are never issued. */
export function cpfCheck(cpf: string): boolean {
  if (!/^\d{11}$/.test(cpf) || /^(\d)\1{10}$/.test(cpf)) return false;
  for (const n of [9, 10]) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += (cpf.charCodeAt(i) - 48) * (n + 1 - i);
    if (((sum * 10) % 11) % 10 !== cpf.charCodeAt(n) - 48) return false;
  }
  return true;
}

/**
 * Polish PESEL: weights 1-3-7-9 repeated over the first ten digits, check digit (10 − sum mod 10) mod 10;
 * the first six digits are the birth date YYMMDD with the century folded into the month (+80 for the
 * 1800s, +20 for the 2000s, +40, +60), so month and day must be plausible too.
 */
export function peselCheck(pesel: string): boolean {
  if (!/^\d{11}$/.test(pesel)) return false;
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (pesel.charCodeAt(i) - 48) * weights[i]!;
  if ((10 - (sum % 10)) % 10 !== pesel.charCodeAt(10) - 48) return false;
  const month = Number(pesel.slice(2, 4)) % 20;
  const day = Number(pesel.slice(4, 6));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** The check digit ICAO 9303 gives a machine-readable-zone field: weights 7, 3, 1; A–Z count 10–35 and the filler `<` 0. */
export function mrzCheckDigit(field: string): number {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < field.length; i++) {
    const c = field.charCodeAt(i);
    const value = c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 90 ? c - 55 : 0;
    sum += value * weights[i % 3]!;
  }
  return sum % 10;
}

/**
 * The second line of a passport's machine-readable zone (TD3, 44 characters): the document
 * number, the birth date and the expiry each carry a check digit, and all three must hold. The
 * personal number's and the composite check digit are not required: a character misread anywhere
 * else in the line (OCR of a worn page) breaks the composite, and would lose a number whose own
 * check still holds.
 */
export function passportMrzLineValid(line: string): boolean {
  if (line.length !== 44) return false;
  const holds = (field: string, check: string): boolean => check === String(mrzCheckDigit(field));
  return holds(line.slice(0, 9), line[9]!) && holds(line.slice(13, 19), line[19]!) && holds(line.slice(21, 27), line[27]!);
}
