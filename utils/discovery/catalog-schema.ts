import { z } from 'zod';

/** Categories of the AI-tools catalog, kept as data so reports and the popup can list them. */
export const TOOL_CATEGORIES = [
  'chat',
  'writing',
  'coding',
  'image',
  'video',
  'audio',
  'meeting-notes',
  'search',
  'agents',
  'saas-ai',
  'translation',
  'productivity',
  'data',
  'presentation',
  'model-hub',
] as const;

export const ToolCategorySchema = z.enum(TOOL_CATEGORIES);
export type ToolCategory = z.infer<typeof ToolCategorySchema>;

/** Exact lower-case hostname, or `*.` followed by one (matches that domain and every subdomain). */
export const HOST_PATTERN = /^(\*\.)?(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/;

export const ToolEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,64}$/),
  name: z.string().min(1).max(80),
  vendor: z.string().min(1).max(80),
  category: ToolCategorySchema,
  hosts: z.array(z.string().regex(HOST_PATTERN)).min(1),
  /** True only where this extension's content script inspects prompts. */
  inspected: z.boolean(),
});
export type ToolEntry = z.infer<typeof ToolEntrySchema>;

export const CatalogSchema = z.array(ToolEntrySchema);

export type CatalogProblemKind = 'duplicate-id' | 'duplicate-host' | 'overlapping-host' | 'invalid-host' | 'unknown-category' | 'invalid-entry';
export interface CatalogProblem {
  kind: CatalogProblemKind;
  id: string;
  detail: string;
}

const patternBase = (host: string): string => (host.startsWith('*.') ? host.slice(2) : host);

/** True when `host` is `base` or one of its subdomains. */
const isWithin = (host: string, base: string): boolean => host === base || host.endsWith(`.${base}`);

/** Lists every problem instead of failing on the first, so one run shows a curator all fixes. */
export function validateCatalog(entries: readonly unknown[]): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const ids = new Set<string>();
  const hostOwner = new Map<string, string>();
  const patterns: { base: string; id: string; raw: string }[] = [];

  for (const raw of entries) {
    const entry = raw as Partial<ToolEntry>;
    const id = typeof entry?.id === 'string' ? entry.id : '?';
    if (ids.has(id)) problems.push({ kind: 'duplicate-id', id, detail: id });
    ids.add(id);
    if (!ToolCategorySchema.safeParse(entry?.category).success) {
      problems.push({ kind: 'unknown-category', id, detail: String(entry?.category) });
    }
    const hosts = Array.isArray(entry?.hosts) ? entry.hosts : [];
    for (const host of hosts) {
      if (typeof host !== 'string' || !HOST_PATTERN.test(host)) {
        problems.push({ kind: 'invalid-host', id, detail: String(host) });
        continue;
      }
      const owner = hostOwner.get(host);
      if (owner !== undefined) problems.push({ kind: 'duplicate-host', id, detail: `${host} (also ${owner})` });
      hostOwner.set(host, id);
      if (host.startsWith('*.')) patterns.push({ base: patternBase(host), id, raw: host });
    }
    const rest = ToolEntrySchema.safeParse(raw);
    if (!rest.success) {
      const covered = rest.error.issues.every((i) => i.path[0] === 'hosts' || i.path[0] === 'category');
      if (!covered) problems.push({ kind: 'invalid-entry', id, detail: rest.error.issues.map((i) => i.path.join('.')).join(', ') });
    }
  }

  // A `*.` pattern swallowing another tool's host makes attribution ambiguous.
  for (const pattern of patterns) {
    for (const [host, owner] of hostOwner) {
      if (host === pattern.raw || owner === pattern.id) continue;
      if (isWithin(patternBase(host), pattern.base)) {
        problems.push({ kind: 'overlapping-host', id: owner, detail: `${host} is inside ${pattern.raw} (${pattern.id})` });
      }
    }
  }
  return problems;
}
