/**
 * The libphonenumber metadata the phone detector parses with. The library's "min" set carries,
 * per country, the patterns a number is validated against and the formats it is printed in; we
 * print numbers only to compare them with how trunk-0 countries write them (see pii-contact's
 * national-format check), so the formats of every other country are dead weight: 7 KB of the
 * content script's 150 KB gzipped budget. `data/phone-metadata.json` is the min set without them,
 * written by `npm run phone-metadata` and checked against the installed library by a unit test,
 * so an upgrade of libphonenumber-js that forgets to regenerate it fails the suite.
 */
import type { MetadataJson } from 'libphonenumber-js/core';
import trimmed from './data/phone-metadata.json';

/** Countries whose numbers are written with a trunk "0", and whose formats we therefore keep. */
export const TRUNK_ZERO_REGIONS = ['GB', 'FR', 'DE', 'NL', 'BE', 'AT', 'CH', 'IE', 'IT', 'AU', 'NZ', 'IN'] as const;

export const phoneMetadata = trimmed as unknown as MetadataJson;

/** Index of the list of formats in a country's entry of the min metadata. */
const FORMATS = 4;

type Entry = unknown[];
interface MinMetadata { countries: Record<string, Entry>; nonGeographic?: Record<string, Entry>; [key: string]: unknown }

/** The min metadata with every country's formats dropped except those of `keepFormatsOf`. */
export function trimPhoneMetadata(full: MinMetadata, keepFormatsOf: readonly string[] = TRUNK_ZERO_REGIONS): MinMetadata {
  const keep = new Set(keepFormatsOf);
  // Non-geographic entries are keyed by calling code ("800"), which no region in `keep` is.
  const withoutFormats = (entries: Record<string, Entry>) =>
    Object.fromEntries(Object.entries(entries).map(([code, entry]) => [
      code,
      keep.has(code) ? entry : entry.map((field, i) => (i === FORMATS ? undefined : field)),
    ]));
  // JSON round trip: an undefined field inside an array is written as null, which the library reads as absent.
  return JSON.parse(JSON.stringify({
    ...full,
    countries: withoutFormats(full.countries),
    ...(full.nonGeographic ? { nonGeographic: withoutFormats(full.nonGeographic) } : {}),
  })) as MinMetadata;
}
