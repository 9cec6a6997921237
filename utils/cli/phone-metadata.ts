import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { trimPhoneMetadata } from '../detection/detectors/phone-metadata';

/** Rewrites the phone detector's metadata from the installed libphonenumber-js (see phone-metadata.ts for why it is trimmed). */
const require = createRequire(import.meta.url);
const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../detection/detectors/data/phone-metadata.json');
const full = require('libphonenumber-js/metadata.min.json');
const { version } = require('libphonenumber-js/package.json') as { version: string };
const json = JSON.stringify(trimPhoneMetadata(full));
writeFileSync(OUT, json + '\n');
console.log(`${OUT}: libphonenumber-js ${version}, ${json.length} bytes (the full min set: ${JSON.stringify(full).length})`);
