import { describe, expect, it } from 'vitest';
import { contextSupports, enhanceConfidence, hasWordNear, isStandalone } from '../../../utils/detection/detectors/context';

describe('context enhancement helper', () => {
  const text = 'Employee SSN: 123-45-6788 (order ref 99)';
  const lower = text.toLowerCase();
  const start = text.indexOf('123');
  const end = start + 11;

  it('finds whole words only', () => {
    expect(hasWordNear(lower, 0, lower.length, ['ssn'])).toBe(true);
    expect(hasWordNear('lessness', 0, 8, ['ss'])).toBe(false);
  });

  it('boosts with supporting words and lowers with opposing ones, clamped to 0..1', () => {
    expect(enhanceConfidence(lower, start, end, 0.4, { boost: ['ssn'] })).toBeCloseTo(0.75);
    expect(enhanceConfidence(lower, start, end, 0.4, { penalize: ['order'] })).toBeCloseTo(0.05);
    expect(enhanceConfidence(lower, start, end, 0.9, { boost: ['ssn'], boostBy: 0.5 })).toBe(1);
  });

  it('limits the window', () => {
    expect(contextSupports(lower, start, end, ['employee'], 5)).toBe(false);
    expect(contextSupports(lower, start, end, ['employee'], 30)).toBe(true);
  });

  it('detects values glued to other characters', () => {
    expect(isStandalone('x123y', 1, 4)).toBe(false);
    expect(isStandalone(' 123 ', 1, 4)).toBe(true);
    expect(isStandalone('/123 ', 1, 4, '/')).toBe(false);
  });
});

describe('a record written one field per line', () => {
  const found = async (text: string) => (await import('../../../utils/detection')).scanText(text).map((f) => `${f.type}:${text.slice(f.start, f.end)}`);

  it('a field with a label of its own does not take the licence label of the row above', async () => {
    const record = 'Sprzedawca: Marta Wiśniewska\n  Nr prawa jazdy: 04417/19/0263\n  Telefon: 664-218-905\n';
    expect(await found(record)).toContain('phone:664-218-905');
    expect((await found(record)).filter((f) => f.startsWith('drivers_license:'))).toEqual(['drivers_license:04417/19/0263']);
  });

  it('a value line does not take the label of the line below it', async () => {
    const record = 'Kaufer: Jonas Albrecht\n  Lindenweg 7, 04109 Leipzig 553201\n  Führerschein-Nr.: B072RRE2I55';
    expect(await found(record)).toContain('drivers_license:B072RRE2I55');
    expect(await found(record)).not.toContain('drivers_license:553201');
  });

  it('a label after a value that a colon closes labels the value after it, not the one before', async () => {
    const line = '- Niamh Hughes — 07596254777 — Driving licence no.: HUGHE853240N99KV';
    expect((await found(line)).filter((f) => f.startsWith('drivers_license:'))).toEqual(['drivers_license:HUGHE853240N99KV']);
  });

  it('a national-ID key of no country supports a number whose checksum holds', async () => {
    const row = '*************************** 1. row ***************************\n  full_name: Jonas Albrecht\nnational_id: 86 472 930 531\n  order_no: 86472930532';
    expect(await found(row)).toContain('de_tax_id:86 472 930 531');
    expect((await found(row)).filter((f) => f.includes('86472930532'))).toEqual([]);
  });

  it('a generic value key still reads the sibling that names the document', async () => {
    const payload = '{\n  "idDocument": {\n    "type": "Aadhaar No.",\n    "value": "4915 7302 6188"\n  }\n}';
    expect(await found(payload)).toContain('in_aadhaar:4915 7302 6188');
  });
});
