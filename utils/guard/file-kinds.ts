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
/** Common binary formats whose extension is safe to record; any other extension could be part of a name. */
const KNOWN_BINARY_EXTENSIONS: ReadonlySet<string> = new Set([
  'pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods', 'odp', 'rtf', 'pages', 'numbers', 'key',
  'png', 'jpg', 'jpeg', 'gif', 'webp', 'bmp', 'tif', 'tiff', 'heic', 'svg',
  'mp3', 'wav', 'm4a', 'mp4', 'mov', 'webm', 'avi',
  'zip', 'gz', 'tgz', '7z', 'rar', 'tar', 'epub',
]);

/**
 * What an upload record keeps of a file: a well-known extension, else the MIME family. An unknown
 * extension (`contract.acmeco`) can carry part of the file's name, so it is not kept.
 */
export function fileKind(file: File): string {
  const ext = extensionOf(file.name);
  if (TEXT_EXTENSIONS.has(ext) || KNOWN_BINARY_EXTENSIONS.has(ext)) return ext;
  return (file.type.split('/')[0] || 'unknown').toLowerCase().replace(/[^a-z0-9.+/-]/g, '').slice(0, 40) || 'unknown';
}
