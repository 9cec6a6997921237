import { describe, expect, it } from 'vitest';
import { valuesOf } from '../../fixtures/pii/findings';

/** The phone findings of `text`, as the numbers written. */
const phones = (text: string): string[] => valuesOf(text, 'phone');

describe('phone words of chats, voicemails and contact cards', () => {
  it('takes a number someone calls their own (new) number', () => {
    expect(phones('[08:19] hoi met Femke, nieuw nummer: 0639892560')).toEqual(['0639892560']);
    expect(phones('hej det är astrid, nytt nummer: 070-644 52 12')).toEqual(['070-644 52 12']);
    expect(phones('cześć, mój nowy numer to 606 651 652')).toEqual(['606 651 652']);
    expect(phones('klant wil teruggebeld worden op 070 3616148')).toEqual(['070 3616148']);
  });

  it('takes the caller of a voicemail and the work or mobile field of a contact card', () => {
    expect(phones('Mensaje de voz de 943 589 617 — 54 s')).toEqual(['943 589 617']);
    expect(phones('Arbete:   08-510 29 32\nE-post:   johan@example.se')).toEqual(['08-510 29 32']);
    expect(phones('Komórka:  606-651-651')).toEqual(['606-651-651']);
  });

  it('takes a number a voicemail reads out digit by digit before writing it', () => {
    const de = '"Rufen Sie mich bitte zurück unter null eins fünf sieben eins null drei neun fünf neun acht neun, also 0157/10395989. Danke."';
    expect(phones(de)).toEqual(['0157/10395989']);
    const es = '«… al seis tres nueve, nueve cero siete, ocho cuatro tres? O sea, el 639907843. Gracias.»';
    expect(phones(es)).toEqual(['639907843']);
  });

  it('needs six digit words in a row, not a count in prose', () => {
    expect(phones('We shipped one, two or three boxes, five or six crates: 639907843.')).toEqual([]);
    expect(phones('Ho letto tre o quattro pagine, poi sei o sette: 3336610137')).toEqual([]);
  });

  it('takes a number that is an item of a contact line, between dashes or after a slash, or after a phone emoji', () => {
    expect(phones("1. **Siobhan O'Brien** — obrien.siobhan@gmail.com — 0836753399 — vegetarian")).toEqual(['0836753399']);
    expect(phones('Contact: mitchell.tran@optusnet.com.au / 0478478737')).toEqual(['0478478737']);
    expect(phones('- Berlin | ✉️ dohna.katharina@mailbox.org | 📞 0170 973 83875')).toEqual(['0170 973 83875']);
  });

  it('needs the e-mail of a contact line for a bare number between dashes', () => {
    expect(phones('Week 12 — 0836753399 — shipped on time')).toEqual([]);
  });

  it('leaves other numbers near the same words alone', () => {
    expect(phones('Bestellnummer 4711 0815 22, neue Nummer folgt')).toEqual([]);
    expect(phones('werk order 2026 1044 87 is klaar')).toEqual([]);
  });
});

describe('identifiers written like e-mail addresses', () => {
  const emails = (text: string): string[] => valuesOf(text, 'email');

  it('leaves a calendar event UID and a Message-ID alone, and reads the mailboxes around them', () => {
    const ics = 'BEGIN:VEVENT\nUID:19d251238e83b3acf34a2b0a23@google.com\nORGANIZER;CN=Ana Reis:mailto:ana.reis@gmail.com\nEND:VEVENT';
    expect(emails(ics)).toEqual(['ana.reis@gmail.com']);
    const mail = 'Message-ID: <CAF=abc123.XyZ@mail.gmail.com>\nIn-Reply-To: <6f1c2a9e@mx.example.net>\nFrom: Ana <ana.reis@gmail.com>';
    expect(emails(mail)).toEqual(['ana.reis@gmail.com']);
  });

  it('still reads an address under a uid or references label', () => {
    expect(emails('uid: ana.reis@gmail.com')).toEqual(['ana.reis@gmail.com']);
    expect(emails('References: John Smith, john.smith@northwind.co.uk')).toEqual(['john.smith@northwind.co.uk']);
  });
});

describe('being reachable, and emergency contacts', () => {
  it('takes a number someone says they can be reached or contacted on', () => {
    expect(phones("Per ulteriori informazioni sono raggiungibile al 393-6375565 o all'indirizzo m.gallo@alice.it.")).toEqual(['393-6375565']);
    expect(phones('Pueden contactarme en el 742395587 o en alejandro@hotmail.es')).toEqual(['742395587']);
    expect(phones('Podem contactar-me pelo 916 992 027 ou por email.')).toEqual(['916 992 027']);
    expect(phones('Björn: rörmokarens nummer är 076-003 34 30, fråga efter Lars')).toEqual(['076-003 34 30']);
  });

  it('takes the number of an emergency contact after the name and relation on the label\'s line', () => {
    expect(phones('- [ ] Contacto de emergência: Marta Martins Antunes (irmã), 922 639 004')).toEqual(['922 639 004']);
    expect(phones('- [x] Notfallkontakt: Matthias Kowalczyk (Ehefrau), 0151 97105479')).toEqual(['0151 97105479']);
    expect(phones('Emergency contact: Jane Doe (wife)\nOrder total 2500000')).toEqual([]);
  });

  it('takes a number right after an e-mail and a comma in a contact line', () => {
    expect(phones('- Tobias Scholz <tobiasscholz74@t-online.de>, 0159-1227 2411 — vegetarisch')).toEqual(['0159-1227 2411']);
    expect(phones('Sizes 41, 2261544387 — in stock')).toEqual([]);
  });
});

describe('rows of a record', () => {
  it('takes the phone words of a bare number\'s own row only when the row has another label', () => {
    const stop = 'Stop 2 (11:00–12:00)\n  Harry Taylor\n  Tel: 0753 756 8183\n  Parcels: 94983569032, 67120644526\n  Note: call 10 min before arrival';
    expect(phones(stop)).toEqual(['0753 756 8183']);
    expect(phones('TLM.: +351 929 030 768\nNIF: 218890427')).toEqual(['+351 929 030 768']);
  });

  it('still takes a bare number under a row label that names a phone, or with a phone word on its row', () => {
    expect(phones('Name: Harry Taylor\nMobile: 07537568183')).toEqual(['07537568183']);
    expect(phones('Tel: 0753 756 8183\nPrivat: 07537568183 (call after 6)')).toEqual(['0753 756 8183', '07537568183']);
  });
});

describe('more ways of writing a phone number', () => {
  it('does not count the bracketed trunk zero after a country code', () => {
    expect(phones('Bitte rufen Sie Frau Kovalenko unter +49 (0)221 7883299-186 an.')).toEqual(['+49 (0)221 7883299-186']);
  });

  it('takes an Italian mobile prefix before a slash', () => {
    expect(phones('Federica Lo Bianco – cellulare 353/787142 / casa 081.7583.1865')).toEqual(['353/787142', '081.7583.1865']);
    expect(phones('Scores 2023/2024 and 353/787142 runs')).toEqual([]);
  });

  it('reads plural labels and the MSISDN', () => {
    expect(phones('Teléfonos: 683 219 615, 96 322 06 99')).toEqual(['683 219 615', '96 322 06 99']);
    expect(phones('MSISDN: 675 28 81 90')).toEqual(['675 28 81 90']);
  });

  it('takes a number between a name and an e-mail address, separated by commas', () => {
    expect(phones('  - Simone Bruno, 3957033099, simonebruno@libero.it')).toEqual(['3957033099']);
    expect(phones('Order 2261544387, shipped, ops@acme.io')).toEqual([]);
  });
});

describe('numbers in the country of another number of the same text', () => {
  it('takes a call list\'s national numbers once one row gives the country code', () => {
    const pt = 'Data  Hora  Número  Duração  Valor\n06/03  07:26  928-962-893  40:57  0,00\n17/03  08:01  +351 939 552 917  03:37  0,00\n16/03  21:12  933078247  34:22  3,32 €';
    expect(phones(pt)).toEqual(['928-962-893', '+351 939 552 917', '933078247']);
    const es = 'Fecha\tHora\tNúmero\tDuración\n20/02\t10:50\t968 16 68 70\t38:31\n19/02\t10:17\t+34719480389\t21:02';
    expect(phones(es)).toEqual(['968 16 68 70', '+34719480389']);
  });

  it('takes a roster\'s numbers written both ways', () => {
    const roster = '- Lun: Pablo Molina (690 504 660)\n- Mar: Lucía Prieto (+34 652 652 744)\n- Mié: Raúl Ortega (670559931)';
    expect(phones(roster)).toEqual(['690 504 660', '+34 652 652 744', '670559931']);
  });

  it('leaves the same digits alone without a number from that country, or with a word against them', () => {
    expect(phones('06/03  07:26  928-962-893  40:57  0,00\n16/03  21:12  933078247  34:22  3,32 €')).toEqual([]);
    expect(phones('Itemised calls – account 821564092\nCalls: +351 939 552 917')).toEqual(['+351 939 552 917']);
    expect(phones('NIF: 209528109\nTelemóvel: +351 939 552 917')).toEqual(['+351 939 552 917']);
    expect(phones('Schadenmeldung — 2025-1335\nRückfragen: +49 30 396356-94')).toEqual(['+49 30 396356-94']);
    expect(phones('Kontonummer: 3487348530\nBLZ: 358 708 91\nRückfragen: +49 30 396356-94')).toEqual(['+49 30 396356-94']);
  });

  it('lends no North American country: ten digits with an area code are as often an invoice number', () => {
    expect(phones('Call +1 415 555 0199 about ticket 4155550123 please')).toEqual(['+1 415 555 0199']);
  });
});

describe('German area codes before a spaced slash, Spanish dotted numbers, and an e-mail offered instead', () => {
  it('reads the whole number when the area code stands before " / "', () => {
    expect(phones('Mobil:   0171 / 295 19 61\nE-Mail:  hoffmann@example.de')).toEqual(['0171 / 295 19 61']);
    expect(phones('- Camila Haddad, 0151 / 70 42 04 10, camila@example.org')).toEqual(['0151 / 70 42 04 10']);
    expect(phones('Rufnummer: 0221 / 418 36 89')).toEqual(['0221 / 418 36 89']);
  });

  it('leaves fractions and month-year pairs with a slash alone', () => {
    expect(phones('Gültig bis 01 / 2027, Rabatt 05 / 10 Stück')).toEqual([]);
  });

  it('takes a dotted number whose parts are not all octets, and leaves addresses to the IP detector', () => {
    expect(phones('Catering: 91.591.12.01 (contacto@example.es)')).toEqual(['91.591.12.01']);
    expect(valuesOf('Servidor: 91.121.12.201', 'ip_address')).toEqual(['91.121.12.201']);
    expect(phones('Servidor: 91.121.12.201')).toEqual([]);
  });

  it('takes a number followed by an e-mail address offered instead', () => {
    expect(phones('Davide Colombo: 320138498 oppure davide-colombo@example.it')).toEqual(['320138498']);
    expect(phones('Jakub Pawlak: 697-448-188 lub jakub@example.pl')).toEqual(['697-448-188']);
    expect(phones('or to Ashley Mendoza on 8322627476 / ashley@example.com.')).toEqual(['8322627476']);
    expect(phones('Invoice 320138498 was sent to billing@example.com')).toEqual([]);
  });
});

describe('a number right after a person\'s name', () => {
  it('takes a number valid in a country we read after a name that opens with a given name', () => {
    expect(phones('GP: Dr Emil Pedersen, 91653043')).toEqual(['91653043']);
    expect(phones('13:00 · 6 pax · Ilse Hendriks · 06-65910903')).toEqual(['06-65910903']);
    expect(phones('or my daughter Divya Kulkarni on 9909216458.')).toEqual(['9909216458']);
    expect(phones('Handed over by: Ananya Verma (83775 25325)')).toEqual(['83775 25325']);
  });

  it('leaves numbers after words that are no name, numbers valid nowhere, and numbers a word speaks against', () => {
    expect(phones('Invoice Total, 91653043')).toEqual([]);
    expect(phones('Maria Lopez, 12345678')).toEqual([]);
    expect(phones('Anna Schmidt, order 91653043')).toEqual([]);
    // A drug code after the prescriber, and a number without the trunk zero its countries all write.
    expect(phones('│ Dr. Hector Holloway   55107-6679-35   Discard after: June 16, 2027')).toEqual([]);
  });

  it('reads a list of names and numbers in columns, surname first or not', () => {
    const choir = '  Petr Král  642 688 319  petr.kral88@seznam.cz\n  Jelínek, Pavel  653 490 178  pavel.jelinek@centrum.cz';
    expect(phones(choir)).toEqual(['642 688 319', '653 490 178']);
  });
});

describe('numbers in SIP and Asterisk records', () => {
  it('reads the E.164 user of a SIP URI as a phone, not an e-mail address', () => {
    const invite = 'To: <sip:+35883864120@sip.riverbendtel.fi>\nFrom: "Aino Virtanen" <sip:+358456515634@sip.riverbendtel.fi>;tag=29';
    expect(phones(invite)).toEqual(['+35883864120', '+358456515634']);
    expect(valuesOf(invite, 'email')).toEqual([]);
    expect(valuesOf('Reach me at sip:anna.berg@example.com', 'email')).toEqual(['anna.berg@example.com']);
  });

  it('reads the number an Asterisk dial string dials', () => {
    expect(phones('"Dial","PJSIP/+4773997879,60","2023-02-11 11:56:20"')).toEqual(['+4773997879']);
    expect(phones('"PJSIP/trunk-f07eb50d","PJSIP/158-44988bf4"')).toEqual([]);
  });
});
