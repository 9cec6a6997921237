/**
 * Words that open an instruction or a question. At the start of a sentence they are kept even when
 * a capitalised name follows ("Translate German text", "Email Dana"), so different tasks do not
 * collapse into one {{name}} template. Lower case; data, not code.
 */
export const INSTRUCTION_WORDS: ReadonlySet<string> = new Set(
  `summarize summarise translate write draft compare review explain list create rewrite rephrase analyze analyse
  check find generate give make tell help please can could would should will what how why when where who which
  is are do does did the a an this these that those my our your their i we you please prepare build plan outline
  extract convert format fix correct improve shorten expand simplify proofread edit update reply respond answer
  email send schedule calculate estimate classify categorize categorise tag score rank sort filter merge split
  turn act pretend imagine suggest recommend propose describe define identify highlight flag spot assess evaluate
  audit validate verify confirm brainstorm research search look read take use add remove replace keep show
  also then now next finally first second third here based according given using for from in on at to with
  dear hi hello hey thanks thank ok okay yes no`.split(/\s+/).filter(Boolean),
);

/** A single capital or one of these before a full stop is an initial or a title, not a sentence end. */
export const TITLES_BEFORE_NAMES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'st', 'sr', 'jr', 'rev', 'hon']);

/** Capitalised forms of "I" that are words, not names. */
export const PRONOUN_FORMS: ReadonlySet<string> = new Set(["i'm", "i've", "i'll", "i'd", 'i’m', 'i’ve', 'i’ll', 'i’d']);
