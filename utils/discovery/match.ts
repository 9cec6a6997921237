import type { Policy } from '../policy/schema';
import { ToolCategorySchema, type ToolEntry } from './catalog-schema';

export type ToolMatcher = (host: string) => ToolEntry | undefined;

/** Lower-case, no trailing dot, no port: the form catalog hosts are written in. */
export function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.+$/, '');
}

/**
 * Builds a lookup from hostname to tool. Exact hosts are checked first; then the host's parent
 * domains are walked for `*.` patterns, so a lookup costs one map probe per label.
 * `www.` is not stripped: a catalog lists it explicitly when the tool lives there.
 */
export function createToolMatcher(entries: readonly ToolEntry[]): ToolMatcher {
  const exact = new Map<string, ToolEntry>();
  const suffix = new Map<string, ToolEntry>();
  for (const entry of entries) {
    for (const raw of entry.hosts) {
      const host = normalizeHost(raw);
      const target = host.startsWith('*.') ? suffix : exact;
      const key = host.startsWith('*.') ? host.slice(2) : host;
      // First entry wins so catalog order (and the validator) decides ambiguity, not the policy.
      if (!target.has(key)) target.set(key, entry);
    }
  }
  return (rawHost: string) => {
    const host = normalizeHost(rawHost);
    if (host === '') return undefined;
    const hit = exact.get(host);
    if (hit) return hit;
    for (let domain = host; ; ) {
      const tool = suffix.get(domain);
      if (tool) return tool;
      const dot = domain.indexOf('.');
      if (dot < 0) return undefined;
      domain = domain.slice(dot + 1);
    }
  };
}

/**
 * The host as it is recorded: the visited host when the tool lists it exactly, otherwise the
 * `*.` pattern it fell under. Subdomains under a pattern are often chosen by users (a Hugging
 * Face Space, a tenant name) and would say more about the person than which tool they used.
 */
export function recordedHost(tool: ToolEntry, rawHost: string): string {
  const host = normalizeHost(rawHost);
  const patterns = tool.hosts.map(normalizeHost);
  if (patterns.includes(host)) return host;
  const covering = patterns.find((p) => p.startsWith('*.') && (host === p.slice(2) || host.endsWith(p.slice(1))));
  return covering ?? host;
}

/** Adds the administrator's extra tools after the catalog; unknown categories become `saas-ai`. */
export function withPolicyTools(entries: readonly ToolEntry[], policy: Policy): ToolEntry[] {
  const known = new Set(entries.map((e) => e.id));
  const extras: ToolEntry[] = policy.tools.extraTools
    .filter((tool) => !known.has(tool.id))
    .map((tool) => {
      const category = ToolCategorySchema.safeParse(tool.category);
      return {
        id: tool.id,
        name: tool.name,
        vendor: policy.organizationName || 'Policy',
        category: category.success ? category.data : 'saas-ai',
        hosts: tool.hosts.map(normalizeHost),
        inspected: false,
      };
    });
  return [...entries, ...extras];
}
