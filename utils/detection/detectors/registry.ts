/**
 * Every detector family the product runs, in one list: the engine, the detection-types table
 * (catalog) and the scan CLI all read it, so a family added here is live everywhere.
 */
import type { Detector } from '../types';
import { secretsDetector } from './secrets';
import { piiContactDetector } from './pii-contact';
import { piiFinancialDetector } from './pii-financial';
import { piiNationalIdDetector } from './pii-national-id';
import { piiPersonDetector } from './pii-person';
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
