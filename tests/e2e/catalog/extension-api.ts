/**
 * The few extension APIs these tests call inside the worker or an extension page, typed here
 * because the test project has no `chrome` typings. Only types: page.evaluate() callbacks run in
 * the browser and reach the real object through `globalThis`, e.g.
 * `(globalThis as unknown as ExtensionGlobal).chrome.storage.local.get(...)`.
 */
export interface ExtensionGlobal {
  chrome: {
    storage: {
      local: { get(keys: string | string[]): Promise<Record<string, unknown>> };
      managed: { get(keys: null): Promise<Record<string, unknown>> };
    };
    alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]> };
    runtime: { sendMessage(message: unknown): Promise<unknown> };
  };
}
