/**
 * Questions as context. In a chat log the label of a value is often the turn before it:
 * "Agent: Which number can the courier reach you on?" then "Visitor: 0157 21538426", or
 * "Bot: Geburtsdatum bitte." then "Besucher: 7. März 1986". The word that says what the value is
 * sits in the question, a line above and usually out of a nearby-word window's reach.
 */

/** A time, perhaps after a date and in a bracket, to the minute: the opening a chat log stamps its turns with. */
const TIME_STAMP = String.raw`[[(]?(?:\d{4}-\d{2}-\d{2}[ T]|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?[ \t])?\d{1,2}[:.]\d{2}`;
/** An IRC client's speaker, the nick in angle brackets ("[22:27] <guest4821> …"), maybe with its channel mode ("<@mod_kai>"). */
const IRC_NICK = String.raw`<[@+%~&]?[\w\[\]\\^{}|\`.-]{1,32}>`;
/**
 * A speaker's turn opening a line: an optional time, perhaps after a date ("[13:11:22]", "09:14",
 * "(2:05 PM)", WhatsApp's "[14/01/2025, 14:18:45]" and "03/06/2024, 20:53 -", a helpdesk export's
 * "[2025-03-28 16:44]"), a name of up to 40
 * characters and a colon, or an IRC nick.
 */
const TURN_PREFIX = String.raw`^[ \t>*-]{0,4}(?:${TIME_STAMP}(?:[:.]\d{2})?(?:\s?[AaPp][Mm])?[\])]?[ \t]{1,3}(?:-[ \t])?)?(?:[^\s:][^\n:]{0,39}:|${IRC_NICK})`;
/**
 * A line that is a turn's opening and nothing else yet: what stands before a value that is the whole
 * message, but for a short lead-in ("It's", "É", "C'est", "Het is").
 */
const TURN_OPENING = new RegExp(TURN_PREFIX + String.raw`[ \t]*(?:(?:it'?s|it is|that'?s|é|es|c'est|è|het is|das ist|det är|det er|to jest|sure|yes|sí|sim|oui|ja)[,:]?[ \t]+)?$`, 'i');
/** A line that is a turn. */
const TURN_START = new RegExp(TURN_PREFIX);
/** A turn opened by a time: a chat log's, not a form's. */
const TIMED = new RegExp(String.raw`^[ \t>*-]{0,4}${TIME_STAMP}`);
const QUESTION_END = /[?.!…][ \t\r]*$/;
/** What opens an aside after an answer: an emoji (a surrogate pair's first half, or a BMP symbol) or a bracket. */
const ASIDE_OPENING = /[\ud83c-\ud83e\u2600-\u27bf(\[]/;
/** How far back the question may start; a chat turn asking for one detail is short. */
const QUESTION_REACH = 240;

/**
 * The turn before the one `text[start, end)` is the whole message of, lower-cased; '' when the value
 * is not alone in a speaker's turn (but for an aside after it) or the line before is not a turn (ending in a question or a
 * request, unless the turns are timed).
 */
export function questionBefore(text: string, lower: string, start: number, end: number): string {
  let after = end;
  while (after < text.length && (text.charCodeAt(after) === 32 || text.charCodeAt(after) === 9)) after++;
  // The answer may trail an emoji or a remark in brackets ("1964-06-09 🙄 you know this"), not words
  // that go on with the value ("0157 2153 8426 is the office").
  if (after < text.length && text.charCodeAt(after) !== 10 && text.charCodeAt(after) !== 13 && (after === end || !ASIDE_OPENING.test(text[after]!))) return '';
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const opening = text.slice(lineStart, start);
  if (lineStart === 0 || start - lineStart > 80 || !TURN_OPENING.test(opening)) return '';
  const previousEnd = lineStart - 1;
  const previousStart = text.lastIndexOf('\n', previousEnd - 1) + 1;
  if (previousEnd - previousStart > QUESTION_REACH) return '';
  const previous = text.slice(previousStart, previousEnd);
  // A form's row ("Telefon: 030 1234567") ends in its value, and its label is that value's, not the
  // next line's: without a time stamping the turn, the line before must end as a question or a
  // request does. Chat messages often end in none ("send me your passport number pls").
  if (!TURN_START.test(previous) || (!TIMED.test(opening) && !QUESTION_END.test(previous))) return '';
  return lower.slice(previousStart, previousEnd);
}
