import { describe, expect, it } from 'vitest';
import { fieldKeyWords } from '../../../utils/detection/detectors/field-key';
import { labelHas } from '../../../utils/detection/detectors/context';
import { scanText } from '../../../utils/detection';
import { typesAt } from '../../fixtures/pii/findings';

/** The key words fieldKeyWords reads for the first occurrence of `value` in `text`. */
function keyOf(text: string, value: string): string {
  return fieldKeyWords(text, text.indexOf(value));
}

describe('field keys', () => {
  it('splits the identifiers of payloads, config files and markup into words', () => {
    expect(keyOf('{"phoneNumber": "0179-368 3836"}', '0179')).toBe('phone number');
    expect(keyOf("{'date_of_birth':'1964-04-24'}", '1964')).toBe('date of birth');
    expect(keyOf('SUPPORT_PHONE="911 551 271"', '911')).toBe('support phone');
    expect(keyOf('TEST_USER_DOB=1970-04-20', '1970')).toBe('test user dob');
    expect(keyOf('  passport-no: H89358812', 'H89')).toBe('passport no');
    expect(keyOf('<ns:birthDate type="iso">1966-06-14</ns:birthDate>', '1966')).toBe('birth date');
    expect(keyOf('MIN_CLIENT_VERSION = 2.13.29.19', '2.13')).toBe('min client version');
  });

  it('reads nothing where no key stands right before the value', () => {
    expect(keyOf('call me on 0179 368 3836', '0179')).toBe('');
    expect(keyOf('"phone": "x", "note": "ring 0179 368 3836"', '0179')).toBe('');
    expect(keyOf('<b>0179 368 3836</b> and more', '0179')).toBe('b');
    expect(keyOf('0179 368 3836', '0179')).toBe('');
  });
});

describe('field keys as context for the detectors', () => {
  it('labels phone numbers, passport numbers and dates of birth written under a key', () => {
    const payload = '{"customer": {"phoneNumber": "224 932 886", "passportNumber": "H89358812", "birthDate": "1966-06-14"}}';
    expect(typesAt(payload, '224 932 886')).toEqual(['phone']);
    expect(typesAt(payload, 'H89358812')).toEqual(['passport_number']);
    expect(typesAt(payload, '1966-06-14')).toEqual(['date_of_birth']);
    const env = 'ADMIN_EMAIL=ops@northwind.test\nSUPPORT_PHONE="932564030"\nTEST_USER_DOB=1970-04-20';
    expect(typesAt(env, '932564030')).toEqual(['phone']);
    expect(typesAt(env, '1970-04-20')).toEqual(['date_of_birth']);
  });

  it('leaves look-alikes under other keys alone', () => {
    const payload = '{"orderNumber": "415-155-1629", "createdAt": "1966-06-14", "sku": "H89358812", "buildNumber": "224 932 886"}';
    for (const value of ['415-155-1629', '1966-06-14', 'H89358812', '224 932 886']) expect(typesAt(payload, value)).toEqual([]);
  });

  it('takes an IP-shaped value under a version key for a version, unless the key names a host', () => {
    const compose = 'environment:\n  - MIN_CLIENT_VERSION=9.5.33.50\n  - "appVersion": "185.22.101.4"\n  - release_host=185.220.101.4';
    expect(typesAt(compose, '9.5.33.50')).toEqual([]);
    expect(typesAt(compose, '185.22.101.4')).toEqual([]);
    expect(typesAt(compose, '185.220.101.4')).toEqual(['ip_address']);
  });

  it('does not read a log line\'s date and hour as a phone number', () => {
    const log = 'updated fields: address, phone\n2025-12-24 21:22:23 INFO [api] profile updated\n2026-02-27 22:56:40 WARN retry';
    expect(scanText(log).filter((f) => f.type === 'phone')).toEqual([]);
    expect(typesAt('phone: +44 20 7946 0958', '+44')).toEqual(['phone']);
  });
});

describe('column headers written as identifiers', () => {
  it('reads a word between underscores as a word', () => {
    expect(labelHas('data_nascimento', ['nascimento'])).toBe(true);
    expect(labelHas('mobile_phone', ['phone'])).toBe(true);
    expect(labelHas('telephone', ['phone'])).toBe(false);
    expect(labelHas('phones_count', ['phone'])).toBe(false);
  });

  it('labels dates of birth under snake_case and Nordic headers, and leaves other dates alone', () => {
    const mysql = '| id | nome    | telefone      | data_nascimento | criado_em  |\n+----+---------+---------------+-----------------+------------+\n| 7  | Ana Reis | +351 965 972 600 | 1978-06-18 | 2025-06-23 |';
    expect(typesAt(mysql, '1978-06-18')).toEqual(['date_of_birth']);
    expect(typesAt(mysql, '2025-06-23')).toEqual([]);
    const tsv = 'Efternamn\tFörnamn\tFödelsedatum\tStartdatum\nNyström\tLars\t17 mars 1980\t2 januari 2024';
    expect(typesAt(tsv, '17 mars 1980')).toEqual(['date_of_birth']);
    expect(typesAt(tsv, '2 januari 2024')).toEqual([]);
    expect(typesAt('Patient: Rasmussen, Mette\nFødselsdato: 15.09.1996\nTid: 06.12.2026', '15.09.1996')).toEqual(['date_of_birth']);
  });
});
