import { describe, expect, it } from 'vitest';
import { toolName, visitsPerTool } from '../../../components/popup/ToolsThisWeek';
import { mergePolicy } from '../../../utils/policy/merge';

const row = (day: string, toolId: string, visits: number) => ({ day, toolId, host: `${toolId}.example`, visits, notInspectable: 0 });

describe('tools seen this week (popup)', () => {
  it('sums visits and counts active days per tool, most visited first', () => {
    const tools = visitsPerTool([row('2026-11-20', 'poe', 1), row('2026-11-21', 'gemini', 2), row('2026-11-22', 'gemini', 1), row('2026-11-22', 'poe', 1)]);
    expect(tools).toEqual([
      { toolId: 'gemini', visits: 3, days: 2 },
      { toolId: 'poe', visits: 2, days: 2 },
    ]);
  });

  it('breaks ties by id so the list does not reshuffle between openings', () => {
    expect(visitsPerTool([row('2026-11-22', 'poe', 1), row('2026-11-22', 'gemini', 1)]).map((t) => t.toolId)).toEqual(['gemini', 'poe']);
  });

  it('names catalog tools, policy-added tools, and falls back to the id', () => {
    const policy = mergePolicy([{ tools: { extraTools: [{ id: 'internal-gpt', name: 'Internal GPT', category: 'chat', hosts: ['gpt.corp.example'] }] } }]).policy;
    expect(toolName('perplexity', policy)).toBe('Perplexity');
    expect(toolName('internal-gpt', policy)).toBe('Internal GPT');
    expect(toolName('internal-gpt', undefined)).toBe('internal-gpt');
  });
});
