import type { EditorKind } from '../sites/types';

/**
 * Reading and writing the site's composer through the browser's own editing paths, so the
 * site's editor (ProseMirror, Lexical, a React textarea) updates its internal state, not just
 * the DOM. Every write is verified by reading back, because a write the editor silently
 * ignored would send the wrong text.
 */

export function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
}

export function readComposer(el: HTMLElement): string {
  if (isTextField(el)) return el.value;
  // innerText follows the editor's paragraphs as line breaks, as the site would send them.
  return (el.innerText ?? el.textContent ?? '').replace(/\u00a0/g, ' ');
}

export type SavedSelection =
  | { kind: 'field'; start: number; end: number }
  | { kind: 'range'; range: Range }
  | { kind: 'none' };

export function saveSelection(el: HTMLElement): SavedSelection {
  if (isTextField(el)) return { kind: 'field', start: el.selectionStart ?? el.value.length, end: el.selectionEnd ?? el.value.length };
  const selection = el.ownerDocument.getSelection();
  if (selection && selection.rangeCount > 0 && el.contains(selection.getRangeAt(0).commonAncestorContainer)) {
    return { kind: 'range', range: selection.getRangeAt(0).cloneRange() };
  }
  return { kind: 'none' };
}

export function restoreSelection(el: HTMLElement, saved: SavedSelection): void {
  el.focus();
  if (saved.kind === 'field' && isTextField(el)) {
    el.setSelectionRange(saved.start, saved.end);
  } else if (saved.kind === 'range' && saved.range.startContainer.isConnected) {
    const selection = el.ownerDocument.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(saved.range);
  } else {
    placeCaretAtEnd(el);
  }
}

function placeCaretAtEnd(el: HTMLElement): void {
  if (isTextField(el)) {
    el.setSelectionRange(el.value.length, el.value.length);
    return;
  }
  const selection = el.ownerDocument.getSelection();
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  range.collapse(false);
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/**
 * Selects the whole composer and waits until the editor has taken the selection over. Rich
 * editors (ProseMirror, Lexical) copy the DOM selection into their own state on the document's
 * `selectionchange` event, which the browser fires in a later task: an insertion dispatched
 * before then would go to the editor's old caret and append instead of replacing.
 */
export async function selectAll(el: HTMLElement): Promise<void> {
  el.focus();
  if (isTextField(el)) {
    el.select();
    return;
  }
  const doc = el.ownerDocument;
  const changed = new Promise<void>((resolve) => {
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      clearTimeout(timer);
      // One more task: the editor's own selectionchange listener may have been added after ours.
      setTimeout(resolve, 0);
    };
    // No event comes when the selection already covered everything.
    const timer = setTimeout(done, 100);
    doc.addEventListener('selectionchange', done);
  });
  doc.getSelection()?.selectAllChildren(el);
  await changed;
}

/**
 * Whitespace is left out of the comparison: editors render line breaks their own way (Lexical
 * reports a line break inside a paragraph as nothing at all in innerText), and a landed text
 * must not be mistaken for a failed one and inserted again.
 */
const comparable = (text: string) => text.replace(/\s+/g, '');

export function composerContains(el: HTMLElement, text: string): boolean {
  const wanted = comparable(text);
  return wanted === '' || comparable(readComposer(el)).includes(wanted);
}

/**
 * How long an insertion may take to show. Lexical and React commit on a later tick, and on a busy
 * machine that tick can come late: giving up early would try the next path and insert twice.
 */
const SETTLE_MS = 1_000;
const POLL_MS = 16;

/**
 * Watches for `text` to show in the composer from before an insertion is attempted. A mutation
 * observer sees the editor's commit in the same task, before any later input: a user who sends
 * right away empties the box again, and a check that only polled would miss the text, call the
 * insertion failed and insert it a second time. Polling covers text fields, whose value changes
 * are not DOM mutations.
 */
function watchForText(el: HTMLElement, text: string): { landed(): Promise<boolean>; stop(): void } {
  let seen = false;
  let wake: (() => void) | null = null;
  const observer = new MutationObserver(() => {
    if (seen || !composerContains(el, text)) return;
    seen = true;
    wake?.();
  });
  observer.observe(el, { childList: true, subtree: true, characterData: true });
  const stop = () => observer.disconnect();
  return {
    stop,
    async landed() {
      const deadline = Date.now() + SETTLE_MS;
      while (!seen && Date.now() <= deadline) {
        if (composerContains(el, text)) seen = true;
        else await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, POLL_MS);
        });
      }
      wake = null;
      stop();
      return seen;
    },
  };
}

export interface InsertPath {
  name: string;
  run(el: HTMLElement, text: string): void;
}

const execInsert: InsertPath = {
  name: 'execCommand',
  run: (el, text) => {
    el.ownerDocument.execCommand('insertText', false, text);
  },
};

export function syntheticPastePath(mark: (e: Event) => Event): InsertPath {
  return {
    name: 'synthetic-paste',
    run: (el, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
      mark(event);
      (el.ownerDocument.activeElement ?? el).dispatchEvent(event);
    },
  };
}

const nativeValue: InsertPath = {
  name: 'native-value',
  run: (el, text) => {
    if (!isTextField(el)) return;
    const start = el.selectionStart ?? el.value.length;
    const end = el.selectionEnd ?? el.value.length;
    // React tracks the value through the prototype setter; assigning el.value would be ignored.
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')?.set;
    const next = el.value.slice(0, start) + text + el.value.slice(end);
    setter ? setter.call(el, next) : (el.value = next);
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: text }));
  },
};

/** Insertion paths per editor, most faithful first. Multi-line text goes through paste for rich editors, which split paragraphs the way the site does. */
export function insertPaths(kind: EditorKind, mark: (e: Event) => Event): InsertPath[] {
  if (kind === 'textarea') return [execInsert, nativeValue];
  return [syntheticPastePath(mark), execInsert];
}

/**
 * Inserts `text` at the current selection of `el` and verifies it landed. Returns the path
 * that worked, or null (the caller tells the user; it never claims success it cannot see).
 */
export async function insertVerified(
  el: HTMLElement,
  text: string,
  kind: EditorKind,
  mark: (e: Event) => Event,
  prepare: () => void | Promise<void>,
): Promise<string | null> {
  for (const path of insertPaths(kind, mark)) {
    await prepare();
    // Read after preparing: focusing an empty rich editor may itself add an empty paragraph.
    const before = comparable(readComposer(el));
    const watch = watchForText(el, text);
    try {
      path.run(el, text);
    } catch {
      watch.stop();
      continue;
    }
    if (await watch.landed()) return path.name;
    // A path that changed something without landing the text would leave debris; stop rather than stack a second copy.
    if (comparable(readComposer(el)) !== before) return composerContains(el, text) ? path.name : null;
  }
  return null;
}
