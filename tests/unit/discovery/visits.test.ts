import { describe, expect, it } from 'vitest';
import { AI_TOOLS } from '../../../utils/discovery/ai-tools.data';
import { isSanctioned, noticeFor, visitUpdate } from '../../../utils/discovery/visits';
import { DEFAULT_POLICY, PolicySchema } from '../../../utils/policy/schema';

const tool = (id: string) => {
  const found = AI_TOOLS.find((t) => t.id === id);
  if (!found) throw new Error(`no tool ${id}`);
  return found;
};

describe('visitUpdate', () => {
  it('starts a row and counts visits and not-inspectable visits', () => {
    const visit = { day: '2026-11-23', toolId: 'claude', host: 'claude.ai', notInspectable: false };
    const first = visitUpdate(undefined, visit);
    expect(first).toEqual({ day: '2026-11-23', toolId: 'claude', host: 'claude.ai', visits: 1, notInspectable: 0 });
    const second = visitUpdate(first, { ...visit, notInspectable: true });
    const third = visitUpdate(second, visit);
    expect(third.visits).toBe(3);
    expect(third.notInspectable).toBe(1);
    expect(first.visits).toBe(1);
  });
});

describe('noticeFor', () => {
  const policy = PolicySchema.parse({
    tools: { showUnsanctionedNotice: true, sanctioned: ['m365-copilot'], noticeText: 'Not approved for company data.', approvedAlternative: 'Microsoft 365 Copilot' },
  });

  it('is off unless the policy asks for it', () => {
    expect(noticeFor(tool('perplexity'), DEFAULT_POLICY, new Set())).toBeNull();
  });

  it('names the tool and the approved alternative', () => {
    const notice = noticeFor(tool('perplexity'), policy, new Set());
    expect(notice?.title).toBe('Perplexity');
    expect(notice?.message).toContain('Not approved for company data.');
    expect(notice?.message).toContain('Microsoft 365 Copilot');
  });

  it('is shown once per tool', () => {
    const shown = new Set<string>();
    expect(noticeFor(tool('midjourney'), policy, shown)).not.toBeNull();
    shown.add('midjourney');
    expect(noticeFor(tool('midjourney'), policy, shown)).toBeNull();
    expect(noticeFor(tool('gamma'), policy, shown)).not.toBeNull();
  });

  it('exempts sanctioned tools', () => {
    expect(isSanctioned('m365-copilot', policy)).toBe(true);
    expect(isSanctioned('chatgpt', policy)).toBe(false);
    expect(noticeFor(tool('m365-copilot'), policy, new Set())).toBeNull();
  });

  it('leaves out the alternative sentence when none is configured', () => {
    const bare = PolicySchema.parse({ tools: { showUnsanctionedNotice: true, noticeText: 'Not approved.' } });
    expect(noticeFor(tool('claude'), bare, new Set())?.message).toBe('Not approved.');
  });
});
