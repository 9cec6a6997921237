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
const OPENING_TAG = /<([A-Za-z][\w.-]*:)?([A-Za-z][\w.-]*)(?:\s[^<>]{0,40})?>[ \t]*$/;

/**
 * The words of the key that `text[start…]` is the value of, lower-cased and space-separated
 * ("phone number", "support phone", "test user dob"); '' when the value is not right after a key.
 */
export function fieldKeyWords(text: string, start: number): string {
  let i = start;
  const quote = text.charCodeAt(i - 1);
  if (quote === 34 || quote === 39) i--;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  const mark = text.charCodeAt(i - 1);
  // Most candidates stand after a space or a word: one look at the character before settles them.
  if (mark !== 58 && mark !== 61 && mark !== 62) return '';
  const before = text.slice(Math.max(0, start - KEY_REACH), start);
  const key = mark === 62 ? OPENING_TAG.exec(before)?.[2] : KEY_THEN_ASSIGN.exec(before)?.[1];
  return key === undefined ? '' : splitIdentifier(key);
}

/** `phoneNumber` → "phone number", `SUPPORT_PHONE` → "support phone", `date-of-birth` → "date of birth". */
function splitIdentifier(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z])([A-Z][a-z])/g, '$1 $2').replace(/[_.-]+/g, ' ').toLowerCase();
}
