/**
 * Field keys as context. In code, configuration and API payloads a value is labelled by the key it
 * is written under: `"phoneNumber": "0179-368 3836"`, `SUPPORT_PHONE="911 551 271"`,
 * `passport_number: H89358812`, `<birthDate>1966-06-14</birthDate>`. Identifiers glue their words
 * together (camelCase, snake_case, kebab-case), and the context word lists need a word's edges, so
 * they never see `phone` in `phoneNumber` or `SUPPORT_PHONE`. This hands them the key as words.
 */

/** How far back a key may start: keys are short; the bound keeps the lookup cheap per candidate. */
const KEY_REACH = 64;

/** An identifier, then its quote if any, then `:` or `=`, then the value's opening quote if any. */
const KEY_THEN_ASSIGN = /(?:^|[^\w.-])["']?([A-Za-z][A-Za-z0-9]*(?:[_.-][A-Za-z0-9]+)*)["']?[ \t]{0,3}[:=][ \t]{0,3}["']?$/;
/** An XML or HTML element's opening tag right before its text: `<phoneNumber>`, `<dob type="iso">`. */
const OPENING_TAG = /<([A-Za-z][\w.-]*:)?([A-Za-z][\w.-]*)(\s[^<>]{0,60})?>[ \t]*$/;
/** An attribute value that is a name (`scheme="US_SSN"`, `type="mobile"`): it says what the element holds as much as its tag. */
const NAME_ATTRIBUTE = /=[ \t]*["']([A-Za-z][\w.-]{0,40})["']/g;
/** A call whose argument the value is: `datetime.date(`, `new Date(`, `LocalDate.of(`. */
const CALL_BEFORE = /(?:new[ \t]+)?[A-Za-z_$][\w$.]{0,40}\($/;
/** How far back the opening bracket of a list the value is an item of may be. */
const LIST_REACH = 240;

/**
 * The words of the key that `text[start…]` is the value of, lower-cased and space-separated
 * ("phone number", "support phone", "test user dob"); '' when the value is not right after a key.
 * A value may also be an argument of a call written right after the key (`birth_date=datetime.date(1950, 2, 28)`)
 * or an item of a list under it (`"phone": ["06 2974 3227", "0611094386"]`, a DataFrame's column).
 */
export function fieldKeyWords(text: string, start: number): string {
  let i = start;
  const quote = text.charCodeAt(i - 1);
  if (quote === 34 || quote === 39) i--;
  i = beforeBlanks(text, i);
  let mark = text.charCodeAt(i - 1);
  if (mark === 40) {
    const call = CALL_BEFORE.exec(text.slice(Math.max(0, i - 48), i));
    if (!call) return '';
    i = beforeBlanks(text, i - call[0].length);
    mark = text.charCodeAt(i - 1);
  } else if (mark === 44 || mark === 91 || mark === 10 || mark === 13) {
    // A pretty-printed list has an item per line.
    while (i > 0 && /\s/.test(text[i - 1]!)) i--;
    if (text.charCodeAt(i - 1) !== 44 && text.charCodeAt(i - 1) !== 91) return '';
    const opening = listOpening(text, i - 1);
    if (opening === -1) return '';
    i = beforeBlanks(text, opening);
    mark = text.charCodeAt(i - 1);
  }
  // Most candidates stand after a space or a word: one look at the character before settles them.
  if (mark !== 58 && mark !== 61 && mark !== 62) return '';
  const before = text.slice(Math.max(0, i - KEY_REACH), i);
  if (mark !== 62) {
    const key = KEY_THEN_ASSIGN.exec(before)?.[1];
    return key === undefined ? '' : splitIdentifier(key);
  }
  const tag = OPENING_TAG.exec(before);
  if (!tag) return '';
  let words = splitIdentifier(tag[2]!);
  if (tag[3]) for (const a of tag[3].matchAll(NAME_ATTRIBUTE)) words += ' ' + splitIdentifier(a[1]!);
  return words;
}

function beforeBlanks(text: string, i: number): number {
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  return i;
}

/**
 * Where the `[` opening the list that `text[at]` (a `,` or the `[` itself) belongs to stands, when
 * the items before are plain values; -1 otherwise. A key, an object or a nested list on the way
 * means the value is not an item of a flat list under a key.
 */
function listOpening(text: string, at: number): number {
  for (let j = at, floor = Math.max(0, at - LIST_REACH); j >= floor; j--) {
    const c = text.charCodeAt(j);
    if (c === 91) return j;
    // ] { } : = < > end the search: a nested structure, a key or markup.
    if (c === 93 || c === 123 || c === 125 || c === 58 || c === 61 || c === 60 || c === 62) return -1;
  }
  return -1;
}

/** `phoneNumber` → "phone number", `SUPPORT_PHONE` → "support phone", `date-of-birth` → "date of birth". */
function splitIdentifier(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z])([A-Z][a-z])/g, '$1 $2').replace(/[_.-]+/g, ' ').toLowerCase();
}

/**
 * The spellings a multi-word label takes as a key: "steuer id" is `steuer_id` and `steuerId`
 * (`steuerid` lower-cased). A pre-filter that looks for the label's words as literals needs them
 * too, or a payload's keys never unlock the rule that reads them.
 */
export function withKeySpellings(words: readonly string[]): string[] {
  const out = new Set(words);
  for (const w of words) {
    if (!/[ -]/.test(w)) continue;
    out.add(w.replace(/[ -]+/g, '_'));
    out.add(w.replace(/[ -]+/g, ''));
  }
  return [...out];
}
