import { describe, expect, it } from 'vitest';
import { scanText } from '../../../utils/detection';
import { typesAt, valuesOf } from '../../fixtures/pii/findings';

describe('month names of Swedish, Danish and Polish dates', () => {
  it('reads them in dates of birth, and leaves a Polish given name spelt like a month alone', () => {
    const form = 'Pacjent: Agnieszka Szymańska\nData urodzenia: 3 sierpnia 1984\nWizyta: 12 maja 2026';
    expect(typesAt(form, '3 sierpnia 1984')).toEqual(['date_of_birth']);
    expect(typesAt(form, '12 maja 2026')).toEqual([]);
    expect(typesAt('Fødselsdato: 14. marts 1979', '14. marts 1979')).toEqual(['date_of_birth']);
    expect(typesAt('uppgifter: Maja Andersson, född 14 augusti 1999', '14 augusti 1999')).toEqual(['date_of_birth']);
    expect(typesAt('Maja Andersson ringde igår', 'Maja Andersson')).toEqual(['person_name']);
  });
});

describe('a tab ends a table cell', () => {
  it('keeps the year of a date in the cell before out of the next cell\'s street', () => {
    const row = 'Nome\tNato il\tIndirizzo\nFerrara\t04/12/1967\tVia Mazzini 41, 50147 Firenze (FI)';
    const streets = valuesOf(row, 'street_address');
    expect(streets).toEqual(['Via Mazzini 41, 50147 Firenze (FI)']);
  });
});

describe('French repeat numbers and flat abbreviations', () => {
  it('keeps "bis" and "ter" with the house number, and the flat and the city in the address', () => {
    for (const address of ['65 ter rue des Lilas, Bât. C, 59002 LILLE', '15 ter avenue de la République, appt 26, 31008 Toulouse', '36bis rue des Lilas, 75011 Paris']) {
      const text = `Adresse : ${address}\nTéléphone : 03 98 32 12 25`;
      const streets = valuesOf(text, 'street_address');
      expect(streets).toEqual([address]);
    }
  });

  it('does not read "ter" or "bis" in prose as part of a street', () => {
    expect(scanText('Il a gagné 3 fois, bis repetita, rue de la Paix est chère au Monopoly.').filter((f) => f.type === 'street_address')).toEqual([]);
  });
});

describe('floors and doors between the house number and the postcode', () => {
  it('takes the whole address through to the place, which is then no person', () => {
    for (const address of ['Vesterbrogade 137, 2. th., 2000 Frederiksberg', 'Calle Mayor 166, 2-2, 29083 Málaga', 'Rua Augusta, 286, 6.º Dto., 4737-675 Braga', '3755 N Sunset Blvd #906, Brooklyn, NY 11279']) {
      const text = `{"billingAddress": "${address}", "tier": "gold"}`;
      const found = scanText(text).filter((f) => f.category === 'pii').map((f) => [f.type, text.slice(f.start, f.end)]);
      expect(found).toEqual([['street_address', address]]);
    }
  });

  it('keeps a small number after an address that no postcode follows out of it', () => {
    const text = 'Meet at Calle Mayor 166, 12 people are coming.';
    const streets = valuesOf(text, 'street_address');
    expect(streets.every((s) => !s.includes('12'))).toBe(true);
  });
});

describe('Indian addresses', () => {
  it('reads the PIN after an en dash as after a hyphen', () => {
    for (const dash of ['-', '–']) {
      const address = `No. 194, 5th Cross, Indiranagar, Bengaluru ${dash} 560038`;
      const text = `Ship to: ${address}`;
      expect(valuesOf(text, 'street_address')).toEqual([address]);
    }
  });
});

describe('dates of birth as bookings and code write them', () => {
  it('reads the airline form of a date under a birth label', () => {
    const pnr = 'Passager 1: LEGOFF/NICOLAS MR\n   Date de naissance: 14DEC57\n   Passeport: 40SP56867';
    expect(typesAt(pnr, '14DEC57')).toEqual(['date_of_birth']);
    expect(typesAt('Flight BA117 departs 14DEC25 at 10:40', '14DEC25')).toEqual([]);
  });

  it('reads a date constructor\'s arguments under a birth key, not in test cases', () => {
    const repr = "Customer(name='Ana Reis', birth_date=datetime.date(1950, 2, 28), joined=datetime.date(2020, 5, 1))";
    expect(valuesOf(repr, 'date_of_birth')).toEqual(['1950, 2, 28']);
    const tests = 'It gives the wrong answer near birthdays. Test cases:\nage(date(2000, 2, 29), today=date(2023, 2, 28)) -> 22';
    expect(valuesOf(tests, 'date_of_birth')).toEqual([]);
  });
});

describe("driver's licence, passport and tax-number labels of other countries", () => {
  it('reads the numbered labels and the licence names of French, Dutch, German, Brazilian and Nordic forms', () => {
    expect(typesAt('né(e) le 20/04/2003, n° de permis 61VD47431', '61VD47431')).toEqual(['drivers_license']);
    expect(typesAt('geb. 19-12-1980, rijbewijsnr. 7221410074', '7221410074')).toEqual(['drivers_license']);
    expect(typesAt('- [x] Führerscheinkopie liegt vor (G627HJML2ER)', 'G627HJML2ER')).toEqual(['drivers_license']);
    expect(typesAt('Körkortsnummer: 77359888   Giltigt till: 2030-12-30', '77359888')).toEqual(['drivers_license']);
  });

  it('reads the Danish and Finnish passport number labels', () => {
    expect(typesAt('[25/01/2024, 09:22:39] Mikkel: send mig dit pasnummer\n[25/01/2024, 09:22:33] Mads: 44757734', '44757734')).toEqual(['passport_number']);
    expect(typesAt('Passin numero: FP2896185', 'FP2896185')).toEqual(['passport_number']);
  });

  it('reads the short German name of the tax ID', () => {
    expect(typesAt('Identität geprüft: Steuer-Identnummer 19 674 823 457. (SS)', '19 674 823 457')).toEqual(['de_tax_id']);
  });

  it('leaves a permit that is no licence alone', () => {
    expect(typesAt('Le permis de construire PC0751 est accordé', 'PC0751')).toEqual([]);
  });
});

describe('dates of birth of relatives, in helpdesk chats and in headers', () => {
  it('reads the date after a relative\'s name on a line labelled with the relation', () => {
    const memo = 'Spouse/partner: Tristan Nakamura (April 21, 1994)\nKinder: Birgit Sommer 22.11.2015; Matthias Sommer 2020-06-23';
    expect(valuesOf(memo, 'date_of_birth')).toEqual(['April 21, 1994', '22.11.2015', '2020-06-23']);
  });

  it('leaves other dates on such a line alone', () => {
    expect(valuesOf('Partner: Acme Ltd, contract signed 12/03/2024\nChildren: see the meeting on 04/05/2024', 'date_of_birth')).toEqual([]);
  });

  it('reads an answer with a short lead-in, in a helpdesk export stamped with ISO dates', () => {
    const chat = '[2025-03-28 16:40] Kirsty: And your date of birth?\n[2025-03-28 16:44] Freya Kaur: It\'s 10 March 1952\n[2025-03-28 16:51] Kirsty: thanks';
    expect(valuesOf(chat, 'date_of_birth')).toEqual(['10 March 1952']);
  });

  it('reads "Nascimento" and "Geb.datum" as birth labels', () => {
    expect(valuesOf('Aluno(a)\tNascimento\tResponsável\nLarissa Barbosa\t09-09-2016\tJéssica Barbosa\nBruno Barbosa\t25/08/2017\tLetícia Barbosa', 'date_of_birth')).toEqual(['09-09-2016', '25/08/2017']);
    expect(valuesOf('1. Anouk Kok (Geb.datum 06-06-2016) – Maarten Kok', 'date_of_birth')).toEqual(['06-06-2016']);
  });
});

describe('dates of birth in tables aligned with spaces', () => {
  it('reads a date under a birth column, and not one under another date column', () => {
    const manifest = [
      'RUN 5521   collected 03/11/2025',
      'TUBE ID    PATIENT                 GEBURTSDATUM  ENTNAHME     STATION',
      'T4410027   OYELARAN Funmilayo      1979-02-14    2025-11-03   4B',
      'T4410033   HEINONEN Aapo           2011-06-30 K  2025-11-03   2C',
    ].join('\n');
    expect(valuesOf(manifest, 'date_of_birth')).toEqual(['1979-02-14', '2011-06-30']);
  });

  it('reads Czech and Slovak dates, written with a space after each dot', () => {
    expect(valuesOf('Žadatel: Pavla Dvořáková\nDatum narození: 3. 11. 1984\nPodáno: 2. 5. 2025', 'date_of_birth')).toEqual(['3. 11. 1984']);
    expect(valuesOf('Dátum narodenia: 31. 13. 1984', 'date_of_birth')).toEqual([]);
  });

  it('reads the dates SAS prints under its variable names, and a DataFrame column named in snake case', () => {
    const sas = '  Obs    NOM         PRENOM      DATNAIS      SEXE\n    1    MARCHETTI   LOUISON     04FEB1971    M\n    2    ABADIE      NINON       29OCT2003    F';
    expect(valuesOf(sas, 'date_of_birth')).toEqual(['04FEB1971', '29OCT2003']);
    const df = '   nombre   apellidos     fecha_nac   ciudad\n0  Irene    Soler Vidal   1987-12-03  Elche\n1  Tomás    Pardo Ruiz    2001-04-17  Lugo';
    expect(valuesOf(df, 'date_of_birth')).toEqual(['1987-12-03', '2001-04-17']);
  });

  it('reads a date stored as a midnight timestamp under a birth key, and no other timestamp', () => {
    const doc = '{\n\t"dob" : ISODate("1968-04-30T00:00:00Z"),\n\t"created" : ISODate("2024-02-11T00:00:00Z"),\n\t"birthDate" : ISODate("1971-09-02T14:35:00Z")\n}';
    expect(valuesOf(doc, 'date_of_birth')).toEqual(['1968-04-30']);
  });

  it('leaves the dates of an aligned table without a birth column alone', () => {
    const log = 'DATE         HOST        STATUS\n2025-11-03   web-04      ok\n1999-12-31   legacy-01   retired';
    expect(valuesOf(log, 'date_of_birth')).toEqual([]);
  });
});

describe('dates of birth where a record format puts them', () => {
  it('reads HL7 PID-7, X12 DMG, DICOM (0010,0030) and a GEDCOM BIRT date', () => {
    const hl7 = 'MSH|^~\\&|ADT|H|||202511250830||ADT^A04|1|P|2.5\rPID|1||55501^^^MRN||OKAFOR^CHIDI||19870314|M|||9 Elm Road^^Leeds||0113 496 0000\r';
    expect(typesAt(hl7, '19870314')).toEqual(['date_of_birth']);
    // The message's own timestamp in MSH-7 is no birth date.
    expect(typesAt(hl7, '202511250830')).toEqual([]);
    expect(typesAt('NM1*IL*1*NOVAK*PETRA~DMG*D8*19620907*F~DTP*356*D8*20250101~', '19620907')).toEqual(['date_of_birth']);
    expect(typesAt('NM1*IL*1*NOVAK*PETRA~DMG*D8*19620907*F~DTP*356*D8*20250101~', '20250101')).toEqual([]);
    const dicom = '(0008,0020) DA [20251003]   #   StudyDate\n(0010,0030) DA [19750521]   #   PatientBirthDate';
    expect(typesAt(dicom, '19750521')).toEqual(['date_of_birth']);
    expect(typesAt(dicom, '20251003')).toEqual([]);
    const gedcom = '0 @I7@ INDI\n1 NAME Ilse /Brandt/\n1 BIRT\n2 DATE 3 FEB 1921\n2 PLAC Bremen\n1 DEAT\n2 DATE 11 NOV 1999';
    expect(typesAt(gedcom, '3 FEB 1921')).toEqual(['date_of_birth']);
    expect(typesAt(gedcom, '11 NOV 1999')).not.toContain('date_of_birth');
  });

  it('leaves a compact date that is no calendar date, and a PID segment too short for PID-7', () => {
    expect(typesAt('DMG*D8*19621307*F~', '19621307')).toEqual([]);
    expect(typesAt('PID|1||55501||19870314', '19870314')).toEqual([]);
  });
});

describe('a street type in capitals after a number', () => {
  it('is a record tag before a name that is not in capitals, and a street on a postal line in capitals', () => {
    expect(typesAt('1 BIRT\n2 DATE 3 FEB 1921\n2 PLAC Bremen\n1 DEAT', 'PLAC Bremen')).toEqual([]);
    expect(typesAt('Adres: 2 PLAC ZAMKOWY, 00-277 WARSZAWA', 'PLAC ZAMKOWY')).toEqual(['street_address']);
    expect(typesAt('Adres: plac Zamkowy 1, 00-277 Warszawa', 'plac Zamkowy 1')).toEqual(['street_address']);
    expect(typesAt('Envoyer au 12 RUE DE LA PAIX, 75002 PARIS', 'RUE DE LA PAIX')).toEqual(['street_address']);
  });
});

describe('an identifier that a record format names', () => {
  it('reads the NM1 identifier of an X12 enrollment as a Social Security number when its qualifier is 34', () => {
    const x12 = 'INS*Y*18*021*28*A***FT~REF*0F*517094111~NM1*IL*1*NASSER*YOUSSEF****34*517094111~DMG*D8*19501103*F~';
    const ssnAt = x12.lastIndexOf('517094111');
    expect(scanText(x12).filter((f) => f.type === 'us_ssn').map((f) => f.start)).toEqual([ssnAt]);
    // Another qualifier (ZZ: mutually defined) names another identifier; an impossible SSN stays none.
    expect(typesAt('NM1*IL*1*NASSER*YOUSSEF****ZZ*517094111~', '517094111')).toEqual([]);
    expect(typesAt('NM1*IL*1*NASSER*YOUSSEF****34*900094111~', '900094111')).toEqual([]);
  });

  it('reads the number and the birth date in a passport\'s machine-readable zone when their check digits hold', () => {
    const firstLine = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<';
    const scan = `OCR of the data page:\n${firstLine}\nL898902C36UTO7408122F1204159ZE184226B<<<<<10`;
    expect(typesAt(scan, 'L898902C3')).toEqual(['passport_number']);
    expect(typesAt(scan, '740812')).toEqual(['date_of_birth']);
    // A number shorter than nine is filled out with "<", which is not part of it.
    expect(valuesOf(`${firstLine}\r\nAB123<<<<7UTO7408122F1204159<<<<<<<<<<<<<<00`, 'passport_number')).toEqual(['AB123']);
    // A check digit that does not hold, a second line alone, and an ID card's zone (first line I<) stay clean.
    expect(valuesOf(`${firstLine}\nL898902C35UTO7408122F1204159ZE184226B<<<<<10`, 'passport_number')).toEqual([]);
    expect(valuesOf('L898902C36UTO7408122F1204159ZE184226B<<<<<10', 'passport_number')).toEqual([]);
    expect(valuesOf(`I${firstLine.slice(1)}\nL898902C36UTO7408122F1204159ZE184226B<<<<<10`, 'passport_number')).toEqual([]);
  });
});

describe('postcodes of digits in two groups (Czech, Slovak, Swedish, Greek "120 00")', () => {
  it('end an address after a street with the two Czech house numbers, or a street of two words', () => {
    expect(valuesOf('Adresa: Lidická 2803/50, 170 31 Praha 7', 'street_address')).toEqual(['Lidická 2803/50, 170 31 Praha 7']);
    expect(valuesOf('Tuan Tran — Vinohradská 279/27, 602 00 Brno\nDalší řádek', 'street_address')).toEqual(['Vinohradská 279/27, 602 00 Brno']);
    expect(valuesOf('Adress: Södra Förstadsgatan 96, 411 30 Göteborg', 'street_address')).toEqual(['Södra Förstadsgatan 96, 411 30 Göteborg']);
    // A record tag in capitals before the street is not part of it.
    expect(valuesOf('1 RESI\n2 ADDR Korunní 655/13, 602 00 Brno\n2 EMAIL x', 'street_address')).toEqual(['Korunní 655/13, 602 00 Brno']);
  });

  it('leave one word and a plain number, an amount in a currency, and a phone number in groups alone', () => {
    expect(valuesOf('Tabulka: Praha 12, 100 00 Kč', 'street_address')).toEqual([]);
    expect(valuesOf('Order 4411/2, 500 00 EUR', 'street_address')).toEqual([]);
    const card = 'Paula Bjelajac\n11 Eriksbo Västergärde 98\n Suite 568\n ANGERED\n089 72 63 41 office';
    expect(valuesOf(card, 'phone')).toEqual(['089 72 63 41']);
  });
});

describe('the Czech pair of house numbers, Australian street abbreviations, and mailing labels one under another', () => {
  it('reads "Lidická 1732/13" under an address key or label, but not a numbered reference', () => {
    expect(valuesOf('customer:\n  name: "Jana Nová"\n  street: "Nádražní 2208/23"\n  city: "Praha"', 'street_address')).toEqual(['Nádražní 2208/23']);
    expect(valuesOf('Adresa: Lidická 1732/13', 'street_address')).toEqual(['Lidická 1732/13']);
    expect(valuesOf('Adresa doplněna, Smlouva č. 12/3 podepsána', 'street_address')).toEqual([]);
    expect(valuesOf('Address: Catalogue no. 6064/777, colour RAL 7016', 'street_address')).toEqual([]);
  });

  it('knows Tce, Pde and Cct', () => {
    expect(valuesOf('address="7/4 Marine Tce, Norwood SA 5067"', 'street_address')).toEqual(['7/4 Marine Tce, Norwood SA 5067']);
    expect(valuesOf('Deliver to 3 Banksia Cct, Kambah ACT 2902 please', 'street_address')).toEqual(['3 Banksia Cct, Kambah ACT 2902']);
  });

  it('ends an address at a blank line unless the line after it ends in a postcode', () => {
    const labels = 'Ms Isla Campbell\n23 Ocean View Pde\nFremantle WA 6160\n\nDr Mei Rossi\n23 Banksia Ave\nFitzroy VIC 3065\n';
    expect(valuesOf(labels, 'street_address')).toEqual(['23 Ocean View Pde\nFremantle WA 6160', '23 Banksia Ave\nFitzroy VIC 3065']);
    expect(valuesOf(labels, 'person_name')).toEqual(['Ms Isla Campbell', 'Dr Mei Rossi']);
    expect(valuesOf('Erica Kerr\n\n96 Salontie 19\n Suite 290\n HUMPPILA\n\n Oman 92227', 'street_address')).toEqual(['96 Salontie 19\n Suite 290\n HUMPPILA\n\n Oman 92227']);
  });
});

describe('a French street after a name, and its postcode on the next line', () => {
  it('keeps the name out of the address when the street type follows the house number', () => {
    const text = 'Marc Dubois, 65 rue Nationale, 69007 Lyon';
    expect(valuesOf(text, 'street_address')).toEqual(['65 rue Nationale, 69007 Lyon']);
    expect(valuesOf(text, 'person_name')).toEqual(['Marc Dubois']);
    // A building or a named residence before the number is part of the address.
    expect(valuesOf('Ma nouvelle adresse est Bât. B, 51 rue Pasteur, 13010 Marseille.', 'street_address')).toEqual(['Bât. B, 51 rue Pasteur, 13010 Marseille']);
    expect(valuesOf('Résidence Les Pins, 12 rue des Lilas, 13010 Marseille', 'street_address')).toEqual(['Résidence Les Pins, 12 rue des Lilas, 13010 Marseille']);
  });

  it('takes the place after a postcode that starts its own line', () => {
    expect(valuesOf('Sophie Dupuis\n65 bis rue Nationale\n69007 Lyon\n\nAurélie Roux', 'street_address')).toEqual(['65 bis rue Nationale\n69007 Lyon']);
    expect(valuesOf('JULIETTE BLANCHARD\n111 RUE DU MOULIN\n75004 PARIS\n:59:/IE46AIBK90001721635676', 'street_address')).toEqual(['111 RUE DU MOULIN\n75004 PARIS']);
  });
});

describe('dates of birth in Polish, Czech and Finnish, in an R tibble and in an IRC log', () => {
  it('reads "ur." and month names in the genitive or partitive', () => {
    expect(valuesOf('Właściciel: WOŹNIAK Małgorzata\n  ur. 09.02.2001\n  Adres: ul. Długa 171/44', 'date_of_birth')).toEqual(['09.02.2001']);
    expect(valuesOf('Zuzana Svobodová\nnar. 1. června 2003 v Plzni', 'date_of_birth')).toEqual(['1. června 2003']);
    expect(valuesOf('Minä, Maria Niemi, syntynyt 11. tammikuuta 1939, osoite', 'date_of_birth')).toEqual(['11. tammikuuta 1939']);
    expect(valuesOf('Születési idő: 1988. 04. 14.\nLakcím: 4024 Debrecen', 'date_of_birth')).toEqual(['1988. 04. 14.']);
    expect(valuesOf('  Data nașterii: 07.09.1976\n  Adresă: Str. Memorandumului nr. 96', 'date_of_birth')).toEqual(['07.09.1976']);
    expect(valuesOf('  Datum rođenja: 9. 3. 1997.\n  Državljanstvo: NL', 'date_of_birth')).toEqual(['9. 3. 1997.']);
    expect(valuesOf('Jonas ist am 24. November 1972 geboren – also ein runder Geburtstag!', 'date_of_birth')).toEqual(['24. November 1972']);
    // "ur." inside a word is no birth word.
    expect(valuesOf('Check your. 09.02.2001 was the release date', 'date_of_birth')).toEqual([]);
  });

  it('reads the header of a tibble above the line of column types', () => {
    const tibble = '  name            dob         phone\n  <chr>           <date>      <chr>\n1 Sara Romano     1961-01-25  366 561 6093\n2 Martina Gallo   1993-04-07  +39 333-8917991';
    expect(valuesOf(tibble, 'date_of_birth')).toEqual(['1961-01-25', '1993-04-07']);
    // Under another header the dates are of something else, a birth word elsewhere in the text notwithstanding.
    const joined = `No birth dates in this export.\n${tibble.replace('dob  ', 'joined')}`;
    expect(valuesOf(joined, 'date_of_birth')).toEqual([]);
  });

  it('takes the turn before an IRC answer as its question', () => {
    const log = '[22:20] <mod_kai> and the DOB for verification? (pm is better next time)\n[22:27] <guest4821> 2006-11-08\n';
    expect(valuesOf(log, 'date_of_birth')).toEqual(['2006-11-08']);
    // The turn before asks something else: the DOB two turns up is not what this answers.
    const other = log.replace('\n[22:27]', '\n[22:21] <mod_kai> and when did the outage start?\n[22:27]');
    expect(valuesOf(other, 'date_of_birth')).toEqual([]);
  });
});

describe('dates and times that follow street-like words', () => {
  it('reads a letter\'s date line as a date, not a street and its number', () => {
    const letter = 'Emma Kavanagh\n8364 E 7th Ave Apt 19\nBoston, MA 02103\n\nDecember 14, 2025\n\nDear Ms Pemberton,';
    expect(valuesOf(letter, 'street_address')).toEqual(['8364 E 7th Ave Apt 19\nBoston, MA 02103']);
    expect(valuesOf('SSN: 547-50-6684\nPurchased July 15, 2024 for 1734,00 €', 'street_address')).toEqual([]);
  });

  it('does not take a number on the next line, or a time, as the house number of a glued street name', () => {
    expect(valuesOf('XST: Vesterbrogade\n14:37:40  RP states pt Signe Andersen', 'street_address')).toEqual([]);
    const label = 'Mr Liam Ngata\n89 Riddiford Street\nPonsonby, Auckland 1011';
    expect(valuesOf(label, 'street_address')).toEqual(['89 Riddiford Street\nPonsonby, Auckland 1011']);
    expect(valuesOf(label, 'person_name')).toEqual(['Mr Liam Ngata']);
    expect(valuesOf('Adresse: Vesterbrogade 14, 1620 København V', 'street_address')).toEqual(['Vesterbrogade 14, 1620 København V']);
  });
});

describe('a visa form\'s travel document, and numbers that are no phone', () => {
  it('reads the number of the travel document as a passport number, in the form\'s languages', () => {
    expect(valuesOf('13. Number of travel document: 803213986\n17. Applicant\'s home address', 'passport_number')).toEqual(['803213986']);
    expect(valuesOf('13. Nummer des Reisedokuments: F54650676', 'passport_number')).toEqual(['F54650676']);
    expect(valuesOf('13. Number of travel document: 803213986', 'phone')).toEqual([]);
  });

  it('leaves a vessel\'s MMSI and a booking confirmation alone', () => {
    expect(valuesOf('Berth;Vessel;MMSI;Owner;Phone\nE30;Gabbiano;265882966;Saga Karlsson;+46 70 711 49 01', 'phone')).toEqual(['+46 70 711 49 01']);
    expect(valuesOf('Room 236   Arrival 11.07.2025   Conf. 88779104\nTel: +45 32 01 78 00', 'phone')).toEqual(['+45 32 01 78 00']);
  });
});

describe('phone fields of record formats', () => {
  it('reads X12 PER numbers by qualifier, EDIFACT COM numbers by kind and DICOM PatientTelephoneNumbers', () => {
    const per = 'NM1*IL*1*LAWSON*ERIN~PER*IP**HP*6175320696*EM*lawson.erin@outlook.com*CP*8578108599~';
    expect(valuesOf(per, 'phone')).toEqual(['6175320696', '8578108599']);
    const edifact = "NAD+BY+++NOWAK:ANNA+ULICA DLUGA 5'\nCOM+0732220615:TE'\nCOM+anna.nowak@example.pl:EM'";
    expect(valuesOf(edifact, 'phone')).toEqual(['0732220615']);
    // The segment's tag is not part of the address.
    expect(valuesOf(edifact, 'email')).toEqual(['anna.nowak@example.pl']);
    expect(valuesOf('(0010,2154) SH [07724622002]            #  PatientTelephoneNumbers', 'phone')).toEqual(['07724622002']);
  });

  it('leaves a number too short for a phone, and other qualifiers, alone', () => {
    expect(valuesOf('PER*IC*JOHN*TE*12~', 'phone')).toEqual([]);
    expect(valuesOf("COM+12345:TE'", 'phone')).toEqual([]);
    expect(valuesOf('REF*0F*517094111~PER*IC**ZZ*6175320696~', 'phone')).toEqual([]);
  });
});

describe('names where a record format puts them', () => {
  it('reads HL7 PID-5, NK1-2 and a PV1 doctor as whole names, and any DICOM value of representation PN', () => {
    const hl7 = 'MSH|^~\\&|ADT|H|||202511250830||ADT^A04|1|P|2.5\rPID|1||3860988^^^MRN||SCHMIDT^JULIA||19760825|F\rNK1|1|SCHMIDT^PETER^K|SPO\rPV1|1|O|OPD^198^1|||||843623^LEHMANN^ANNA^^^DR\r';
    expect(valuesOf(hl7, 'person_name')).toEqual(['SCHMIDT^JULIA', 'SCHMIDT^PETER^K', 'LEHMANN^ANNA']);
    const dicom = '(0008,0090) PN [LAINE^SATU^^Dr]   #  ReferringPhysicianName\n(0010,0010) PN [DOE^JOHN]   #  PatientName\n(0008,0070) LO [ACME^SCANNER]   #  Manufacturer';
    expect(valuesOf(dicom, 'person_name')).toEqual(['LAINE^SATU^^Dr', 'DOE^JOHN']);
  });

  it('leaves identifiers with components, and other segments, alone', () => {
    // PID-3 holds identifiers (digits), MSH-9 the message type: neither is a name.
    const hl7 = 'MSH|^~\\&|ADT|H|||202511250830||ADT^A04|1|P|2.5\rPID|1||3860988^^^MRN||||19760825|F\r';
    expect(valuesOf(hl7, 'person_name')).toEqual([]);
  });
});

describe('an airline booking record (PNR)', () => {
  const pnr = [
    'RP/STOA22415/STOA22415            AA/SU  18NOV25/1428Z   Y5TUTT',
    '  1.NILSSON/ERIK MR   2.NILSSON/INGRID MRS',
    '  3  AY 0831 Y 13MAR 5 STOLAX HK2  0715 0920  E  Y5TUTT',
    '  8 SSR DOCS AY HK1 P/SWE/01011856/SWE/12AUG65/M/10MAR31/NILSSON/ERIK/P1',
    '  10 SSR CTCM AY HK1/46730398149/P1',
    '  11 FP CCVI4200196491197733/1127*CV',
  ].join('\n');

  it('reads the name elements, the SSR DOCS passport, birth date and name, the CTCM phone and the card in the form of payment', () => {
    expect(valuesOf(pnr, 'person_name')).toEqual(['NILSSON/ERIK', 'NILSSON/INGRID', 'NILSSON/ERIK']);
    expect(valuesOf(pnr, 'passport_number')).toEqual(['01011856']);
    expect(valuesOf(pnr, 'date_of_birth')).toEqual(['12AUG65']);
    expect(valuesOf(pnr, 'phone')).toContain('46730398149');
    expect(valuesOf(pnr, 'credit_card')).toEqual(['4200196491197733']);
  });

  it('leaves a card number that fails Luhn, and an identity card in SSR DOCS, alone', () => {
    expect(valuesOf(pnr.replace('4200196491197733', '4200196491197734'), 'credit_card')).toEqual([]);
    expect(valuesOf(pnr.replace('HK1 P/SWE', 'HK1 I/SWE'), 'passport_number')).toEqual([]);
  });
});

