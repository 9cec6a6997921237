/**
 * Events we dispatch ourselves (re-inserting redacted text, re-sending a held message, re-dropping
 * a sanitized file) must pass our own listeners untouched. They are not trusted events, so we
 * remember them by identity; a page cannot add to this set from its own JavaScript world.
 */
const own = new WeakSet<Event>();
let bypassDepth = 0;

export function markOwn<E extends Event>(event: E): E {
  own.add(event);
  return event;
}

/** Runs `action` (e.g. `button.click()`, which creates its event internally) with our listeners standing aside. */
export function withOwnEvents<T>(action: () => T): T {
  bypassDepth++;
  try {
    return action();
  } finally {
    bypassDepth--;
  }
}

export function isOwn(event: Event): boolean {
  return bypassDepth > 0 || own.has(event);
}
