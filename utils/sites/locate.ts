/** Result of looking up an ordered selector list. `index` > 0 means we matched a fallback. */
export interface Located<E extends Element = Element> {
  element: E;
  selector: string;
  index: number;
}

export function locate<E extends Element = HTMLElement>(
  selectors: readonly string[],
  root: ParentNode = document,
): Located<E> | null {
  for (let index = 0; index < selectors.length; index++) {
    const selector = selectors[index];
    const element = root.querySelector<E>(selector);
    if (element && isUsable(element)) return { element, selector, index };
  }
  return null;
}

/** Whether `node` is, or is inside, an element matched by one of `selectors`. */
export function closestMatch(node: EventTarget | null, selectors: readonly string[]): HTMLElement | null {
  let el: Element | null = node instanceof Element ? node : node instanceof Node ? node.parentElement : null;
  if (!el) return null;
  for (const selector of selectors) {
    const hit = el.closest<HTMLElement>(selector);
    if (hit) return hit;
  }
  return null;
}

function isUsable(element: Element): boolean {
  // A hidden leftover (display:none template, detached stand-in) is not the live composer.
  if (!element.isConnected) return false;
  if (element instanceof HTMLElement && element.hidden) return false;
  return true;
}
