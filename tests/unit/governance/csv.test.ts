import { describe, expect, it } from 'vitest';
import { csvCell, toCsv, triageCsv } from '../../../utils/governance/csv';
import { triageWorkflows } from '../../../utils/governance/triage';

describe('CSV export', () => {
  it('quotes per RFC 4180', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(4.5)).toBe('4.5');
    expect(csvCell(undefined)).toBe('');
    expect(toCsv([['a', 'b'], ['c', 'd,e']])).toBe('a,b\r\nc,"d,e"\r\n');
  });

  it('defuses cells that spreadsheets would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-2)).toBe('-2'); // a real number is data, not a formula
  });

  it('exports one row per workflow with each test and its evidence', () => {
    const rows = triageWorkflows(
      [
        {
          signature: 'e'.repeat(64),
          installs: 2,
          installIds: 2,
          reports: 2,
          totalRuns: 9,
          runsPerWeek: 4.5,
          maxDays: 3,
          weeksSeen: 1,
          slots: 1,
          sites: ['chatgpt'],
          categories: ['pii'],
          stakes: ['=cmd|calc'],
          template: 'Draft a reply to {email}, politely',
          registered: true,
          firstSeen: 0,
          lastSeen: Date.parse('2026-11-16T00:00:00Z'),
        },
      ],
      { frequencyRunsPerWeek: 3, sharedNeedInstalls: 2, deprecateAfterMonths: 3 },
      Date.parse('2026-11-23T00:00:00Z'),
    );
    const lines = triageCsv(rows).trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0].startsWith('signature,template,verdict,verdict reason,tests passed,Frequency pass,Frequency evidence')).toBe(true);
    expect(lines[1]).toContain('"Draft a reply to {email}, politely",Promote');
    expect(lines[1]).toContain("'=cmd|calc");
    expect(lines[1]).toContain('2026-11-16T00:00:00.000Z');
  });
});
