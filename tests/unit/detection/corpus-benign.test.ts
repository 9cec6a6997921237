import { describe, expect, it } from 'vitest';
import { scanText } from '../../../utils/detection/index';
import { readCorpus } from '../../fixtures/corpora';

const prompts = readCorpus<{ id: string; text: string }>('chat-prompts-dev.jsonl');

describe('benign chat prompts', () => {
  it('raise high-severity findings on ≤ 1% of prompts (all detector families)', () => {
    const hits: string[] = [];
    const secretHits: string[] = [];
    for (const p of prompts) {
      const findings = scanText(p.text);
      if (findings.some((f) => f.severity === 'high')) hits.push(`${p.id}:${findings.filter((f) => f.severity === 'high').map((f) => f.type).join('+')}`);
      if (findings.some((f) => f.category === 'secret')) secretHits.push(p.id);
    }
    const rate = hits.length / prompts.length;
    console.log(`benign prompts with high-severity findings: ${(rate * 100).toFixed(2)}% (${hits.length}/${prompts.length}) ${hits.slice(0, 20).join(' ')}`);
    console.log(`benign prompts with secret findings: ${secretHits.length}/${prompts.length}`);
    expect(rate).toBeLessThanOrEqual(0.01);
  }, 120_000);
});
