/**
 * Which files we read and scan. Text formats only: binary documents (PDF, Office, images) would
 * need parsers far larger than the rest of the extension, so they pass and are recorded as
 * "uploaded, not inspected" — a known gap the reports make visible instead of hiding.
 */
export const TEXT_EXTENSIONS: ReadonlySet<string> = new Set([
  'txt', 'text', 'csv', 'tsv', 'md', 'markdown', 'json', 'jsonl', 'ndjson', 'log', 'xml', 'yaml', 'yml', 'toml', 'ini', 'cfg', 'conf', 'env',
  'properties', 'sql', 'py', 'js', 'mjs', 'cjs', 'ts', 'tsx', 'jsx', 'java', 'kt', 'go', 'rs', 'rb', 'php', 'c', 'h', 'cc', 'cpp', 'hpp',
  'cs', 'swift', 'scala', 'sh', 'bash', 'zsh', 'ps1', 'bat', 'html', 'htm', 'css', 'scss', 'vue', 'svelte', 'r', 'pl', 'lua', 'tf', 'pem', 'key',
  'tex', 'rtf', 'srt', 'vtt', 'eml',
]);

const TEXT_MIME = /^(text\/|application\/(json|xml|x-yaml|yaml|x-sh|sql|javascript|x-ndjson|csv))/;

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot >= 0 && dot < name.length - 1 ? name.slice(dot + 1).toLowerCase() : '';
}

export function isTextLike(file: File): boolean {
  return TEXT_EXTENSIONS.has(extensionOf(file.name)) || TEXT_MIME.test(file.type);
}

/** A coarse kind for records: the extension if it is a common one, else the MIME family. Never the name. */
export function fileKind(file: File): string {
  const ext = extensionOf(file.name);
  if (/^[a-z0-9]{1,8}$/.test(ext)) return ext;
  return (file.type.split('/')[0] || 'unknown').toLowerCase().replace(/[^a-z0-9.+/-]/g, '').slice(0, 40) || 'unknown';
}
