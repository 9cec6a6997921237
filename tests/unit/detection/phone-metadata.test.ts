import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parsePhoneNumberFromString, type CountryCode, type MetadataJson } from 'libphonenumber-js/core';
import committed from '../../../utils/detection/detectors/data/phone-metadata.json';
import { phoneMetadata, trimPhoneMetadata, TRUNK_ZERO_REGIONS } from '../../../utils/detection/detectors/phone-metadata';

const require = createRequire(import.meta.url);
const fullMin = require('libphonenumber-js/metadata.min.json') as MetadataJson;
const examples = require('libphonenumber-js/examples.mobile.json') as Record<CountryCode, string>;

/** What the phone detector reads from a parse: where the number belongs, whether it is valid, and its digits. */
function reading(text: string, region: CountryCode | undefined, metadata: MetadataJson) {
  const parsed = parsePhoneNumberFromString(text, { defaultCountry: region }, metadata);
  return parsed && { country: parsed.country, code: parsed.countryCallingCode, national: parsed.nationalNumber, valid: parsed.isValid(), possible: parsed.isPossible() };
}

describe('trimmed phone metadata', () => {
  it('is what npm run phone-metadata derives from the installed libphonenumber-js', () => {
    expect(committed).toEqual(trimPhoneMetadata(fullMin as never));
  });

  it('is smaller than the library min set', () => {
    expect(JSON.stringify(committed).length).toBeLessThan(JSON.stringify(fullMin).length * 0.6);
  });

  const countries = Object.keys(examples) as CountryCode[];

  it('parses and validates every country example number as the full min set does', () => {
    expect(countries.length).toBeGreaterThan(200);
    for (const country of countries) {
      const national = examples[country];
      const international = `+${parsePhoneNumberFromString(national, country, fullMin)!.countryCallingCode}${national}`;
      for (const [text, region] of [[national, country], [international, undefined]] as const) {
        expect(reading(text, region, phoneMetadata), `${country} ${text}`).toEqual(reading(text, region, fullMin));
      }
    }
  });

  it('judges a changed digit, a missing digit and an extra digit as the full min set does', () => {
    for (const country of countries) {
      const n = examples[country];
      const last = String((Number(n.at(-1)) + 5) % 10);
      for (const text of [n.slice(0, -1) + last, n.slice(0, -1), n + '7']) {
        expect(reading(text, country, phoneMetadata), `${country} ${text}`).toEqual(reading(text, country, fullMin));
      }
    }
  });

  it('keeps the national formats of the trunk-0 countries, which the detector compares against', () => {
    const noFormats = trimPhoneMetadata(fullMin as never, []) as unknown as MetadataJson;
    for (const country of TRUNK_ZERO_REGIONS) {
      const withFull = parsePhoneNumberFromString(examples[country], country, fullMin)!.formatNational();
      const withTrimmed = parsePhoneNumberFromString(examples[country], country, phoneMetadata)!.formatNational();
      expect(withTrimmed, country).toBe(withFull);
      // Without its formats a number comes out as one run of digits, which no written number matches.
      expect(withTrimmed, country).toContain(' ');
      expect(parsePhoneNumberFromString(examples[country], country, noFormats)!.formatNational(), country).not.toContain(' ');
    }
  });
});
