/** Shannon entropy in bits per character: random keys score high, words and repeated filler low. */
export function shannonEntropy(value: string): number {
  const len = value.length;
  if (len === 0) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < len; i++) {
    const c = value.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / len;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** Character classes present (lower, upper, digit, other); random tokens usually mix several. */
export function characterClasses(value: string): number {
  let lower = 0, upper = 0, digit = 0, other = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 97 && c <= 122) lower = 1;
    else if (c >= 65 && c <= 90) upper = 1;
    else if (c >= 48 && c <= 57) digit = 1;
    else other = 1;
  }
  return lower + upper + digit + other;
}

/**
 * A generated token rather than words: 16+ characters with no dot or space, whose lower-case runs
 * are short. In random base62 a lower-case run is under two letters on average; names made of words
 * (`DashboardSettingsV2Screen`, `checkout_redesign_2024`, `utf-8-sig`) have runs of four or more.
 */
export function looksGenerated(value: string): boolean {
  if (value.length < 16 || /[.\s]/.test(value)) return false;
  let letters = 0;
  let runs = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 97 && c <= 122) {
      letters++;
      const before = i > 0 ? value.charCodeAt(i - 1) : 0;
      if (!(before >= 97 && before <= 122)) runs++;
    }
  }
  return runs === 0 || letters / runs <= 3;
}
