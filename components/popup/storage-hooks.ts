import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/** A browser.storage.local value that follows changes made by the background. */
export function useStorageValue<T>(key: string, fallback: T): T {
  const [value, setValue] = useState<T>(fallback);
  useEffect(() => {
    let alive = true;
    void browser.storage.local.get(key).then((items) => {
      if (alive && items[key] !== undefined) setValue(items[key] as T);
    });
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !(key in changes)) return;
      setValue((changes[key]!.newValue as T | undefined) ?? fallback);
    };
    browser.storage.onChanged.addListener(listener);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(listener);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return value;
}
