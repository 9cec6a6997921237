import { describe, expect, it } from 'vitest';
import { TableHeaders } from '../../../utils/detection/detectors/table-header';

/** The header TableHeaders reports for the first occurrence of `value` at or after `from` in `text`. */
function headerOf(text: string, value: string, from = 0): string {
  const start = text.indexOf(value, from);
  return new TableHeaders(text).headerOf(start, start + value.length);
}

describe('table column headers', () => {
  const tsv = 'name\tdob\tssn\nAda Roe\t12/21/1981\t493-76-1695\nBo Li\t1957-10-21\t890 49 6189\nCy Wu\t1999-01-08\t533309632';

  it('answers a value in a data row after a value in the header row was asked about', () => {
    // The header row's own memo (no header above it) must not become the data rows' answer.
    const md = '| Customer | City | Amount |\n|---|---|---|\n| Ada Roe | Lyon | 120 |';
    const tables = new TableHeaders(md);
    const at = (v: string) => md.indexOf(v);
    expect(tables.headerOf(at('Amount'), at('Amount') + 6)).toBe('');
    expect(tables.headerOf(at('Ada Roe'), at('Ada Roe') + 7)).toBe('customer');
    expect(tables.headerOf(at('120'), at('120') + 3)).toBe('amount');
  });

  it('gives every row the header of its column, not only the first row', () => {
    expect(headerOf(tsv, '493-76-1695')).toBe('ssn');
    expect(headerOf(tsv, '533309632')).toBe('ssn');
    expect(headerOf(tsv, '1999-01-08')).toBe('dob');
  });

  it('reads Markdown tables past their rule line, and CSV with quoted fields', () => {
    const md = '| Name | Social Security |\n| --- | --- |\n| Ada | 612 48 7641 |\n| Bo | 533309632 |';
    expect(headerOf(md, '533309632')).toBe('social security');
    const csv = 'Here is the export, please dedupe:\nname,dob,ssn\n"Roe, Ada","19 September 1959",210 05 8046\nBo Li,"23 June 1972",896 60 5672';
    expect(headerOf(csv, '19 September 1959')).toBe('dob');
    expect(headerOf(csv, '896 60 5672')).toBe('ssn');
  });

  it('matches a row with an unquoted comma to its header from the right', () => {
    const csv = 'name,dob,ssn\nRoe, Ada,1959-09-19,210 05 8046';
    expect(headerOf(csv, '210 05 8046')).toBe('ssn');
    expect(headerOf(csv, '1959-09-19')).toBe('dob');
  });

  it('joins back the commas people type with a space after them, when the row has more cells than its header', () => {
    const csv = 'Member,Born,Joined\nOdum, Kwabena,November 3, 1961,2019-04-01\nSilje Haug,1988-07-21,May 9, 2023';
    expect(headerOf(csv, 'November 3, 1961')).toBe('born');
    expect(headerOf(csv, '2019-04-01')).toBe('joined');
    expect(headerOf(csv, '1988-07-21')).toBe('born');
    expect(headerOf(csv, 'May 9, 2023')).toBe('joined');
  });

  it('gives no header to a value that is not alone in its cell, outside a table, or below a blank line', () => {
    expect(headerOf('name\tnote\nAda\tssn is 493-76-1695 ok', '493-76-1695')).toBe('');
    expect(headerOf('My number is 493-76-1695.', '493-76-1695')).toBe('');
    expect(headerOf('name\tssn\n\nAda\t493-76-1695', '493-76-1695')).toBe('');
    // A table without a digit-free header line has no header.
    expect(headerOf('1\t493-76-1695\n2\t533309632', '533309632')).toBe('');
  });

  it('stays linear on a long table and on one huge line', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `r${i}\t${100_000_000 + i}`).join('\n');
    const text = `id\tssn\n${rows}`;
    const tables = new TableHeaders(text);
    let n = 0;
    for (let at = text.indexOf('\t1'); at !== -1; at = text.indexOf('\t1', at + 1)) if (tables.headerOf(at + 1, at + 10) === 'ssn') n++;
    expect(n).toBe(20_000);
    const line = '493-76-1695,'.repeat(10_000);
    expect(new TableHeaders(line).headerOf(60_000, 60_011)).toBe('');
  });
});

describe('table column headers, asked in any order', () => {
  it('gives the same answers when values are asked out of order, across lines', () => {
    const tsv = 'name\tssn\nAda\t493-76-1695\nBo\t533309632\nCy\t890 49 6189';
    const tables = new TableHeaders(tsv);
    const at = (v: string) => tsv.indexOf(v);
    expect(tables.headerOf(at('890 49 6189'), at('890 49 6189') + 11)).toBe('ssn');
    expect(tables.headerOf(at('493-76-1695'), at('493-76-1695') + 11)).toBe('ssn');
    expect(tables.headerOf(at('533309632'), at('533309632') + 9)).toBe('ssn');
    expect(tables.headerOf(at('Bo'), at('Bo') + 2)).toBe('name');
  });
});

describe('table column headers, cell edges', () => {
  it('accepts padding of spaces, quotes and non-breaking spaces around a value, and rejects prose around it', () => {
    const csv = 'name;ssn\nAda;\u00a0"493-76-1695" \nBo; see 533309632';
    expect(headerOf(csv, '493-76-1695')).toBe('ssn');
    expect(headerOf(csv, '533309632')).toBe('');
  });
});

describe('table column headers, columns aligned with spaces', () => {
  const report = [
    'Ward 7 specimen run, collected 03/11/2025',
    'TUBE ID    PATIENT                 BORN         RACK   CLINICIAN',
    '---------  ----------------------  -----------  -----  ---------------',
    'T4410027   OYELARAN Funmilayo      1979-02-14   B      Dr Achterberg',
    '           ward note: 2 samples',
    'T4410033   HEINONEN Aapo           2011-06-30 2C       Dr Achterberg',
  ].join('\n');

  it('gives a value the header cell that overlaps its columns, past rule lines and continuation lines', () => {
    expect(headerOf(report, '1979-02-14')).toBe('born');
    expect(headerOf(report, '2011-06-30')).toBe('born');
    expect(headerOf(report, 'T4410033')).toBe('tube id');
    expect(new TableHeaders(report).headerRowOf(report.indexOf('HEINONEN Aapo'), report.indexOf('HEINONEN Aapo') + 13)).toEqual({
      cells: ['tube id', 'patient', 'born', 'rack', 'clinician'], column: 1,
    });
  });

  it('gives no header to a form aligned with spaces, to prose, or to a value inside a word', () => {
    const form = 'Nachname:          Brügger\nVorname:           Lorin\nGeburtsdatum:      3. Mai 1961';
    expect(headerOf(form, '3. Mai 1961')).toBe('');
    const prose = 'Intro  text  here\nWe met on 1979-02-14 and again later.';
    expect(headerOf(prose, '1979-02-14')).toBe('');
    const glued = 'CODE    BORN\nA1      x1979-02-14';
    expect(headerOf(glued, '1979-02-14')).toBe('');
  });

  it('stops at a blank line and at a line of prose with a digit', () => {
    expect(headerOf('NAME    BORN\n\nAda     1979-02-14', '1979-02-14')).toBe('');
    expect(headerOf('NAME    BORN\nsent 3 files\nAda     1979-02-14', '1979-02-14')).toBe('');
  });
});

describe('table column headers, exports with multi-line cells and column lists', () => {
  it('walks up past a quoted cell that spans lines to the header of a CSV export', () => {
    const csv = [
      'Given Name,Family Name,Birthday,Address 1 - Formatted',
      'Ines,Moreau,,"12 rue Oberkampf',
      'Bâtiment B',
      '75011 Paris"',
      'Jonas,Berg,1979-03-02,"Storgatan 4',
      '111 23 Stockholm"',
      'Eli,Nord,1990-12-30,',
    ].join('\n');
    expect(headerOf(csv, '1979-03-02')).toBe('birthday');
    expect(headerOf(csv, '1990-12-30')).toBe('birthday');
    // Without the quote opening the cell, the lines in between are prose that ends the table.
    expect(headerOf(csv.replace('"12 rue', '12 rue'), '1979-03-02')).toBe('');
  });

  it('reads a header that numbers repeated columns, not a row whose cells open with digits', () => {
    const header = 'Name,E-mail 1 - Value,Phone 1 - Value,Phone 2 - Value\nAda Roe,ada@example.org,+44 20 7946 0958,020 7946 0000';
    expect(headerOf(header, '020 7946 0000')).toBe('phone 2 - value');
    const noHeader = 'Ada,3,4,B\nBo,12,+44 20 7946 0958,C';
    expect(headerOf(noHeader, '+44 20 7946 0958')).toBe('');
    const dataAbove = 'Ada,10 Elm Road,x\nBo,+44 20 7946 0958,y';
    expect(headerOf(dataAbove, '+44 20 7946 0958')).toBe('');
  });

  it('takes the column list of a PostgreSQL COPY as the header of its tab-separated rows', () => {
    const dump = [
      'COPY public.members (member_id, full_name, date_of_birth, phone) FROM stdin;',
      '41\tAda Roe\t1981-12-21\t+44 20 7946 0958',
      '42\tBo Li\t1957-10-21\t\\N',
      '\\.',
    ].join('\n');
    expect(headerOf(dump, '1957-10-21')).toBe('date_of_birth');
    expect(headerOf(dump, 'Ada Roe')).toBe('full_name');
    expect(headerOf(dump, '41')).toBe('member_id');
    // A COPY to a file has no rows after it in the dump.
    expect(headerOf('COPY members (id, dob) TO \'/tmp/m.tsv\';\n41\t1981-12-21', '1981-12-21')).toBe('');
  });
});
