import { describe, expect, it } from 'vitest';
import { scanText } from '../../../utils/detection/index';
import { valuesOf } from '../../fixtures/pii/findings';
import { piiPersonDetector } from '../../../utils/detection/detectors/pii-person';

// Name shapes beyond "First Last" in English prose: role words, middle and trailing initials,
// names in capitals, honorifics of other languages, listed surnames, accents written or not,
// and table rows where an address must not swallow the next row's name.

const spans = (text: string, type = 'person_name'): string[] =>
  piiPersonDetector
    .detect({ text, lower: text.toLowerCase() })
    .filter((f) => f.type === type)
    .map((f) => text.slice(f.start, f.end));

describe('person names', () => {
  it.each([
    ['Employee Agata Wrona asked for a new laptop.', 'Agata Wrona'],
    ['Candidate Rohan Kapoor starts on Monday.', 'Rohan Kapoor'],
    ['Patient Joaquín Ibarra was discharged.', 'Joaquín Ibarra'],
  ])('a capitalised role word before a name is not part of it: %j', (text, name) => {
    expect(spans(text)).toEqual([name]);
  });

  it.each(['Patient Safety Report for the third quarter', 'Customer Service is closed on Sundays', 'Employee Handbook 2025', 'Client Portal login'])(
    'a role word opening a title does not make the title a person: %j',
    (text) => {
      expect(spans(text)).toEqual([]);
    },
  );

  it('reads a name that opens a single-quoted string (SQL VALUES, a Python list), not one after an elision', () => {
    expect(spans("INSERT INTO staff (name, email) VALUES ('Halina Wójcik', 'hw@corp.example'), ('Tomasz Lis', 'tl@corp.example');")).toEqual(['Halina Wójcik', 'Tomasz Lis']);
    expect(spans("reviewers = ['Ines Carvalho', 'Bram de Wit']")).toEqual(['Ines Carvalho', 'Bram de Wit']);
    expect(spans("Elle travaille chez l'Oréal depuis mars.")).toEqual([]);
  });

  it('reads relations and form roles written as field labels as name cues', () => {
    expect(spans('Line manager: Anneliese Koch')).toEqual(['Anneliese Koch']);
    // A bare "Manager:" ends software labels as often.
    expect(spans('Display Manager: Sddm\nPackage Manager: Pacman\nReviewer: Renovate')).toEqual([]);
    expect(spans('Reports to: Xanthe Quellbrook')).toEqual(['Xanthe Quellbrook']);
    expect(spans('Reviewer: Security Team\nApprover: Finance Department')).toEqual([]);
    expect(spans('Manager: Facilities\nSupervisor: Night Shift\nContact: Payroll Office')).toEqual([]);
  });

  it('keeps a middle initial inside the name and takes a trailing one', () => {
    expect(spans('Name: Teodor P. Lindqvist, room 4')).toEqual(['Teodor P. Lindqvist']);
    expect(spans('my name is Frances T. and I need help')).toEqual(['Frances T.']);
    // An initial followed by a word is a middle initial, not the end of the name.
    expect(spans('Thanks, Marcus J. Whitfield')).toEqual(['Marcus J. Whitfield']);
  });

  it('reads "Surname, Given" as one name, so redaction leaves no surname behind', () => {
    expect(spans('Please process the final paycheck for Braun, Margaret. Home address on file.')).toEqual(['Braun, Margaret']);
    expect(spans('Smith, John (DOB 1990-02-03)')).toEqual(['Smith, John']);
    // A two-word surname found on its own joins the given name instead of dropping it.
    expect(spans('Contacts:\n2. Fernández Gil, Andrea - 0034 612 39 66 09')).toEqual(['Fernández Gil, Andrea']);
    // Lists, sentence adverbs and author lists keep their commas.
    expect(spans('Kovalev, Lee and Phillips founded it.').sort()).toEqual(['Kovalev', 'Lee', 'Phillips']);
    expect(spans('Finally, Peter went home.')).toEqual(['Peter']);
    expect(spans('Smith, John, Mary and Anna').sort()).toEqual(['Anna', 'John', 'Mary', 'Smith']);
  });

  it('reads "Surname, Given" in a name column or a list of names', () => {
    expect(spans('| name | dob | ssn |\n| --- | --- | --- |\n| Hadfield, Kenan | 28/08/2002 | 773-49-2719 |')).toEqual(['Hadfield, Kenan']);
    expect(spans('Attendees:\n- Paucek, Timmothy\n- Mrs. Yasmin Feeney\n- Dr. Donato Feil').sort()).toEqual(['Dr. Donato Feil', 'Mrs. Yasmin Feeney', 'Paucek, Timmothy']);
  });

  it('reads "Surname, Given" with a given name no list knows when data follows or a person cue comes before', () => {
    expect(spans('Payroll exception: Kuijpers, Yorrick - BSN 504815143, salary on hold.')).toEqual(['Kuijpers, Yorrick']);
    expect(spans('Account holder: Dhawan, Anang provided PAN JAXLE3285U yesterday.')).toEqual(['Dhawan, Anang']);
    // A capitalised role word without a colon opens a title, not a name.
    expect(spans('Customer Success, Zendesk tickets are up. Employee Onboarding, Workday sends reminders.')).toEqual([]);
    // A company's line carries a phone too: only data that belongs to a person joins the pair.
    expect(spans('Contoso, Redmond - phone 425-555-0100')).toEqual([]);
    // A phone after it is enough when the first word is surname-shaped.
    expect(spans('Kowalczyk, Agaton - tel. 601 234 567')).toEqual(['Kowalczyk, Agaton']);
    expect(spans('Dear Hadfield, Kenan')).toEqual(['Hadfield, Kenan']);
    expect(spans('Employee Cronin, Rocky (DOB: 1986-07-25) requested a change.')).toEqual(['Cronin, Rocky']);
    // After a greeting's comma, not a list of surnames.
    expect(spans('Hello team, Wojtkowiak, Agaton (henryka.w@gmail.com) will join us.')).toEqual(['Wojtkowiak, Agaton']);
    // Without either, two capitalised words around a comma are not a name.
    expect(spans('Pricing, Tiers and Limits are in the appendix.')).toEqual([]);
    expect(spans('Sales, Marketing - +44 20 7946 0958')).toEqual([]);
  });

  it("leaves a possessive 's out of the name, so the cue after it is read", () => {
    expect(spans("As promised, here's Gregorina's address: 12 Main Street")).toEqual(['Gregorina']);
    expect(spans('Here is John’s phone number')).toEqual(['John']);
    expect(spans('Verses from Teresa Walker\'s Cautionary Tales')).toEqual(['Teresa Walker']);
    expect(spans("Meet at Macy's, then it's Lunch's turn")).toEqual([]);
  });

  it('takes surname particles after an initial or a title into the name, and academic titles as titles', () => {
    expect(spans('Contacts:\n1. E. von der Just - +49 1512 3030961')).toEqual(['E. von der Just']);
    expect(spans('Urgent questions go to Mevr. de Bruyn at +31 6 12169293 instead.')).toEqual(['Mevr. de Bruyn']);
    expect(spans('Summarize this complaint from Ing. Stanislao Di Felice: it is long.')).toEqual(['Ing. Stanislao Di Felice']);
    expect(spans('We crossed the Pont de Normandie bridge.')).toEqual([]);
  });

  it('takes a leading initial into the name, with a cue, an honorific or a verb to go on', () => {
    expect(spans('Please forward it to K. Adeyemi before Friday.')).toEqual(['K. Adeyemi']);
    expect(spans('Patient: R. Valdivia, ward 3')).toEqual(['R. Valdivia']);
    expect(spans('Dear Dr. T. Ekström,')).toEqual(['Dr. T. Ekström']);
    // A letter and a dot before a capitalised word is as often a list or a heading.
    expect(spans('Plan B. Everyone meets at noon. Section A. Scope of work.')).toEqual([]);
    // Form fields name a company or a team as often as a person: the field alone is not enough.
    expect(spans('Client: Initech\nOwner: Facilities Team')).toEqual([]);
  });

  it('finds names written in capitals only when the word is a listed name or surname-shaped', () => {
    expect(spans('Passenger list: KOWALCZYK Ignacy, row 12')).toEqual(['KOWALCZYK Ignacy']);
    expect(spans('PLEASE FORWARD THIS TO PATRICIA BEFORE NOON')).toEqual(['PATRICIA']);
    // Acronyms, short names that are acronyms too (ADA, SAM) and names that are words (MAY) stay out,
    // and so does a listed name in capitals on its own or heading ordinary words (ARIA, FRED, DORA).
    expect(spans('Deploy with the AWS SAM CLI, check ADA compliance, ship in MAY via the JSON API')).toEqual([]);
    expect(spans('## ARIA Implementation Guide\nUse ARIA roles; pull rates from FRED; track the four DORA metrics; run an ANOVA.')).toEqual([]);
  });

  it('reads honorifics of other languages as introducing a name', () => {
    expect(spans('Dzień dobry, Pani Wrona')).toEqual(['Pani Wrona']);
    expect(spans('Invoice for Shri Mahendra Kulkarni')).toEqual(['Shri Mahendra Kulkarni']);
    expect(spans('Merci beaucoup, Madame Berthier.')).toEqual(['Madame Berthier']);
  });

  it('takes a listed surname as name evidence next to another word or after a cue, not alone', () => {
    expect(spans('The file was signed off by Tejas Chatterjee yesterday.')).toEqual(['Tejas Chatterjee']);
    expect(spans('Please ask Oliveira about the invoice.')).toEqual(['Oliveira']);
    expect(spans('We loved Costa Rica and Puerto Rico.')).toEqual([]);
  });

  it('reads a run opened by a place word as a place, and a cocktail as a drink', () => {
    expect(spans('Flights from San Francisco and Port Louis to Sankt Gallen')).toEqual([]);
    expect(spans('Finish on a Chocolate Espresso Martini.')).toEqual([]);
  });

  it('knows a given name with its accents or without them', () => {
    expect(spans('Ask Joao Pereira for the keys.')).toEqual(['Joao Pereira']);
    expect(spans('Ask João Pereira for the keys.')).toEqual(['João Pereira']);
  });

  it('drops a sentence-opening verb before a given name, but not a place word mid-sentence', () => {
    expect(spans('Call Beatriz Lemos about the renewal.')).toEqual(['Beatriz Lemos']);
    expect(spans('We flew into Port Elizabeth on Friday.')).toEqual([]);
  });

  it('takes the cells of a column headed as names, but not organisations or places in it', () => {
    const csv = 'full name,email,phone\nOrsolya Vantongeren,o.v@example.org,555-0100\nAcme Holdings,info@acme.test,555-0102\nSaint Louis,stl@example.org,555-0103';
    expect(spans(csv)).toEqual(['Orsolya Vantongeren']);
    const md = '| Customer | City | Amount |\n|---|---|---|\n| Teodric Halvorsen | Lyon | 120 |';
    expect(spans(md)).toContain('Teodric Halvorsen');
    // The same words under another header are not a name, nor under a bare "Name" in a table
    // about something else (error codes), while beside an e-mail column they are.
    expect(spans('product,qty\nBlue Harbour,12')).toEqual([]);
    expect(spans('| Code | Name | Meaning |\n|---|---|---|\n| 1002 | Rate Limited | Too many requests |')).toEqual([]);
    expect(spans('Name;Email;Phone\nWendeline Ostrova;w.ostrova@example.org;555-0199')).toEqual(['Wendeline Ostrova']);
  });

  it('does not let an address run into the next row of a table', () => {
    const table = 'name\taddress\nGunnar Eklund\t1200 Birchwood Avenue Apt. 4, Duluth, MN 55811\nRosalind Achebe\t77 Harbour Street, Portland, ME 04101';
    expect(spans(table)).toEqual(['Gunnar Eklund', 'Rosalind Achebe']);
    const addresses = spans(table, 'street_address');
    expect(addresses).toHaveLength(2);
    for (const a of addresses) expect(a).not.toContain('\n');
    // In a postal label the addressee's line stays a name, and the capitalised country line after the postcode is kept.
    const label = 'Lena Hartwig\nLindenstraße 8\n04109 Leipzig\nGERMANY';
    expect(spans(label, 'street_address')).toEqual(['Lindenstraße 8\n04109 Leipzig\nGERMANY']);
    expect(spans(label)).toEqual(['Lena Hartwig']);
  });
});

describe('street addresses with rarer US suffixes', () => {
  it.each([
    ['Leave it with the neighbour at 5043 Lana Skyway, Austin, TX 78701 if nobody answers.', '5043 Lana Skyway, Austin, TX 78701'],
    ['My new address is 318 Dawson Unions, Lake Jamalchester, AK 44915.', '318 Dawson Unions, Lake Jamalchester, AK 44915'],
    ['Gate code 4471, 533 Reinger Parkways, Fort Joelberg WA 4390.', '533 Reinger Parkways, Fort Joelberg WA 4390'],
    // An address cue instead of a postcode, and a year-like house number with a postcode after it.
    ['Address: 5043 Lana Skyway', '5043 Lana Skyway'],
    ['Ship from 2045 Industrial Blvd, Dallas, TX 75201', '2045 Industrial Blvd, Dallas, TX 75201'],
    // A short house number with such a suffix needs a postcode after it.
    ['Please write to 2 Everett Croft, Kosswick D53 0FL, from me', '2 Everett Croft, Kosswick D53 0FL'],
    ['It never arrived at 65 Becker Meadow, Skyehaven WA 1469. Can you help?', '65 Becker Meadow, Skyehaven WA 1469'],
    ['Andrew lives at 21 3314 Harley Brook Lane, Altoona', '21 3314 Harley Brook Lane'],
  ])('finds %j', (text, address) => {
    expect(spans(text, 'street_address')).toEqual([address]);
  });

  it('keeps the dot of an abbreviated suffix and leaves a full stop out', () => {
    expect(spans('I live at 12 Main Street.', 'street_address')).toEqual(['12 Main Street']);
    expect(spans('Send it to 221B Baker St. today', 'street_address')).toEqual(['221B Baker St.']);
  });

  it('does not read a count before everyday nouns that are also street suffixes as a street', () => {
    for (const text of ['Summarize the top 3 Key Points of the talk', 'We visited 2 National Parks and 3 Blue Mountains', 'Use 2 Data Centers and 4 Load Balancers', 'Level 5 Boss Fight at 10 Dragon Keys', 'We visited 2 National Parks and 3 Blue Mountains, 4 Green Valleys', 'leave it at 8 Kyler Yard',
      // Without a postcode that a place vouches for, not even after three digits or more.
      'nginx returns 502 Bad Gateway on /api', 'Open the Microsoft 365 Admin Center and go to Users.', 'Take the Python 101 Crash Course first',
      'Agenda: 3 Key Points, 2025 Roadmap', 'We have 2 Data Centers, 1500 Servers', 'Quarterly Review 2024\nKey Points\n- revenue up 5%',
      'In 2019 Silicon Valley Bank collapsed']) {
      expect(spans(text, 'street_address')).toEqual([]);
    }
  });
});

describe('street addresses: country-prefixed postcodes, unit/number, Dutch and Hungarian forms', () => {
  it.each([
    // A country letter before the postcode, and a place followed by "and".
    ['Lieferung an Am Lindenhof 7b, D-50667 Köln, Tel. folgt', 'Am Lindenhof 7b, D-50667 Köln'],
    ['She lives at Im Grund 12, 04109 Leipzig and works nearby', 'Im Grund 12, 04109 Leipzig'],
    ['Tenant at Zeestraat 4, 2518 AA Den Haag since 2019', 'Zeestraat 4, 2518 AA Den Haag'],
    // Australian unit/number.
    ['New address: 4/212 Wattle Parade, Glenelg SA 5045', '4/212 Wattle Parade, Glenelg SA 5045'],
    // Spanish abbreviations of street types, Dutch "bis", Roman floors and one-word streets before a Dutch postcode.
    ['enviado a Avda. de Portugal 41, 28011 Madrid hoy', 'Avda. de Portugal 41, 28011'],
    ['Stuur het naar Molenstraat 88bis, 2011 KL Haarlem', 'Molenstraat 88bis, 2011 KL Haarlem'],
    ['I rent at Kade 17-II, 1013 AB Amsterdam', 'Kade 17-II, 1013 AB Amsterdam'],
    // Hungarian street words written apart, and the ordinal dot after the house number.
    ['Szállítás: Kossuth Lajos u. 42., 1053 Budapest.', 'Kossuth Lajos u. 42., 1053 Budapest'],
    ['Iroda: Teréz krt. 8., 1066 Budapest', 'Teréz krt. 8., 1066 Budapest'],
    ['Cím: Szent István körút 12', 'Szent István körút 12'],
    // British streets without a house number, with or without a house name before them.
    ['Applicant: Ruth Ames, Ivy Cottage, Church Lane, Haworth, Keighley BD22 8DR.', 'Ivy Cottage, Church Lane, Haworth, Keighley BD22 8DR'],
    ['Ship to:\nThe Old Forge\nStation Road\nDerby\nDE1 2AA', 'The Old Forge\nStation Road\nDerby\nDE1 2AA'],
    // A rarer street type with the postcode on the next line, in capitals.
    ['Office\n18 Banksia Parade\nMANLY NSW 2095', '18 Banksia Parade\nMANLY NSW 2095'],
  ])('%j', (text, address) => {
    expect(spans(text, 'street_address')).toEqual([address]);
  });

  it('does not read numbered headings or a glued "u." as streets', () => {
    expect(spans('Chapter 3, 25000 Words and more', 'street_address')).toEqual([]);
    expect(spans('Step 2\nPage 4, 10000 Users', 'street_address')).toEqual([]);
    expect(spans('Open the Menu. 5 items are listed', 'street_address')).toEqual([]);
  });

  it('keeps a name before a British street out unless it is a house name, and dates out of the tail', () => {
    expect(spans('Contact: Sam Green, Mill Lane, York YO1 7HH', 'street_address')).toEqual(['Mill Lane, York YO1 7HH']);
    expect(spans('Top 3 Key Points\nRevenue 2024', 'street_address')).toEqual([]);
    expect(spans('The job failed with HTTP 502 at 8 Nov 2026.', 'street_address')).toEqual([]);
    expect(spans('Guest: Ana Ruiz  Room 412  Check-in 2023-11-06', 'street_address')).toEqual([]);
  });
});

describe('street addresses in other countries', () => {
  it('takes a house-number range or flat after the street, and street words written apart from the name', () => {
    expect(spans('Send it to Lindauer Straße 48-50, 10781 Berlin', 'street_address')).toEqual(['Lindauer Straße 48-50, 10781 Berlin']);
    expect(spans('Kastanjelaan 118-3, 3581 JK Utrecht', 'street_address')).toEqual(['Kastanjelaan 118-3, 3581 JK Utrecht']);
    expect(spans('Consegna: Via Garibaldi 27/B, 10122 Torino', 'street_address')).toEqual(['Via Garibaldi 27/B, 10122 Torino']);
    expect(spans('Szállítás: Bartók Béla út 61, 1114 Budapest', 'street_address')).toEqual(['Bartók Béla út 61, 1114 Budapest']);
    expect(spans('Lieferung an Grazer Strasse 9', 'street_address')).toEqual(['Grazer Strasse 9']);
    // Apart from a capitalised name only: "see Platz 2" and "the Ring 3 release" are not streets.
    expect(spans('see Platz 2 of the plan; the Ring 3 release', 'street_address')).toEqual([]);
  });

  it.each([
    ['Lieferung an Brunnenweg 14, 79098 Freiburg. Danke', 'Brunnenweg 14, 79098 Freiburg'],
    ['Stuur het naar Prinsengracht 263, 1016 GV Amsterdam', 'Prinsengracht 263, 1016 GV Amsterdam'],
    ['Correspondence: Flat 2, 9 Rosebery Road, Bristol BS8 1QE', 'Flat 2, 9 Rosebery Road, Bristol BS8 1QE'],
    ['adres: ul. Długa 17/3, 80-827 Gdańsk', 'ul. Długa 17/3, 80-827 Gdańsk'],
    ['Indirizzo: Borgo Pinti 31, Appartamento 6, 50121 Firenze (FI)', 'Borgo Pinti 31, Appartamento 6, 50121 Firenze (FI)'],
    ['Entrega em Rua Augusta, 1508, Consolação - SP, 01304-001', 'Rua Augusta, 1508, Consolação - SP, 01304-001'],
    ['Envío a Pasaje Martí 8, 46002 Valencia', 'Pasaje Martí 8, 46002 Valencia'],
    ['Post to Karl-Marx-Str. 52, 12043 Berlin', 'Karl-Marx-Str. 52, 12043 Berlin'],
  ])('takes street, postcode and place: %j', (text, address) => {
    expect(spans(text, 'street_address')).toEqual([address]);
  });

  it.each([
    // Street types of Spain, Italy, France and Poland written before the name.
    ['Previous address Senda Jaime Ayala Oquendo 2, 95656 Telde.', 'Senda Jaime Ayala Oquendo 2, 95656 Telde'],
    ['Indirizzo: Rotonda Vissia 49, 04689 Stella veneto (LE)', 'Rotonda Vissia 49, 04689 Stella veneto (LE)'],
    ['Gate code 4471, 260 Voie d’Abbeville.', '260 Voie d’Abbeville'],
    ['Adres: szosa Krzyżanowski 74b, 83-345 Niepołomice, tel. 624336951', 'szosa Krzyżanowski 74b, 83-345 Niepołomice'],
    // No type word a list knows: two or more words and a house number before a postcode and a place.
    ['Address: Mercado Alejandro, 3, 17055 Albacete\nNotes: none', 'Mercado Alejandro, 3, 17055 Albacete'],
    ['It never arrived at Entrada Amalia s/n., 96076 Pozuelo de Alarcón. Can you help?', 'Entrada Amalia s/n., 96076 Pozuelo de Alarcón'],
    ['Uw nieuwe adres de Grootpark 416 II, 6261 EG Scharen.', 'de Grootpark 416 II, 6261 EG Scharen'],
    // A Dutch postcode is shaped enough without a place after it ("Scharen is …" reads as a sentence).
    ['Uw adres de Grootpark 416 II, 6261 EG Scharen is geregistreerd.', 'de Grootpark 416 II, 6261 EG'],
    ['Billing address\nAm Thelenhof 50b 4 OG\n88535 Luciennedorf', 'Am Thelenhof 50b 4 OG\n88535 Luciennedorf'],
  ])('takes a street before a postcode and a place: %j', (text, address) => {
    expect(spans(text, 'street_address')).toEqual([address]);
  });

  it('reads a street type in lower case only before a capitalised name, as several are ordinary words', () => {
    expect(spans('abito in Via Garibaldi 12, Milano', 'street_address')).toEqual(['Via Garibaldi 12, Milano']);
    expect(spans('12 rue de la Paix, 75002 Paris', 'street_address')).toEqual(['12 rue de la Paix, 75002 Paris']);
    expect(spans('Connect via port 8080, or book it via a calendar interface.\n\n5 slots', 'street_address')).toEqual([]);
    // "via" in lower case is the English preposition; a capitalised type word needs a capitalised name too.
    for (const text of ['installed via Node 18', 'Route traffic to port 8080.', 'Place the config in step 3']) expect(spans(text, 'street_address')).toEqual([]);
    expect(spans('Shipped on 19-Jul-2023 via tracking 9400 7048 2791 2992 1346 46. Total $20', 'street_address')).toEqual([]);
  });

  it('does not read a date or a run of digit groups as a house number and street', () => {
    expect(spans('Shipped on 8 March 2018 via tracking AP643125114GB. Total 98.21 EUR.', 'street_address')).toEqual([]);
    expect(spans('Between December 1 and January 31, 2024 we closed.', 'street_address')).toEqual([]);
  });

  it('reports one address when a later line is already part of it, so the whole address survives overlap resolution', () => {
    const text = '??? Mr. Jerome Barbosa\n??? Atsite\n??? 78 Laugarvegur 66\n??? Suite 952\n??? Reykjavík\n??? Luxembourg 95333';
    expect(spans(text, 'street_address')).toEqual(['78 Laugarvegur 66\n??? Suite 952\n??? Reykjavík\n??? Luxembourg 95333']);
    // A block inside the address does not carry it past the postcode line into the phone below.
    const card = 'Mark Muslija\n\n99 Colonia Ofir 9881\n Apt. 139\n San Luis\n Chile 89825\n9885 1152-Office';
    expect(spans(card, 'street_address')).toEqual(['99 Colonia Ofir 9881\n Apt. 139\n San Luis\n Chile 89825']);
  });

  it.each([
    ['The address of Relationship Science is USNS Márquez\nFPO AP 08653', 'USNS Márquez\nFPO AP 08653'],
    ['Please return to Unit 8411 Box 3596\nDPO AP 34698 now', 'Unit 8411 Box 3596\nDPO AP 34698'],
    ['Mail it to PSC 7004, Box 8380\nAPO AP 11949.', 'PSC 7004, Box 8380\nAPO AP 11949'],
    ['Mail to Unit 2050 Box 4190\nAPO AP 96278-4190', 'Unit 2050 Box 4190\nAPO AP 96278-4190'],
    ['Ship it to USS Gerald R. Ford (CVN 78)\nFPO AE 09532', 'USS Gerald R. Ford (CVN 78)\nFPO AE 09532'],
  ])('takes a US military address whole, and the ship for no person: %j', (text, address) => {
    expect(spans(text.replace(/\n/g, '\r\n'), 'street_address')).toEqual([address.replace(/\n/g, '\r\n')]);
    expect(spans(text, 'street_address')).toEqual([address]);
    expect(spans(text)).toEqual([]);
  });

  it('reads "Name and <street>" as the two streets of a corner, but not a person and a count', () => {
    expect(spans('Please return to Eloise and 226 Thomas Avenue in case of an issue.', 'street_address')).toEqual(['Eloise and 226 Thomas Avenue']);
    expect(spans('Please return to Eloise and 226 Thomas Avenue in case of an issue.')).toEqual([]);
    expect(spans('I met Anna and 3 friends at the station.')).toEqual(['Anna']);
  });

  it('takes a street corner as an address, and not any corner', () => {
    expect(spans('Meet me at the corner of Koepoortwal 115 and Hansen Street', 'street_address')).toEqual(['the corner of Koepoortwal 115 and Hansen Street']);
    expect(spans("i'd like a taxi to the corner of siikasaarentie 19 and matković street. please call", 'street_address')).toEqual(['the corner of siikasaarentie 19 and matković street']);
    expect(spans('Put it in the corner of the room and the table by the door.', 'street_address')).toEqual([]);
    expect(spans('Step 3: Click the gear icon in the top right corner of the screen and the settings view opens.', 'street_address')).toEqual([]);
    expect(spans('Drag the corner of the window and the Status View will resize.', 'street_address')).toEqual([]);
    // No digit anywhere in the text: still a corner.
    expect(spans('We met at the corner of Haight and Ashbury Street', 'street_address')).toEqual(['the corner of Haight and Ashbury Street']);
  });

  it('needs a place after the postcode and two words before the number', () => {
    expect(spans('We shipped it. Since Version 2, 10000 Users joined the beta.', 'street_address')).toEqual([]);
    expect(spans('See section Results 3, 12345 Samples were drawn.', 'street_address')).toEqual([]);
    expect(spans('Slide 3: Market Overview 2\n2024 UK Sales Data', 'street_address')).toEqual([]);
    // Across a Windows line end.
    expect(spans('Am Thelenhof 50b 4 OG\r\n88535 Bodnegg', 'street_address')).toEqual(['Am Thelenhof 50b 4 OG\r\n88535 Bodnegg']);
    expect(spans('Hauptstraße 12\r\n10115 Berlin\r\nTel. 030 1234567', 'street_address')).toEqual(['Hauptstraße 12\r\n10115 Berlin']);
  });

  it('stops after the place: the next words of the sentence are not part of it', () => {
    expect(spans('Ship it to Rue Oberkampf 9, 75011 Paris is what she said', 'street_address')).toEqual(['Rue Oberkampf 9, 75011']);
    expect(spans('Talweg 3, 3013 Bern. Geburtsdatum folgt', 'street_address')).toEqual(['Talweg 3, 3013 Bern']);
  });

  it('does not take a room or suite alone for an address, but keeps it in front of one', () => {
    expect(spans('The team moved in March to Utrecht, Room 412.', 'street_address')).toEqual([]);
    expect(spans('Suite 310, 88 Harbor Street, Portland, ME 04101', 'street_address')).toEqual(['Suite 310, 88 Harbor Street, Portland, ME 04101']);
  });

  it('reads an unknown word after a cue as someone when a pronoun picks it up', () => {
    expect(spans('Help me write a birthday message for Chandani, she turns 30.')).toEqual(['Chandani']);
    expect(spans('After Christmas, she left. We met in Berlin, she said.')).toEqual([]);
    expect(spans('We wrote a plugin for Jira, he told me it works.')).toEqual([]);
  });

  it('reads an unknown word as someone when they are given or told something of theirs', () => {
    expect(spans('Stephen had given Julcsa his address last week.')).toEqual(['Stephen', 'Julcsa']);
    expect(spans('Then we told Orvokki her number was wrong.')).toEqual(['Orvokki']);
    expect(spans('We gave Python a try and sent Kubernetes the logs.')).toEqual([]);
  });

  it('reads three surnames in a row as a firm, unless a given name is among them or a label introduces them', () => {
    expect(spans('Davis, Reynolds and Williamson is the brainchild of three engineers.')).toEqual([]);
    expect(spans('Return address: Langosh, Wilkinson & Robel, 12 Main Street')).toEqual([]);
    expect(spans('Kovalev, Lee and Phillips founded it.').sort()).toEqual(['Kovalev', 'Lee', 'Phillips']);
    expect(spans('our 3 founders: Schulz, Strickland and Matthews. The idea was born in 2010.').sort()).toEqual(['Matthews', 'Schulz', 'Strickland']);
  });

  it('reads a brand named after its founder as a business', () => {
    expect(spans('Q3 revenue for Ralph Lauren rose; Case 1 - Louis Vuitton vs. Dr. Oetker, hearing at Jack Daniel\'s.')).toEqual([]);
    expect(spans('Kind regards,\nVíctor Almonte\nJohnson & Johnson')).toEqual(['Víctor Almonte']);
    expect(spans('Meet Ralph Smith tomorrow.')).toEqual(['Ralph Smith']);
    // Whole words only, and a salutation or someone's data still make it a person.
    expect(spans('Rosemary Kay called; Marc Jacobson, marc.jacobson@example.com')).toEqual(['Rosemary Kay', 'Marc Jacobson']);
    expect(spans('Dear Ralph Lauren,')).toEqual(['Ralph Lauren']);
    // In a table row or on a signature's company line too, whatever made the run look like a name.
    expect(spans('Lead: SCHULTZ Hannah | Louis Vuitton | miller_a45@company.example')).toEqual(['SCHULTZ Hannah']);
    expect(spans('Kind regards,\nO. Goldner\nPhilip Morris')).toEqual(['O. Goldner']);
    // "and Sons", "Banco …", "Grupo …" name firms.
    expect(spans('Kind regards,\nVasudev Banerjee\nTerry and Sons')).not.toContain('Sons');
    expect(spans('Lead: Ana Lima | Banco Santander | ana.lima@mail.example')).not.toContain('Banco Santander');
    expect(spans('Please contact Paul Smith at paul.smith@example.com')).toEqual(['Paul Smith']);
  });

  it('reads a country as a place unless the words around it make it someone', () => {
    expect(spans("I'm originally from Grenada, and who is coming to Costa Rica with me?")).toEqual([]);
    expect(spans('Jordan said hi to Chad Smith.')).toEqual(['Jordan', 'Chad Smith']);
    // A country that is also a given name is a place only after a preposition of place.
    expect(spans('Meeting with Jordan at 3pm. Ask Chad about it.')).toEqual(['Jordan', 'Chad']);
    expect(spans("I'm originally from Jordan.")).toEqual([]);
    expect(spans('The Social Explorer office is at 37 Parva Domus 6896, Pesconuovo, Latvia', 'street_address')).toEqual(['37 Parva Domus 6896, Pesconuovo, Latvia']);
  });

  it('does not read a single word after a preposition of place, or a label before a number, as a person', () => {
    expect(spans('The team moved on November 9, 2025 to offices in Eugene, Suite 471.')).toEqual([]);
    expect(spans('Meet Anna Kowalski near Gate B8 or in Jackson, Platform 6.')).toEqual(['Anna Kowalski']);
    // "loop in Priya" and "in Sarah's folder" are people.
    expect(spans('Can you loop in Priya on this thread? The doc is in Sarah\'s folder.')).toEqual(['Priya', 'Sarah']);
  });

  it('does not read a place before "office" or "trade fair" as a person', () => {
    expect(spans('She will join the Madison office, then the Eugene trade fair.')).toEqual([]);
  });

  it('does not read a standalone capitalised street ending as a street', () => {
    expect(spans('She finished Platz 2 in the race and fought in Ring 3', 'street_address')).toEqual([]);
  });
});

// Names the lists do not know: the words around them say they are someone. The names here are
// deliberately absent from the given-name and surname lists.
describe('unknown names, read from their context', () => {
  it.each([
    ['Taya Erdman, SSN: 872-02-0959', 'Taya Erdman'],
    ['Employee Fosca Cecere (DOB: 17/06/1991) requested a transfer.', 'Fosca Cecere'],
    ['Forwarding this from Corrine Lakin <oren+2024@gmail.com>: "I moved"', 'Corrine Lakin'],
    ['Urgent questions go to Milana Groen at 0031 6 12617395 instead.', 'Milana Groen'],
    ['Contacts:\n1. Dieudonné Rey - 0564568370', 'Dieudonné Rey'],
    ['Customer: Leanne Sauer\nPhone: 056 9162 3473', 'Leanne Sauer'],
    ['Max R., SSN: 228-26-9515', 'Max R.'],
    ['Hello team, A. Iacolare (alano.mazza@northwind.it) will join.', 'A. Iacolare'],
  ])('two name words followed by personal data are a name: %j', (text, name) => {
    expect(spans(text)).toEqual([name]);
  });

  it.each([
    'Tutorial Mode: +50% XP, unlimited free hints',
    'Potions: Build Potion (+10 XP), Probe Tonic',
    'Libraries (e.g., Spring Security, Passport.js, JWT libraries)',
    'Acme Corp (sales@acme.example)',
    'Home Phone: +1 201 573 9493',
    'Work Email: jane@acme.example',
    'Billing Address (billing@acme.example)',
    'Mobile Phone - +44 7700 900123',
    'Head Office, +44 20 7946 0958',
  ])('scores, library names, companies and field labels before data-like text are not names: %j', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it('reads a signature after "Best regards," and "Sincerely,"', () => {
    expect(spans('Call me on 0049 1512 3170329.\n\nBest regards,\nDaria Wezel')).toEqual(['Daria Wezel']);
    expect(spans('Sincerely,\nOdalys Prenn')).toEqual(['Odalys Prenn']);
  });

  it('reads a signature after other closings, but not after words that are also said mid-sentence', () => {
    expect(spans('Warm wishes,\nTemitope Ogunleye')).toEqual(['Temitope Ogunleye']);
    expect(spans('Cheers,\nFolarin Adeyemo')).toEqual(['Folarin Adeyemo']);
    expect(spans('Gracias,\nCarmen')).toEqual(['Carmen']);
    // The closing word itself is not listed with the name after it.
    expect(spans('Saludos, Carmen por todo')).toEqual(['Carmen']);
    expect(spans('However, truly Socratic questions help.')).toEqual([]);
    expect(spans('See the Best Practices section.')).toEqual([]);
  });

  it('reads the values of name-only fields in JSON, query strings and SQL as names, one unknown word included', () => {
    expect(spans('{"first_name": "Carmen", "last_name": "Okonjo-Ruiz", "email": "c@x.io"}')).toEqual(['Carmen', 'Okonjo-Ruiz']);
    expect(spans('firstName=Brisa&lastName=Quayle')).toEqual(['Brisa', 'Quayle']);
    expect(spans('{"givenName":"Jan","familyName":"de Vries"}')).toEqual(['Jan', 'de Vries']);
    expect(spans("UPDATE users SET active = 0 WHERE last_name = 'Okafor';")).toEqual(['Okafor']);
    // Declarations, types and templates hold no one's name.
    expect(spans('first_name: str = Field(...)\nlast_name = models.CharField(max_length=50)')).toEqual([]);
    expect(spans('last_name: ${LAST_NAME}\nprint_first_names = True')).toEqual([]);
  });

  it('reads names after a person-only field label in lower case or in capitals, middle initial included', () => {
    expect(spans('Full name: helena brandt')).toEqual(['helena brandt']);
    expect(spans('Cardholder: MARTA J. OKONKWO')).toEqual(['MARTA J. OKONKWO']);
    expect(spans('Card ending 4412, holder: TUNDE ABIODUN')).toEqual(['TUNDE ABIODUN']);
    // A bare "name:" labels builds and steps in YAML: it cues no lower-case name.
    expect(spans('- name: checkout code\n- name: eli5 explainer')).toEqual([]);
  });

  it('does not take a country, or one word where a place is spoken of, for a person', () => {
    expect(spans('Is Australia or Canada better for a remote team?')).toEqual([]);
    expect(spans("I'm from Madison and moved to Austin in May.")).toEqual([]);
    expect(spans('Our offices in Lyon and Charlotte close on Friday.')).toEqual([]);
    // Given names that are countries stay names; a cue or a salutation still says a person is meant.
    expect(spans('Thanks Chad!')).toEqual(['Chad']);
    expect(spans('Dear Austin, thanks for the call.')).toEqual(['Austin']);
  });

  it('reads a salutation, in English or another language, only at the start of a line', () => {
    expect(spans('Beste Coco Bosman, uw nieuwe adres volgt.')).toEqual(['Coco Bosman']);
    expect(spans('Bonjour Honoré Renaud, votre colis arrive.')).toEqual(['Honoré Renaud']);
    expect(spans('Dzień dobry Julita Kos, PESEL w załączniku.')).toEqual(['Julita Kos']);
    expect(spans('Als der beste Grafiker der Landeshauptstadt München, erstelle ein Logo.')).toEqual([]);
    expect(spans('Hi Cordell,\n\nThanks for getting back to me.')).toEqual(['Cordell']);
    expect(spans('Hi team,\nHello Everyone! Say hi Kubernetes fans.')).toEqual([]);
  });

  it('reads a name cell in a tab-separated table as a name, not as the start of an address', () => {
    const table = 'name\tdob\tssn\nHaylie Schaden\tFebruary 24, 1989\t778-25-7572';
    expect(spans(table)).toEqual(['Haylie Schaden']);
    expect(spans(table, 'street_address')).toEqual([]);
  });

  it('takes an unknown name in capitals only with the strongest context', () => {
    expect(spans('Customer: ANNAPURNA GOWDA\nPhone: +91 81236 02415')).toEqual(['ANNAPURNA GOWDA']);
    expect(spans('Call log - spoke with PETRALIA Egidio, wants to upgrade.')).toEqual(['PETRALIA Egidio']);
    expect(spans('Olá LORENZO MELO, seu CPF foi atualizado.')).toEqual(['LORENZO MELO']);
    // Prompt and project names follow "Name:" and "Author:" in capitals; acronyms and SQL are not names.
    expect(spans('Prompt Name: AST Analysis\nAuthor: AI Assistant')).toEqual([]);
    expect(spans('Backfill data, then add NOT NULL constraint')).toEqual([]);
    expect(spans('Use the AWS SDK (+5 XP) with the ACME CORP account, phone +1 201 555 0188')).toEqual([]);
  });

  it('takes a name in capitals that reads as a name by itself: a surname before given names, or known names all in capitals', () => {
    expect(spans('Lead: DORA IODICE | Greenfelder and Sons')).toEqual(['DORA IODICE']);
    expect(spans('verify id 49906572393 for KÖSEOGLU Bjarne please')).toEqual(['KÖSEOGLU Bjarne']);
    expect(spans('customer\tcard\nARMSTRONG Miranda\t378084030799124')).toEqual(['ARMSTRONG Miranda']);
    // An acronym that is also a given name before ordinary words, or a short acronym before a name, is not one.
    expect(spans('See the DORA Metrics page, the ARIA Usage notes and SEC EDGAR filings.')).toEqual([]);
  });

  it('takes a name with initials in a name column whole, and a card column makes "name" a column of people', () => {
    expect(spans('id\tname\tip\n132-8956804\tA. Schultz\t172.30.28.178\n132-8956805\tMary Smith\t172.30.28.179')).toEqual(['A. Schultz', 'Mary Smith']);
    expect(spans('| name | dob | ssn |\n| --- | --- | --- |\n| J. Corkery | 22.03.1941 | 387-97-6162 |')).toEqual(['J. Corkery']);
    expect(spans('name,card,amount\nL. Patel,4433 9596 7416 3833,"€840,95"')).toEqual(['L. Patel']);
    expect(spans('name,card,amount\nZorblax Q.,4433 9596 7416 3833,"€840,95"')).toEqual(['Zorblax Q.']);
    // "Card Type" heads a product table.
    expect(spans('| Name | Gender | Age |\n|---|---|---|\n| Agaton Wojtkowiak | M | 34 |')).toEqual(['Agaton Wojtkowiak']);
    expect(spans('| Name | Card Type | Annual Fee |\n|---|---|---|\n| Sapphire Preferred | Visa | 95 |\n| Gold Card | Amex | 250 |')).toEqual([]);
  });

  it('reads a given name with a trailing initial as a name even when it is also a word, and another word only with a cue', () => {
    expect(spans('Fix the grammar: Jack M. live at the old mill')).toEqual(['Jack M.']);
    expect(spans('Call log: spoke with Estera F., wants the replacement sent today')).toEqual(['Estera F.']);
    expect(spans('Go with Plan B. Next we test Vitamin D. Then we rest. We went with Option B.')).toEqual([]);
    expect(spans('Call with Temitope O. tomorrow')).toEqual(['Temitope O.']);
  });

  it('reads an initial and a surname inside a sentence as a name, but not an outline heading or a direction after a house number', () => {
    expect(spans('Performance review: exceeded targets, mentor S. Koch recommends promotion.')).toEqual(['S. Koch']);
    expect(spans('Hi all - quick reminder that P. Prevost is out until August 15.')).toEqual(['P. Prevost']);
    expect(spans('## Plan\n### A. Scope\nB. Milestones\n- C. Risks')).toEqual([]);
    // A letter ending a sentence, an answer option or a table cell is not an initial.
    // A label introduces a person, unless it letters answers or options.
    expect(spans('Signed: M. Kowalski, 12/03/2024. Prepared by: T. Nakamura')).toEqual(['M. Kowalski', 'T. Nakamura']);
    for (const text of ['Get vaccinated for hepatitis B. Patients should ask.', 'Take vitamin C. Studies show it helps.', 'Answer: C. Mitochondria', 'Options: A. Paris, B. London, C. Berlin', '| A. Scope | B. Budget |']) expect(spans(text)).toEqual([]);
    expect(spans('Deliver to 02 30 N. Stadion, Suite 256')).toEqual([]);
  });

  it('cuts a run before "& Company" with or without a space after the ampersand', () => {
    expect(spans('# Prompt Name: Household Maintenance & Safety Assistant\n# Author: Scott M')).toEqual(['Scott']);
    // Two given names around "&" are two people.
    expect(spans('Meeting with Alice & Bob tomorrow')).toEqual(['Alice', 'Bob']);
  });

  it("reads O' and D' surnames as one word, and as a name beside another name word", () => {
    expect(spans("SO118133663,Elva O'Connell,175.103.231.203")).toEqual(["Elva O'Connell"]);
    expect(spans('Call log - spoke with M. O’Reilly, wants to upgrade.')).toEqual(['M. O’Reilly']);
    expect(spans("Write a polite email to Mr. O'Conner at sawayn@example.eu")).toEqual(["Mr. O'Conner"]);
    // Alone, the prefix is no evidence: an airport and a publisher.
    expect(spans("Fly via O'Hare and buy the O'Reilly book.")).toEqual([]);
    // The prefixed word must end the run: a brand or an airport has more after it.
    expect(spans("I bought it from O'Reilly Media; shop at O'Reilly Auto Parts; fly into O'Hare International.")).toEqual([]);
  });

  it('takes a name in capitals under a name column, with a verb such as "wrote", or with surname particles beside two words', () => {
    expect(spans('id\tname\tip\n224-8007745\tPIGA Ondina\t205.13.173.126')).toEqual(['PIGA Ondina']);
    expect(spans('name,address\nMAYNARD TREMBLAY-KOEPP,"4422 Bo Junction"')).toEqual(['MAYNARD TREMBLAY-KOEPP']);
    expect(spans('ROMAINE DURGAN-AUER wrote:\n> Can you wire the deposit?')).toEqual(['ROMAINE DURGAN-AUER']);
    expect(spans('Kind regards,\nDELLA BERETTA Edda')).toEqual(['DELLA BERETTA Edda']);
    expect(spans('USE THE DE FACTO STANDARD. SELECT NAME FROM USERS WHERE ID = 1')).toEqual([]);
  });

  it('reads a person-only cue written as a field label, also inside brackets', () => {
    expect(spans('Please pay into WGPN 2761 (account holder: LARYSA MICHALAK)?')).toEqual(['LARYSA MICHALAK']);
    expect(spans('Applicant: Reis Karla\nStatus: pending')).toEqual(['Reis Karla']);
  });

  it('takes the line under a postal heading and above the street for the addressee', () => {
    expect(spans('Billing address\nWILLOW HAHN\n731 Jake Square Apt. 537\nKochville')).toEqual(['WILLOW HAHN']);
    expect(spans('Ship to:\nRIGGIO Fulvia\nPiazza Cipriani 64\n52289 Arezzo')).toEqual(['RIGGIO Fulvia']);
    // On a business card the line above the street is the company.
    expect(spans('David Belov\nOpen Data Nation\n90 Höfðabraut 30 Suite 4')).toEqual(['David Belov']);
    expect(spans('Shipping address\nAcme Corp\n12 Main Street')).toEqual([]);
  });

  it('takes the other items of a list of names for names when two thirds are names already', () => {
    expect(spans('Attendees:\n- Mr. Pilla\n- C. Mahajan\n- Dr. Divjot Chattopadhyay\n- Vidhur S.\n- Ms. Ada Obi\n- Oyelaran Tunde').sort()).toEqual([
      'C. Mahajan', 'Dr. Divjot Chattopadhyay', 'Mr. Pilla', 'Ms. Ada Obi', 'Oyelaran Tunde', 'Vidhur S.',
    ]);
    expect(spans('Stack:\n- Spring Security\n- John Smith\n- Passport Js\n- React Router')).toEqual(['John Smith']);
    // Two names among four items are not enough: the rest are agenda points.
    expect(spans('Attendees:\n- John Smith\n- Mary Jones\n- Product Roadmap\n- Quarterly Review')).toEqual(['John Smith', 'Mary Jones']);
  });

  it('ends a name before the unit word that opens an address on the same line', () => {
    expect(spans('Mrs. Diana Weöres Apt. 434 40 Rue de la Sarthe 421')).toEqual(['Mrs. Diana Weöres']);
    expect(spans('Dr. Stacy Jónasdóttir Suite 683 11 Brucknerweg 141')).toEqual(['Dr. Stacy Jónasdóttir']);
  });

  it('takes the other speakers of a transcript for people when half of them are names already', () => {
    expect(spans('Kalman: "Who are you?"\nJordan: "I am his daughter".')).toEqual(['Kalman', 'Jordan']);
    expect(spans('Agent: hello\nMaria: hi there\nAgent: how can I help?')).toEqual(['Maria']);
    // A prompt's headings with one name among many are not a transcript.
    expect(spans('Role: critic\nLens: depth\nPattern: none\nTertiary: none\nAnna: example answer')).toEqual(['Anna']);
  });

  // Found in review: shapes that read as names after this change and must not.
  it.each([
    'Job Title,Email,Phone',
    'Lead Source\tEmail\tPhone',
    'Marital Status,Spouse,Date of Birth',
    '| Legal Entity | Phone | Country |',
    'Reset Password\nEmail:',
    'Quick Start\n+1 800 555 0100',
    'Report Bugs via bugs@example.com',
    'Release Notes on 01.02.2024',
    'Board Meeting at 0900',
    'Galaxy Buds\t01-05-2023',
    'Blue Widget,0012345',
    'Hi Guys,\nHey Siri, set a timer',
    'Best regards,\nGrowth Marketing',
    'Sincerely,\nHuman Resources',
    'Open Data Nation\n1200 Market Street\nSan Francisco, CA 94103',
  ])('does not read a header, label, date, team or company as a name: %j', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it('does not join an interjection to the name after it, and keeps speaker names at their offsets', () => {
    expect(spans('Sorry, Jennifer. Welcome, Jessica!')).toEqual(['Jennifer', 'Jessica']);
    expect(spans('John Smith: Hello\nPriya Patel: Hi\nZorblax Quenti : hey')).toEqual(['John Smith', 'Priya Patel', 'Zorblax Quenti']);
    expect(spans('John Smith: hi\nMaria Garcia: ok\nAction Items: send deck\nDecisions: ship')).toEqual(['John Smith', 'Maria Garcia']);
  });

  it('reads Windows line ends like Unix ones', () => {
    expect(spans('Ship to:\r\nWILLOW HAHN\r\n731 Jake Square Apt. 537\r\nKochville')).toEqual(['WILLOW HAHN']);
  });

  it('takes a "Name" column beside an IP column as people', () => {
    expect(spans('id,name,ip\n8812,Tahlia Berge,172.30.119.85\n8813,Orin Cormack,10.2.3.4')).toEqual(['Tahlia Berge', 'Orin Cormack']);
  });
});

describe('verbs opening a sentence, eponyms, and surnames that are also words', () => {
  it('does not read a company, a job or a theorem with a surname-like word as a person', () => {
    for (const text of ['We are evaluating Lockheed Martin as a supplier.', 'Job posting: Dog Walker (part-time).', "Explain Taylor's theorem with an example.", "Run Fisher's exact test on the table.", 'I bought a Mini Cooper yesterday.', 'Meet me on Walker Street.', 'The Turner Prize went to a painter.']) {
      expect(spans(text)).toEqual([]);
    }
  });

  it('keeps names that are also words when a given name comes first', () => {
    expect(spans('Please email Kenneth Law about the contract.')).toEqual(['Kenneth Law']);
    expect(spans('Ping Wang will join the call tomorrow.')).toEqual(['Ping Wang']);
  });

  it('keeps a verb that opens the sentence out of the name', () => {
    expect(spans('Met Eufrasia Patel at the Austin trade fair.')).toEqual(['Eufrasia Patel']);
    expect(spans('Invite Dorota Kowalski to the call.')).toEqual(['Dorota Kowalski']);
  });

  it('does not read a law, a model or a prize named after someone as that person', () => {
    for (const text of ["Follow Miller's Law: at most seven items.", 'Follow Richardson Maturity Model up to Level 3.', 'She won the Nobel Prize.']) {
      expect(spans(text)).toEqual([]);
    }
  });
});

describe('a place and a country closing an address line without a postcode', () => {
  it('takes the place and the country into the address', () => {
    expect(spans('Meet me at 68 114 Afroditis Street Suite 921 Nicosia Indonesia', 'street_address')).toEqual(['68 114 Afroditis Street Suite 921 Nicosia Indonesia']);
    expect(spans('The letter arrived at 58 Guipúzcoa 1268 Apt. 283 Rocha Afghanistan last night.', 'street_address')).toEqual(['58 Guipúzcoa 1268 Apt. 283 Rocha Afghanistan']);
    expect(spans('send it to 19 pierre delannoyplaats 211 apt. 098 erwetegem united states', 'street_address')).toEqual(['19 pierre delannoyplaats 211 apt. 098 erwetegem united states']);
  });

  it('stops where the words are not a place before a country', () => {
    expect(spans('Ship to 55 Baker Street Apt 4 please, not to Brazil', 'street_address')).toEqual(['55 Baker Street Apt 4']);
    expect(spans('Meet at 12 Main St Suite 200 Thanks Brazil', 'street_address')).toEqual(['12 Main St Suite 200']);
    expect(spans('Meet at 12 Main St Suite 200 in Brazil', 'street_address')).toEqual(['12 Main St Suite 200']);
  });
});

describe('lists of people', () => {
  it('reads a list after a label for people as names, each on its own', () => {
    expect(spans('Tango is the brainchild of our 3 founders: Turgeon, Guerra and Ewing.').sort()).toEqual(['Ewing', 'Guerra', 'Turgeon']);
    expect(spans('Attendees: Eufrasia, Giasone and Tadeusz').sort()).toEqual(['Eufrasia', 'Giasone', 'Tadeusz']);
  });

  it('reads names followed by "were" and a word for people as names', () => {
    expect(spans('Best pop song on this list? Schiavone and Livingston were precision engineers.').sort()).toEqual(['Livingston', 'Schiavone']);
  });

  it('leaves lists of things alone', () => {
    for (const text of [
      'Speakers: Bose, Sonos and JBL',
      'Python and Rust were popular languages.',
      "Chrome and Firefox were developers' top choices.",
      'Stack: Postgres, Redis and Kafka',
      'Attendees: Sales, Marketing and Support',
      'Reviewers: Frontend, Backend and QA',
      'Panelists: Nvidia, Intel and AMD',
      'Participants: Germany, France and Italy',
      'Guests: Wifi password is on the fridge',
      'Guests: Roku, Chromecast and Apple TV',
      'Reviewers: CodeRabbit, Copilot and SonarQube',
    ]) {
      expect(spans(text)).toEqual([]);
    }
  });

  it('takes names of two words in such a list whole', () => {
    expect(spans('Attendees: Kenneth Law, Ping Li and Ruth Smith').sort()).toEqual(['Kenneth Law', 'Ping Li', 'Ruth Smith']);
  });

  it('keeps the names of a list whose other items have other shapes', () => {
    expect(spans('Attendees: Giasone Raneri, Tadeusz Kowal, Dr. Lee').sort()).toEqual(['Dr. Lee', 'Giasone Raneri', 'Tadeusz Kowal']);
    expect(spans('Attendees: Giasone Raneri, Jennifer Hill, Tadeusz Kowal').sort()).toEqual(['Giasone Raneri', 'Jennifer Hill', 'Tadeusz Kowal']);
    expect(spans('Interviewees: Giasone Raneri (CEO), Tadeusz Kowal (CTO)').sort()).toEqual(['Giasone Raneri', 'Tadeusz Kowal']);
    expect(spans('Guests: Giasone Raneri and family')).toEqual(['Giasone Raneri']);
    expect(spans('Attendees: Giasone Raneri, Ms Patel, O\'Brien, me')).toEqual(expect.arrayContaining(['Giasone Raneri', 'Ms Patel']));
  });

  it('still joins "Surname, Given" after a cue when no list follows', () => {
    expect(spans('Dear Hadfield, Kenan and thanks for writing')).toEqual(['Hadfield, Kenan']);
  });
});

describe('corners whose second street was read in parts, and firms whose partners have given names', () => {
  it('takes "X and <street>" as one corner address when the street starts with a word read on its own', () => {
    expect(spans('Meet me at Spencer and Søndre Havnevej 65')).toEqual([]);
    expect(spans('Meet me at Spencer and Søndre Havnevej 65', 'street_address')).toEqual(['Spencer and Søndre Havnevej 65']);
    expect(spans('The letter arrived at Bryan and Meierigaten 206 last night.', 'street_address')).toEqual(['Bryan and Meierigaten 206']);
  });

  it('keeps a given name before the street a person', () => {
    expect(spans('Call Anna and Peter Havnevej 65')).toContain('Anna');
  });

  it('reads "A, B and C" as a firm before "office" or on the company line of a postal block', () => {
    expect(spans('The Jones, Mitchell and Williams office is at 87 Main St')).toEqual([]);
    expect(spans('Baker, Taylor and Young, LLP')).toEqual([]);
    expect(spans('Sullivan, Cromwell and Ross, Inc.')).toEqual([]);
    expect(spans('Douglas Lundin\nRose, Turner and Thompson\n24 320 St Marys Rd')).toEqual(['Douglas Lundin']);
  });

  it('keeps such a list people elsewhere', () => {
    expect(spans('Thanks to Jones, Mitchell and Williams for the help').sort()).toEqual(['Jones', 'Mitchell', 'Williams']);
    expect(spans('Alice, Bob and Carol\n2 apples each').sort()).toEqual(['Alice', 'Bob', 'Carol']);
    expect(spans('Attendees\nKim, Lee and Jordan\n2 topics discussed').sort()).toEqual(['Jordan', 'Kim', 'Lee']);
    for (const text of ['Sarah, Tom and Emily firmly believe we should ship.', "I cc'd Sarah, Tom and Emily, attorneys for the plaintiff."]) {
      expect(spans(text).sort()).toEqual(['Emily', 'Sarah', 'Tom']);
    }
  });
});

describe('an initial or a street abbreviation before a dash and a phone', () => {
  it('reads "R. Torphy - 0044 7400 842743" as a person and a phone, not a street and its number', () => {
    const text = 'Contacts:\n2. R. Torphy - 0044 7400 842743';
    const found = scanText(text).map((f) => [f.type, text.slice(f.start, f.end)]);
    expect(found).toEqual([['person_name', 'R. Torphy'], ['phone', '0044 7400 842743']]);
    // A dash is not a word of a street's name, and a house number does not start with 00.
    expect(spans('Av. Torphy - 1508 Centro', 'street_address')).toEqual([]);
    expect(spans('Av. Paulista, 1578 - Bela Vista', 'street_address')).toEqual(['Av. Paulista, 1578']);
  });
});

describe('the place closing an address line', () => {
  it('is part of the address, not a person, whatever its shape', () => {
    expect(spans('Meet Thursday at Geolytics, 43 P.O. Box 41, Arsuk')).toEqual([]);
    expect(spans('Meet Thursday at Geolytics, 43 P.O. Box 41, Arsuk', 'street_address')).toEqual(['43 P.O. Box 41, Arsuk']);
    expect(spans('Kruse lives at 11 Paso Rivero 7301, Tomas Gomensoro', 'street_address')).toEqual(['11 Paso Rivero 7301, Tomas Gomensoro']);
  });

  it('leaves a person after the address a person: a title, or a given name alone', () => {
    expect(spans('Ship to 12 Main Street, Mr. Jones.')).toEqual(['Mr. Jones']);
    expect(spans('Deliver to 12 Main Street, Anna.')).toEqual(['Anna']);
  });
});

describe('a name followed by a North American number without a prefix', () => {
  it('is a name with its phone', () => {
    expect(spans('Contacts:\n1. Radolf Bauer - 312 323 2463\n2. Gandolfo Reyes - 312.323.2464').sort()).toEqual(['Gandolfo Reyes', 'Radolf Bauer']);
  });

  it('needs the 3-3-4 grouping, not any digits', () => {
    expect(spans('Model Xeon - 312 323 2463')).toEqual([]);
    expect(spans('Release Candidate - 312 3230 24')).toEqual([]);
  });
});

describe('words in coding and writing prompts that are not people', () => {
  it('reads "ms" after a number as milliseconds, not as a title', () => {
    for (const text of ['use "400ms ease-out for modals"', 'p99 under 5ms with cubic easing', 'the 200ms after previous input']) expect(spans(text)).toEqual([]);
    expect(spans('please call ms smith tomorrow')).toEqual(['ms smith']);
  });

  it('does not read imperative verbs, sentence adverbs or SOLID principles as names', () => {
    for (const text of ['Additionally, if necessary, you could suggest other places.', 'Finally, we ship it.', 'SOLID (Single Responsibility, Open/Closed, Liskov Substitution, Interface Segregation)', 'Install Run Deploy']) {
      expect(spans(text)).toEqual([]);
    }
    expect(spans('Install Husky and run the hooks')).not.toContain('Install Husky');
  });

  it('does not read professions, nationalities or guides and committees as names, and keeps the name after a profession', () => {
    for (const text of ['Ask the user for their role (e.g., Nurse, Physician, Pharmacist)', 'similar to everyday professional Filipino English', '### 3. User and Developer Guides', 'the 2025 International Liaison Committee']) {
      expect(spans(text)).toEqual([]);
    }
    expect(spans('Nurse Ratched gave the meds.').some((n) => n.includes('Ratched'))).toBe(true);
  });

  it('keeps surnames that are also professions or nationalities', () => {
    expect(spans('Paul Nurse won the Nobel prize.')).toEqual(['Paul Nurse']);
    expect(spans('Contact: Perveen Doctor, 555-0134')).toEqual(['Perveen Doctor']);
    expect(spans('Name: Thai Binh\nEmail: binh@example.com')).toEqual(['Thai Binh']);
  });
});

describe('lists of people, whole items', () => {
  it('reports each item of the list whole, after "co-founders:" too', () => {
    expect(spans('Our co-founders: Eufrasia Patel and Giasone Raneri').sort()).toEqual(['Eufrasia Patel', 'Giasone Raneri']);
    expect(spans('cofounders: Tadeusz, Giasone').sort()).toEqual(['Giasone', 'Tadeusz']);
  });
});

describe('surnames that are also words, initials, and lower-case names after a role word', () => {
  it('takes a surname that is also a place word after a strong cue, and not without one', () => {
    expect(spans('Her name is Anna Church')).toEqual(['Anna Church']);
    expect(spans('caller verified identity with last name Church and date of birth')).toEqual(['Church']);
    expect(spans('Cardholder: Faith Hill')).toEqual(['Faith Hill']);
    expect(spans('We met at the Church and the Park')).toEqual([]);
    expect(spans('Dear Hill Street team,')).toEqual([]);
  });

  it('takes an initial before a listed surname, also in capitals after a cue', () => {
    expect(spans('Who is O. Saleh?')).toEqual(['O. Saleh']);
    expect(spans('Cardholder: P. FERRARO')).toEqual(['P. FERRARO']);
    expect(spans('SECTION A. INTRODUCTION')).toEqual([]);
  });

  it('takes a lower-case given name and surname after a role word', () => {
    expect(spans('Rohan hit the target, and her manager yasmin haddad agrees.')).toContain('yasmin haddad');
    expect(spans('Background check for candidate adaeze okonkwo, SSN to follow')).toEqual(['adaeze okonkwo']);
    expect(spans('the customer support team and the client portal')).toEqual([]);
  });
});

describe('log lines and prose that only look like cues', () => {
  it('reads "ms" after a number as milliseconds, not as an honorific', () => {
    expect(spans('2024-05-02 11:45:17 UTC [7712] app@orders LOG:  duration: 641.454 ms  statement: SELECT 1')).toEqual([]);
    expect(spans('request timed out after 30 ms waiting for a lock')).toEqual([]);
    expect(spans('please forward this to ms smith tomorrow')).toEqual(['ms smith']);
  });

  it('takes "To:" and "From:" as cues where they open a line, not inside prose', () => {
    expect(spans('Connection failed authentication due to: Authentication failed: Invalid username or password')).toEqual([]);
    expect(spans('Would you like me to:\n\nReplace the old module with the new one?')).toEqual([]);
    expect(spans('Subject: Q3 plan\nTo: Jana Novak\nFrom: Lars Berg')).toEqual(['Jana Novak', 'Lars Berg']);
    expect(spans('> From: Priya')).toEqual(['Priya']);
  });

  it('reads a role word that heads a column as a header cell, not as a cue for the next column\'s heading', () => {
    expect(spans('Customer\tCurrent\t1-30\t31-60\nHarbour Foods\t18,877\t-\t-')).not.toContain('Current');
    expect(spans('Employee     Start        Team\nR. Okafor    2023-04-01   Ops')).not.toContain('Start');
    // A label with its colon still names the person after a tab.
    expect(spans('Customer:\tMaria Lopez\nOrder:\t4411')).toEqual(['Maria Lopez']);
    expect(spans('Please call the customer Maria Lopez today')).toEqual(['Maria Lopez']);
  });
});

describe('a particle after a word that is no given name is a preposition', () => {
  it('starts the name after it', () => {
    expect(spans('Die Unterlagen fehlen noch im Antrag von Marlene Hoffmann.')).toEqual(['Marlene Hoffmann']);
    expect(spans('Betaling van Sanne Visser ontvangen')).toEqual(['Sanne Visser']);
    expect(spans('Einladung zum 60. Geburtstag von Heike Seidel')).toEqual(['Heike Seidel']);
  });

  it('keeps particles inside names and after initials and titles', () => {
    expect(spans('Ludwig van Beethoven, geb. 1770')).toEqual(['Ludwig van Beethoven']);
    expect(spans('Ursula von der Leyen said so')).toEqual(['Ursula von der Leyen']);
    expect(spans('M. Ruiz de la Torre, DOB 1990-01-02')).toEqual(['M. Ruiz de la Torre']);
    expect(spans('Dr. Ruiz de la Torre called')).toEqual(['Dr. Ruiz de la Torre']);
  });

  it('leaves a lone word after the preposition alone: places and institutions', () => {
    expect(spans('I am in Mansilla de la Sierra for a business trip')).toEqual([]);
    expect(spans('Laurea in Informatica, Politecnico di Torino')).toEqual([]);
    expect(spans('Heute kam eine Anfrage von Krause.')).toEqual([]);
  });
});

describe('places after prepositions of other languages', () => {
  it('reads a single word after bei, nach, aus, a, à, en, em as a place', () => {
    expect(spans('Ort: bei Genova, Italia')).toEqual([]);
    expect(spans('Nato/a a Padova il 24 agosto 1953')).toEqual([]);
    expect(spans('Grüße aus Hamburg und bis bald')).toEqual([]);
    expect(spans('take the Elizabeth line to the hotel')).toEqual([]);
  });

  it('keeps a given name after the same prepositions: they also stand before people', () => {
    expect(spans('Termin bei Anna morgen')).toEqual(['Anna']);
    expect(spans('llamé a María ayer')).toEqual(['María']);
    expect(spans('envoie à Marie le dossier')).toEqual(['Marie']);
  });
});

/** The person names scanText reports in `text`, as written. */
const personNames = (text: string): string[] => valuesOf(text, 'person_name');

describe('line prefixes, place labels, month abbreviations, shared mailboxes and brands', () => {
  it('reads the first word after a checkbox or a bracketed date as the line\'s first word', () => {
    expect(personNames('- [x] Contrato assinado e devolvido\n- [ ] Portátil encomendado')).toEqual([]);
    expect(personNames('[22/08/2024] Chamada recebida de Miguel Sousa.')).toEqual(['Miguel Sousa']);
    expect(personNames('[20:04:50] Agent Linh Tran: Sure, I can help with that.')).toEqual(['Linh Tran']);
    expect(personNames('- [x] Anna Schmidt bestätigt')).toEqual(['Anna Schmidt']);
  });

  it('takes the value of a place label for a place, even a given name', () => {
    expect(personNames('### 1. Ana Hawthorne\n- Location: Brooklyn\n- Email: ana.hawthorne97@aol.com')).toEqual(['Ana Hawthorne']);
    expect(personNames('- Localidade: Salvador\n- Telefone: 71 99173 7253')).toEqual([]);
  });

  it('reads a month abbreviation before a day as a date', () => {
    expect(personNames('I rented 12 Elm St from me between Nov 16, 2015 and Jun 1, 2016.')).toEqual([]);
    expect(personNames('Thanks to Jun Tanaka for the review.')).toEqual(['Jun Tanaka']);
  });

  it('takes the display name of a shared mailbox for the company\'s, and a person\'s before it for theirs', () => {
    expect(personNames('To: Wattle Energy <service@wattleenergy.com.au>\nSubject: Change of address')).toEqual([]);
    expect(personNames('To: Jane Smith <info@janesmith.com>')).toEqual(['Jane Smith']);
  });

  it('knows more brands named after people', () => {
    expect(personNames("Items:\n  1 × Karl Lagerfeld tote — €84.10\n  1 × Marc O'Polo sweater — €72.00\nLevi's 501 jeans 88.31")).toEqual([]);
  });
});

describe('names in the fields of payloads and forms', () => {
  it('reads the text of name elements, surnames in capitals, and the name labels of other languages', () => {
    const soap = '<cus:Customer>\n  <cus:GivenName>Mei</cus:GivenName>\n  <cus:FamilyName>Lo Presti</cus:FamilyName>\n</cus:Customer>';
    expect(personNames(soap)).toEqual(['Mei', 'Lo Presti']);
    expect(personNames('{"firstName": "Ines", "lastName": "BRUNO"}')).toEqual(['Ines', 'BRUNO']);
    expect(personNames('Achternaam: VAN DAMME\nVoornamen: Wouter')).toEqual(['VAN DAMME', 'Wouter']);
  });

  it('reads browser autofill tokens, FHIR HumanName, redis-cli hashes, labels allowing several, and a form row of two fields', () => {
    expect(personNames('{"given-name": "Saga", "family-name": "Ekström", "cc-name": "Clodagh Moloney"}')).toEqual(['Saga', 'Ekström', 'Clodagh Moloney']);
    expect(personNames('"name": [ { "use": "official", "family": "Bergström", "given": [ "Gustav" ] } ]')).toEqual(['Bergström', 'Gustav']);
    expect(personNames('"name": [{\n  "given": ["Anna"],\n  "family": "Lindqvist"\n}]')).toEqual(['Anna', 'Lindqvist']);
    expect(personNames('HGETALL user:1\n 1) "first_name"\n 2) "Alfie"\n 3) "last_name"\n 4) "Griffiths"\n 5) "email"')).toEqual(['Alfie', 'Griffiths']);
    expect(personNames('Last name(s): El Amrani\nFirst name(s): Even')).toEqual(['El Amrani', 'Even']);
    expect(personNames('Příjmení: Procházka\nApelidos: Santos\nNome próprio: Tiago')).toEqual(['Procházka', 'Santos', 'Tiago']);
    expect(personNames('Voornaam: Maaike        Achternaam: Jansen')).toEqual(['Maaike', 'Jansen']);
  });

  it('leaves a "family" key without a "given" beside it alone', () => {
    expect(personNames('{"font-family": "Arial", "family": "Roboto"}\n{"given": "x"}')).toEqual([]);
  });

  it('leaves what stands in for a missing name alone', () => {
    expect(personNames('{"surname": "TBD", "lastName": "UNKNOWN", "first_name": "REDACTED"}\n<FamilyName>NONE</FamilyName>')).toEqual([]);
  });
});

describe('a name opening the line of its own e-mail address', () => {
  it('reads the name in any case when one of its words is in the address', () => {
    const signups = [
      '- emily patel · epatel@yahoo.com · (718) 385-9379 — no nuts',
      '4. **FLEUR EL AMRANI** — fleur.elamrani97@gmail.com — 06 37012345',
      '- Whitfield, Bethan · bethan.whitfield@sky.com — born 7th June 1990',
      '- [x] agnieszka kamińska <agnieszkakaminska59@wp.pl>, +48 789 312 456',
    ].join('\n');
    expect(personNames(signups)).toEqual(['emily patel', 'FLEUR EL AMRANI', 'Whitfield, Bethan', 'agnieszka kamińska']);
  });

  it('leaves teams, shared mailboxes and words that are not in the address alone', () => {
    expect(personNames('- Sales Team · sales@acme.com\n- Jira Admin, jira-admin@acme.io\n- build failed — ci-bot@acme.io')).toEqual([]);
    expect(personNames('- quarterly report · finance-reports@acme.io')).toEqual([]);
  });
});

describe('speakers of a transcript written in capitals', () => {
  it('reads a speaker label in capitals after a time stamp, before a colon or a time', () => {
    const meeting = '[00:02:59] GIULIA LO PRESTI: Allora, partiamo.\n[00:03:41] ALESSANDRO DI STEFANO: Abbiamo un numero valido?';
    expect(personNames(meeting)).toEqual(['GIULIA LO PRESTI', 'ALESSANDRO DI STEFANO']);
    expect(personNames('ANA NGUYEN   6:02\nOkay, let\'s start with the escalations.')).toEqual(['ANA NGUYEN']);
  });

  it('leaves the capitals that open log lines alone', () => {
    expect(personNames('[12:00:01] GRANT ACCESS: ok\n[12:00:02] ERROR HANDLER: failed\n[12:00:03] MARK AS READ: done')).toEqual([]);
  });
});

describe('column headers of birth dates, status and phone are not names', () => {
  it('reads no name in a header row, whatever its delimiter', () => {
    expect(personNames('Nr. | Navn | Fødselsdato | Telefon | E-mail | Status')).toEqual([]);
    expect(personNames('Nr.  Navn  Fødselsdato  Telefon  E-post  Status\n1536  SOLBERG Jonas  28-02-1967  +47 25 88 45 42')).toEqual(['SOLBERG Jonas']);
    expect(personNames('Cantina Valpolicella Srl – Stato patrimoniale\n\n|  | T1 2025 | T2 2025 |')).toEqual([]);
  });

  it('still reads Nascimento as the surname it often is', () => {
    expect(personNames('Locador: Costa Nascimento, Vinícius – +55 (21) 93962-4318')).toEqual(['Costa Nascimento, Vinícius']);
  });
});

describe('a name cue on an earlier line', () => {
  it('labels the next line when it stands alone on its line as a label or a closing', () => {
    expect(personNames('Nachname:\nKowalczyk\nVorname:\nIrena')).toContain('Kowalczyk');
    expect(personNames('Thanks for bearing with us. Kind regards,\n\nTamsin Okonjo-Reid')).toEqual(['Tamsin Okonjo-Reid']);
  });

  it('labels nothing when it ends a request, or stands across a blank line', () => {
    expect(personNames('Please sort the entries alphabetically by surname:\n\nReminder letter\n\nKelvin Osei\nflat 4')).toEqual(['Kelvin Osei']);
    expect(personNames('Ordena estos datos por apellido y nombre completo, surname:\nHora | Candidato | Correo')).toEqual([]);
    expect(personNames('fiche patient\n\nAnimal:        Filou\nEspèce: chat')).not.toContain('Animal');
  });
});

describe('names in tables aligned with spaces', () => {
  const roll = [
    'No.   Nachname     Vorname     Ort',
    '1001  OYELARAN     Funmilayo   Leipzig',
    '1612  HEINONEN     Aapo        Halle',
  ].join('\n');

  it('reads each cell of a surname or given-name column, in capitals or not, and not the town after it', () => {
    expect(personNames(roll)).toEqual(['OYELARAN', 'Funmilayo', 'HEINONEN', 'Aapo']);
  });

  it('does not join a name to the next column across the spaces between them', () => {
    expect(personNames('Signature: Wendell Okafor   Date: 2024-04-21')).toEqual(['Wendell Okafor']);
  });

  it('reads no name from capitals under other headers', () => {
    expect(personNames('CODE     STATUS     REGION\nXK-21    ACTIVE     EMEA\nXK-22    RETIRED    APAC')).toEqual([]);
  });
});

describe('words that only look like names next to names', () => {
  it('leaves a household, a subtotal row, a messenger, a practice and form words of other languages out', () => {
    const report = 'Account Name | Contact | Phone\nLemaire Household | Hugo Lemaire | 0648102888\nSubtotal |  | \n';
    expect(personNames(report)).toEqual(['Hugo Lemaire']);
    expect(personNames("I'm Camille Dubois, WhatsApp +33 7 78 90 79 18.")).toEqual(['Camille Dubois']);
    expect(personNames('Current vet: Dr. Sophie Holloway, Tierarztpraxis am Park, (01) 412 5339')).toEqual(['Dr. Sophie Holloway']);
    expect(personNames('Solicitante: Álvaro Ruiz Fernández, Fecha de nacimiento 09/06/1991')).toEqual(['Álvaro Ruiz Fernández']);
    expect(personNames('Jag, Elin Karlsson, född 20 augusti 1935')).toEqual(['Elin Karlsson']);
  });
});

describe('Irish, Māori and South African names', () => {
  it('reads given names and surnames of Ireland, New Zealand and South Africa in prose', () => {
    expect(personNames('I met Niall Doherty yesterday.')).toEqual(['Niall Doherty']);
    expect(personNames('Evaluator: Ciara Fitzpatrick')).toEqual(['Ciara Fitzpatrick']);
    expect(personNames('Thanks to Chantelle van der Merwe and Hemi Parata for the help.')).toEqual(['Chantelle van der Merwe', 'Hemi Parata']);
  });
});

describe('names in banking and directory records', () => {
  it('reads MT940 /NAME/, ISO 20022 <Nm>, OFX <NAME> and an LDAP CN when they name a person', () => {
    expect(personNames(':86:/EREF/RE-22684/ORDP//NAME/Miriam Müller/IBAN/DE64524554309623409672/REMI/Rent')).toEqual(['Miriam Müller']);
    expect(personNames('<Cdtr><Nm>Rory Hargreaves</Nm></Cdtr>')).toEqual(['Rory Hargreaves']);
    expect(personNames('<NAME>Kiss Gergő\n<MEMO>rent')).toEqual(['Kiss Gergő']);
    expect(personNames('-Manager "CN=Clodagh Fitzpatrick,OU=Staff,DC=halcyon,DC=local"')).toEqual(['Clodagh Fitzpatrick']);
    expect(personNames('Surnames: NGUYEN\nGiven Names: THI HOA')).toEqual(['NGUYEN', 'THI HOA']);
  });

  it('leaves firms and groups in the same fields alone', () => {
    expect(personNames('<Dbtr><Nm>Acme Holdings Ltd</Nm></Dbtr>\n:86:/NAME/Northwind Traders/REMI/x')).toEqual([]);
    expect(personNames('member: CN=Domain Admins,CN=Users,DC=corp,DC=local')).toEqual([]);
  });
});
