import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DETECTION_TYPES } from '../detection/catalog';
import { renderDetectionTable, withDetectionTable } from '../docs/detection-table';

/** Rewrites the README's detection-types section from the detection catalog. */
const README = resolve(dirname(fileURLToPath(import.meta.url)), '../../README.md');
writeFileSync(README, withDetectionTable(readFileSync(README, 'utf8'), renderDetectionTable(DETECTION_TYPES)));
console.log(`README.md: ${DETECTION_TYPES.length} detection types`);
