import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The commands as a policy author runs them: a child process, stdin in, stdout out. */
const run = (script: string, args: string[], input?: string) =>
  execFileSync('npx', ['tsx', script, ...args], { input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });

describe('scan command', () => {
  const lines = [
    { id: 'a', text: 'Ping jane.doe@acme-example.com, IBAN GB82 WEST 1234 5698 7654 32, key AKIAIOSFODNN7EXAMPLF.' },
    { id: 'b', text: 'What is the capital of France?' },
    { id: 'c', text: '😀 emoji first, then ops@acme-example.com' },
    { id: 'd', text: '' },
  ];

  it('--jsonl answers a line it cannot scan with an error instead of skipping it, so answers stay in step', () => {
    const input = [JSON.stringify({ id: 'x', text: 'mail ops@acme-example.com' }), JSON.stringify({ id: 'y' }), 'not json', '', JSON.stringify({ id: 'z', text: 'hello' })].join('\n') + '\n';
    const results = run('utils/cli/scan.ts', ['--jsonl'], input).trim().split('\n').map((l) => JSON.parse(l) as { id: string | null; findings: unknown[]; error?: string });
    expect(results.map((r) => r.id)).toEqual(['x', 'y', null, 'z']);
    expect(results[0]!.findings).toHaveLength(1);
    expect(results[1]).toEqual({ id: 'y', findings: [], error: expect.stringContaining('"text"') });
    expect(results[2]!.error).toMatch(/not valid JSON/);
    expect(results[3]).toEqual({ id: 'z', findings: [] });
  });

  it('--jsonl never quotes an unreadable line back, reads Windows line ends and a byte-order mark, and splits lines at "\\n" only', () => {
    const canary = 'Jane Canary 536-90-6789';
    const input = '\uFEFF' + JSON.stringify({ id: 'a', text: 'mail ops@acme-example.com' }) + '\r\n' + canary + '\n' + '{"id":"cr","text":"a\rb"}\n' + JSON.stringify({ id: 'b', text: 'hi' }) + '\r\n';
    const out = execFileSync('npx', ['tsx', 'utils/cli/scan.ts', '--jsonl'], { input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
    const results = out.trim().split('\n').map((l) => JSON.parse(l) as { id: string | null; findings: unknown[]; error?: string });
    expect(results.map((r) => r.id)).toEqual(['a', null, null, 'b']);
    expect(results[0]!.findings).toHaveLength(1);
    expect(out).not.toContain('Canary');
    expect(out).not.toContain('536-90');
  });

  it('--jsonl answers one line per input with JavaScript string offsets', () => {
    const out = run('utils/cli/scan.ts', ['--jsonl'], lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const results = out.trim().split('\n').map((l) => JSON.parse(l) as { id: string; findings: { type: string; category: string; start: number; end: number; severity: string }[] });
    expect(results.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
    const byId = new Map(results.map((r) => [r.id, r.findings]));
    const spans = (id: string) => byId.get(id)!.map((f) => [f.type, lines.find((l) => l.id === id)!.text.slice(f.start, f.end)]);
    expect(spans('a')).toEqual(expect.arrayContaining([['email', 'jane.doe@acme-example.com'], ['iban', 'GB82 WEST 1234 5698 7654 32']]));
    expect(byId.get('a')!.some((f) => f.category === 'secret')).toBe(true);
    expect(spans('c')).toContainEqual(['email', 'ops@acme-example.com']);
    expect(byId.get('b')).toEqual([]);
    expect(byId.get('d')).toEqual([]);
    for (const finding of results.flatMap((r) => r.findings)) {
      expect(Object.keys(finding).sort()).toEqual(['category', 'end', 'severity', 'start', 'type']);
    }
  }, 60_000);

  it('prints a readable table for files, with values masked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-'));
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'contact jane.doe@acme-example.com\n');
    const out = run('utils/cli/scan.ts', [file]);
    expect(out).toContain('email');
    expect(out).toContain(file);
    expect(out).not.toContain('jane.doe@acme-example.com');
  }, 60_000);
});

describe('workflows command', () => {
  it('groups the same task run with different inputs and leaves a one-off alone', () => {
    const day = 86_400;
    const t0 = 1_763_600_000;
    const task = (customer: string, amount: string) =>
      `Draft a polite payment reminder to ${customer} about invoice total ${amount}, overdue by thirty days, and offer a call next week.`;
    const input = [
      { id: '1', text: task('Northwind Traders', '$12,400.00'), ts: t0, site: 'chatgpt' },
      { id: '2', text: 'Explain how photosynthesis works to a ten year old.', ts: t0 + 100, site: 'claude' },
      { id: '3', text: task('Globex Corporation', '$8,120.50'), ts: t0 + day, site: 'chatgpt' },
      { id: '4', text: task('Initech Ltd', '$310.00'), ts: t0 + 2 * day, site: 'claude' },
    ];
    const out = JSON.parse(run('utils/cli/workflows.ts', ['--jsonl'], input.map((l) => JSON.stringify(l)).join('\n'))) as {
      assignments: Record<string, string | null>;
      workflows: { id: string; template: string; count: number; sites: string[]; firstSeen: number; lastSeen: number; recurring: boolean }[];
    };
    expect(out.assignments['1']).toBeTruthy();
    expect(out.assignments['3']).toBe(out.assignments['1']);
    expect(out.assignments['4']).toBe(out.assignments['1']);
    expect(out.assignments['2']).toBeNull();
    const workflow = out.workflows.find((w) => w.id === out.assignments['1'])!;
    expect(workflow).toMatchObject({ count: 3, recurring: true });
    expect(workflow.sites.sort()).toEqual(['chatgpt', 'claude']);
    expect(workflow.template).toMatch(/\{\{[a-z]+\}\}/);
    expect(workflow.template).not.toContain('Northwind');
  }, 60_000);
});

describe('command errors', () => {
  it('never quote an unreadable prompt line back, on stdout or stderr', () => {
    const canary = 'Jane Canary 536-90-6789';
    for (const script of ['utils/cli/scan.ts', 'utils/cli/workflows.ts']) {
      const result = spawnSync('npx', ['tsx', script, '--jsonl'], { input: canary + '\n', encoding: 'utf8' });
      expect(result.stderr).toMatch(/line 1: not valid JSON/);
      expect(result.stdout + result.stderr).not.toContain('Canary');
      expect(result.stdout + result.stderr).not.toContain('536-90');
    }
  });
});
