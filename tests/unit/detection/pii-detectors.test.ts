import { scanText } from '../../../utils/detection/index';
import { describe, expect, it } from 'vitest';
import { HARD_NEGATIVES, POSITIVES } from '../../fixtures/pii/labelled-cases';
import { piiContactDetector } from '../../../utils/detection/detectors/pii-contact';
import { piiFinancialDetector } from '../../../utils/detection/detectors/pii-financial';
import { piiNationalIdDetector } from '../../../utils/detection/detectors/pii-national-id';
import { piiPersonDetector } from '../../../utils/detection/detectors/pii-person';
import type { Finding } from '../../../utils/detection/types';

const DETECTORS = [piiContactDetector, piiFinancialDetector, piiNationalIdDetector, piiPersonDetector];
const scan = (text: string): Finding[] => DETECTORS.flatMap((d) => d.detect({ text, lower: text.toLowerCase() }));

describe('personal-data detectors on labelled cases', () => {
  it.each(POSITIVES.map((p) => [p.type, p.text, p.value] as const))('finds %s in %j', (type, text, value) => {
    const found = scan(text).filter((f) => f.type === type);
    const start = text.indexOf(value);
    // The finding must cover the labelled value; address blocks may extend over a following city/postcode.
    const slack = type === 'street_address' ? 30 : 0;
    expect(found.some((f) => f.start <= start && f.end >= start + value.length && f.end - f.start <= value.length + slack)).toBe(true);
    for (const f of found) expect(f.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it.each(HARD_NEGATIVES.map((n) => [n.text, n.types] as const))('hard negative %j', (text, types) => {
    const found = scan(text).filter((f) => types.includes(f.type));
    expect(found).toEqual([]);
  });

  it('reports brand as detail for cards and never includes the value', () => {
    const [card] = scan('visa 4111-1111-1111-1111').filter((f) => f.type === 'credit_card');
    expect(card?.detail).toBe('visa');
    expect(JSON.stringify(card)).not.toContain('4111');
  });

  it('rejects a card number failing Luhn and an IBAN with a wrong check', () => {
    expect(scan('card 4111 1111 1111 1112').filter((f) => f.type === 'credit_card')).toEqual([]);
    expect(scan('IBAN GB83WEST12345698765432').filter((f) => f.type === 'iban')).toEqual([]);
  });

  it('rejects SSNs in never-issued ranges', () => {
    for (const bad of ['SSN 000-12-3456', 'SSN 666-12-3456', 'SSN 912-12-3456', 'SSN 123-00-4567', 'SSN 123-45-0000']) {
      expect(scan(bad).filter((f) => f.type === 'us_ssn')).toEqual([]);
    }
  });

  it('marks private IPv4 ranges low severity and public ones medium', () => {
    const [priv] = scan('gateway 192.168.1.1').filter((f) => f.type === 'ip_address');
    const [pub] = scan('host 34.185.230.83').filter((f) => f.type === 'ip_address');
    expect(priv?.severity).toBe('low');
    expect(pub?.severity).toBe('medium');
  });

  it('marks addresses that point at no one low: the documentation networks', () => {
    const severity = (text: string) => scan(text).filter((f) => f.type === 'ip_address').map((f) => f.severity);
    expect(severity('see 192.0.2.10, 198.51.100.7 and 203.0.113.99')).toEqual(['low', 'low', 'low']);
    expect(severity('client 192.0.3.10')).toEqual(['medium']);
  });

  it('marks a named host\'s address low where curl, wget, ping or host print it, and a client\'s medium', () => {
    const severity = (text: string) => scan(text).filter((f) => f.type === 'ip_address').map((f) => f.severity);
    expect(severity('*   Trying 89.31.65.231:443...\n* Connected to api.example.org (89.31.65.231) port 443 (#0)')).toEqual(['low', 'low']);
    expect(severity('*   Trying [2606:4700::6810:85e5]:443...')).toEqual(['low']);
    expect(severity('Connecting to example.org (example.org)|93.184.215.14|:443... connected.')).toEqual(['low']);
    expect(severity('PING example.org (93.184.215.14) 56(84) bytes of data.\nexample.org has address 93.184.215.14')).toEqual(['low', 'low']);
    expect(severity('Failed password for root from 93.184.215.14 port 52144 ssh2')).toEqual(['medium']);
    expect(severity('we are trying 93.184.215.14 next')).toEqual(['medium']);
  });

  it('reads full-width digits as digits (the engine folds them): Japanese input methods type them', () => {
    const scanned = (text: string, type: string) => scanText(text).filter((f) => f.type === type).map((f) => text.slice(f.start, f.end));
    expect(scanned('電話：０８０－５５７６－１４４５', 'phone')).toEqual(['０８０－５５７６－１４４５']);
    expect(scanned('カード番号：４１１１　１１１１　１１１１　１１１１', 'credit_card')).toEqual(['４１１１　１１１１　１１１１　１１１１']);
  });

  it('finds a phone number typed right after its label, and in the Japanese bracket style', () => {
    expect(valuesOf('Phone:+19197572963', 'phone')).toEqual(['+19197572963']);
    expect(valuesOf('Mobil:0049 221 4656332', 'phone')).toEqual(['0049 221 4656332']);
    expect(valuesOf('Please call me at 03(6604)8662.', 'phone')).toEqual(['03(6604)8662']);
    expect(valuesOf('Meine Handynummer: 0170 166 8858', 'phone')).toEqual(['0170 166 8858']);
    // Chinese and Japanese run their words together: no boundary is needed around 電話 or 手机.
    expect(valuesOf('お電話は03-6604-8662まで', 'phone')).toEqual(['03-6604-8662']);
    expect(valuesOf('Телефон:+7 495 123-45-67', 'phone')).toEqual(['+7 495 123-45-67']);
    // After a digit a colon is a time or a ratio.
    expect(valuesOf('ratio 1:1000000, meeting 10:30 1234567', 'phone')).toEqual([]);
  });

  it('reads digits after a plus as a phone number, never a card, and a card after "no."', () => {
    const text = 'Meine Handynummer: +4915236072752';
    expect(valuesOf(text, 'credit_card')).toEqual([]);
    expect(valuesOf(text, 'phone')).toEqual(['+4915236072752']);
    expect(valuesOf('card no.4186099153654959', 'credit_card')).toEqual(['4186099153654959']);
  });

  it('finds an e-mail address URL-encoded in a query string', () => {
    expect(valuesOf('GET /unsubscribe?email=olga.schneider%40mail.cobaltsys.io&token=4f1c HTTP/1.1', 'email')).toEqual(['olga.schneider%40mail.cobaltsys.io']);
    expect(valuesOf('https://shop.example/?q=100%40%20off', 'email')).toEqual([]);
  });

  it('finds an IBAN right after an IBAN-like code that fails its check', () => {
    expect(valuesOf('Mandate NL56INGB9993788607 for account DE89 3704 0044 0532 0130 00', 'iban')).toEqual(['DE89 3704 0044 0532 0130 00']);
  });

  it('does not read section numbers or object identifiers as IP addresses', () => {
    expect(valuesOf('Section 4.2.1.3 of the spec; OID 2.5.4.3; see § 2.1.1.4', 'ip_address')).toEqual([]);
    expect(valuesOf('server 4.2.1.3 is down', 'ip_address')).toEqual(['4.2.1.3']);
    expect(valuesOf('Added firewall rule 185.220.101.4 to block the scanner', 'ip_address')).toEqual(['185.220.101.4']);
  });

  it('does not report the machine itself or a netmask: loopback, 0.0.0.0, ::1, 255.255.255.0', () => {
    const ips = (text: string) => scan(text).filter((f) => f.type === 'ip_address').map((f) => text.slice(f.start, f.end));
    expect(ips('gunicorn -b 0.0.0.0:8000 app:app; curl http://127.0.0.1:8080/health; ping ::1')).toEqual([]);
    expect(ips('ping6 0:0:0:0:0:0:0:1 and ::ffff:127.0.0.1')).toEqual([]);
    expect(ips('netmask 255.255.255.0, 255.255.240.0 via gateway 10.0.0.1')).toEqual(['10.0.0.1']);
    // Not a run of one bits then zeros, so not a netmask.
    expect(ips('peer 255.0.255.0 and ::ffff:198.51.100.7').sort()).toEqual(['255.0.255.0', '::ffff:198.51.100.7']);
  });

  it('reports e-mail addresses on reserved domains at low severity, others at medium', () => {
    const emails = (text: string) => scan(text).filter((f) => f.type === 'email').map((f) => [text.slice(f.start, f.end), f.severity]);
    expect(emails('Author: CI Bot <ci@example.com>, qa@mail.example.org, x@shop.test, y@host.invalid, maria.keller@acme.io')).toEqual([
      ['ci@example.com', 'low'],
      ['qa@mail.example.org', 'low'],
      ['x@shop.test', 'low'],
      ['y@host.invalid', 'low'],
      ['maria.keller@acme.io', 'medium'],
    ]);
    expect(emails('write to ann@examples.com')).toEqual([['ann@examples.com', 'medium']]);
    // Shared mailboxes and service accounts reach a team or a program, not a person.
    expect(emails('Mail support@acme-logistics.com or NoReply@shop.io; runs as deployer@proj-7.iam.gserviceaccount.com; cc support.lead@acme.io')).toEqual([
      ['support@acme-logistics.com', 'low'],
      ['NoReply@shop.io', 'low'],
      ['deployer@proj-7.iam.gserviceaccount.com', 'low'],
      ['support.lead@acme.io', 'medium'],
    ]);
  });

  it('does not take a Dockerfile instruction before a bracketed command for an address and its city line', () => {
    expect(valuesOf('USER node\nEXPOSE 3000\nCMD ["node", "dist/server.js"]', 'street_address')).toEqual([]);
    expect(valuesOf('Laugarvegur 66\nREYKJAVIK\nICELAND', 'street_address')).toEqual(['Laugarvegur 66\nREYKJAVIK\nICELAND']);
  });

  it('needs context for passport and licence numbers', () => {
    expect(scan('reference X12345678 attached').filter((f) => f.type === 'passport_number')).toEqual([]);
  });

  it('stays linear on long repetitive input', () => {
    const inputs = ['1'.repeat(50_000), '1-'.repeat(25_000), 'a@'.repeat(25_000), 'Aa '.repeat(16_000), '1 Aa '.repeat(10_000), ':a'.repeat(25_000), '1.'.repeat(25_000)];
    for (const text of inputs) {
      // No timing assertion (wall clock is not asserted); a catastrophic regex would hang the test instead.
      expect(Array.isArray(scan(text))).toBe(true);
    }
  });
});

/** The substrings of `text` found as `type`. */
const valuesOf = (text: string, type: string): string[] => scan(text).filter((f) => f.type === type).map((f) => text.slice(f.start, f.end));

describe('payment cards in delimited rows', () => {
  it('finds a card between CSV, semicolon, tab and pipe delimiters', () => {
    expect(valuesOf('name,card,total\nAda Moreau,5555 5555 5555 4444,$81.20', 'credit_card')).toEqual(['5555 5555 5555 4444']);
    expect(valuesOf('Ada Moreau,4012888888881881,12.00', 'credit_card')).toEqual(['4012888888881881']);
    expect(valuesOf('Ada Moreau;4012-8888-8888-1881;12,00', 'credit_card')).toEqual(['4012-8888-8888-1881']);
    expect(valuesOf('Ada Moreau\t378282246310005\t9.99', 'credit_card')).toEqual(['378282246310005']);
    expect(valuesOf('| Ada Moreau |4012888888881881| 9.99 |', 'credit_card')).toEqual(['4012888888881881']);
  });

  it('finds a card in the field after a numeric field when another field or a line break follows', () => {
    expect(valuesOf('id,card,total\n1042,4012888888881881,12.00', 'credit_card')).toEqual(['4012888888881881']);
    expect(valuesOf('id,card\n1042,4012888888881881\n1043,5555555555554444\n', 'credit_card')).toEqual(['4012888888881881', '5555555555554444']);
  });

  it('does not read a decimal comma fraction or a longer identifier as a card', () => {
    expect(valuesOf('ratio = 0,4012888888881881 overall', 'credit_card')).toEqual([]);
    expect(valuesOf('ratio = 0,4012888888881881', 'credit_card')).toEqual([]);
    expect(valuesOf('ref ACC4012888888881881, done', 'credit_card')).toEqual([]);
    expect(valuesOf('id 94012888888881881,12.00', 'credit_card')).toEqual([]);
    expect(valuesOf('x-4012888888881881,12', 'credit_card')).toEqual([]);
    expect(valuesOf('4012888888881881.5 units', 'credit_card')).toEqual([]);
  });
});

describe('IBAN groupings', () => {
  it('finds IBANs printed in dashed groups of four', () => {
    expect(valuesOf('Please pay IBAN BE71-0961-2345-6769 by Friday.', 'iban')).toEqual(['BE71-0961-2345-6769']);
    expect(valuesOf('name\tiban\nAda\tDE89-3704-0044-0532-0130-00\t€12', 'iban')).toEqual(['DE89-3704-0044-0532-0130-00']);
    expect(valuesOf('ref DE89-3704-0044-0532-0130-00-2024', 'iban')).toEqual(['DE89-3704-0044-0532-0130-00']);
  });

  it('finds an IBAN wrapped across a line between groups of four', () => {
    expect(valuesOf('Account: GB82 WEST 1234\n5698 7654 32\nThanks', 'iban')).toEqual(['GB82 WEST 1234\n5698 7654 32']);
  });

  it('rejects dashes or line breaks outside groups of four, mixed separators and a failing check', () => {
    expect(valuesOf('code DE8-9370-4004-4053-2013-000', 'iban')).toEqual([]);
    expect(valuesOf('code DE89-370400-440532-013000', 'iban')).toEqual([]);
    expect(valuesOf('code DE89-3704 0044-0532-0130-00', 'iban')).toEqual([]);
    expect(valuesOf('Account: GB82 WES\nT1234 5698 7654 32', 'iban')).toEqual([]);
    expect(valuesOf('IBAN BE71-0961-2345-6768', 'iban')).toEqual([]);
  });
});

describe('SSN context from column headers and reference words', () => {
  it('finds spaced and bare SSNs on every row of a column headed SSN', () => {
    const tsv = 'name\tdob\tssn\nAda Roe\t1981-12-21\t493-76-1695\nBo Li\t1957-10-21\t890 49 6189\nCy Wu\t1999-01-08\t533309632';
    expect(valuesOf(tsv, 'us_ssn')).toEqual(['493-76-1695', '890 49 6189', '533309632']);
    const md = '| Name | Social Security No |\n|---|---|\n| Ada | 612 48 7641 |\n| Bo | 1 |\n| Cy | 1 |\n| Di | 1 |\n| Ed | 533309632 |';
    expect(valuesOf(md, 'us_ssn')).toEqual(['612 48 7641', '533309632']);
  });

  it('does not take a bare number under another header as an SSN', () => {
    // "ssn" occurs (so the rule runs), but far from the values and not as their column's header.
    expect(valuesOf('The ssn export moved to another sheet, so this one only holds contacts:\nname\tphone\nAda\t612 48 7641\nBo\t533309632', 'us_ssn')).toEqual([]);
  });

  it('lowers a dashed SSN introduced as a case, ticket, order or reference number', () => {
    for (const t of ['Case 435-74-0010 - Acme vs. Initech, hearing on 21.04.2019.', 'Order 536-22-1234 shipped.', 'ref: 536-22-1234', 'Acct 536-22-1234 is overdrawn.', 'case,party\n435-74-0010,Acme']) {
      expect(valuesOf(t, 'us_ssn')).toEqual([]);
    }
  });

  it('keeps an SSN when SSN words support it despite a reference word', () => {
    expect(valuesOf('Attach the SSN to case file: 536-22-1234', 'us_ssn')).toEqual(['536-22-1234']);
    expect(valuesOf('Employee SSN: 536-22-1234 (order ref 99)', 'us_ssn')).toEqual(['536-22-1234']);
  });
});

describe('phone look-alikes', () => {
  it('does not read a Unix timestamp after a log or time word as a phone', () => {
    for (const t of ['Call log 1685492117 - spoke with the customer.', 'event ts=1700000000 recorded', 'created 1699999999123 by job', 'epoch: 1600000000']) {
      expect(valuesOf(t, 'phone')).toEqual([]);
    }
    // The same digits with a phone word and no time word are still a (weak) phone number.
    expect(valuesOf('phone 2125550134', 'phone')).toEqual(['2125550134']);
    expect(valuesOf('Call log: +1 212 555 0134', 'phone')).toEqual(['+1 212 555 0134']);
  });

  it('does not read a ZIP+4 or a CEP as a phone, even with a phone word after it', () => {
    expect(valuesOf('Salem, OR 97301-1234. Tel. +1 503 555 0134', 'phone')).toEqual(['+1 503 555 0134']);
    expect(valuesOf('Rua Augusta, 100 - SP\n01305-000\nTel: (11) 3255-1234', 'phone')).toEqual(['(11) 3255-1234']);
    // A phone word before it makes the same shape a local number.
    expect(valuesOf('Tel: 96144-7221', 'phone')).toEqual(['96144-7221']);
  });

  it('does not read digits counting up or down, catalogue, model or inode numbers as phones', () => {
    for (const t of ["Write a function that checks for 9 digits. Test it with '123456789'", 'call me on 987-654-3210', 'call me on +1 123-456-7890', 'Catalog No. 384-622-4703 — M6 hex bolt', 'Model no. 415-555-0132 is discontinued', 'Directory (ino: 1310721) index full'])
      expect(valuesOf(t, 'phone'), t).toEqual([]);
    expect(valuesOf('Call me on 415-555-0132', 'phone')).toEqual(['415-555-0132']);
    expect(valuesOf('I drive a Tesla Model 3; reach me at 415-867-5309', 'phone')).toEqual(['415-867-5309']);
    expect(valuesOf('Ino here! My number is 415-867-5309', 'phone')).toEqual(['415-867-5309']);
  });

  it('reports the card numbers payment providers publish for testing at low severity, other cards high', () => {
    const severity = (text: string) => scanText(text).filter((f) => f.type === 'credit_card').map((f) => f.severity);
    expect(severity('checkout msg="e2e test card" card=4242424242424242 livemode=false')).toEqual(['low']);
    expect(severity('card=5555555555554444 livemode=false')).toEqual(['low']);
    expect(severity('customer paid with card 4532015112830366')).toEqual(['high']);
  });

  it('does not take the year of the next log line\'s timestamp for a postcode', () => {
    const log = '2024-09-12T17:22:22.9441910Z added 776 packages, and audited 1015 packages in 54s\n2024-09-12T17:22:23.1182590Z   116 packages are looking for funding';
    expect(valuesOf(log, 'street_address')).toEqual([]);
  });

  it('does not read an SSN-shaped case or reference id in a log field as an SSN', () => {
    expect(valuesOf('WARN kyc-worker status=review application=kyc_ckFhBh5e case_ref=302-83-5954', 'us_ssn')).toEqual([]);
    expect(valuesOf('KYC check: SSN 302-83-5954 does not match the date of birth', 'us_ssn')).toEqual(['302-83-5954']);
  });

  it('takes version words on the same line only: a user agent ending one log line leaves the next line\'s client address', () => {
    const log = '"Mozilla/5.0 (Macintosh) AppleWebKit/605.1.15 Version/17.6 Safari/605.1.15"\n41.41.48.58 - - [04/Nov/2024:14:11:03 +0000] "GET / HTTP/1.1" 200';
    expect(valuesOf(log, 'ip_address')).toEqual(['41.41.48.58']);
    expect(valuesOf('upgrade to 1.2.3.4 tonight', 'ip_address')).toEqual([]);
  });

  it('reads a national number after a call in Spanish, singular or plural, but not after a ticket word', () => {
    expect(valuesOf('llamadme al 612 345 678 cuando podáis', 'phone')).toEqual(['612 345 678']);
    expect(valuesOf('Para dudas, llámanos al 912 345 678.', 'phone')).toEqual(['912 345 678']);
    expect(valuesOf('Ticket 612 345 678 cerrado.', 'phone')).toEqual([]);
  });

  it('does not read a dotted-and-dashed CPF as a phone', () => {
    expect(valuesOf('seu CPF 529.982.247-25 foi atualizado. Telefone: (11) 96144-7221.', 'phone')).toEqual(['(11) 96144-7221']);
    expect(valuesOf('call 111.444.777-35 now', 'phone')).toEqual([]);
  });
});

describe('dates of birth', () => {
  it('finds day-month-year dates with a month abbreviation between dashes or slashes', () => {
    expect(valuesOf('Background check: date of birth 07-Jun-1961, no record.', 'date_of_birth')).toEqual(['07-Jun-1961']);
    expect(valuesOf('DOB 3/Sep/88', 'date_of_birth')).toEqual(['3/Sep/88']);
    expect(valuesOf('born 2 Oct 1975 in Leeds', 'date_of_birth')).toEqual(['2 Oct 1975']);
    expect(valuesOf('Birthday: Oct 2, 1975', 'date_of_birth')).toEqual(['Oct 2, 1975']);
  });

  it('recognises Dutch, Portuguese and Polish birth-date labels', () => {
    expect(valuesOf('Geboortedatum: 03.11.1972, BSN volgt.', 'date_of_birth')).toEqual(['03.11.1972']);
    expect(valuesOf('Data de nascimento: 21/07/1990', 'date_of_birth')).toEqual(['21/07/1990']);
    expect(valuesOf('nascida em 21/07/1990 no Recife', 'date_of_birth')).toEqual(['21/07/1990']);
    expect(valuesOf('Data urodzenia: 1985-02-14', 'date_of_birth')).toEqual(['1985-02-14']);
  });

  it('applies a DOB column header to every row of its column', () => {
    const tsv = 'name\tdob\tcity\nAda Roe\t12/21/1981\tLeeds\nBo Li\t21-Oct-1957\tYork\nCy Wu\t1999-01-08\tBath\nDi Ho\tMarch 2, 2005\tHull';
    expect(valuesOf(tsv, 'date_of_birth')).toEqual(['12/21/1981', '21-Oct-1957', '1999-01-08', 'March 2, 2005']);
    const csv = 'name,Date of Birth,joined\n"Roe, Ada","14/03/1957",2020-01-01\nBo Li,"21 June 1996",2021-05-05\nCy Wu,"13.11.1999",2022-02-02';
    expect(valuesOf(csv, 'date_of_birth')).toEqual(['14/03/1957', '21 June 1996', '13.11.1999']);
  });

  it('does not take dates without birth words, or in another column, as dates of birth', () => {
    expect(valuesOf('Meeting moved to 14-Feb-2026 at noon.', 'date_of_birth')).toEqual([]);
    expect(valuesOf('The invoice is due 14 Feb 2026.', 'date_of_birth')).toEqual([]);
    // The "dob" header is over another column; the joined dates below it are far from the word.
    const tsv = 'name\tjoined\tnotes\tdob\nAda Roe\t2020-01-01\tvery long note to push the header word away\t1981-12-21\nBo Li\t2021-05-05\tanother long note, no birth words in it\t1957-10-21';
    expect(valuesOf(tsv, 'date_of_birth')).toEqual(['1981-12-21', '1957-10-21']);
  });

  it('does not take a column default or an "unknown" sentinel date for a date of birth', () => {
    expect(valuesOf("birth_date DATE NOT NULL DEFAULT '1900-01-01',", 'date_of_birth')).toEqual([]);
    expect(valuesOf("dob date default '1985-06-01'", 'date_of_birth')).toEqual([]);
    expect(valuesOf('DOB: 01/01/1900 (unknown)', 'date_of_birth')).toEqual([]);
    expect(valuesOf('date_of_birth: 9999-12-31', 'date_of_birth')).toEqual([]);
    expect(valuesOf('DOB: 1985-06-01', 'date_of_birth')).toEqual(['1985-06-01']);
  });
});

describe('IPv4-mapped IPv6 addresses', () => {
  it('reports an IPv6 address ending in a dotted quad as one span', () => {
    expect(valuesOf('client ::ffff:203.0.113.9 connected', 'ip_address')).toEqual(['::ffff:203.0.113.9']);
    expect(valuesOf('via 2001:db8::198.51.100.4 and 34.185.230.83', 'ip_address')).toEqual(['2001:db8::198.51.100.4', '34.185.230.83']);
    expect(valuesOf('full form 64:ff9b:0:0:0:0:203.0.113.9 here', 'ip_address')).toEqual(['64:ff9b:0:0:0:0:203.0.113.9']);
  });

  it('judges a mapped private address as private', () => {
    const [ip] = scan('from ::ffff:10.0.0.7').filter((f) => f.type === 'ip_address');
    expect(ip?.severity).toBe('low');
  });

  it('rejects a mapped quad with an octet over 255 or too many groups before it', () => {
    expect(valuesOf('::ffff:300.1.1.1', 'ip_address')).toEqual([]);
    expect(valuesOf('1:2:3:4:5:6:7:203.0.113.9', 'ip_address')).toEqual(['203.0.113.9']);
  });
});

describe('IPv4 addresses after words that end like a version marker', () => {
  it('reads "server", "dev", "env" before an address as words, not as "ver" or "v"', () => {
    expect(valuesOf('DNS server 10.0.0.12 is down', 'ip_address')).toEqual(['10.0.0.12']);
    expect(valuesOf('ssh to dev 10.0.0.1 or prev 203.0.113.5', 'ip_address')).toEqual(['10.0.0.1', '203.0.113.5']);
  });

  it('still skips software versions', () => {
    for (const text of ['v1.2.3.4', 'version 1.2.3.4', 'ver. 1.2.3.4', 'after the firmware upgrade to 2.0.10.4']) {
      expect(valuesOf(text, 'ip_address')).toEqual([]);
    }
  });

  it('skips versions written into a product token or a version field, kernels, networks and public resolvers', () => {
    for (const text of ['Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', 'AssemblyVersion 2.1.0.0 and', 'Is kernel 5.15.0.105 affected?', 'route 10.24.0.0/16 through the VPN', 'Is 1.1.1.1 faster than 8.8.8.8 for DNS?'])
      expect(valuesOf(text, 'ip_address'), text).toEqual([]);
    expect(valuesOf('curl http://52.14.200.3/login and 10.24.0.1/32', 'ip_address')).toEqual(['52.14.200.3', '10.24.0.1']);
    // An address in a URL path, and a firewall log line the kernel wrote, are still addresses.
    expect(valuesOf('See https://www.abuseipdb.com/check/185.220.101.4 for reports', 'ip_address')).toEqual(['185.220.101.4']);
    expect(valuesOf('kernel: IN=eth0 OUT= SRC=185.220.101.4 DST=52.14.200.3', 'ip_address')).toEqual(['185.220.101.4', '52.14.200.3']);
    expect(valuesOf('Source IP: 203.0.113.114', 'ip_address')).toEqual(['203.0.113.114']);
  });

  it('reads an address named as a host as an address, even after "build"', () => {
    expect(valuesOf('Our build server 34.185.230.83 is down', 'ip_address')).toEqual(['34.185.230.83']);
    expect(valuesOf('build 34.185.230.83 is out', 'ip_address')).toEqual([]);
  });
});

describe('phone numbers among other numbers', () => {
  it('lets a phone label closer to the number outweigh a reference word before it', () => {
    expect(valuesOf('SSN: 476426347\nPhone: 3128893600', 'phone')).toEqual(['3128893600']);
    expect(valuesOf('SSN 863 93 8666; phone 0813 181 9635.', 'phone')).toEqual(['0813 181 9635']);
    // "number" labels order numbers as often as phone numbers, so it does not.
    expect(valuesOf('order number 5551234567', 'phone')).toEqual([]);
    expect(valuesOf('The batch is 6493-5308-2087 and the PO 8664508126.', 'phone')).toEqual([]);
  });

  it('reads a trunk area code and a slash, and dots or dashes where the national format has spaces', () => {
    expect(valuesOf('Tel.: 0221/5348499', 'phone')).toEqual(['0221/5348499']);
    expect(valuesOf('ring 06-30/694-5591 on arrival', 'phone')).toEqual(['06-30/694-5591']);
    expect(valuesOf('114, rue de la Paix, 75002 Paris\n07.71.26.12.81', 'phone')).toEqual(['07.71.26.12.81']);
    expect(valuesOf('dates 05/12/2024 and 08/15/2024, ratio 1/2', 'phone')).toEqual([]);
  });

  it('reads signature and chat phone cues', () => {
    expect(valuesOf('Senior Account Manager\nM: 080-1655-9090', 'phone')).toEqual(['080-1655-9090']);
    expect(valuesOf('ping me at 9195046536', 'phone')).toEqual(['9195046536']);
    expect(valuesOf("I'll be in Paris, reachable on 0151 4835 4349.", 'phone')).toEqual(['0151 4835 4349']);
  });

  it('does not join a phone number to the address after it', () => {
    const text = 'She changed her number to 0803 814 9557 and moved to 2015 rue Saint-Denis';
    expect(valuesOf(text, 'phone')).toEqual(['0803 814 9557']);
    expect(valuesOf(text, 'street_address')).toEqual(['2015 rue Saint-Denis']);
  });
});

describe('phone numbers in tel: links and vCards', () => {
  it('finds the number after tel:', () => {
    expect(valuesOf('<a href="tel:+12125550198">call us</a>', 'phone')).toEqual(['+12125550198']);
    expect(valuesOf('TEL;TYPE=cell:+1-212-555-0198', 'phone')).toEqual(['+1-212-555-0198']);
  });

  it('still ignores digits glued to other words by a colon', () => {
    for (const text of ['meet at 12:30:45 sharp', 'hotel:12345678', 'id:12345678']) expect(valuesOf(text, 'phone')).toEqual([]);
  });
});

describe('phone words in other languages', () => {
  it('reads a bare national number after the phone word of its language', () => {
    expect(valuesOf('Nom : Durand, tél. 0763593039, né le 12/03/1981', 'phone')).toEqual(['0763593039']);
    expect(valuesOf('Hola Maica, te llamo al 612 87 91 75 mañana.', 'phone')).toEqual(['612 87 91 75']);
    expect(valuesOf('Ligue para 11 98765 4321 amanhã de manhã', 'phone')).toEqual(['11 98765 4321']);
    // Without the word, nine or ten bare digits stay an ordinary number.
    expect(valuesOf('Ref 0763593039 was closed.', 'phone')).toEqual([]);
  });
});

describe('national phone formats without a phone word', () => {
  it('finds numbers written exactly as their country groups them', () => {
    expect(valuesOf('Urgent questions go to Léa at 06 12 94 19 93 instead.', 'phone')).toEqual(['06 12 94 19 93']);
    expect(valuesOf('Backup: Jack, 0412 129 764, after 6pm', 'phone')).toEqual(['0412 129 764']);
    expect(valuesOf('1. Emma Wood - 020 7946 0958', 'phone')).toEqual(['020 7946 0958']);
    expect(valuesOf('2. Saar de Vries - 06 12340436', 'phone')).toEqual(['06 12340436']);
  });

  it('reads the abbreviated phone labels of Spanish and Portuguese signatures and an Italian call-back', () => {
    expect(valuesOf('Tfno.: 715 173 530', 'phone')).toEqual(['715 173 530']);
    expect(valuesOf('Tlm.: 967 890 437', 'phone')).toEqual(['967 890 437']);
    expect(valuesOf('Potete richiamarmi al 328 9159518?', 'phone')).toEqual(['328 9159518']);
    expect(valuesOf('Lote 715 173 530 enviado', 'phone')).toEqual([]);
  });

  it('does not take other groupings, reference words, dates, prices or ISBNs for phones', () => {
    expect(valuesOf('batch 0612 9419 93 done', 'phone')).toEqual([]); // not how any of these countries groups it
    expect(valuesOf('Order 06 12 94 19 93 shipped', 'phone')).toEqual([]);
    expect(valuesOf('Ref: 020 7946 0958', 'phone')).toEqual([]);
    expect(valuesOf('due 06 12 1994, then 07 01 2025', 'phone')).toEqual([]);
    expect(valuesOf('ISBN 0-306-40615-2 and 0 306 40615 2', 'phone')).toEqual([]);
    // Thirteen-digit book numbers, also without the word ISBN; one check digit off, it may be a number after all.
    expect(valuesOf('Please order these for the office library: 978-3-7681-8157-0, 979-8-8643-0843-1.', 'phone')).toEqual([]);
    expect(valuesOf('Tel: 978-3-7681-8157-1', 'phone')).toEqual(['978-3-7681-8157-1']);
    expect(valuesOf('costs 0 99 EUR or 1 299 00', 'phone')).toEqual([]);
  });

  it('checks only a bounded number of national formats per scan', () => {
    const text = Array.from({ length: 100 }, () => 'Bo: 06 12 94 19 93').join('\n');
    expect(valuesOf(text, 'phone').length).toBe(64);
  });
});

describe('phone column headers', () => {
  it('takes a phone column header as context on every row', () => {
    const md = '| name | email | phone |\n| --- | --- | --- |\n| Ada | ada@example.org | 41-396-86-62 |\n| Bo | bo@example.org | 512 825 601 |\n| Cy | cy@example.org | 74-617-53-52 |';
    expect(valuesOf(md, 'phone')).toEqual(['41-396-86-62', '512 825 601', '74-617-53-52']);
  });

  it('takes a reference-number column header against the values under it', () => {
    expect(valuesOf('order no,name,tel\n512 825 601,Ada,\n41-396-86-62,Bo,', 'phone')).toEqual([]);
  });

  it('finds German 12-digit mobile numbers in national format', () => {
    expect(valuesOf('2. Naemi W. - 01512 3649056', 'phone')).toEqual(['01512 3649056']);
  });
});

describe('vCard phone lines and version words, from review', () => {
  it('finds the number after TEL with several parameters', () => {
    for (const [text, value] of [
      ['TEL;CELL;PREF:+12125550198', '+12125550198'],
      ['TEL;TYPE=work;TYPE=voice:+1-212-555-0198', '+1-212-555-0198'],
      ['TEL;TYPE="cell":+1-212-555-0198', '+1-212-555-0198'],
      ['TEL;type=CELL;type=VOICE;type=pref:+1 (212) 555-0198', '+1 (212) 555-0198'],
    ] as const) {
      expect(valuesOf(text, 'phone')).toEqual([value]);
    }
  });

  it('reads words ending in "version" or "release" as version words', () => {
    for (const text of ['Subversion 1.14.2.1', 'prerelease 2.0.0.1']) expect(valuesOf(text, 'ip_address')).toEqual([]);
    expect(valuesOf('Client IP after conversion 203.0.113.5', 'ip_address')).toEqual(['203.0.113.5']);
  });
});

describe('national identifiers as people write them, from a fresh test set', () => {
  it.each([
    ['is ab 12 34 56 c a valid NI no?', 'uk_nino', 'ab 12 34 56 c'],
    ['PAN abcpe1234f, date of birth 23-Mar-2001', 'in_pan', 'abcpe1234f'],
    ['employee Ana Ruiz, S.I.N. 416-454-288, last day worked', 'ca_sin', '416-454-288'],
    ['meine Steueridentifikationsnummer 65 929 970 489 angegeben', 'de_tax_id', '65 929 970 489'],
    ['BSN 111 222 333 staat op de pas', 'nl_bsn', '111 222 333'],
    ['the citizen service number 123456782 was wrong', 'nl_bsn', '123456782'],
    ['con DNI 12.345.678-Z en regla', 'es_dni', '12.345.678-Z'],
    ['documento de identidad 12345678 Z', 'es_dni', '12345678 Z'],
    ['Codice fiscale: RSS MRA 85T10 A562S', 'it_codice_fiscale', 'RSS MRA 85T10 A562S'],
    // Corsica's departments 2A and 2B sit where the other departments' two digits do.
    ['numéro de sécu 1 84 12 2A 004 017 32', 'fr_nir', '1 84 12 2A 004 017 32'],
  ])('%j → %s', (text, type, value) => {
    expect(valuesOf(text, type)).toEqual([value]);
  });

  it('reads passport and licence numbers after the labels of other languages and in their printed groups', () => {
    expect(valuesOf('Reisepassnummer: C01X00T47', 'passport_number')).toEqual(['C01X00T47']);
    expect(valuesOf('Mijn paspoortnummer is NW1K2P3L4', 'passport_number')).toEqual(['NW1K2P3L4']);
    expect(valuesOf('Rijbewijsnummer 5606265415', 'drivers_license')).toEqual(['5606265415']);
    expect(valuesOf('licence no. MORGA 753116 SM 9IJ', 'drivers_license')).toEqual(['MORGA 753116 SM 9IJ']);
    expect(valuesOf('Führerscheinnummer: B072RRE2I55', 'drivers_license')).toEqual(['B072RRE2I55']);
    // A date next to a licence label is a date, and a flight number is not a licence.
    expect(valuesOf("Driver's License #: 09126377 / DOB: 1992-10-21", 'drivers_license')).toEqual(['09126377']);
    expect(valuesOf('Flight DL 1234 to Boston', 'drivers_license')).toEqual([]);
    // An amount after a money word is not the document's number, whatever its shape.
    expect(valuesOf('Driver licence fee 125 000 000 collected last year', 'drivers_license')).toEqual([]);
    expect(valuesOf('Passport fees: 150000 paid', 'passport_number')).toEqual([]);
    expect(valuesOf('Visa fee paid. Passport number: 533401231', 'passport_number')).toEqual(['533401231']);
    expect(valuesOf('NY driver license: 123 456 789', 'drivers_license')).toEqual(['123 456 789']);
  });

  it('reads German and Dutch passport numbers with few or no digits right after their label', () => {
    expect(valuesOf('Reisepass Nr. FVYWFCGCT, gültig bis 19.2.2031', 'passport_number')).toEqual(['FVYWFCGCT']);
    expect(valuesOf('Reisepass Nr. CFHJKLMNP', 'passport_number')).toEqual(['CFHJKLMNP']);
    expect(valuesOf('Paspoortnr. JXXWMWWC4, geldig tot 21-08-2031', 'passport_number')).toEqual(['JXXWMWWC4']);
    // Words in capitals after the label are words, and letters far from it are not the number.
    expect(valuesOf('Passport: VERIFIED', 'passport_number')).toEqual([]);
    expect(valuesOf('Passport status CONFIRMED', 'passport_number')).toEqual([]);
    expect(valuesOf('Passport copy received from the applicant, status: FVYWFCGCT', 'passport_number')).toEqual([]);
  });

  it('gives a number to the label right before it, not to an SSN word on the line above', () => {
    const idCheck = 'ID check for R. Okafor\nSSN: 250-61-9777\nPassport no. 268471187, expires 02/10/2032';
    expect(valuesOf(idCheck, 'us_ssn')).toEqual(['250-61-9777']);
    expect(valuesOf(idCheck, 'passport_number')).toEqual(['268471187']);
    // The other way round, the SSN label is the nearer one and the SSN stays an SSN.
    const reversed = 'Passport: X1234567; SSN: 536221847';
    expect(valuesOf(reversed, 'us_ssn')).toEqual(['536221847']);
    expect(valuesOf(reversed, 'passport_number')).toEqual(['X1234567']);
    expect(valuesOf("driver's license D1234567 and SSN 536 22 1847", 'us_ssn')).toEqual(['536 22 1847']);
  });
});

describe('dates of birth after short labels', () => {
  it('reads "(b. …)", "Data nascita", "Fecha nac." and such columns as birth labels', () => {
    expect(valuesOf('Jane Roe (b. 14/03/1985) joined in 2019', 'date_of_birth')).toEqual(['14/03/1985']);
    expect(valuesOf('Cliente - Alice Santoro\nData nascita - 2 settembre 1969', 'date_of_birth')).toEqual(['2 settembre 1969']);
    expect(valuesOf('Paciente: Carlos Serrano\nFecha nac.: 28-01-1998', 'date_of_birth')).toEqual(['28-01-1998']);
    expect(valuesOf('Nome\tData nascita\tImporto\nLorenzo Costa\t25/02/1952\t€181,13', 'date_of_birth')).toEqual(['25/02/1952']);
    // Other dates stay dates.
    expect(valuesOf('Fecha de pago: 12/03/2024', 'date_of_birth')).toEqual([]);
    expect(valuesOf('see lib. 2024-01-01 and web. 2023-05-02', 'date_of_birth')).toEqual([]);
  });
});

describe('dates of birth in other languages and in exports', () => {
  it.each([
    ['fecha de nacimiento 24 de enero de 1970', '24 de enero de 1970'],
    ['Data di nascita: 4 gennaio 1975', '4 gennaio 1975'],
    ['Geboortedatum: 26 maart 1957', '26 maart 1957'],
    ['date de naissance 1er mars 1961', '1er mars 1961'],
    ['nací el 1996-08-11 en Sevilla', '1996-08-11'],
    ['mit Geburtstag 29.5.1966', '29.5.1966'],
    ['id;nom;prenom;date_naissance\n1;Durand;Paul;06/06/1984', '06/06/1984'],
  ])('%j', (text, date) => {
    expect(valuesOf(text, 'date_of_birth')).toEqual([date]);
  });

  it('does not take an occasion or a later date for the date of birth', () => {
    expect(valuesOf('The team birthday lunch is on 10-12-2021', 'date_of_birth')).toEqual([]);
    expect(valuesOf('DOB 28 August 1961, travelling 15 September 2022 to Rome', 'date_of_birth')).toEqual(['28 August 1961']);
  });
});

describe('phones in CSV rows and Dutch and French cues; registry numbers are not cards', () => {
  it('reads a phone followed by the next field, but not a number with thousands separators', () => {
    expect(valuesOf('Ada,(312) 571-8714,4/18/1991,Chicago', 'phone')).toEqual(['(312) 571-8714']);
    expect(valuesOf('population 1 234 567,890 people', 'phone')).toEqual([]);
  });

  it('takes Dutch and French phone words as context', () => {
    expect(valuesOf('Telefoon: 0616542008', 'phone')).toEqual(['0616542008']);
    expect(valuesOf('Peux-tu rappeler Chloé au 0375026581 ?', 'phone')).toEqual(['0375026581']);
    expect(valuesOf('Part number 0251-0830-91 replaces 7888-1555-60', 'phone')).toEqual([]);
  });

  it('does not read a SIRET or an EAN that passes Luhn as a card', () => {
    expect(valuesOf('SIRET : 36252187900034', 'credit_card')).toEqual([]);
  });
});

describe('look-alikes found by a review of the fresh-set fixes', () => {
  it('does not read counts, decimal amounts or versions as phones or addresses', () => {
    expect(valuesOf('We processed 2 345 678 calls last month.', 'phone')).toEqual([]);
    expect(valuesOf('Home loan balance: 1 234 567,89 €', 'phone')).toEqual([]);
    expect(valuesOf('Thanks a lot! Speak soon, 020 7946 0958', 'phone')).toEqual(['020 7946 0958']);
    expect(valuesOf('Upgrade node to 1.2.3.4 tomorrow.', 'ip_address')).toEqual([]);
  });

  it('does not take prose words for document labels', () => {
    expect(valuesOf('Please add me to the DL, ticket JIRA-4521 has the details.', 'drivers_license')).toEqual([]);
    expect(valuesOf('Our license no longer covers build ABC-12345.', 'drivers_license')).toEqual([]);
    expect(valuesOf('La patente EP1234567 cubre este procedimiento.', 'drivers_license')).toEqual([]);
    expect(valuesOf('No tengo ni idea, el código es ab123456c.', 'uk_nino')).toEqual([]);
  });

  it('does not read German "u." or a postcode-shaped size as a street, nor cross a full stop', () => {
    expect(valuesOf('Wohnung mit Zimmer u. 2 Bädern', 'street_address')).toEqual([]);
    expect(valuesOf('Storage options: Fast Drive, Slow Drive, M2 8GB', 'street_address')).toEqual([]);
    expect(valuesOf('Meeting notes\nAction Point\nM1 1AA', 'street_address')).toEqual([]);
    expect(valuesOf('Deliver to Kerkstraat 12. Order 55123 ships Monday.', 'street_address')).toEqual(['Kerkstraat 12']);
  });

  it('keeps every date a birth label lists', () => {
    expect(valuesOf("Children's dates of birth: 12 March 2010, 5 June 2012", 'date_of_birth')).toEqual(['12 March 2010', '5 June 2012']);
  });
});

describe('cards dictated over the phone, and dates that cannot be dates', () => {
  it('keeps 16 digits or Amex groups a card when a phone word is near', () => {
    expect(valuesOf('Customer dictated over the phone: 4111111111111111, exp 04/27', 'credit_card')).toEqual(['4111111111111111']);
    expect(valuesOf('card on file 3782 822463 10005 (call him on the phone)', 'credit_card')).toEqual(['3782 822463 10005']);
  });

  it('does not read part of a dotted phone number as a date of birth', () => {
    const text = 'Marie Petit, née le 12.03.1985, tél. 06.34.61.61.05';
    expect(valuesOf(text, 'date_of_birth')).toEqual(['12.03.1985']);
    expect(valuesOf(text, 'phone')).toEqual(['06.34.61.61.05']);
    expect(valuesOf('DOB: 1990-13-01', 'date_of_birth')).toEqual([]);
  });
});

describe('formats from a fourth fresh set (Spanish, Portuguese, Italian and French letters and chats, CSV exports, ID forms)', () => {
  const found = (text: string, type: string): string[] => scanText(text).filter((f) => f.type === type).map((f) => text.slice(f.start, f.end));

  it('finds national phone numbers after calling verbs and number words in other languages', () => {
    expect(found('Llámeme al 912 345 678 a partir de las 18:00.', 'phone')).toEqual(['912 345 678']);
    expect(found('mi nuevo número es 613 224 871', 'phone')).toEqual(['613 224 871']);
    expect(found('Recapito telefonico: 02 62641759', 'phone')).toEqual(['02 62641759']);
    expect(found('She can be reached at 4155550182.', 'phone')).toEqual(['4155550182']);
  });

  it('reads a bracketed country code and a ten-digit group as part of the number', () => {
    expect(found('Puede llamarme al (+34) 612 345 678.', 'phone')).toEqual(['(+34) 612 345 678']);
    expect(found('meu número novo é +55 11 987654321', 'phone')).toEqual(['+55 11 987654321']);
  });

  it('keeps a formatted phone in a CSV row whose next field starts with digits, but not an amount with decimals', () => {
    expect(found('Dana Whitfield,dana.w@example.net,+1 (415) 555-0182,10.1.2.3,3 Jun 2024', 'phone')).toEqual(['+1 (415) 555-0182']);
    expect(found('Ravi Menon,ravi@example.net,415-555-0199,8 Jul 2023', 'phone')).toEqual(['415-555-0199']);
    expect(found('Please call about the total: 1 234 567,89 EUR', 'phone')).toEqual([]);
  });

  it('lets tax, identity and order words outweigh a generic number word', () => {
    expect(found('Le numéro fiscal 071 590 7018 et la carte', 'phone')).toEqual([]);
    expect(found('Your order number is 415-155-1629; keep it for returns.', 'phone')).toEqual([]);
    expect(found('Manca il numero della carta d\'identità 600 573 2838.', 'phone')).toEqual([]);
  });

  it('does not read a Portuguese postcode as a phone number', () => {
    expect(found('Rua Augusta, 27, 1100-048 Lisboa\nTelefone: 213 456 789', 'phone')).toEqual(['213 456 789']);
  });

  it('reads nine digits after "Social Insurance Number" or "SIN" as a Canadian SIN, not an SSN', () => {
    const text = 'Social Insurance Number 130692544';
    expect(found(text, 'ca_sin')).toEqual(['130692544']);
    expect(found(text, 'us_ssn')).toEqual([]);
    expect(found('My SIN is 130692544.', 'us_ssn')).toEqual([]);
    expect(found('My SSN is 536221234.', 'us_ssn')).toEqual(['536221234']);
  });

  it('finds cards written in dotted groups', () => {
    expect(found('Card: 6011.1111.1111.1117  Exp: 09/30', 'credit_card')).toEqual(['6011.1111.1111.1117']);
    expect(found('Kaartnummer: 3782.822463.10005', 'credit_card')).toEqual(['3782.822463.10005']);
    expect(found('release 2024.0101.1234.5678', 'credit_card')).toEqual([]);
  });

  it('finds dates of birth after "bday" and before a German "geboren", and not the date before a DOB label', () => {
    expect(found('my bday is 04/24/1982 btw', 'date_of_birth')).toEqual(['04/24/1982']);
    expect(found('Ich bin am 07.04.1988 geboren.', 'date_of_birth')).toEqual(['07.04.1988']);
    expect(found('Segurada: Luísa Rocha, data de nascimento 27 de novembro de 2002', 'date_of_birth')).toEqual(['27 de novembro de 2002']);
    expect(found('She was seen in clinic on 23 April 2023. DOB: 8/12/1971', 'date_of_birth')).toEqual(['8/12/1971']);
  });

  it('finds licence and passport numbers in more national formats', () => {
    expect(found('Driver licence: 40155832', 'drivers_license')).toEqual(['40155832']);
    expect(found("Driver's License #: 176 049 680", 'drivers_license')).toEqual(['176 049 680']);
    expect(found("Driver's License #: WDLKQ7ZXRPTB", 'drivers_license')).toEqual(['WDLKQ7ZXRPTB']);
    expect(found('Reisepassnummer: J2KNJW8YY', 'passport_number')).toEqual(['J2KNJW8YY']);
    expect(found('Passaporte n.º K482913', 'passport_number')).toEqual(['K482913']);
    expect(found("Driver's license: COVID19", 'drivers_license')).toEqual([]);
  });

  it('reads two given names joined by a hyphen as a given name, and hyphenated brands as none', () => {
    expect(found('Meeting with Anne-Sophie Martin tomorrow.', 'person_name')).toEqual(['Anne-Sophie Martin']);
    expect(found('Ich habe Hans-Jürgen Vogt angerufen.', 'person_name')).toEqual(['Hans-Jürgen Vogt']);
    expect(found('Attendees: Marie Curie; Anne-Sophie Martin; Paul Durand', 'person_name')).toContain('Anne-Sophie Martin');
    expect(found('We ride Harley-Davidson bikes and drive a Mercedes-Benz.', 'person_name')).toEqual([]);
    expect(found('Rolls-Royce Holdings reported higher orders.', 'person_name')).toEqual([]);
  });

  it('does not take departments, meeting headings, firms, labels or countries in their own language for people', () => {
    expect(found('Distinti saluti\nAmministrazione', 'person_name')).toEqual([]);
    expect(found('Met vriendelijke groet,\nDebiteurenbeheer', 'person_name')).toEqual([]);
    expect(found('Compte rendu du 10-01-2024\nPrésents : Julie Garnier, Hugo Robert', 'person_name')).toEqual(['Julie Garnier', 'Hugo Robert']);
    expect(found('Best,\nSiobhan Roberts\nPayroll Specialist, Larkspur Analytics\nTel 0121 2286923', 'person_name')).toEqual(['Siobhan Roberts']);
    expect(found('Unfallgegner: Heike Zimmermann, Tel. 0178 7351023', 'person_name')).toEqual(['Heike Zimmermann']);
    expect(found('Ort: bei Mailand, Italia', 'person_name')).not.toContain('Italia');
    // A firm's word first opens a job title, and the name before it stays.
    expect(found('Jane Doe, Insurance Broker at Acme', 'person_name')).toEqual(['Jane Doe']);
  });

  it('reads a house number written after n.º, nº or n°', () => {
    expect(found('Morada: Rua do Ouro, n.º 287, 4128-248 Porto.', 'street_address')).toEqual(['Rua do Ouro, n.º 287, 4128-248 Porto']);
    expect(found('Dirección: Calle Mayor, nº 3, 28013 Madrid', 'street_address')).toEqual(['Calle Mayor, nº 3, 28013 Madrid']);
  });

  it('reads Italian titles written with a feminine ending as titles', () => {
    expect(found('Gentile Dott.ssa Maria Rossi, le scrivo per la fattura.', 'person_name')).toEqual(['Dott.ssa Maria Rossi']);
    expect(found('Gentile Sig.ra Bianchi, la contatto per il rimborso.', 'person_name')).toEqual(['Sig.ra Bianchi']);
    expect(found('Ho parlato con la Prof.ssa Elena Conti ieri.', 'person_name')).toEqual(['Prof.ssa Elena Conti']);
    // An ending after something that is not a title stays out of the name.
    expect(found('Vedi il cap.ra Rossi', 'person_name')).not.toContain('cap.ra Rossi');
  });

  it('reads surname fields of Italian, German, Spanish, Dutch and Portuguese forms', () => {
    expect(found('Cognome: Lombardo\nNome: Giulia', 'person_name')).toEqual(['Lombardo', 'Giulia']);
    expect(found('Nachname: Becker', 'person_name')).toEqual(['Becker']);
    expect(found('Apellidos: Martínez García', 'person_name')).toEqual(['Martínez García']);
    expect(found('Sobrenome: Carvalho', 'person_name')).toEqual(['Carvalho']);
    expect(found('apellido: string', 'person_name')).toEqual([]);
  });

  it('never reports a title alone as a name', () => {
    expect(found('Hello Prof, quick question about the exam.', 'person_name')).toEqual([]);
    expect(found('Dear Lady Ashworth, thank you.', 'person_name')).toEqual(['Lady Ashworth']);
  });

  it('starts a name at its title when a capitalised word of the sentence comes before it', () => {
    expect(found('Laut Frau Anna Keller ist das erledigt.', 'person_name')).toEqual(['Frau Anna Keller']);
    expect(found('Mit Herrn Lukas Wagner gesprochen.', 'person_name')).toEqual(['Herrn Lukas Wagner']);
    expect(found('Merci Madame Claire Dubois pour votre aide.', 'person_name')).toEqual(['Madame Claire Dubois']);
    expect(found('Gracias Señora Lucía Pérez por todo.', 'person_name')).toEqual(['Señora Lucía Pérez']);
    expect(found('Bonjour Monsieur Loïc Le Goff,', 'person_name')).toEqual(['Monsieur Loïc Le Goff']);
    // A title-like word inside a place's name is still no person.
    expect(found('We visited Notre Dame Cathedral in May.', 'person_name')).toEqual([]);
  });

  it('finds names after German greetings, role nouns and holder labels, and not greeting or contract words', () => {
    expect(found('Guten Tag Frau Sabine Fischer,', 'person_name')).toEqual(['Frau Sabine Fischer']);
    expect(found('Die Mandantin Nicole Becker hat heute angerufen.', 'person_name')).toEqual(['Nicole Becker']);
    expect(found('Titulaire : Jean Dupont', 'person_name')).toEqual(['Jean Dupont']);
    expect(found('Titular: Jordi Etxeberria', 'person_name')).toEqual(['Jordi Etxeberria']);
    expect(found('The patient, Isla Thompson, was seen today.', 'person_name')).toEqual(['Isla Thompson']);
    expect(found('We flew to Isla Mujeres last spring.', 'person_name')).toEqual([]);
    expect(found('-- Author  : Generated', 'person_name')).toEqual([]);
    expect(found("Instalments are debited from the Borrower's account.", 'person_name')).toEqual([]);
    expect(found('Liebe Kolleginnen und Kollegen,', 'person_name')).toEqual([]);
    expect(found('Sehr geehrte Damen und Herren,', 'person_name')).toEqual([]);
    expect(found('Beste Grüße\nAnna', 'person_name')).toEqual(['Anna']);
    expect(found('Salary will be paid on the 25th.', 'person_name')).toEqual([]);
  });

  it('does not take a preposition as a surname after a lower-case given name', () => {
    expect(found('appelle sébastien au 06 12 34 56 78 stp', 'person_name')).toEqual(['sébastien']);
  });
});

describe('look-alikes found by a review of the fourth-set fixes', () => {
  const found = (text: string, type: string): string[] => scanText(text).filter((f) => f.type === type).map((f) => text.slice(f.start, f.end));

  it('does not read order, invoice, tax or file numbers in other languages, or counts after "reached", as phones', () => {
    expect(found('Mi número de pedido es 612 345 678, ¿cuándo llega?', 'phone')).toEqual([]);
    expect(found("Il numero d'ordine è 4500 1234 56", 'phone')).toEqual([]);
    expect(found('Downloads reached 12 345 678 this month', 'phone')).toEqual([]);
    expect(found('Il file si chiama 2024 0315 1234', 'phone')).toEqual([]);
    expect(found('The delta was (+12) 345 678 901 units', 'phone')).toEqual([]);
  });

  it('keeps a phone whose label comes before a word against it, and French pairs before a CSV field', () => {
    expect(found('Phone (tax office): 030 1234567', 'phone')).toEqual(['030 1234567']);
    expect(found('Please call my tax advisor on 020 7946 0958', 'phone')).toEqual(['020 7946 0958']);
    expect(found('Claim hotline 0800 123 4567', 'phone')).toEqual(['0800 123 4567']);
    expect(found('nom,telephone,age\nMarie Dupont,06 12 34 56 78,35', 'phone')).toEqual(['06 12 34 56 78']);
  });

  it('keeps an SSN after Spanish "sin" or a NAS', () => {
    expect(found('Lo envié sin revisar: 536-90-4410', 'us_ssn')).toEqual(['536-90-4410']);
    expect(found('Export from NAS:\nJohn Smith 536-90-4410', 'us_ssn')).toEqual(['536-90-4410']);
  });

  it('reads a birth verb after a date only when it closes the clause, and handles no cue at all', () => {
    expect(found('Hired 01.02.2020, born 12.03.1985', 'date_of_birth')).toEqual(['12.03.1985']);
    expect(found('Birthday lunch planned.\nMax Mustermann, 07.04.1988 geboren in Köln', 'date_of_birth')).toEqual(['07.04.1988']);
  });

  it('keeps surnames that are also German articles or words, and takes the name after an article and a noun', () => {
    expect(found('Please contact Priya Das regarding the invoice.', 'person_name')).toEqual(['Priya Das']);
    expect(found('Jerry Lieber wrote it', 'person_name')).toEqual(['Jerry Lieber']);
    expect(found('Das Angebot von Max Müller ist gültig', 'person_name')).toEqual(['Max Müller']);
    expect(found('Guten Tag Liebe Kolleginnen und Kollegen', 'person_name')).toEqual([]);
    expect(found('please forward this to mia johnson', 'person_name')).toEqual(['mia johnson']);
    expect(found('Client Avery Lavoie, Social Insurance Number 130 692 544, email', 'person_name')).toEqual(['Avery Lavoie']);
  });

  it('does not take a word with a digit at its end for a licence number', () => {
    expect(found('Driver licence: HEADQUARTERS2 office', 'drivers_license')).toEqual([]);
  });
});

describe('thirteen-digit numbers and addresses inside URLs', () => {
  it('reads thirteen digits as a card only with card words, in several languages', () => {
    expect(scan('sku,ean\nBAG-L3SYY0,4463805829401').filter((f) => f.type === 'credit_card')).toEqual([]);
    expect(scan('?from_ts=4463805829401').filter((f) => f.type === 'credit_card')).toEqual([]);
    for (const text of ['Card number 4463805829401', 'El pago se realizó con la tarjeta 4463805829401.', 'Von der Karte 4463805829401 abgebucht.']) {
      expect(scan(text).filter((f) => f.type === 'credit_card').length, text).toBe(1);
    }
  });

  it('reads a URL user that is an address as one, and the password after it as a credential, not as an address', () => {
    const text = 'MAILER_DSN=smtp://jane.doe@acme.io:Xk82!mPq@smtp.acme.io:587';
    const found = scanText(text).map((f) => `${f.type}:${text.slice(f.start, f.end)}`);
    expect(found).toContain('email:jane.doe@acme.io');
    expect(found).toContain('url_credentials:Xk82!mPq');
    expect(found.filter((f) => f.startsWith('email:'))).toEqual(['email:jane.doe@acme.io']);
  });

  it('does not read a URL user or key before @host as an e-mail address, unless it is an encoded address', () => {
    const emails = (text: string) => scan(text).filter((f) => f.type === 'email').map((f) => text.slice(f.start, f.end));
    expect(emails("dsn: 'https://4fa8184bfe8ba8c7aa70472a2b5342f9@o376016.ingest.sentry.io/2177758'")).toEqual([]);
    expect(emails('git clone ssh://git@github.com/acme/app.git')).toEqual([]);
    expect(emails('mongodb://root:Tq8vL2xR9mK4@cluster0.ab1cd.mongodb.net/app')).toEqual([]);
    expect(emails('MAILER_DSN=smtp://notifications%40acme.io:Tq8vL2xR9mK4@smtp.office365.com:587')).toEqual(['notifications%40acme.io']);
    expect(emails('Write to jane.doe@acme.io')).toEqual(['jane.doe@acme.io']);
  });
});

describe('contact blocks from an eleventh, held-out set', () => {
  it('takes no house number from the end of the line above a street', () => {
    const signature = 'Clínica São Bento\nTlm.: 215 834 308 | T: 967 890 437\nRua do Brasil, 17, 2717-057 Amadora';
    expect(valuesOf(signature, 'phone')).toEqual(['215 834 308', '967 890 437']);
    expect(valuesOf(signature, 'street_address')).toEqual(['Rua do Brasil, 17, 2717-057 Amadora']);
    // On the same line a number before the street's type word is still its house number.
    expect(valuesOf('Send it to 12 Rue de Rivoli, 75001 Paris', 'street_address')).toEqual(['12 Rue de Rivoli, 75001 Paris']);
  });

  it('reads Indian addresses from the door or plot number to the PIN', () => {
    expect(valuesOf('Rahul,Iyer,"No. 194, 8th Cross, Anna Nagar, Chennai 600052",$172.46', 'street_address')).toEqual(['No. 194, 8th Cross, Anna Nagar, Chennai 600052']);
    expect(valuesOf('Address: C-784, Brigade Meadows, Indiranagar, Bengaluru 560009', 'street_address')).toEqual(['C-784, Brigade Meadows, Indiranagar, Bengaluru 560009']);
    expect(valuesOf('Dr Asha Menon\nC-824, Hiranandani Gardens, Gachibowli\nHyderabad 500080\n\nDear Dr Menon', 'street_address')).toEqual(['C-824, Hiranandani Gardens, Gachibowli\nHyderabad 500080']);
    expect(valuesOf('the delayed repair at Plot 79, Road No. 2, T. Nagar, Chennai 600096. Can someone call?', 'street_address')).toEqual(['Plot 79, Road No. 2, T. Nagar, Chennai 600096']);
    // The localities are not people.
    expect(valuesOf('No. 212, 5th Cross, Anna Nagar, Chennai 600045', 'person_name')).toEqual([]);
    // Without a door or plot number opening it, a place and six digits are not an address.
    expect(valuesOf('Sales, Marketing, Operations, Mumbai 400009 units', 'street_address')).toEqual([]);
    expect(valuesOf('Invoice No. 5, Widgets, Mumbai 400009', 'street_address')).not.toContain('No. 5, Widgets, Mumbai 400009');
  });

  it("reads Calgary's numbered avenues, which carry a quadrant and no 'th'", () => {
    expect(valuesOf('Address: 1068 17 Ave SW, Calgary, AB T2S 0A1', 'street_address')).toEqual(['1068 17 Ave SW, Calgary, AB T2S 0A1']);
    expect(valuesOf('We sold 1068 17 Street lamps last year', 'street_address')).toEqual([]);
  });

  it('reads a number standing alone beside an e-mail address in a signature or a CV header as a phone', () => {
    expect(valuesOf('NISHA RAO\n6164320841\nnisha.rao@example.in\nPune', 'phone')).toEqual(['6164320841']);
    expect(valuesOf('Dev Malhotra\n7329214824 | dev.malhotra@mail.example | Hyderabad', 'phone')).toEqual(['7329214824']);
    expect(valuesOf('Responsable de compras\n983 92 66 92\nm.ortiz@clinica.example', 'phone')).toEqual(['983 92 66 92']);
    expect(valuesOf('Priya Sen\n73549 37618 · priya.sen@mail.example · Mumbai', 'phone')).toEqual(['73549 37618']);
    // Not a table's ID cell, not a number after a word against it, not a number in a sentence, not an e-mail far away.
    expect(valuesOf('| id | email |\n|---|---|\n| 1002394812 | jane@acme.example |', 'phone')).toEqual([]);
    expect(valuesOf('Order\n1002394812\njane@acme.example', 'phone')).toEqual([]);
    expect(valuesOf('We shipped 1002394812 units; ask jane@acme.example', 'phone')).toEqual([]);
    expect(valuesOf('1002394812\n\na\nb\nc\njane@acme.example', 'phone')).toEqual([]);
  });

  it('reads Dutch calls, German callback numbers, Portuguese texting and the T. of a Spanish signature as phone words', () => {
    expect(valuesOf('06-nummer: 013-4634123', 'phone')).toEqual(['013-4634123']);
    expect(valuesOf('Kunt u mij terugbellen op 023 7692552?', 'phone')).toEqual(['023 7692552']);
    expect(valuesOf('**Rückrufnummer:** 0761 2306560-367', 'phone')).toEqual(['0761 2306560-367']);
    expect(valuesOf('Manda uma mensagem para o 936 216 241 amanhã.', 'phone')).toEqual(['936 216 241']);
    expect(valuesOf('Logística Meseta S.L.\nT. 912 718 666', 'phone')).toEqual(['912 718 666']);
    // An abbreviation that only ends in "t." is no label.
    expect(valuesOf('Art. 912 718 666', 'phone')).toEqual([]);
  });
});

describe('psql result tables', () => {
  it('reads the header above the rule psql draws with "+" and no pipe', () => {
    const psql = ' id    | naam          | telefoon      | geboortedatum\n-------+---------------+---------------+---------------\n 7719  | Pieter Dupont | 0478 33 24 92 | 1985-03-26\n 4175  | Elke De Smet  | 0471/79.75.30 | 2003-04-04\n(2 rows)';
    expect(valuesOf(psql, 'date_of_birth')).toEqual(['1985-03-26', '2003-04-04']);
    expect(valuesOf(psql, 'phone')).toEqual(['0478 33 24 92', '0471/79.75.30']);
    // A blank line is no rule: the table above it says nothing about the one below.
    expect(valuesOf('name | dob\n\nid | joined\n7 | 2020-01-02', 'date_of_birth')).toEqual([]);
  });

  it('reads the row label of a key-value table as the date\'s label', () => {
    const form = '| Field | Value |\n|---|---|\n| Pupil | DORJE Tenzin |\n| Date of birth | 11 July 1997 |\n| Start date | May 28, 2026 |';
    expect(valuesOf(form, 'date_of_birth')).toEqual(['11 July 1997']);
    // In a column table the row holds no label, and the column's header decides.
    expect(valuesOf('name,dob,joined\nAnna Berg,1985-01-01,2020-01-01', 'date_of_birth')).toEqual(['1985-01-01']);
  });
});
