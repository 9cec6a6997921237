import { describe, expect, it } from 'vitest';
import { AI_TOOLS } from '../../../utils/discovery/ai-tools.data';
import { CatalogSchema, TOOL_CATEGORIES, validateCatalog } from '../../../utils/discovery/catalog-schema';

const entry = (id: string, hosts: string[], category = 'chat') => ({ id, name: id, vendor: 'v', category, hosts, inspected: false });

describe('AI tools catalog', () => {
  it('passes validation with no problems', () => {
    expect(validateCatalog(AI_TOOLS)).toEqual([]);
    expect(CatalogSchema.safeParse(AI_TOOLS).success).toBe(true);
  });

  it('has at least 150 tools in at least 10 known categories', () => {
    expect(AI_TOOLS.length).toBeGreaterThanOrEqual(150);
    const used = new Set(AI_TOOLS.map((t) => t.category));
    expect(used.size).toBeGreaterThanOrEqual(10);
    for (const c of used) expect(TOOL_CATEGORIES).toContain(c);
  });

  it('marks exactly the four inspected products', () => {
    const inspectedHosts = AI_TOOLS.filter((t) => t.inspected).flatMap((t) => t.hosts).sort();
    expect(inspectedHosts).toEqual(
      ['chat.openai.com', 'chatgpt.com', 'claude.ai', 'copilot.cloud.microsoft', 'copilot.microsoft.com', 'm365.cloud.microsoft'].sort(),
    );
  });

  it('never lists a general-purpose domain wholesale', () => {
    const all = new Set(AI_TOOLS.flatMap((t) => t.hosts));
    for (const generic of ['google.com', '*.google.com', 'microsoft.com', '*.microsoft.com', 'www.google.com', 'notion.so', 'github.com', 'amazon.com', 'adobe.com']) {
      expect(all.has(generic)).toBe(false);
    }
  });
});

describe('validateCatalog', () => {
  it('reports duplicate ids', () => {
    const problems = validateCatalog([entry('a', ['a.example.com']), entry('a', ['b.example.com'])]);
    expect(problems.map((p) => p.kind)).toEqual(['duplicate-id']);
  });

  it('reports duplicate hosts across tools', () => {
    const problems = validateCatalog([entry('a', ['x.example.com']), entry('b', ['x.example.com'])]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ kind: 'duplicate-host', id: 'b' });
  });

  it('reports a wildcard that swallows another tool host', () => {
    const problems = validateCatalog([entry('a', ['*.example.com']), entry('b', ['chat.example.com'])]);
    expect(problems.map((p) => p.kind)).toContain('overlapping-host');
  });

  it('reports invalid host patterns', () => {
    for (const bad of ['Chat.Example.com', 'example', 'example.com/chat', 'https://example.com', '*example.com', 'a.*.example.com', 'exa mple.com', 'example.com.', '']) {
      const problems = validateCatalog([entry('a', [bad])]);
      expect(problems.map((p) => p.kind), bad).toContain('invalid-host');
    }
  });

  it('reports unknown categories', () => {
    const problems = validateCatalog([entry('a', ['a.example.com'], 'crypto')]);
    expect(problems).toEqual([expect.objectContaining({ kind: 'unknown-category', detail: 'crypto' })]);
  });

  it('accepts a clean fixture', () => {
    expect(validateCatalog([entry('a', ['*.a.example.com']), entry('b', ['b.example.com'])])).toEqual([]);
  });
});
