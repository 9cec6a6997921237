import { deflateSync } from 'node:zlib';
import { AcknowledgedValues } from '../../../utils/guard/acknowledged';
import { Assessor, type Assessment } from '../../../utils/guard/assess';
import { placeholderStem } from '../../../utils/detection/catalog';
import { DEFAULT_POLICY } from '../../../utils/policy/schema';
import type { ReplicaSite } from '../harness/server';
import { mulberry32 } from '../../fixtures/random';

/**
 * Test inputs made up here (no published example keys or real people): a small seeded generator,
 * so a failure can be reproduced, and the checks a valid value must pass (base32 AWS key id,
 * ISO 13616 mod-97 IBAN) computed rather than pasted in.
 */
export const seededRandom = mulberry32;

const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

export function awsKeyId(rand: () => number): string {
  const base32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let id = 'AKIA';
  for (let i = 0; i < 16; i++) id += pick(rand, [...base32]);
  return id;
}

/** A German IBAN (DE + 2 check digits + 18 digits) whose check digits satisfy mod 97 = 1. */
export function germanIban(rand: () => number): string {
  let bban = '';
  for (let i = 0; i < 18; i++) bban += Math.floor(rand() * 10);
  // Letters become numbers (A=10 … Z=35); country code and "00" move to the end.
  const numeric = `${bban}${'D'.charCodeAt(0) - 55}${'E'.charCodeAt(0) - 55}00`;
  let remainder = 0;
  for (const digit of numeric) remainder = (remainder * 10 + Number(digit)) % 97;
  return `DE${String(98 - remainder).padStart(2, '0')}${bban}`;
}

const FIRST = ['mira', 'jonas', 'elif', 'tomasz', 'ines', 'kofi', 'lena', 'ravi', 'sanna', 'pablo'];
const LAST = ['okafor', 'lindqvist', 'moreau', 'tanaka', 'novak', 'haddad', 'brennan', 'castillo'];

export function emails(rand: () => number, count: number, domain = 'larkspur-logistics.com'): string[] {
  const out = new Set<string>();
  while (out.size < count) out.add(`${pick(rand, FIRST)}.${pick(rand, LAST)}@${domain}`);
  return [...out];
}

export interface SensitiveSample {
  text: string;
  /** The values that must never reach the editor or the server unless the user says so. */
  values: string[];
}

/** A short message with an AWS key id, an e-mail list and an IBAN, like a hurried paste from a ticket. */
export function sensitiveSample(seed: number): SensitiveSample {
  const rand = seededRandom(seed);
  const key = awsKeyId(rand);
  const list = emails(rand, 3);
  const iban = germanIban(rand);
  const text = [
    'Can you help me write a reply to this ticket?',
    `The deploy user has access key ${key} and the refund goes to ${iban}.`,
    `Please cc ${list.join(', ')} on the answer.`,
  ].join('\n');
  return { text, values: [key, iban, ...list] };
}

const WORDS = [
  'the', 'river', 'garden', 'quiet', 'morning', 'bread', 'window', 'paper', 'lantern', 'orchard', 'after', 'before', 'small', 'green',
  'under', 'over', 'walked', 'slowly', 'towards', 'harbour', 'and', 'with', 'some', 'tea', 'light', 'autumn', 'leaves', 'soft', 'rain',
];

/** Plain lower-case prose of exactly `bytes` ASCII characters, in lines, that no detector should flag. */
export function harmlessText(bytes: number, seed: number): string {
  const rand = seededRandom(seed);
  const lines: string[] = [];
  let length = 0;
  while (length < bytes) {
    const words: string[] = [];
    const count = 6 + Math.floor(rand() * 10);
    for (let i = 0; i < count; i++) words.push(pick(rand, WORDS));
    const line = `${words.join(' ')}.`;
    lines.push(line);
    length += line.length + 1;
  }
  return lines.join('\n').slice(0, bytes).trimEnd().padEnd(bytes, '.');
}

/** What the extension decides for `text` with the default policy: the oracle tests compare the browser against. */
export function assessDefault(text: string, site: ReplicaSite): { assessment: Assessment; redacted: string } {
  const assessor = new Assessor(() => DEFAULT_POLICY, site, new AcknowledgedValues());
  const assessment = assessor.now(text);
  return { assessment, redacted: assessor.redacted(text, assessment.findings) };
}

export { placeholderStem };

const CITIES = ['Lyon', 'Porto', 'Graz', 'Leeds', 'Tartu', 'Bergen', 'Gdansk'];

/** A small customer export: names, e-mail addresses, cities, as a sales tool would write it. */
export function customerCsv(seed: number, rows = 6): { text: string; values: string[] } {
  const rand = seededRandom(seed);
  const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
  const addresses = emails(rand, rows, 'brightwater-foods.com');
  const lines = ['customer_name,email,city,customer_since'];
  addresses.forEach((email, i) => {
    const [first, last] = email.split('@')[0]!.split('.');
    lines.push(`${cap(first!)} ${cap(last!)},${email},${CITIES[i % CITIES.length]},${2015 + Math.floor(rand() * 10)}`);
  });
  return { text: `${lines.join('\n')}\n`, values: addresses };
}

/** A valid PNG (width × height, grey) built from its spec: signature, IHDR, IDAT (zlib), IEND. */
export function pngImage(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc32 = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  // One filter byte (0) per row, then the row's pixels.
  const raw = Buffer.alloc((width + 1) * height, 0x80);
  for (let y = 0; y < height; y++) raw[y * (width + 1)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
