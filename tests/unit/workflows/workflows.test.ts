import { describe, expect, it } from 'vitest';
import { anonymizePrompt } from '../../../utils/workflows/anonymize';
import { WorkflowIndex } from '../../../utils/workflows/index-store';
import { extractTemplate } from '../../../utils/workflows/template';
import type { Finding } from '../../../utils/detection/types';
import { businessSet, devSet } from '../../fixtures/workflows/generate';
import { evaluate } from '../../fixtures/workflows/evaluate';
import { groupingMetrics } from '../../fixtures/workflows/metrics';

const finding = (text: string, value: string, category: Finding['category'], type: string): Finding => {
  const start = text.indexOf(value);
  return { type, category, start, end: start + value.length, severity: 'high', confidence: 1 };
};

describe('anonymizePrompt', () => {
  it('removes detected values and variable-looking tokens (canaries)', () => {
    const text =
      'Write a reply to canary.zq81@example.org about invoice 4471 due 2026-03-14 for $12,400. Key: AKIAZZCANARY77QQ and IBAN DE44500105175407324931. Mention Margarethe Quillfeather.\n\n"The shipment of blue widgets arrived late and damaged at our Tuesday depot."';
    const findings = [finding(text, 'AKIAZZCANARY77QQ', 'secret', 'aws_access_key'), finding(text, 'DE44500105175407324931', 'financial', 'iban')];
    const { skeleton, signature } = anonymizePrompt(text, findings);
    for (const canary of ['canary.zq81', '4471', '2026', '12,400', 'AKIAZZCANARY77QQ', 'DE4450', 'Margarethe', 'Quillfeather', 'blue widgets'])
      expect(skeleton).not.toContain(canary);
    expect(skeleton).toContain('Write a reply to');
    expect(skeleton).toMatch(/\{\{email\}\}/);
    expect(signature.length).toBeGreaterThanOrEqual(32);
  });

  it('collapses a pasted multi-line block to one document placeholder and stays small', () => {
    const doc = Array.from({ length: 2000 }, (_, i) => `row ${i}\tvalue ${i * 3}`).join('\n');
    const { skeleton, signature } = anonymizePrompt(`Summarise this table for the board.\n\n${doc}`, []);
    expect(skeleton).toBe('Summarise this table for the board.\n{{document}}');
    expect(JSON.stringify({ skeleton, signature }).length).toBeLessThan(1024);
  });

  it('caps the skeleton of a very long typed prompt', () => {
    const { skeleton } = anonymizePrompt('please '.repeat(5000), []);
    expect(skeleton.length).toBeLessThanOrEqual(600);
  });
});

describe('extractTemplate', () => {
  it('keeps the shared words and turns varying runs into typed slots', () => {
    const { template, slots } = extractTemplate([
      'Check the variance for {{name}} in week {{number}}\n{{document}}',
      'Check the variance for {{name}} in week {{number}}\n{{document}}',
      'Check the variance for {{name}} {{name}} in week {{number}}\n{{document}}',
    ]);
    expect(template).toBe('check the variance for {{customer}} in week {{number}} {{document}}');
    expect(slots).toEqual(['customer', 'number', 'document']);
  });
});

describe('WorkflowIndex', () => {
  const DAY = 86_400_000;
  const rec = (id: string, text: string, day: number) => ({ id, ts: day * DAY, site: 'chatgpt', ...anonymizePrompt(text, []) });

  it('groups the same task with different inputs and keeps a different task on the same document apart', () => {
    const doc = (n: number) => Array.from({ length: 8 }, (_, i) => `Line ${i}: clause about delivery ${n * i} and payment`).join('\n');
    const index = new WorkflowIndex({ minRuns: 3, minDays: 2 });
    const task = 'Review this contract for Acme and list every clause that deviates from our standard terms with a risk rating';
    expect(index.add(rec('a', `${task}\n\n${doc(1)}`, 1))).toBeNull();
    const id = index.add(rec('b', `${task.replace('Acme', 'Borealis')}\n\n${doc(2)}`, 1));
    expect(id).not.toBeNull();
    expect(index.add(rec('c', `${task.replace('Acme', 'Cobalt')}\n\n${doc(3)}`, 4))).toBe(id);
    expect(index.add(rec('d', `Translate the following document into French and keep the formatting intact please\n\n${doc(3)}`, 4))).toBeNull();
    const [wf] = index.workflows();
    expect(index.workflows()).toHaveLength(1);
    expect(wf!.id).toBe(id);
    expect(wf!.memberIds).toEqual(['a', 'b', 'c']);
    expect(wf!.recurring).toBe(true);
    expect(wf!.days).toBe(2);
    expect(wf!.template).toContain('{{document}}');
    expect(index.assignment('d')).toBeNull();
  });

  it('is not recurring below the day threshold and rebuilds identically from records', () => {
    const records = ['Alpha', 'Beta', 'Gamma'].map((n, i) => rec(`r${i}`, `Draft the weekly status email for the ${n} team from these notes please thanks`, 3));
    const index = WorkflowIndex.fromRecords(records, { minRuns: 3, minDays: 2 });
    expect(index.workflows()[0]!.count).toBe(3);
    expect(index.workflows()[0]!.recurring).toBe(false);
    expect(WorkflowIndex.fromRecords(records, { minRuns: 3, minDays: 2 }).workflows()[0]!.id).toBe(index.workflows()[0]!.id);
  });
});

describe('metrics', () => {
  it('scores exact groups and pairs', () => {
    const truth = new Map([['a', 'x'], ['b', 'x'], ['c', 'y']]);
    expect(groupingMetrics(truth, new Map([['a', 'g'], ['b', 'g'], ['c', null]]))).toMatchObject({ accuracy: 1, f1: 1 });
    const m = groupingMetrics(truth, new Map([['a', 'g'], ['b', 'g'], ['c', 'g']]));
    // Nobody's predicted group {a,b,c} equals their true group; 2 of the 6 predicted pairs are right.
    expect(m.accuracy).toBe(0);
    expect(m.precision).toBeCloseTo(2 / 6);
    expect(m.recall).toBe(1);
  });
});

describe('quality on labelled sets', () => {
  it('dev set (corpus templates) meets the floors', () => {
    const set = devSet();
    const { workflows: _w, ...m } = evaluate(set);
    console.log(`workflows dev set (${set.length} prompts):`, JSON.stringify(m));
    expect(m.accuracy).toBeGreaterThanOrEqual(0.85);
    expect(m.f1).toBeGreaterThanOrEqual(0.9);
  });

  it('business set (hand-written workflows) meets the floors', () => {
    const set = businessSet();
    const { workflows: _w, ...m } = evaluate(set);
    console.log(`workflows business set (${set.length} prompts):`, JSON.stringify(m));
    expect(m.accuracy).toBeGreaterThanOrEqual(0.85);
    expect(m.f1).toBeGreaterThanOrEqual(0.9);
  });
});

describe('workflows CLI contract pieces', () => {
  it('types a detected email by its detection type rather than its category', () => {
    const text = 'Send the summary to qq.canary@example.net today';
    const { skeleton } = anonymizePrompt(text, [finding(text, 'qq.canary@example.net', 'pii', 'email')]);
    expect(skeleton).toBe('Send the summary to {{email}} today');
  });
});
