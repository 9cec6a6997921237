import type { Page, Worker } from 'playwright-core';

// Worker and Page have the same evaluate(); the union of their overloads is not callable in TS.
const inExtension = (target: Worker | Page) => target as Page;

/**
 * Every record of every IndexedDB database of the extension's origin, as one JSON string:
 * canary tests search it for values that must never be stored.
 */
export async function dumpExtensionIndexedDb(target: Worker | Page): Promise<string> {
  return inExtension(target).evaluate(async () => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const dump: Record<string, Record<string, unknown[]>> = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name!);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      try {
        const stores: Record<string, unknown[]> = {};
        for (const name of Array.from(db.objectStoreNames)) {
          stores[name] = await request(db.transaction(name, 'readonly').objectStore(name).getAll());
        }
        dump[info.name] = stores;
      } finally {
        db.close();
      }
    }
    return JSON.stringify(dump);
  });
}

/** All rows of one object store (e.g. readStore(worker, 'shadow-ai-records', 'coverage')). */
export async function readStore<T = unknown>(target: Worker | Page, database: string, store: string): Promise<T[]> {
  return inExtension(target).evaluate(
    async ({ database, store }: { database: string; store: string }) => {
      // Opening a database that does not exist would create it (and confuse the extension's own schema upgrade).
      if (!(await indexedDB.databases()).some((d) => d.name === database)) return [];
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(database);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      try {
        if (!db.objectStoreNames.contains(store)) return [];
        return await new Promise<unknown[]>((resolve, reject) => {
          const r = db.transaction(store, 'readonly').objectStore(store).getAll();
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
      } finally {
        db.close();
      }
    },
    { database, store },
  ) as Promise<T[]>;
}
