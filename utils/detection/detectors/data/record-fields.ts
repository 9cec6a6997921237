/**
 * Record formats whose grammar, not a nearby word, says what a field holds. Their values are often
 * compact (`19840826`, `517094111`) and their labels are codes (`DMG`, `(0010,0030)`, `BIRT`, a
 * qualifier `34`), so neither the value shapes nor the context words of the label rules reach them.
 *
 * Each `pattern` captures the value in group 1 and runs only when `trigger` (lower case) occurs.
 * Several rows may hold the same type; a detector asks for a type, not a format.
 */
import { passportMrzLineValid } from '../checksums';
import { UPPER_MONTH } from './context-words';

/** Two to four capitalised words (a middle initial allowed), as a record writes a name. */
const PERSON_WORDS = String.raw`\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t](?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’-]+)){1,3}`;

export interface RecordField {
  readonly format: string;
  /** `person_or_firm_name`: a field that names people and firms alike; pii-person keeps the people's (a listed given name first or last). */
  readonly holds: 'date_of_birth' | 'us_ssn' | 'passport_number' | 'phone' | 'person_name' | 'person_or_firm_name' | 'credit_card';
  readonly trigger: string;
  /** Global, with indices (`dg`): group 1 is the value. */
  readonly pattern: RegExp;
  /** The format's own check of a match (its check digits), where it has one. */
  readonly check?: (match: RegExpExecArray) => boolean;
}

/**
 * A passport's machine-readable zone (ICAO 9303 TD3), as an OCR of the data page gives it: a line
 * of 44 starting with P, then the line whose fields are fixed by position. The line is captured as
 * `line` for its check digits; the field itself is group 1, read in a lookahead at the line's start.
 */
const PASSPORT_MRZ_FIRST_LINE = String.raw`(?<![^\n])[ \t]*P[A-Z<]{43}[ \t]*\r?\n[ \t]*`;
const PASSPORT_MRZ_SECOND_LINE = String.raw`(?<line>[A-Z0-9<]{9}\d[A-Z<]{3}\d{6}\d[MFX<]\d{6}\d[A-Z0-9<]{14}[\d<]\d)(?![A-Z0-9<])`;
const passportMrz = (field: string): RegExp => new RegExp(`${PASSPORT_MRZ_FIRST_LINE}(?=${field})${PASSPORT_MRZ_SECOND_LINE}`, 'dg');
const passportMrzValid = (m: RegExpExecArray): boolean => passportMrzLineValid(m.groups!.line!);

/**
 * A booking record (PNR) as airline reservation systems display it. An SSR DOCS line carries the
 * passenger's travel document for advance passenger information:
 * `SSR DOCS AY HK1 P/SWE/01011856/SWE/12AUG65/M/10MAR31/NILSSON/ERIK` — document type (P:
 * passport), issuer, number, nationality, birth date, sex, expiry, surname, given names.
 */
const SSR_DOCS_HEAD = String.raw`SSR DOCS [A-Z0-9]{2} HK\d{1,2}[ /]`;
const SSR_DOCS_REST = String.raw`\/[A-Z]{2,3}\/\d{2}[A-Z]{3}\d{2}\/[MFXU]I?\/\d{2}[A-Z]{3}\d{2}\/[A-Z][A-Z' -]*\/[A-Z]`;
const ssrDocs = (fields: string): RegExp => new RegExp(`${SSR_DOCS_HEAD}${fields}`, 'dg');

/** An HL7 v2 name: family^given, maybe ^middle; no digits (an identifier's components are not a name). */
const HL7_NAME = String.raw`\p{Lu}[^|^~\r\n\d]{1,40}\^\p{Lu}[^|^~\r\n\d]{0,40}(?:\^\p{Lu}[^|^~\r\n\d]{0,40})?(?=[|^~\r\n]|$)`;

export const RECORD_FIELDS: readonly RecordField[] = [
  {
    // PID-7, the seventh field of the patient segment; a time of birth may follow the date.
    format: 'HL7 v2 PID-7',
    holds: 'date_of_birth',
    trigger: 'pid|',
    pattern: /(?:^|[\r\n])PID\|(?:[^|\r\n]*\|){6}((?:18|19|20)\d{6})(?=(?:\d{2}){0,3}(?:[+-]\d{4})?(?:[|^\r\n]|$))/dg,
  },
  {
    // The demographics segment: DMG02 is the birth date, in the CCYYMMDD format that D8 announces.
    format: 'ANSI X12 DMG',
    holds: 'date_of_birth',
    trigger: 'dmg*d8*',
    pattern: /DMG\*D8\*((?:18|19|20)\d{6})(?!\d)/dg,
  },
  {
    // A name segment (NM1, as benefit enrollments send them) announces its identifier with a
    // qualifier in NM108, and 34 stands for a Social Security number.
    format: 'ANSI X12 NM1 (34)',
    holds: 'us_ssn',
    trigger: 'nm1*',
    pattern: /NM1\*(?:[^*~\n]*\*){7}34\*(\d{9})(?=[*~\r\n]|$)/dg,
  },
  {
    // Tag (0010,0030) is PatientBirthDate, a DA value, as dcmdump and similar tools print it.
    format: 'DICOM (0010,0030)',
    holds: 'date_of_birth',
    trigger: '(0010,0030)',
    pattern: /\(0010,0030\)[ \t]+DA[ \t]+\[((?:18|19|20)\d{6})\]/dg,
  },
  {
    // A BIRT event's DATE line, a few lines of the event (place, source) perhaps before it.
    format: 'GEDCOM BIRT',
    holds: 'date_of_birth',
    trigger: '1 birt',
    pattern: new RegExp(String.raw`(?:^|\n)[ \t]*1 BIRT\b[^\n]*\n(?:[ \t]*[2-9] (?!DATE\b)[^\n]*\n){0,6}[ \t]*2 DATE (?:(?:ABT|EST|CAL|BEF|AFT) )?((?:\d{1,2} )?${UPPER_MONTH} \d{4})(?![^\n\r])`, 'dg'),
  },
  {
    // The document number leads the second line, filled out to nine with `<`.
    format: 'ICAO 9303 passport MRZ',
    holds: 'passport_number',
    trigger: '<<',
    pattern: passportMrz('([A-Z0-9]{1,9})'),
    check: passportMrzValid,
  },
  {
    // The birth date follows the document number, its check digit and the nationality: YYMMDD.
    format: 'ICAO 9303 passport MRZ',
    holds: 'date_of_birth',
    trigger: '<<',
    pattern: passportMrz(String.raw`[A-Z0-9<]{10}[A-Z<]{3}(\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))`),
    check: passportMrzValid,
  },
  {
    // A PER segment's numbers, each after its qualifier: TE telephone, HP home, WP work, CP cell, FX fax.
    format: 'ANSI X12 PER',
    holds: 'phone',
    trigger: 'per*',
    pattern: /(?<=(?:^|[~\n])PER\*[^~\n]*)\*(?:TE|HP|WP|CP|FX)\*(\+?[\d(][\d(). -]{5,22}\d)(?=[*~\r\n]|$)/dg,
  },
  {
    // A communication contact: the number, then its kind (TE telephone, AL cellular, FX fax).
    format: 'UN/EDIFACT COM',
    holds: 'phone',
    trigger: 'com+',
    pattern: /(?<![A-Z])COM\+(\+?[\d(][\d() \/.-]{5,24}\d):(?:TE|AL|FX)(?=['+\r\n]|$)/dg,
  },
  {
    // Tag (0010,2154) is PatientTelephoneNumbers.
    format: 'DICOM (0010,2154)',
    holds: 'phone',
    trigger: '(0010,2154)',
    pattern: /\(0010,2154\)[ \t]+SH[ \t]+\[(\+?[\d(][\d() \/.-]{5,28}\d)\]/dg,
  },
  {
    // Names in HL7 v2 are components split by ^, family name first (up to family^given^middle):
    // PID-5 is the patient.
    format: 'HL7 v2 PID-5',
    holds: 'person_name',
    trigger: 'pid|',
    pattern: new RegExp(String.raw`(?:^|[\r\n])PID\|(?:[^|\r\n]*\|){4}(${HL7_NAME})`, 'dgu'),
  },
  {
    // NK1-2, the next of kin.
    format: 'HL7 v2 NK1-2',
    holds: 'person_name',
    trigger: 'nk1|',
    pattern: new RegExp(String.raw`(?:^|[\r\n])NK1\|[^|\r\n]*\|(${HL7_NAME})`, 'dgu'),
  },
  {
    // A doctor in PV1-7 to PV1-9 is an XCN: an identifier, then family^given.
    format: 'HL7 v2 PV1-7..9',
    holds: 'person_name',
    trigger: 'pv1|',
    pattern: new RegExp(String.raw`(?<=(?:^|[\r\n])PV1\|(?:[^|\r\n]*\|){6,8}[^|^\r\n]*\^)(${HL7_NAME})`, 'dgu'),
  },
  {
    // A DICOM value of representation PN is a person name by definition (family^given^middle^prefix^suffix).
    format: 'DICOM PN',
    holds: 'person_name',
    trigger: 'pn [',
    pattern: /\([0-9A-Fa-f]{4},[0-9A-Fa-f]{4}\)[ \t]+PN[ \t]+\[(\p{Lu}[^\]\r\n\d=]{0,60}?)\^*\]/dgu,
  },
  {
    // An Asterisk dial string or channel dials an E.164 number after its technology ("PJSIP/+4773997879,60").
    format: 'Asterisk channel',
    holds: 'phone',
    trigger: 'sip/',
    pattern: /(?<=(?<![\w/])(?:PJSIP|SIP|IAX2)\/)(\+\d{7,15})(?=[,"'\s)@]|$)/dg,
  },
  {
    // Banking records name both people and firms in one field (SWIFT MT940 :86: "/NAME/…/", ISO 20022
    // <Nm>, OFX <NAME>), as does a directory's CN ("CN=Domain Admins").
    format: 'SWIFT MT940 :86: NAME',
    holds: 'person_or_firm_name',
    trigger: '/name/',
    pattern: new RegExp(String.raw`/NAME/(${PERSON_WORDS})(?=/|\r?\n|$)`, 'dgu'),
  },
  {
    format: 'ISO 20022 Nm',
    holds: 'person_or_firm_name',
    trigger: '<nm>',
    pattern: new RegExp(String.raw`<Nm>(${PERSON_WORDS})</Nm>`, 'dgu'),
  },
  {
    format: 'OFX NAME',
    holds: 'person_or_firm_name',
    trigger: '<name>',
    pattern: new RegExp(String.raw`<NAME>(${PERSON_WORDS})(?=[ \t]*(?:\r?\n|<))`, 'dgu'),
  },
  {
    format: 'LDAP distinguished name',
    holds: 'person_or_firm_name',
    trigger: 'cn=',
    pattern: new RegExp(String.raw`(?<![\w])CN=(${PERSON_WORDS}),(?:OU|CN|DC)=`, 'dgu'),
  },
  {
    // A FHIR HumanName: "family" is a surname only beside its "given" (alone, the key names font and product families too).
    format: 'FHIR HumanName',
    holds: 'person_name',
    trigger: '"given"',
    pattern: /"family"\s*:\s*"(\p{Lu}[^"\\\n\d]{0,60})"(?:(?=[^{}]{0,200}"given"\s*:)|(?<="given"\s*:[^{}]{0,200}"family"\s*:\s*"[^"]*"))/dgu,
  },
  {
    // The passport's number, in an SSR DOCS line whose document type is P.
    format: 'PNR SSR DOCS',
    holds: 'passport_number',
    trigger: 'ssr docs',
    pattern: ssrDocs(String.raw`P\/[A-Z]{2,3}\/([A-Z0-9]{5,15})(?=${SSR_DOCS_REST})`),
  },
  {
    format: 'PNR SSR DOCS',
    holds: 'date_of_birth',
    trigger: 'ssr docs',
    pattern: ssrDocs(String.raw`[A-Z]{1,2}\/[A-Z]{2,3}\/[A-Z0-9]{5,15}\/[A-Z]{2,3}\/(\d{2}(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\d{2})\/`),
  },
  {
    // Surname/given names, after sex and expiry.
    format: 'PNR SSR DOCS',
    holds: 'person_name',
    trigger: 'ssr docs',
    pattern: ssrDocs(String.raw`[A-Z]{1,2}\/[A-Z]{2,3}\/[A-Z0-9]{5,15}\/[A-Z]{2,3}\/\d{2}[A-Z]{3}\d{2}\/[MFXU]I?\/\d{2}[A-Z]{3}\d{2}\/([A-Z][A-Z' -]*\/[A-Z][A-Z' -]*[A-Z])`),
  },
  {
    // A PNR's name elements: a number, a dot, SURNAME/GIVEN and maybe a title ("1.NILSSON/ERIK MR").
    format: 'PNR name element',
    holds: 'person_name',
    trigger: 'ssr ',
    pattern: /(?<![\w.])\d{1,2}\.(?:\d{1,2})?([A-Z][A-Z' -]{0,30}\/[A-Z][A-Z'-]{0,30}(?: [A-Z][A-Z'-]{0,30})??)(?= (?:MR|MRS|MS|MISS|MSTR|DR|CHD|INF)\b| {2,}|\s*$|\s*\n)/dgm,
  },
  {
    // SSR CTCM: the passenger's mobile number for the airline's disruption messages.
    format: 'PNR SSR CTCM',
    holds: 'phone',
    trigger: 'ssr ctcm',
    pattern: /SSR CTCM [A-Z0-9]{2} HK\d{1,2}[ /]\/?(\+?\d{7,15})(?=\/|\s|$)/dg,
  },
  {
    // A form of payment by card: CC, the card's two-letter code, the number glued to it, /expiry.
    format: 'PNR form of payment',
    holds: 'credit_card',
    trigger: 'fp ',
    pattern: /(?<![A-Z])FP (?:O\/)?CC[A-Z]{2}(\d{13,19})\/\d{4}/dg,
  },
];
