/**
 * Values that a record format's grammar labels (data/record-fields.ts), for the detector of what
 * they hold: names and dates of birth in pii-person, Social Security and passport numbers in
 * pii-national-id, phone numbers in pii-contact, card numbers in pii-financial.
 */
import type { ScanInput } from '../types';
import { keywordsOf, registerKeywords } from '../facts';
import { RECORD_FIELDS, type RecordField } from './data/record-fields';

const TRIGGER_IDS = registerKeywords(RECORD_FIELDS.map((f) => f.trigger));

/** [start, end) of every value of the fields that hold `holds`, format by format. */
export function recordFieldValues(input: ScanInput, holds: RecordField['holds']): [number, number][] {
  const { present } = keywordsOf(input);
  const values: [number, number][] = [];
  RECORD_FIELDS.forEach((field, i) => {
    if (field.holds !== holds || present[TRIGGER_IDS[i]!] !== 1) return;
    for (const m of input.text.matchAll(field.pattern)) if (!field.check || field.check(m)) values.push(m.indices![1]!);
  });
  return values;
}
