/**
 * Contact details: e-mail addresses, phone numbers and IP addresses. Phone numbers have no
 * literal anchor, so candidates come from a bounded digit-group pattern and are then judged by
 * shape (international prefix, North-American grouping), libphonenumber validation and nearby
 * words — a bare "96 228011" is only a phone number when the text talks about calling.
 */
import { isValidPhoneNumber as isValidWith, parsePhoneNumberFromString as parseWith, type CountryCode } from 'libphonenumber-js/core';
import type { DetectionType, Detector, Finding, ScanInput, Severity } from '../types';
import { contextSupports, hasWordNear, labelHas, labelOnLineBefore, lastWordAt, rowContextSupports } from './context';
import { ean13 } from './checksums';
import { phoneMetadata, TRUNK_ZERO_REGIONS } from './phone-metadata';
import { matchAtCandidates, tablesOf } from '../facts';
import { fieldKeyWords } from './field-key';
import { questionBefore } from './chat-turn';
import { ASKED_FOR_NUMBER, DIGIT_WORDS, EMERGENCY_CONTACT_LABELS, NOT_PHONE_CONTEXT, PHONE_CONTEXT, PHONE_LABELS, ROLE_MAILBOXES, TIMESTAMP_CONTEXT } from './data/context-words';
import { recordFieldValues } from './record-fields';
import { AMBIGUOUS_GIVEN_NAMES, isGivenName } from './data/first-names';

const parsePhoneNumberFromString = (text: string, region?: CountryCode) => parseWith(text, { defaultCountry: region }, phoneMetadata);
const isValidPhoneNumber = (text: string, region: CountryCode) => isValidWith(text, region, phoneMetadata);

const TYPES: DetectionType[] = [
  { id: 'email', category: 'pii', severity: 'medium', label: 'E-mail address', validation: 'RFC 5322 shape, known TLD shape; reserved domains (example.com, .test), shared mailboxes (support@, noreply@) and service accounts low', placeholder: 'EMAIL' },
  { id: 'phone', category: 'pii', severity: 'medium', label: 'Phone number', validation: 'libphonenumber validation or phone grouping + context words', placeholder: 'PHONE' },
  { id: 'ip_address', category: 'pii', severity: 'low', label: 'IP address', validation: 'IPv4 octets ≤ 255 / IPv6 group structure; loopback, 0.0.0.0, netmasks, networks (…0/16) and public DNS resolvers not reported; private and documentation ranges, and the address of a named host as curl, wget, ping or host print it, low', placeholder: 'IP' },
];

// Local part and domain are bounded so a 50k run of dots or letters cannot blow up.
export const EMAIL_RE = /[A-Za-z0-9](?:[A-Za-z0-9._%+'-]{0,63})@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-])/g;
const EMAIL_AT = new RegExp(EMAIL_RE.source, 'y');

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** [A-Za-z0-9._%+'-], the characters of an address's local part. */
function isLocalPartChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 39 || c === 45;
}

/**
 * The matches of EMAIL_RE, found from each "@" instead of trying the regex at every letter of the
 * text (each try reads up to 64 characters looking for an "@": on a long text with one "@"
 * somewhere that was most of the family's time). A match's local part is the run of local-part
 * characters right before its "@", so the match starts at the first letter or digit of that run
 * within 64 characters and after the previous match; if the regex fails there, the domain after
 * the "@" is what failed, and it fails from every later start too.
 */
export function emailMatches(text: string, onMatch: (start: number, end: number) => void): void {
  matchesAroundAt(text, '@', 64, EMAIL_AT, onMatch);
  // An address URL-encoded in a query string or a log line (`?email=olga.s%40example.org`); the
  // key before it (`email=`) is not part of it, as `=` stops the walk back.
  if (text.indexOf('%40') !== -1) matchesAroundAt(text, '%40', 80, ENCODED_EMAIL_AT, onMatch);
}

const ENCODED_EMAIL_AT = /[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,80})%40(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-])/y;

/** A SIP or tel scheme and the "+" of an E.164 number, before an address's local part of 7 to 15 digits. */
const SIP_SCHEME_BEFORE = /(?:sips?|tel):\+$/i;
const SIP_NUMBER_USER_AT = /^\d{7,15}@/;

/** The matches of the sticky `address` whose local part ends at an occurrence of `at`, walking back at most `reach` characters. */
function matchesAroundAt(text: string, at: string, reach: number, address: RegExp, onMatch: (start: number, end: number) => void): void {
  let resume = 0;
  for (let a = text.indexOf(at); a !== -1; a = text.indexOf(at, a + at.length)) {
    let s = a;
    while (s > resume && a - s < reach && isLocalPartChar(text.charCodeAt(s - 1))) s--;
    while (s < a && !isAsciiAlnum(text.charCodeAt(s))) s++;
    if (s === a) continue;
    address.lastIndex = s;
    const m = address.exec(text);
    if (m === null) continue;
    resume = s + m[0].length;
    onMatch(s, resume);
  }
}

/**
 * A phone candidate: optional +cc or 00/001 prefix, optional (area) or trunk area and slash
 * ("0221/…", "06-30/…", as written in Germany and Hungary), then 2–6 digit groups split by one
 * space, dot or dash, optional extension. Groups are bounded so the regex stays linear.
 * Glued to a word, a colon or a dot it is part of something else (a time, an id, a version); a
 * comma and digits after it are judged in code (amountTailAfter). A colon right
 * after a word is a label typed without its space (`Phone:+1919…`, `電話:080-…`, and `tel:` links
 * and vCards: `TEL;TYPE=cell;TYPE=voice:+1-212-…`); after a digit it is a time or a ratio. Japan
 * writes the local exchange in brackets: `03(6604)8662`. Spain and Portugal write the country code
 * in brackets: `(+34) 649477258`. A group may hold up to ten digits (Brazilian mobiles after the
 * area code: `+55 31 974064665`).
 */
const PHONE_RE = /(?<![\w+./-]|(?<![A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]|\b[Tt][Ee][Ll](?:;[A-Za-z0-9=,"-]{1,40}){0,5}):)(?:\+\d{1,3}[ .-]?|00\d{1,3}[ .-]|\(\+\d{1,3}\)[ .-]?)?(?:\(\d{1,5}\)[ .-]?|(?:0\d{1,4}(?:-\d{1,4})?|3\d{2})(?:\/| \/ )(?=\d)|0\d{1,4}\(\d{1,4}\)(?=\d))?\d{1,12}(?:(?:[ .-]| - )\d{1,10}){0,5}(?:\s?(?:x|ext\.?|#)\s?\d{1,6})?(?![\w+@/]|[.:-]\d)/g;

/**
 * ",ddd" or ",dd" after digits alone or in thousands groups makes them a number with decimals
 * ("1 234 567,89 €", "12.500,00"); pairs ("06 12 34 56 78,35") are a French phone before the next
 * field of a CSV row. Brackets, dashes or a "+" are never
 * written in an amount, so after those the comma separates the next field of a CSV row
 * ("+1 (562) 832-7722,192.168.97.83", "(312) 571-8714,4/18/1991").
 */
const AMOUNT_TAIL_AT = /,(?:\d{1,2}(?![\d\/.-])|\d{3}(?!\d))/y;
const AMOUNT_DIGITS = /^(?:\d+|\d{1,3}(?:[ .]\d{3})+)$/;

function amountTailAfter(text: string, candidate: string, end: number): boolean {
  if (text.charCodeAt(end) !== 44 || !AMOUNT_DIGITS.test(candidate)) return false;
  AMOUNT_TAIL_AT.lastIndex = end;
  return AMOUNT_TAIL_AT.test(text);
}

/** NANP grouping: (212) 555-0134, 212-555-0134, 212.555.0134, with optional 1/001 prefix and extension. */
const NANP_SHAPE = /^(?:\+?1[ .-]?|001[ .-])?(?:\(\d{3}\)[ .-]?|\d{3}[ .-])\d{3}[ .-]\d{4}(?:\s?(?:x|ext\.?|#)\s?\d{1,6})?$/;
const DATE_SHAPE = /^(?:\d{4}[-./ ]\d{1,2}[-./ ]\d{1,2}|\d{1,2}[-./ ]\d{1,2}[-./ ]\d{2,4})$/;
const SSN_SHAPE = /^\d{3}[- ]\d{2}[- ]\d{4}$/;
export const IPV4_LIKE = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;
/** Brazilian CPF (ddd.ddd.ddd-dd): no phone is written with dots and then a dash like this. */
const CPF_SHAPE = /^\d{3}\.\d{3}\.\d{3}-\d{2}$/;
/**
 * US ZIP+4 (62704-1234), Brazilian CEP (01310-100) and Portuguese postcodes (4701-346): four or
 * five digits, a dash, three or four. A bare
 * local number can look the same ("96144-7221"), so only a phone word before it makes it a phone.
 */
const POSTAL_SHAPE = /^\d{5}-\d{3,4}$|^\d{4}-\d{3}$/;
/** Unix time in seconds or milliseconds from 2001 to 2033 (1,000,000,000 … 1,999,999,999). */
const UNIX_TIME_SHAPE = /^1\d{9}(?:\d{3})?$/;

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/**
 * In TRUNK_ZERO_REGIONS numbers are written with a trunk "0" in national format. A number written
 * exactly as one of them groups it ("06 12 94 19 93" in France, "0412 129 764" in Australia, "020
 * 7946 0958" in the UK) is a phone number even without a phone word: order numbers, prices and
 * dates are not grouped that way. Only a few formats are tried per scan (NATIONAL_FORMAT_BUDGET), so a
 * text of nothing but such groups cannot make the family parse thousands of numbers.
 */
const NATIONAL_FORMAT_BUDGET = 64;
/** "0", then 2–5 space-separated groups of digits (single spaces); 9–12 digits in all (German mobiles have 12). */
const SPACED_TRUNK_SHAPE = /^0[1-9]\d{0,4}(?: \d{2,8}){1,4}$/;

/**
 * Per-scan state of the phone pass: the national-format budget, the scan for its table headers,
 * and the countries of the valid international numbers found so far (see sameCountryAs).
 */
interface PhoneScan { input: ScanInput; nationalFormats: number; countries: Set<CountryCode> }

/** The header of the table column a candidate sits alone in ('' when none), e.g. "phone" or "order id". */
function columnHeader(scan: PhoneScan, start: number, end: number): string {
  return tablesOf(scan.input).headerOf(start, end);
}

/** Whether `candidate` is written exactly as some trunk-0 country formats a valid national number. */
function inNationalFormat(candidate: string, digits: number, scan: PhoneScan): boolean {
  // Dots, dashes or a slash where the country's format has spaces: "07.71.26.12.81", "06-14440885", "0221/5348499".
  const spaced = candidate.includes(' ') ? candidate : candidate.replace(/[./-]/g, ' ');
  if (digits < 9 || digits > 12 || !SPACED_TRUNK_SHAPE.test(spaced) || scan.nationalFormats <= 0) return false;
  scan.nationalFormats--;
  return TRUNK_ZERO_REGIONS.some((region) => {
    const parsed = parsePhoneNumberFromString(spaced, region);
    return parsed !== undefined && parsed.isValid() && parsed.formatNational() === spaced;
  });
}

/**
 * A number valid in the country of an international number of the same text: a call list or a
 * contact sheet writes some numbers with the country code and the rest as the country dials them
 * ("+351 939 552 917" above "927 074 078", "+34719480389" beside "968.16.68.70"). Not for a number
 * that starts with its own country code, nor for a country whose plan holds most 7-10 digit runs:
 * only countries whose numbers have a fixed length and leading digits.
 */
function sameCountryAs(candidate: string, digits: number, lower: string, start: number, scan: PhoneScan): boolean {
  if (scan.countries.size === 0 || digits < 8 || digits > 11 || candidate.startsWith('+') || candidate.startsWith('00') || candidate.startsWith('(+')) return false;
  // Only another number's country speaks for it, so any word against it counts, even after a phone
  // word ("Itemised calls – account 821564092").
  if (wordAgainstBefore(lower, start) !== -1 || YEAR_REFERENCE.test(candidate)) return false;
  for (const country of scan.countries) if (!OPEN_PLANS.has(country) && isValidPhoneNumber(candidate, country)) return true;
  return false;
}
/** A file or claim number counted within its year: "Schadenmeldung — 2025-1335". */
const YEAR_REFERENCE = /^(?:19|20)\d\d-\d{3,6}$/;
/** North American numbers are valid for almost any ten digits with a valid area code: an invoice number would pass. */
const OPEN_PLANS: ReadonlySet<CountryCode> = new Set<CountryCode>(['US', 'CA']);

/** Where the last word against a phone ("order", "SSN", "konto") starts within 25 characters before `start`, or -1. */
const wordAgainstBefore = (lower: string, start: number): number => lastWordAt(lower, start - 25, start, NOT_PHONE_CONTEXT);

/**
 * A word such as "order" or "SSN" shortly before, unless a phone label sits between it and the
 * number ("SSN: 476426347, phone: 3128893600"), or before it with no other number in between
 * ("Phone (tax office): 030 1234567", "call my tax advisor on 020 7946 0958").
 */
function againstBefore(lower: string, start: number): boolean {
  const against = wordAgainstBefore(lower, start);
  if (against === -1 || lastWordAt(lower, against + 1, start, PHONE_LABELS) !== -1) return false;
  const label = lastWordAt(lower, start - 40, against, PHONE_LABELS);
  return label === -1 || /[0-9]/.test(lower.slice(label, start));
}

/**
 * What separates the items of one line of a contact block: "Kavya Joshi | 7329214824 | kavya@…",
 * "… · chatterjee@…", "**Siobhan O'Brien** — obrien@… — 0836753399 — vegetarian", "mitchell@… / 0478478737".
 */
const CONTACT_ITEM_SEPARATOR = /[|·•—–/]/;
/** An e-mail address (perhaps in angle brackets) ending right before a comma: "Tobias <t.s@web.de>, 0159-1227 2411 — vegetarisch". */
const EMAIL_THEN_COMMA = /@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}>?,$/;
/** The next comma-separated item is an e-mail address: "- Simone Bruno, 3957033099, simonebruno@libero.it". */
const EMAIL_ITEM_AFTER = /^,[ \t]*<?[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+\.[A-Za-z]/;
/** An e-mail address offered instead: "Matteo Conti: 381/5658802 oppure mconti99@…", "on 8322627476 / ashley@…". */
const EMAIL_ALTERNATIVE_AFTER = /^[ \t]*(?:or|oder|ou|o|oppure|lub|eller|of|tai|nebo|\/)[ \t]+<?[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+\.[A-Za-z]/i;
/** An e-mail address's shape, enough to tell a contact block (the e-mail detector reads them properly). */
const EMAIL_SHAPE = /[A-Za-z0-9._%+-]@[A-Za-z0-9-]+\.[A-Za-z]/;

/**
 * A number that is an item of its own, alone on its line or between " | " and " · ", with an
 * e-mail address within two lines: the contact block of a signature or a CV's header, where phone
 * numbers carry no label ("MEERA REDDY\n6164320841\nmeera.reddy@…", "983 92 66 92\nd.sanchez@…").
 * Not in a table: a markdown row's ID cell sits between pipes beside an e-mail cell as well.
 */
function inContactBlock(text: string, start: number, end: number): boolean {
  // Only the item's own edges are read first, so a long line of numbers costs no walk per candidate.
  let before = start;
  while (before > 0 && isBlank(text.charCodeAt(before - 1))) before--;
  let after = end;
  while (after < text.length && isBlank(text.charCodeAt(after))) after++;
  const comma = (at: number): boolean => text.charCodeAt(at) === 44;
  const opens = before === 0 || text.charCodeAt(before - 1) === 10 || CONTACT_ITEM_SEPARATOR.test(text[before - 1]!) ||
    (comma(before - 1) && (EMAIL_THEN_COMMA.test(text.slice(Math.max(0, before - 48), before)) || EMAIL_ITEM_AFTER.test(text.slice(after, after + 72))));
  const closes = after === text.length || text.charCodeAt(after) === 10 || text.charCodeAt(after) === 13 || CONTACT_ITEM_SEPARATOR.test(text[after]!) ||
    (comma(after) && comma(before - 1) && EMAIL_ITEM_AFTER.test(text.slice(after, after + 72)));
  if (!opens || !closes) return false;
  // A contact block's lines are short: its line and two on either side, read within CONTACT_BLOCK_REACH
  // of the number, so a pathological line of separated numbers costs a bounded window per candidate.
  const from = Math.max(0, start - CONTACT_BLOCK_REACH);
  const window = text.slice(from, Math.min(text.length, end + CONTACT_BLOCK_REACH));
  const at = start - from;
  const lineStart = window.lastIndexOf('\n', at - 1) + 1;
  if (lineStart === 0 && from > 0) return false;
  if (window.slice(lineStart, at).trimStart().startsWith('|')) return false;
  let blockStart = lineStart;
  for (let n = 0; n < 2 && blockStart > 0; n++) blockStart = window.lastIndexOf('\n', blockStart - 2) + 1;
  let blockEnd = end - from;
  for (let n = 0; n < 3 && blockEnd !== -1; n++) blockEnd = window.indexOf('\n', blockEnd + 1);
  return EMAIL_SHAPE.test(window.slice(blockStart, blockEnd === -1 ? window.length : blockEnd));
}
const CONTACT_BLOCK_REACH = 400;
const isBlank = (c: number): boolean => c === 32 || c === 9;

/**
 * Whether a chat turn asks for a phone number, and not for an order or account number. Asked for
 * alone, "a number" is the one to call: "Un numero per il corriere?", "Unter welcher Nummer
 * erreicht Sie der Paketdienst?".
 */
function asksForPhone(question: string): boolean {
  if (question === '' || hasWordNear(question, 0, question.length, NOT_PHONE_CONTEXT)) return false;
  return hasWordNear(question, 0, question.length, PHONE_CONTEXT) || hasWordNear(question, 0, question.length, ASKED_FOR_NUMBER);
}
/**
 * Six or more digits said one by one shortly before the number: a voicemail's transcript reading
 * the caller's number out ("… zurück unter null eins fünf sieben eins null …, also 0157/10395989").
 * In prose six such words in a row do not occur ("one or two", "tre o quattro" are short).
 */
function spelledOutBefore(lower: string, start: number): boolean {
  const from = Math.max(0, start - SPELLED_OUT_REACH);
  return from < start && SPELLED_OUT_DIGITS.test(lower.slice(from, start));
}
const SPELLED_OUT_REACH = 160;
const digitWordAlt = [...DIGIT_WORDS].sort((a, b) => b.length - a.length).join('|');
const SPELLED_OUT_DIGITS = new RegExp(String.raw`(?<![\p{L}])(?:${digitWordAlt})(?:[ ,-]{1,2}(?:${digitWordAlt})){5}(?![\p{L}])`, 'u');

/** A phone word near the number; a bare digit run takes them from its own row when the row has a label (rowContextSupports). */
function phoneWordNear(lower: string, start: number, end: number, bare: boolean): boolean {
  return bare ? rowContextSupports(lower, start, end, PHONE_CONTEXT, 40) : contextSupports(lower, start, end, PHONE_CONTEXT, 40);
}


/** An emergency-contact label earlier on the number's line, past the contact's name and relation. */
const emergencyContactBefore = (lower: string, start: number): boolean => labelOnLineBefore(lower, start, EMERGENCY_CONTACT_REACH, EMERGENCY_CONTACT_LABELS);
const EMERGENCY_CONTACT_REACH = 100;

/**
 * A person's name right before the number, and the number valid where such lists are written: a
 * contact line ("GP: Dr Emil Pedersen, 91653043", "Ilse Hendriks · 06-65910903", "my daughter Divya
 * Kulkarni on 9909216458") gives a name and a way to reach them. The name opens with a listed given
 * name: "Invoice Total, 20240117" has two capitalised words but no one in them.
 */
function personBefore(text: string, candidate: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const name = NAME_RIGHT_BEFORE.exec(before) ?? SURNAME_COMMA_GIVEN_RIGHT_BEFORE.exec(before);
  const given = name?.[1]!.toLowerCase();
  if (given === undefined || !isGivenName(given) || AMBIGUOUS_GIVEN_NAMES.has(given) || DRUG_CODE_SHAPE.test(candidate)) return false;
  // Where a trunk "0" opens every national number, one without it is no number of that country
  // (German and Austrian plans, open to most digit runs, would take a drug code after "Dr. …").
  const regions = candidate.startsWith('0') ? PERSON_LINE_REGIONS : PERSON_LINE_REGIONS_WITHOUT_TRUNK_ZERO;
  return regions.some((region) => isValidPhoneNumber(candidate, region));
}
/** A five-digit group before two more: a product or drug code ("55107-6679-35"), not a number's groups. */
const DRUG_CODE_SHAPE = /^\d{5}[ -]\d{3,4}[ -]\d{1,2}$/;
const NAME_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’-]+`;
/** What stands between a name and its number: a comma, a dash, a middle dot, a bracket, "on", or spaces (a column of a list). */
const NAME_NUMBER_GAP = String.raw`(?:,[ \t]|[ \t][–—·-][ \t]|[ \t]\(|[ \t](?:on|at|op|på|au|unter|al|na|em)[ \t]|[ \t]{1,4})$`;
const NAME_RIGHT_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?[ \t])?(${NAME_WORD})(?:[ \t](?:(?:van|von|de|der|den|da|di|le|la|du)[ \t])?${NAME_WORD}){1,2}${NAME_NUMBER_GAP}`, 'u');
/** "Jelínek, Pavel  653 490 178": the given name is the word after the comma. */
const SURNAME_COMMA_GIVEN_RIGHT_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])${NAME_WORD},[ \t](${NAME_WORD})${NAME_NUMBER_GAP}`, 'u');
/** Where contact lists of the languages we read are written; numbers of the open North American plan need another sign. */
const PERSON_LINE_REGIONS: readonly CountryCode[] = ['GB', 'IE', 'FR', 'DE', 'NL', 'BE', 'AT', 'CH', 'IT', 'ES', 'PT', 'DK', 'NO', 'SE', 'FI', 'PL', 'CZ', 'AU', 'NZ', 'IN'];
/** Countries whose national numbers all open with a trunk "0". */
const TRUNK_ZERO_ONLY: ReadonlySet<CountryCode> = new Set<CountryCode>(['GB', 'IE', 'FR', 'DE', 'NL', 'BE', 'AT', 'CH', 'SE', 'FI', 'AU', 'NZ']);
/** Computed once: the regions a number without a leading "0" may belong to. */
const PERSON_LINE_REGIONS_WITHOUT_TRUNK_ZERO = PERSON_LINE_REGIONS.filter((r) => !TRUNK_ZERO_ONLY.has(r));

/** A phone label on the number's own line before it ("Callback number: …"): closer than any question above. */
const ownLineLabel = (lower: string, start: number): boolean => labelOnLineBefore(lower, start, 40, PHONE_LABELS);

/** Digits counting up or down (`123456789`, `987-654-3210`) or one digit repeated: a test value or a filler, not a number anyone has. */
function countsThrough(candidate: string): boolean {
  const digits = candidate.replace(/^(?:\+|00)\d{1,3}[ .-]/, '').replace(/\D/g, '');
  let up = true;
  let down = true;
  let same = true;
  for (let i = 1; i < digits.length; i++) {
    const before = digits.charCodeAt(i - 1) - 48;
    const at = digits.charCodeAt(i) - 48;
    up &&= (before + 1) % 10 === at;
    down &&= (at + 1) % 10 === before;
    same &&= at === before;
  }
  return up || down || same;
}

/**
 * A book's number (978-3-7681-8157-0): 13 digits after the EAN prefix for books, 978 or 979, with a
 * valid check digit. Written with hyphens it has a phone's shape; no national plan dials 978 first.
 */
function isIsbn13(candidate: string): boolean {
  if (candidate.startsWith('+')) return false;
  const digits = candidate.replace(/\D/g, '');
  return (digits.startsWith('978') || digits.startsWith('979')) && ean13(digits);
}

function phoneConfidence(candidate: string, lower: string, start: number, end: number, scan: PhoneScan): number {
  // The trunk zero in brackets after a country code ("+49 (0)221 …") is not dialled, and a DID extension after a
  // dash ("…7883299-186") is the extension.
  const digits = digitCount(candidate.replace(/\s?(?:x|ext\.?|#)\s?\d{1,6}$/, '').replace(/^(\+\d{1,3}[ .-]?)\(0\)/, '$1'));
  if (digits < 7 || digits > 15) return 0;
  // A dotted quad is an address only when every part is an octet: Spanish numbers are written
  // "91.591.12.01" and "968.16.68.70".
  if (DATE_SHAPE.test(candidate) || SSN_SHAPE.test(candidate) || (IPV4_LIKE.test(candidate) && ipv4Octets(candidate) !== null) || CPF_SHAPE.test(candidate)) return 0;
  if (POSTAL_SHAPE.test(candidate) && !hasWordNear(lower, start - 25, start, PHONE_CONTEXT)) return 0;
  if (UNIX_TIME_SHAPE.test(candidate) && hasWordNear(lower, start - 25, start, TIMESTAMP_CONTEXT)) return 0;
  if (countsThrough(candidate) || isIsbn13(candidate)) return 0;
  const hasSeparator = /[ .()/-]/.test(candidate);
  // A "phone" / "order no" column header speaks for every row of its column.
  const header = columnHeader(scan, start, end);
  // So does the key it is written under in a payload or a config file ("phoneNumber": "…", SUPPORT_PHONE=…).
  const key = fieldKeyWords(scan.input.text, start);
  // And so does the question a chat answer replies to ("Agent: Un numero per il corriere?" / "Visitor: 3944979117").
  const question = header === '' ? questionBefore(scan.input.text, lower, start, end) : '';
  const context = phoneWordNear(lower, start, end, !hasSeparator) ||
    labelHas(header, PHONE_CONTEXT) ||
    labelHas(key, PHONE_LABELS) ||
    (header === '' && inContactBlock(scan.input.text, start, end)) ||
    asksForPhone(question) ||
    spelledOutBefore(lower, start) ||
    emergencyContactBefore(lower, start) ||
    personBefore(scan.input.text, candidate, start) ||
    EMAIL_ALTERNATIVE_AFTER.test(scan.input.text.slice(end, end + 80)) ||
    sameCountryAs(candidate, digits, lower, start, scan);
  const against = againstBefore(lower, start) ||
    labelHas(header, NOT_PHONE_CONTEXT) ||
    (labelHas(key, NOT_PHONE_CONTEXT) && !labelHas(key, PHONE_LABELS)) ||
    (labelHas(question, NOT_PHONE_CONTEXT) && !labelHas(question, PHONE_LABELS) && !ownLineLabel(lower, start));
  let c = 0;
  const bracketedCode = candidate.startsWith('(+');
  if (candidate.startsWith('+') || candidate.startsWith('00') || bracketedCode) {
    const intl = candidate.startsWith('00') ? '+' + candidate.slice(2) : bracketedCode ? candidate.replace(/^\((\+\d{1,3})\)/, '$1') : candidate;
    const parsed = parsePhoneNumberFromString(intl);
    // "(+12) 345 678 901 units" is a change, not country code 1: the brackets must hold the code the number parses to.
    if (bracketedCode && parsed?.countryCallingCode !== candidate.slice(2, candidate.indexOf(')'))) c = 0;
    else if (parsed?.isValid()) {
      c = 0.9;
      if (parsed.country && !against) scan.countries.add(parsed.country);
    }
    else if (parsed?.isPossible()) c = 0.7;
    else c = bracketedCode ? 0 : hasSeparator ? 0.55 : 0.4;
  } else if (NANP_SHAPE.test(candidate)) {
    c = isValidPhoneNumber(candidate, 'US') ? 0.85 : 0.7;
  } else if (!hasSeparator) {
    // A bare digit run is an order number as often as a phone number: require context.
    c = digits === 10 && isValidPhoneNumber(candidate, 'US') ? 0.45 : 0.3;
  } else {
    c = /^\(\d{1,5}\)/.test(candidate) || inNationalFormat(candidate, digits, scan) ? 0.55 : 0.4;
  }
  // "Order number 415-155-1629", "numéro fiscal 071 590 7018": a word against it outweighs a
  // generic one for it ("number", "número"); a phone label between them already cleared `against`.
  if (context && !against) c += 0.3;
  if (against) c -= 0.4;
  return Math.min(1, Math.max(0, c));
}

function ipv4Octets(s: string): number[] | null {
  const parts = s.split('.');
  if (parts.length !== 4) return null;
  const out: number[] = [];
  for (const p of parts) {
    if (p.length > 1 && p[0] === '0') return null;
    const n = Number(p);
    if (!(n >= 0 && n <= 255)) return null;
    out.push(n);
  }
  return out;
}

/**
 * Addresses that point at no one outside a private network: private, link-local and the three
 * documentation networks. Reported low, not dropped: examples and test data stand in for real
 * addresses with documentation ones (loopback and `0.0.0.0` are not reported: isSelfOrMask).
 */
function isNonPublicV4([a, b, c]: number[]): boolean {
  return (
    a === 10 || (a === 172 && b! >= 16 && b! <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) ||
    (a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)
  );
}

/**
 * The machine itself (loopback `127.x`, `0.0.0.0` "any address") and netmasks (`255.255.255.0`):
 * every machine has them, so they tell nothing about anyone or any network. Not reported at all;
 * they fill config files and docker-compose pastes.
 */
function isSelfOrMask([a, b, c, d]: number[]): boolean {
  if (a === 0 || a === 127) return true;
  if (a !== 255) return false;
  // A netmask is a run of one bits then zeros: 255.255.254.0 is one, 255.0.255.0 is not.
  const bits = ((a << 24) | (b! << 16) | (c! << 8) | d!) >>> 0;
  const zeros = ~bits >>> 0;
  return (zeros & (zeros + 1)) === 0;
}

/** Nearby words that make a dotted quad a software version rather than a host. */
const VERSION_WORDS = ['version', 'versions', 'upgrade', 'downgrade', 'release', 'build', 'firmware', 'changelog'] as const;
/**
 * Public DNS resolvers (Cloudflare, Google, Quad9, OpenDNS, Level 3): every network uses them, so
 * they tell nothing about anyone ("Is 1.1.1.1 faster than 8.8.8.8?").
 */
const PUBLIC_RESOLVERS: ReadonlySet<string> = new Set(['1.1.1.1', '1.0.0.1', '8.8.8.8', '8.8.4.4', '9.9.9.9', '149.112.112.112', '208.67.222.222', '208.67.220.220', '4.2.2.1', '4.2.2.2']);
/** Words right before a dotted quad that make it a host whatever version words are about. */
const HOST_WORDS = ['server', 'host', 'hostname', 'ip', 'gateway', 'proxy', 'vm', 'instance'] as const;

/**
 * What network tools print before the address they resolved a named host to: curl's "*   Trying "
 * and "Connected to api.example.com (", wget's "Connecting to host (host)|", ping's "PING host (",
 * host's "has address ". A service's public address names no one; reported low, like private ones.
 */
const SERVER_ADDRESS_BEFORE = /^[*\s]*trying \[?$|connected to [a-z0-9.-]{1,253} \($|connecting to [^\s|]{1,253}(?: \([^\s)]{1,253}\))?\|$|^ping6? [a-z0-9.-]{1,253} \($|has (?:ipv6 )?address $/;

function isResolvedServerAddress(lower: string, at: number): boolean {
  const lineStart = lower.lastIndexOf('\n', at - 1) + 1;
  return SERVER_ADDRESS_BEFORE.test(lower.slice(Math.max(lineStart, at - 300), at));
}

const IPV4_RE = /(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)/g;
/** Hex groups; the last 32 bits may be written as a dotted quad ("::ffff:203.0.113.7", IPv4-mapped). */
export const IPV6_RE = /(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]{0,4})(?![\w:]|\.\d)/g;
const TRAILING_QUAD = /:(\d{1,3}(?:\.\d{1,3}){3})$/;
const IPV6_AT = new RegExp(IPV6_RE.source, 'y');

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/**
 * Where IPV6_RE can match: its lookbehind forbids a word character before the match, so a match
 * starts where the (at most 4) hex digits before its first colon start, and a second colon
 * follows within 5 characters. Trying only there, instead of at every hex letter of the text
 * (every a–f), finds the same matches.
 */
export function ipv6Candidates(text: string): number[] {
  const out: number[] = [];
  for (let c = text.indexOf(':'); c !== -1; ) {
    const next = text.indexOf(':', c + 1);
    if (next !== -1 && next - c <= 5) {
      let p = c;
      while (p > 0 && c - p < 5 && isHexDigit(text.charCodeAt(p - 1))) p--;
      if (c - p <= 4) out.push(p);
    }
    c = next;
  }
  return out;
}

/** The octets of an IPv6 address's trailing dotted quad, null when it has none, undefined when the quad is not a valid IPv4 address. */
function trailingQuad(s: string): number[] | null | undefined {
  const m = TRAILING_QUAD.exec(s);
  if (!m) return null;
  return ipv4Octets(m[1]!) ?? undefined;
}

function isIpv6(s: string): boolean {
  const double = s.indexOf('::');
  if (double !== s.lastIndexOf('::')) return false;
  const quad = trailingQuad(s);
  if (quad === undefined) return false;
  // A trailing dotted quad stands for the last two groups.
  const hex = quad ? s.slice(0, s.lastIndexOf(':') + 1) : s;
  const groups = hex.split(':').filter((g) => g !== '');
  if (groups.some((g) => g.length > 4)) return false;
  const count = groups.length + (quad ? 2 : 0);
  if (double === -1) return count === 8;
  // "::" alone or "a::b" in prose/C++ is too weak; need several groups or the loopback.
  return s === '::1' || (count >= 3 && count <= 7);
}

/**
 * Domains reserved so that no one can have an address there (RFC 2606, RFC 6761): `@example.com`
 * in a fixture or a git log names no one. Still reported, at low severity, since the address may
 * stand for a real one in a template being filled.
 */
const RESERVED_EMAIL_DOMAIN = /@(?:[\w-]+\.)*(?:example\.(?:com|org|net)|[\w-]+\.(?:example|test|invalid|localhost))$/i;

const ROLE_MAILBOX = new Set<string>(ROLE_MAILBOXES);
/** Google Cloud service accounts name a program, not a person. */
const SERVICE_ACCOUNT_DOMAIN = /@(?:[\w-]+\.iam|developer|appspot)\.gserviceaccount\.com$/i;

/**
 * `scheme://` or `scheme://user:` right before: what reads as an address is a URL's user or password
 * and its host (`mongodb://root:pw@cluster0.mongodb.net`, `ssh://git@github.com`, a Sentry DSN's key
 * `https://e6e8…@o1.ingest.sentry.io`), also after a user that is an address itself
 * (`smtp://noreply@acme.org:pw@smtp.acme.org`).
 */
const URL_USER_BEFORE = /[A-Za-z][A-Za-z0-9+.-]*:\/\/(?:[^\s\/@:]*(?:@[A-Za-z0-9.-]{1,253})?:)?$/;

/** A password and the host's `@` after an address: the address is the URL's user. */
const ADDRESS_USER_AFTER = /^:[^\s@\/]{1,120}@/;

/** Header fields whose value has an address's shape but names a message or an event: no one's mailbox. */
const MESSAGE_ID_FIELD_BEFORE = /(?:^|\n)[ \t]*(?:message-id|in-reply-to|x-message-id|content-id)[ \t]*[:=][ \t]*<?[^\s<>@]{0,80}$/i;
/**
 * Sixteen hex digits or more (a UUID's hyphens allowed) before the '@': a generated identifier such
 * as a calendar event's UID ("19d251238e83b3acf34a2b0a23@google.com"). Only the shape decides: an
 * LDAP entry's "uid:" may well be someone's address.
 */
const GENERATED_LOCAL_PART = /^[0-9a-f][0-9a-f-]{15,}@/i;

/** A calendar event's UID or a mail's Message-ID: written like an address, read by machines only. */
function isMessageIdentifier(text: string, start: number, end: number): boolean {
  return GENERATED_LOCAL_PART.test(text.slice(start, end)) || MESSAGE_ID_FIELD_BEFORE.test(text.slice(Math.max(0, start - 120), start));
}

function emailSeverity(written: string): Severity {
  const address = written.replace('%40', '@');
  if (RESERVED_EMAIL_DOMAIN.test(address) || SERVICE_ACCOUNT_DOMAIN.test(address)) return 'low';
  return ROLE_MAILBOX.has(address.slice(0, address.indexOf('@')).toLowerCase()) ? 'low' : 'medium';
}

const EDIFACT_TAG = /^[A-Z]{3}\+/;

function detect(input: ScanInput): Finding[] {
  const { text, lower } = input;
  const findings: Finding[] = [];
  emailMatches(text, (start, end) => {
    // A user written as an address, encoded or not (`smtp://jo%40acme.io:pw@host`,
    // `smtp://jo@acme.io:pw@host`), is still someone's address.
    if (!text.slice(start, end).includes('%40') && !ADDRESS_USER_AFTER.test(text.slice(end, end + 122)) && URL_USER_BEFORE.test(text.slice(Math.max(0, start - 80), start))) return;
    if (isMessageIdentifier(text, start, end)) return;
    // A SIP or tel URI's user part in E.164 (`sip:+35883864120@sip.example.fi`) is the caller's
    // number, not a mailbox: the number is the finding (the phone pass skips digits glued to "@").
    if (SIP_SCHEME_BEFORE.test(text.slice(Math.max(0, start - 6), start)) && SIP_NUMBER_USER_AT.test(text.slice(start, start + 16))) {
      findings.push({ type: 'phone', category: 'pii', start: start - 1, end: text.indexOf('@', start), severity: 'medium', confidence: 0.9 });
      return;
    }
    // An EDIFACT segment's tag at the start of a line or segment ("COM+anna@x.pl:EM'") is not part of the address.
    if (EDIFACT_TAG.test(text.slice(start, start + 4)) && (start === 0 || /['\r\n]/.test(text[start - 1]!))) start += 4;
    findings.push({ type: 'email', category: 'pii', start, end, severity: emailSeverity(text.slice(start, end)), confidence: 0.95 });
  });
  // IPv6 first: an IPv4-mapped address ("::ffff:203.0.113.7") is one finding, not a v4 inside a v6.
  matchAtCandidates(IPV6_AT, text, ipv6Candidates(text), (m) => {
    if (!isIpv6(m[0])) return;
    const quad = trailingQuad(m[0]);
    if (quad ? isSelfOrMask(quad) : /^[0:]*1?$/.test(m[0])) return;
    const priv = quad ? isNonPublicV4(quad) : isResolvedServerAddress(lower, m.index);
    findings.push({ type: 'ip_address', category: 'pii', start: m.index, end: m.index + m[0].length, severity: priv ? 'low' : 'medium', confidence: priv ? 0.7 : 0.8 });
  });
  // Both lists ascend, so one pointer finds the v6 finding a v4 match could sit inside.
  const v6 = findings.filter((f) => f.type === 'ip_address');
  let k = 0;
  if (text.indexOf('.') !== -1) {
    for (const m of text.matchAll(IPV4_RE)) {
      while (k < v6.length && v6[k]!.end <= m.index) k++;
      if (k < v6.length && v6[k]!.start < m.index + m[0].length) continue;
      const octets = ipv4Octets(m[0]);
      if (!octets || isSelfOrMask(octets)) continue;
      if (PUBLIC_RESOLVERS.has(m[0])) continue;
      const before = lower.slice(Math.max(0, m.index - 12), m.index);
      // "version 1.2.3.4", "v1.2.3.4", "kernel 5.15.0.105", "AssemblyVersion 2.1.0.0" are software
      // versions, not hosts; so is a product's version in a user agent ("Chrome/124.0.0.0": browsers
      // report N.0.0.0), while an address in a URL path stays one ("/check/185.220.101.4").
      if (/(?<![a-z0-9])(?:(?:sub|pre)?version|ver\.?|v|(?:pre)?release|kernel)\s?$/.test(before) || /[a-z0-9]Version\s?$/.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      if (octets[2] === 0 && octets[3] === 0 && /[A-Za-z]\/$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
      // "10.24.0.0/16" is a network, not a host on it.
      if (octets[3] === 0 && /^\/\d{1,2}(?!\d)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
      // "Section 4.2.1.3", "§ 2.1.1.4", "OID 2.5.4.3": numbered parts and object identifiers, whose
      // numbers stay small ("firewall rule 185.220.101.4" is a host).
      if (octets.every((o) => o < 100) && /(?<![a-z0-9])(?:section|sect\.|sec\.|chapter|ch\.|clause|paragraph|para\.|article|art\.|figure|fig\.|appendix|requirement|req\.|oid|§)\s?$/.test(before)) continue;
      // "build server 10.2.3.4" names a host; "build 1.2.3.4" and "upgrade to 1.2.3.4" a version.
      // On the same line: a user agent's "Version/17.6" ends the line before an access log's client address.
      if (hasWordNear(lower, Math.max(m.index - 30, lower.lastIndexOf('\n', m.index - 1) + 1), m.index, VERSION_WORDS) && !hasWordNear(before, 0, before.length, HOST_WORDS)) continue;
      // The same in a config file's key (MIN_CLIENT_VERSION=2.13.29.19, "buildVersion": …), unless it names a host (release_host=…).
      const key = fieldKeyWords(text, m.index);
      if (labelHas(key, VERSION_WORDS) && !labelHas(key, HOST_WORDS)) continue;
      const priv = isNonPublicV4(octets) || isResolvedServerAddress(lower, m.index);
      findings.push({ type: 'ip_address', category: 'pii', start: m.index, end: m.index + m[0].length, severity: priv ? 'low' : 'medium', confidence: priv ? 0.7 : 0.85 });
    }
  }
  const scan: PhoneScan = { input, nationalFormats: NATIONAL_FORMAT_BUDGET, countries: new Set() };
  /** Reports the candidate as a phone, or returns its confidence when too low. */
  const judge = (m: RegExpExecArray): number => {
    const end = m.index + m[0].length;
    const conf = phoneConfidence(m[0], lower, m.index, end, scan);
    if (conf >= 0.5) findings.push({ type: 'phone', category: 'pii', start: m.index, end, severity: 'medium', confidence: conf });
    return conf;
  };
  const doubtful: RegExpExecArray[] = [];
  for (const m of text.matchAll(PHONE_RE)) {
    const end = m.index + m[0].length;
    if (findings.some((f) => f.start < end && m.index < f.end) || amountTailAfter(text, m[0], end)) continue;
    const known = scan.countries.size;
    const conf = judge(m);
    // Read again once the text's countries are known: the international number may come after it.
    if (conf > 0 && conf < 0.5 && known === 0) doubtful.push(m);
  }
  const before = findings.length;
  if (scan.countries.size > 0 && doubtful.length > 0) for (const m of doubtful) judge(m);
  // A record format's phone field (an X12 PER qualifier, an EDIFACT COM element, DICOM's
  // PatientTelephoneNumbers) is a phone number whatever its shape: bare digits with no word near.
  for (const [start, end] of recordFieldValues(input, 'phone')) {
    const digits = text.slice(start, end).replace(/\D/g, '').length;
    if (digits >= 7 && digits <= 15 && !findings.some((f) => f.start < end && start < f.end)) findings.push({ type: 'phone', category: 'pii', start, end, severity: 'medium', confidence: 0.85 });
  }
  if (findings.length > before) findings.sort((a, b) => a.start - b.start);
  return findings;
}

export const piiContactDetector: Detector = { family: 'pii-contact', types: TYPES, detect };
