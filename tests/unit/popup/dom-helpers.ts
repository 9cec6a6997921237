import { render } from 'preact';
import type { VNode } from 'preact';

/** Minimal DOM test helpers (no testing-library here): mount, wait, and fire real events. */
export function mount(vnode: VNode): { root: HTMLElement; unmount: () => void } {
  const root = document.createElement('div');
  document.body.appendChild(root);
  render(vnode, root);
  return {
    root,
    unmount: () => {
      render(null, root);
      root.remove();
    },
  };
}

export async function waitFor<T>(probe: () => T | null | undefined | false, timeoutMs = 2000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`waitFor timed out: ${probe.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export function typeInto(element: Element | null, value: string): void {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) throw new Error('not a text field');
  element.value = value;
  element.dispatchEvent(new Event('input', { bubbles: true }));
}

export function setChecked(element: Element | null, checked: boolean): void {
  if (!(element instanceof HTMLInputElement)) throw new Error('not a checkbox');
  element.checked = checked;
  element.dispatchEvent(new Event('change', { bubbles: true }));
}

export function click(element: Element | null): void {
  if (!(element instanceof HTMLElement)) throw new Error('nothing to click');
  element.click();
}

export const tick = () => new Promise((resolve) => setTimeout(resolve, 20));
