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
    expect(keyOf('<ns:birthDate type="iso">1966-06-14</ns:birthDate>', '1966')).toBe('birth date iso');
    expect(keyOf('MIN_CLIENT_VERSION = 2.13.29.19', '2.13')).toBe('min client version');
  });

  it('reads a key past the padding of an aligned form, a call the value is the argument of, and a list it is an item of', () => {
    expect(keyOf('BSN:                                         229498188', '2294')).toBe('bsn');
    expect(keyOf("Customer(name='Ana', birth_date=datetime.date(1950, 2, 28))", '1950')).toBe('birth date');
    expect(keyOf('{ dob: new Date("1990-01-02") }', '1990')).toBe('dob');
    const frame = 'pd.DataFrame({\n    "phone": ["06 2974 3227", "06 2118 1267", "0611094386"],\n})';
    expect(keyOf(frame, '0611094386')).toBe('phone');
    expect(keyOf('"phone": [\n  "06 2974 3227",\n  "0611094386"\n]', '0611094386')).toBe('phone');
  });

  it('adds the names an element\'s attributes give it to its tag', () => {
    expect(keyOf('<ns2:NationalId scheme="US_SSN">662 02 7974</ns2:NationalId>', '662')).toBe('national id us ssn');
    expect(keyOf('<Phone type="mobile">0612345678</Phone>', '0612')).toBe('phone mobile');
  });

  it('does not take a list or a call in prose for a key\'s', () => {
    expect(keyOf('{"phone": "x", "sizes": [{"a": 1}, 0611094386]}', '0611094386')).toBe('');
    expect(keyOf('Notes: see [1], 0611094386', '0611094386')).toBe('');
    expect(keyOf('age(date(2000, 2, 29))', '2000')).toBe('');
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

  it('finds national IDs under keys that spell their label as an identifier', () => {
    const records = "[{'city': '01085 Dresden', 'steuer_id': '74 890 265 213'}, {'bsnNummer': '229498188'}]";
    expect(typesAt(records, '74 890 265 213')).toEqual(['de_tax_id']);
    const soap = '<tns:NationalId scheme="US_SSN">662 02 7974</tns:NationalId>\n<tns:NationalId scheme="IN_AADHAAR">8267 1503 9771</tns:NationalId>';
    expect(typesAt(soap, '662 02 7974')).toEqual(['us_ssn']);
    expect(typesAt(soap, '8267 1503 9771')).toEqual(['in_aadhaar']);
  });

  it('labels every item of a column written as a list under its key', () => {
    const frame = 'pd.DataFrame({\n    "dob": ["1999-03-09", "1993-09-18", "1979-06-27"],\n    "phone": ["06 2974 3227", "06 2118 1267", "0611094386"],\n    "score": [0.64, 0.36, 0.12],\n})';
    // The frame is code as well: what matters here is the value's own finding.
    expect(typesAt(frame, '1979-06-27')).toContain('date_of_birth');
    expect(typesAt(frame, '0611094386')).toContain('phone');
    expect(typesAt('"order_ids": ["2261544387", "0611094386"]', '0611094386')).toEqual([]);
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

describe('a form label with an aside in brackets', () => {
  it('labels the value after the aside', () => {
    const sheet = '- Passport (for the visa invitation letter): J07648119 / Date of birth: 09-09-1965';
    expect(typesAt(sheet, 'J07648119')).toEqual(['passport_number']);
    expect(typesAt('- Pasaporte (para la carta de invitación del visado): 982338794', '982338794')).toEqual(['passport_number']);
  });

  it('needs a document word in the label itself', () => {
    expect(typesAt('- Booking (for the visa invitation letter): J07648119', 'J07648119')).toEqual([]);
  });
});
