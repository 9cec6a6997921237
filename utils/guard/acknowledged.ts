/**
 * Values the user already chose to let through in this tab ("Paste anyway"), so the send check
 * does not ask twice about the same key. Kept in this tab's memory only, as short hashes.
 */
export class AcknowledgedValues {
  private readonly hashes = new Set<string>();

  add(type: string, value: string): void {
    this.hashes.add(fingerprint(type, value));
  }

  has(type: string, value: string): boolean {
    return this.hashes.has(fingerprint(type, value));
  }
}

function fingerprint(type: string, value: string): string {
  // FNV-1a: enough to recognise a value again within one tab; not meant to be irreversible.
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${type}:${(h >>> 0).toString(36)}:${value.length}`;
}
