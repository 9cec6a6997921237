/**
 * Every detector family the product runs, in one list: the engine, the detection-types table
 * (catalog) and the scan CLI all read it, so a family added here is live everywhere.
 */
import type { Detector } from '../types';
// Module order is bundle order: pii-person before pii-contact keeps the name lists both import
// next to pii-person's other word lists, which gzip about 0.7 KB smaller than placed before
// pii-contact. The families run in the order of the list below, not of these imports.
import { secretsDetector } from './secrets';
import { piiFinancialDetector } from './pii-financial';
import { piiNationalIdDetector } from './pii-national-id';
import { piiPersonDetector } from './pii-person';
import { piiContactDetector } from './pii-contact';
import { confidentialDetector } from './confidential';
import { codeDetector } from './code';

export const DETECTORS: readonly Detector[] = [
  secretsDetector,
  piiContactDetector,
  piiFinancialDetector,
  piiNationalIdDetector,
  piiPersonDetector,
  confidentialDetector,
  codeDetector,
];
