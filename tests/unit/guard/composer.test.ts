import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { composerContains, insertVerified } from '../../../utils/guard/composer';

// The write-and-verify loop the guard uses to land an approved paste. The editor here is a
// stand-in with the behaviours seen in Lexical in Chromium: it commits a paste a microtask after
// the event, shows line breaks as nothing in innerText, and adds an empty paragraph when an empty
// editor is focused. An editor that ignores an insertion is the general case for the fallback.

const TEXT = 'Please review this ticket.\nThe refund goes to [IBAN_1].';
const mark = (e: Event) => e;

let el: HTMLDivElement;
let execCommand: ReturnType<typeof vi.fn>;

/** Stands in for the editor's rendering: line breaks leave no trace in the text the DOM reports. */
const renderWithoutBreaks = (text: string) => {
  el.textContent = (el.textContent ?? '').trim() + text.replace(/\n/g, '');
};

beforeEach(() => {
  document.body.innerHTML = '<div contenteditable="true"></div>';
  el = document.querySelector('div')!;
  execCommand = vi.fn((_command: string, _ui: boolean, value: string) => {
    renderWithoutBreaks(value);
    return true;
  });
  Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('composerContains', () => {
  it('matches text whose line breaks the editor renders as nothing', () => {
    el.textContent = 'Please review this ticket.The refund goes to [IBAN_1].';
    expect(composerContains(el, TEXT)).toBe(true);
    expect(composerContains(el, 'The refund goes to [IBAN_2].')).toBe(false);
  });
});

describe('insertVerified', () => {
  it('takes a landed paste as landed even when its line breaks do not show, and inserts it only once', async () => {
    const pastes: string[] = [];
    el.addEventListener('paste', (event) => {
      const text = (event as ClipboardEvent).clipboardData!.getData('text/plain');
      pastes.push(text);
      renderWithoutBreaks(text);
    });
    const path = await insertVerified(el, TEXT, 'lexical', mark, () => el.focus());
    expect(path).toBe('synthetic-paste');
    expect(pastes).toEqual([TEXT]);
    expect(execCommand).not.toHaveBeenCalled();
  });

  it('counts a paste the editor commits a microtask later as landed even when the user sends before the next check', async () => {
    el.addEventListener('paste', (event) => {
      const text = (event as ClipboardEvent).clipboardData!.getData('text/plain');
      // The editor commits after the event returns; the user's Enter (a later task) empties the box.
      queueMicrotask(() => renderWithoutBreaks(text));
      setTimeout(() => {
        el.textContent = '';
      }, 0);
    });
    const path = await insertVerified(el, TEXT, 'lexical', mark, () => el.focus());
    expect(path).toBe('synthetic-paste');
    // Nothing is inserted again into the box the user just sent.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.textContent).toBe('');
    expect(execCommand).not.toHaveBeenCalled();
  });

  it('falls back to the next path when the editor ignores the paste, even if focusing added an empty paragraph', async () => {
    // Focusing the empty editor gives it an empty paragraph: not debris from a failed insertion.
    const prepare = () => {
      el.focus();
      if (el.textContent === '') el.innerHTML = '<p>\n</p>';
    };
    const path = await insertVerified(el, TEXT, 'lexical', mark, prepare);
    expect(path).toBe('execCommand');
    expect(execCommand).toHaveBeenCalledTimes(1);
    expect(composerContains(el, TEXT)).toBe(true);
  });

  it('stops without a second copy when a path changed the box but did not land the text', async () => {
    el.addEventListener('paste', () => {
      el.textContent = 'half of it';
    });
    const path = await insertVerified(el, TEXT, 'lexical', mark, () => el.focus());
    expect(path).toBeNull();
    expect(execCommand).not.toHaveBeenCalled();
    expect(el.textContent).toBe('half of it');
  });
});
