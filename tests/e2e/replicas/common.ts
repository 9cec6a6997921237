/** Pieces every replica shares: the test hook, attachment handling, and POSTing to its own server. */

export type ReplicaSite = 'chatgpt' | 'claude' | 'copilot' | 'm365';

export interface Attachment {
  name: string;
  size: number;
  type: string;
  /** The file's text when it is text-like, so tests can see what would have been uploaded. */
  text?: string;
}

export interface ReplicaHook {
  site: ReplicaSite;
  /** The editor's text, read from the editor library's own state (not the DOM). */
  text(): string;
  /** Names of the files attached to the next message. */
  pendingFiles(): string[];
  /** Number of messages sent so far. */
  sent(): number;
}

declare global {
  interface Window {
    __replica?: ReplicaHook;
  }
}

export function variant(): string {
  return new URLSearchParams(location.search).get('variant') ?? '';
}

const TEXT_LIKE = /^(text\/|application\/(json|xml|javascript|x-yaml|csv|x-sh|sql))/;
const TEXT_EXT = /\.(txt|md|csv|tsv|json|ya?ml|xml|log|env|ini|conf|cfg|py|js|ts|java|go|rs|sql|sh|pem|key)$/i;

export async function readAttachment(file: File): Promise<Attachment> {
  const textLike = TEXT_LIKE.test(file.type) || TEXT_EXT.test(file.name);
  return { name: file.name, size: file.size, type: file.type, ...(textLike ? { text: await file.text() } : {}) };
}

/** Files chosen or dropped, waiting for the next send (like the chips above a real composer). */
export class PendingFiles {
  private files: File[] = [];
  private readonly listEl: HTMLElement;

  constructor(container: HTMLElement) {
    this.listEl = document.createElement('ul');
    this.listEl.className = 'replica-attachments';
    container.prepend(this.listEl);
  }

  add(files: FileList | File[] | null | undefined): void {
    for (const file of Array.from(files ?? [])) this.files.push(file);
    this.render();
  }

  names(): string[] {
    return this.files.map((f) => f.name);
  }

  async take(): Promise<Attachment[]> {
    const files = this.files.splice(0);
    this.render();
    return Promise.all(files.map(readAttachment));
  }

  /** File input (click-to-upload) and drops on the composer area both attach files. */
  watch(area: HTMLElement, input: HTMLInputElement): void {
    input.addEventListener('change', () => {
      this.add(input.files);
      input.value = '';
    });
    area.addEventListener('dragover', (event) => event.preventDefault());
    // Capture phase: the editor library must not try to insert the dropped files as content.
    area.addEventListener(
      'drop',
      (event) => {
        if (!event.dataTransfer?.files.length) return;
        event.preventDefault();
        event.stopPropagation();
        this.add(event.dataTransfer.files);
      },
      true,
    );
  }

  private render(): void {
    this.listEl.replaceChildren(
      ...this.files.map((f) => {
        const li = document.createElement('li');
        li.textContent = f.name;
        return li;
      }),
    );
  }
}

export async function post(path: string, body: string, contentType = 'application/json'): Promise<void> {
  await fetch(path, { method: 'POST', headers: { 'content-type': contentType }, body });
}

export function installHook(hook: ReplicaHook): void {
  window.__replica = hook;
}

/** Sent messages shown as a transcript, so screenshots show what went out. */
export function appendToTranscript(text: string, files: Attachment[]): void {
  let log = document.querySelector<HTMLElement>('#replica-transcript');
  if (!log) {
    log = document.createElement('section');
    log.id = 'replica-transcript';
    (document.querySelector('main') ?? document.body).append(log);
  }
  const item = document.createElement('article');
  item.className = 'replica-message';
  item.textContent = text + (files.length ? `  [${files.map((f) => f.name).join(', ')}]` : '');
  log.append(item);
}

export function uuid(): string {
  return crypto.randomUUID();
}

/** Builds the send button; `broken` gives it attributes no adapter selector knows (page redesign). */
export function makeSendButton(normal: Record<string, string>, broken: Record<string, string>, label: string): HTMLButtonElement {
  const button = document.createElement('button');
  for (const [name, value] of Object.entries(variant() === 'broken-send' ? broken : normal)) {
    if (name === 'class') button.className = value;
    else button.setAttribute(name, value);
  }
  if (!button.hasAttribute('type')) button.type = 'button';
  button.textContent = label;
  return button;
}
