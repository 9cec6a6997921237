/**
 * `npm run --silent scan -- FILE...` prints a table of findings per file;
 * `npm run --silent scan -- --jsonl < in.jsonl` reads `{"id","text"}` lines and writes
 * `{"id","findings":[…]}` lines. It runs the same modules as the extension: scanText with the
 * compiled default policy (or `--policy FILE`, merged over the defaults).
 */
import { readFileSync } from 'node:fs';
import { scanText } from '../detection/index';
import { maskValue } from '../detection/mask';
import { compilePolicy } from '../policy/compile';
import { mergePolicy } from '../policy/merge';
import { DEFAULT_POLICY, type Policy } from '../policy/schema';
import { inputLines } from './input-lines';
import type { Finding, ScanOptions } from '../detection/types';

interface Args {
  jsonl: boolean;
  policyFile?: string;
  files: string[];
}

function parseArgs(argv: string[]): Args {
  const args: Args = { jsonl: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--jsonl') args.jsonl = true;
    else if (a === '--policy') args.policyFile = argv[++i];
    else if (a.startsWith('--policy=')) args.policyFile = a.slice('--policy='.length);
    else if (a === '--help' || a === '-h') {
      process.stdout.write('usage: scan [--policy FILE] FILE...\n       scan [--policy FILE] --jsonl < lines.jsonl\n');
      process.exit(0);
    } else args.files.push(a);
  }
  return args;
}

function loadPolicy(file: string | undefined): Policy {
  if (!file) return DEFAULT_POLICY;
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const { policy, errors } = mergePolicy([raw]);
  for (const e of errors) process.stderr.write(`policy ${file}: ${e.path || '(root)'}: ${e.message}\n`);
  return policy;
}

function lineCol(text: string, offset: number): string {
  let line = 1;
  let lastBreak = -1;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lastBreak = i;
    }
  }
  return `${line}:${offset - lastBreak}`;
}

function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const r of rows) process.stdout.write(r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd() + '\n');
}

function scanFiles(files: string[], options: ScanOptions): number {
  const rows: string[][] = [['file', 'line:col', 'type', 'category', 'severity', 'value']];
  let failures = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      process.stderr.write(`${file}: ${error instanceof Error ? error.message : String(error)}\n`);
      failures++;
      continue;
    }
    for (const f of scanText(text, options)) {
      const value = text.slice(f.start, f.end).replace(/\s+/g, ' ');
      rows.push([file, lineCol(text, f.start), f.type, f.category, f.severity, maskValue(value, f.type)]);
    }
  }
  if (rows.length === 1) process.stdout.write('no findings\n');
  else printTable(rows);
  return failures > 0 ? 2 : 0;
}

function toOutput(f: Finding) {
  return { type: f.type, category: f.category, start: f.start, end: f.end, severity: f.severity };
}

/**
 * One output line for every input line that is not blank, so that answers can be matched to
 * questions by position as well as by id: a line that cannot be scanned answers with no findings
 * and an `error` (also written to stderr) instead of being skipped. The error never quotes the
 * line, which may hold the very data being looked for.
 */
async function scanJsonl(options: ScanOptions): Promise<void> {
  let lineNo = 0;
  const reject = (id: unknown, message: string) => {
    process.stderr.write(`line ${lineNo}: ${message}\n`);
    process.stdout.write(JSON.stringify({ id: id ?? null, findings: [], error: message }) + '\n');
  };
  for await (const line of inputLines()) {
    lineNo++;
    if (line.trim() === '') continue;
    let input: unknown;
    try {
      input = JSON.parse(line);
    } catch {
      reject(null, 'not valid JSON');
      continue;
    }
    const id = typeof input === 'object' && input !== null ? (input as { id?: unknown }).id : undefined;
    if (typeof input !== 'object' || input === null || typeof (input as { text?: unknown }).text !== 'string') {
      reject(id, 'expected an object with a string "text"');
      continue;
    }
    const findings = scanText((input as { text: string }).text, options).map(toOutput);
    process.stdout.write(JSON.stringify({ id: id ?? null, findings }) + '\n');
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const options = compilePolicy(loadPolicy(args.policyFile));
  if (args.jsonl) {
    await scanJsonl(options);
    return;
  }
  if (args.files.length === 0) {
    process.stderr.write('usage: scan [--policy FILE] FILE...   or   scan --jsonl < lines.jsonl\n');
    process.exitCode = 1;
    return;
  }
  process.exitCode = scanFiles(args.files, options);
}

void main();
