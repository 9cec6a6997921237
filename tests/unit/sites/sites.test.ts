import { describe, expect, it } from 'vitest';
import { SITES, siteForHost } from '../../../utils/sites';

describe('site adapters', () => {
  it('cover the six hosts, each with a matching manifest pattern', () => {
    const hosts = SITES.flatMap((s) => s.hosts);
    expect(new Set(hosts)).toEqual(
      new Set(['chatgpt.com', 'chat.openai.com', 'claude.ai', 'copilot.microsoft.com', 'm365.cloud.microsoft', 'copilot.cloud.microsoft']),
    );
    for (const site of SITES) {
      for (const host of site.hosts) expect(site.matches).toContain(`https://${host}/*`);
    }
  });

  it('every selector is valid CSS', () => {
    for (const site of SITES) {
      for (const selector of [...site.composer, ...site.composerStandIn, ...site.sendButton, ...site.fileInput]) {
        expect(() => document.querySelector(selector), `${site.id}: ${selector}`).not.toThrow();
      }
    }
  });

  it('resolves hosts exactly, never lookalikes', () => {
    expect(siteForHost('chatgpt.com')?.id).toBe('chatgpt');
    expect(siteForHost('CLAUDE.AI.')?.id).toBe('claude');
    expect(siteForHost('chatgpt.com.evil.net')).toBeNull();
    expect(siteForHost('notclaude.ai')).toBeNull();
  });
});
