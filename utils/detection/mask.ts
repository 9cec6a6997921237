/**
 * Shows a detected value without revealing it: enough characters to recognise which value is meant
 * (a key prefix, an e-mail's first letter and domain), never more than about a quarter of it.
 */

const STAR = '*';

function keepEnds(value: string, head: number, tail: number): string {
  const budget = Math.floor(value.length / 4);
  let h = Math.min(head, budget);
  let t = Math.min(tail, Math.max(0, budget - h));
  if (value.length <= 4) {
    h = 0;
    t = 0;
  }
  return value.slice(0, h) + STAR.repeat(Math.max(1, value.length - h - t)) + (t > 0 ? value.slice(value.length - t) : '');
}

export function maskValue(value: string, type: string): string {
  if (value.length === 0) return '';
  if (type === 'email') {
    const at = value.lastIndexOf('@');
    if (at > 0) {
      // The domain names an organisation, not a person: it is what tells a reviewer whose address it was.
      return value[0] + STAR.repeat(Math.max(1, at - 1)) + value.slice(at);
    }
  }
  if (type === 'private_key') return '-----[private key]-----';
  // Digits-only identifiers (cards, IDs): last digits are the customary recognisable part.
  if (/^[0-9 .-]+$/.test(value)) return keepEnds(value, 0, 4);
  return keepEnds(value, 4, 4);
}
