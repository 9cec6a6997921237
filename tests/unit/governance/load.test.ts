import { describe, expect, it } from 'vitest';
import { parseReportFile, parseReportFiles } from '../../../utils/governance/load';
import { makeReport } from '../../fixtures/governance/make-report';

const good = (id: string) => JSON.stringify(makeReport({ installId: id }));

describe('loading report files', () => {
  it('reads a single object, an array, and NDJSON', () => {
    expect(parseReportFile('one.json', good('install-aaaa')).reports.map((r) => r.installId)).toEqual(['install-aaaa']);
    expect(parseReportFile('many.json', `[${good('install-aaaa')},${good('install-bbbb')}]`).reports).toHaveLength(2);
    const nd = parseReportFile('r.ndjson', `${good('install-aaaa')}\n\n${good('install-bbbb')}\r\n${good('install-cccc')}\n`);
    expect(nd.reports).toHaveLength(3);
    expect(nd.problems).toEqual([]);
  });

  it('names the file and the problem for malformed JSON', () => {
    const result = parseReportFile('broken.json', '{"kind": "shadow-ai-discovery-report",');
    expect(result.reports).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0].file).toBe('broken.json');
    expect(result.problems[0].problem).toMatch(/^malformed JSON/);
  });

  it('reports a malformed pretty-printed file once, not line by line', () => {
    const pretty = JSON.stringify(makeReport(), null, 2).slice(0, -3);
    const result = parseReportFile('pretty.json', pretty);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0].problem).toMatch(/^malformed JSON/);
  });

  it('rejects foreign JSON and a wrong schemaVersion', () => {
    expect(parseReportFile('package.json', '{"name": "x"}').problems[0]).toEqual({ file: 'package.json', problem: 'not a shadow-ai discovery report (kind missing)' });
    expect(parseReportFile('other.json', '{"kind": "sbom"}').problems[0].problem).toBe('not a shadow-ai discovery report (kind is "sbom")');
    expect(parseReportFile('v2.json', JSON.stringify({ ...makeReport(), schemaVersion: 2 })).problems[0].problem).toMatch(/unsupported schemaVersion 2/);
    expect(parseReportFile('list.json', '[1]').problems[0].problem).toBe('item 1: not a shadow-ai discovery report (not a JSON object)');
  });

  it('reports a schema violation with its path', () => {
    const bad = { ...makeReport(), uploads: { inspected: -1, notInspected: 0 } };
    expect(parseReportFile('bad.json', JSON.stringify(bad)).problems[0].problem).toMatch(/^invalid report: uploads\.inspected/);
    const leaked = { ...makeReport(), workflows: [{ signature: 'a'.repeat(64), count: 3, runsPerWeek: 1, days: 2, sites: [], categories: [], registered: false, template: 'secret text' }] };
    expect(parseReportFile('leak.json', JSON.stringify(leaked)).problems[0].problem).toMatch(/only be present when the workflow is registered/);
  });

  it('keeps the good lines of an NDJSON file and names the bad line', () => {
    const text = [good('install-aaaa'), good('install-bbbb'), '{"hello": 1}', 'not json', good('install-cccc')].join('\n');
    const result = parseReportFile('week.ndjson', text);
    expect(result.reports.map((r) => r.installId)).toEqual(['install-aaaa', 'install-bbbb', 'install-cccc']);
    expect(result.problems).toEqual([
      { file: 'week.ndjson', problem: 'line 3: not a shadow-ai discovery report (kind missing)' },
      expect.objectContaining({ file: 'week.ndjson', problem: expect.stringMatching(/^line 4: malformed JSON/) }),
    ]);
  });

  it('a broken first NDJSON line does not hide the good lines', () => {
    const result = parseReportFile('first-bad.ndjson', `{"truncated": \n${good('install-aaaa')}`);
    expect(result.reports).toHaveLength(1);
    expect(result.problems[0].problem).toMatch(/^line 1: malformed JSON/);
  });

  it('one bad file does not stop the others', () => {
    const result = parseReportFiles([
      { name: 'a.json', text: good('install-aaaa') },
      { name: 'empty.json', text: '  ' },
      { name: 'b.json', text: good('install-bbbb') },
    ]);
    expect(result.reports.map((r) => r.installId)).toEqual(['install-aaaa', 'install-bbbb']);
    expect(result.problems).toEqual([{ file: 'empty.json', problem: 'the file is empty' }]);
  });
});
