import { describe, expect, it } from 'vitest';
import { AI_TOOLS } from '../../../utils/discovery/ai-tools.data';
import type { ToolEntry } from '../../../utils/discovery/catalog-schema';
import { createToolMatcher, recordedHost, withPolicyTools } from '../../../utils/discovery/match';
import { PolicySchema } from '../../../utils/policy/schema';

const match = createToolMatcher(AI_TOOLS);
const fixture: ToolEntry[] = [
  { id: 'suffixed', name: 'S', vendor: 'v', category: 'chat', hosts: ['*.tools.example.net'], inspected: false },
  { id: 'exact', name: 'E', vendor: 'v', category: 'chat', hosts: ['app.example.net'], inspected: false },
];

describe('createToolMatcher', () => {
  it('maps each inspected host to its tool', () => {
    expect(match('chatgpt.com')?.id).toBe('chatgpt');
    expect(match('chat.openai.com')?.id).toBe('chatgpt');
    expect(match('claude.ai')?.id).toBe('claude');
    expect(match('copilot.microsoft.com')?.id).toBe('microsoft-copilot');
    expect(match('m365.cloud.microsoft')?.id).toBe('m365-copilot');
  });

  it('ignores case, a trailing dot and a port', () => {
    expect(match('Gemini.Google.COM')?.id).toBe('gemini');
    expect(match('claude.ai.')?.id).toBe('claude');
    expect(match('claude.ai:443')?.id).toBe('claude');
  });

  it('matches a suffix pattern at the domain and any depth below it, not beside it', () => {
    const m = createToolMatcher(fixture);
    expect(m('tools.example.net')?.id).toBe('suffixed');
    expect(m('a.tools.example.net')?.id).toBe('suffixed');
    expect(m('x.y.tools.example.net')?.id).toBe('suffixed');
    expect(m('eviltools.example.net')).toBeUndefined();
    expect(m('example.net')).toBeUndefined();
    expect(m('app.example.net')?.id).toBe('exact');
    expect(m('sub.app.example.net')).toBeUndefined();
  });

  it('does not strip www implicitly', () => {
    const m = createToolMatcher(fixture);
    expect(m('www.app.example.net')).toBeUndefined();
  });

  it('finds nothing for non-AI hosts', () => {
    for (const host of ['example.org', 'google.com', 'www.google.com', 'mail.google.com', 'docs.google.com', 'www.microsoft.com', 'outlook.office.com', 'github.com', 'www.notion.so', 'openai.com.evil.example', 'claude.ai.example.org', 'notclaude.ai', '', 'localhost']) {
      expect(match(host), host).toBeUndefined();
    }
  });

  it('tells GitHub Copilot apart from github.com', () => {
    expect(match('github.com')).toBeUndefined();
    expect(match('api.githubcopilot.com')?.id).toBe('github-copilot');
  });
});

describe('withPolicyTools', () => {
  const policy = PolicySchema.parse({
    organizationName: 'Acme',
    tools: {
      extraTools: [
        { id: 'acme-gpt', name: 'Acme GPT', hosts: ['GPT.intra.acme.example', '*.ai.acme.example'], category: 'chat' },
        { id: 'odd', name: 'Odd', hosts: ['odd.acme.example'], category: 'not-a-category' },
        { id: 'claude', name: 'Shadowing', hosts: ['shadow.acme.example'], category: 'chat' },
      ],
    },
  });
  const merged = withPolicyTools(AI_TOOLS, policy);
  const m = createToolMatcher(merged);

  it('makes extra hosts match, normalised', () => {
    expect(m('gpt.intra.acme.example')?.name).toBe('Acme GPT');
    expect(m('team.ai.acme.example')?.id).toBe('acme-gpt');
    expect(m('odd.acme.example')?.category).toBe('saas-ai');
    expect(m('gpt.intra.acme.example')?.inspected).toBe(false);
  });

  it('keeps catalog tools and does not let a policy id replace one', () => {
    expect(merged.length).toBe(AI_TOOLS.length + 2);
    expect(m('claude.ai')?.name).toBe('Claude');
    expect(m('shadow.acme.example')).toBeUndefined();
  });
});

describe('recordedHost', () => {
  it('keeps a listed host and replaces a user-chosen subdomain by the pattern it fell under', () => {
    const hf = AI_TOOLS.find((t) => t.id === 'hugging-face')!;
    expect(recordedHost(hf, 'HuggingFace.co')).toBe('huggingface.co');
    expect(recordedHost(hf, 'acme-payroll-bot.hf.space')).toBe('*.hf.space');
    expect(recordedHost(hf, 'hf.space')).toBe('*.hf.space');
    expect(recordedHost(fixture[0]!, 'a.b.tools.example.net.')).toBe('*.tools.example.net');
  });
});
