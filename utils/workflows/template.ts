/**
 * Template extraction by alignment: the founding skeleton's tokens that every other member also
 * contains in the same order (longest common subsequence) are the constant part; each run of
 * tokens that differs becomes one slot, typed by the placeholders found there.
 */
import { skeletonTokens } from './anonymize';

/** Members aligned per workflow; more adds cost without changing the constant part much. */
const MAX_ALIGNED = 12;

function lcsKeep(a: string[], b: string[]): boolean[] {
  const n = a.length;
  const m = b.length;
  const dp = new Uint16Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      dp[i * (m + 1) + j] =
        a[i] === b[j] ? dp[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(dp[(i + 1) * (m + 1) + j]!, dp[i * (m + 1) + j + 1]!);
  const keep = new Array<boolean>(n).fill(false);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      keep[i] = true;
      i++;
      j++;
    } else if (dp[(i + 1) * (m + 1) + j]! >= dp[i * (m + 1) + j + 1]!) i++;
    else j++;
  }
  return keep;
}

const SLOT_OF_PLACEHOLDER: Record<string, string> = {
  '{{name}}': 'customer',
  '{{person}}': 'customer',
};

export function extractTemplate(skeletons: string[]): { template: string; slots: string[] } {
  const base = skeletonTokens(skeletons[0] ?? '');
  const keep = new Array<boolean>(base.length).fill(true);
  for (const other of skeletons.slice(1, MAX_ALIGNED)) {
    const k = lcsKeep(base, skeletonTokens(other));
    for (let i = 0; i < base.length; i++) keep[i] = keep[i]! && k[i]!;
  }
  const out: string[] = [];
  const slots: string[] = [];
  let i = 0;
  while (i < base.length) {
    const token = base[i]!;
    if (keep[i]) {
      // A placeholder every member has at this position is a slot of its own type.
      const slot = token.startsWith('{{') ? (SLOT_OF_PLACEHOLDER[token] ?? token.slice(2, -2)) : '';
      if (slot) slots.push(slot);
      if (!slot || out[out.length - 1] !== `{{${slot}}}`) out.push(slot ? `{{${slot}}}` : token);
      i++;
      continue;
    }
    // A run of tokens that varies between members: one slot named after its first placeholder.
    let slot = '';
    while (i < base.length && !keep[i]) {
      const t = base[i]!;
      if (!slot && t.startsWith('{{')) slot = SLOT_OF_PLACEHOLDER[t] ?? t.slice(2, -2);
      i++;
    }
    slot ||= 'text';
    if (out[out.length - 1] !== `{{${slot}}}`) out.push(`{{${slot}}}`);
    slots.push(slot);
  }
  return { template: out.join(' '), slots: [...new Set(slots)] };
}
