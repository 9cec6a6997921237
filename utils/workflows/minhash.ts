/** MinHash over word 2-shingles. Small, seeded hash family so signatures are comparable across runs. */
export const SIGNATURE_SIZE = 32;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) ^ 0x5bd1e995) >>> 0);

export function hashString(s: string): number {
  return fnv1a(s);
}

function mix(h: number, seed: number): number {
  let x = (h ^ seed) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Values are truncated to 16 bits: enough to estimate Jaccard, and small when stored as JSON. */
export function minhash(tokens: string[]): number[] {
  const shingles = new Set<number>();
  if (tokens.length < 2) shingles.add(fnv1a(tokens.join(' ')));
  for (let i = 0; i + 1 < tokens.length; i++) shingles.add(fnv1a(`${tokens[i]} ${tokens[i + 1]}`));
  const sig = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  for (const h of shingles) {
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const v = mix(h, SEEDS[k]!);
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return sig.map((v) => v >>> 16);
}

export function estimatedJaccard(a: number[], b: number[]): number {
  let same = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return n === 0 ? 0 : same / n;
}
