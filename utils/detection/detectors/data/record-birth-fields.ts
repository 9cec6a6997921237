/**
 * Record formats whose grammar, not a nearby word, says that a field holds a date of birth. Their
 * dates are often compact (`19840826`) and their labels are codes (`DMG`, `(0010,0030)`, `BIRT`),
 * so neither the date shapes nor the birth words of the label rules reach them.
 *
 * Each `pattern` captures the date in group 1 and runs only when `trigger` (lower case) occurs.
 */
export interface RecordBirthField {
  readonly format: string;
  readonly trigger: string;
  readonly pattern: RegExp;
}

const GEDCOM_MONTH = '(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)';

export const RECORD_BIRTH_FIELDS: readonly RecordBirthField[] = [
  {
    // PID-7, the seventh field of the patient segment; a time of birth may follow the date.
    format: 'HL7 v2 PID-7',
    trigger: 'pid|',
    pattern: /(?:^|[\r\n])PID\|(?:[^|\r\n]*\|){6}((?:18|19|20)\d{6})(?=(?:\d{2}){0,3}(?:[+-]\d{4})?(?:[|^\r\n]|$))/g,
  },
  {
    // The demographics segment: DMG02 is the birth date, in the CCYYMMDD format that D8 announces.
    format: 'ANSI X12 DMG',
    trigger: 'dmg*d8*',
    pattern: /DMG\*D8\*((?:18|19|20)\d{6})(?!\d)/g,
  },
  {
    // Tag (0010,0030) is PatientBirthDate, a DA value, as dcmdump and similar tools print it.
    format: 'DICOM (0010,0030)',
    trigger: '(0010,0030)',
    pattern: /\(0010,0030\)[ \t]+DA[ \t]+\[((?:18|19|20)\d{6})\]/g,
  },
  {
    // A BIRT event's DATE line, a few lines of the event (place, source) perhaps before it.
    format: 'GEDCOM BIRT',
    trigger: '1 birt',
    pattern: new RegExp(String.raw`(?:^|\n)[ \t]*1 BIRT\b[^\n]*\n(?:[ \t]*[2-9] (?!DATE\b)[^\n]*\n){0,6}[ \t]*2 DATE (?:(?:ABT|EST|CAL|BEF|AFT) )?((?:\d{1,2} )?${GEDCOM_MONTH} \d{4})(?![^\n\r])`, 'g'),
  },
];
