/**
 * Record formats whose grammar, not a nearby word, says what a field holds. Their values are often
 * compact (`19840826`, `517094111`) and their labels are codes (`DMG`, `(0010,0030)`, `BIRT`, a
 * qualifier `34`), so neither the value shapes nor the context words of the label rules reach them.
 *
 * Each `pattern` captures the value in group 1 and runs only when `trigger` (lower case) occurs.
 */
import { UPPER_MONTH } from './context-words';

export interface RecordField {
  readonly format: string;
  readonly holds: 'date_of_birth' | 'us_ssn';
  readonly trigger: string;
  /** Global, with indices (`dg`): group 1 is the value. */
  readonly pattern: RegExp;
}

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
];
