import { describe, expect, it } from 'vitest';
import { promptRecord } from '../../../utils/guard/prompt-record';
import { compilePolicy } from '../../../utils/policy/compile';
import { DEFAULT_POLICY } from '../../../utils/policy/schema';
import { PastedLines } from '../../../utils/workflows/pasted-input';

const options = compilePolicy(DEFAULT_POLICY);
const sentence = 'The amber lighthouse keeper counted seventeen herons before dawn';
const pasted = ['Customer record for the follow-up call:', 'Contact: Jane Roe <jane.roe@example.com>', `Note from the call: ${sentence}.`].join('\n');

describe('pasted input in prompt records', () => {
  it('keeps a pasted sentence out of the skeleton even when the editor splits it into paragraphs', () => {
    const lines = new PastedLines();
    lines.remember(pasted);
    // ProseMirror-style: every pasted line its own paragraph, after the typed instruction.
    const sent = `Summarize this for the account team\n\n${pasted.split('\n').join('\n\n')}`;
    const record = promptRecord(sent, options, lines);
    expect(record.skeleton).not.toContain('lighthouse');
    expect(record.skeleton).not.toContain('jane');
    expect(record.skeleton.toLowerCase()).toContain('summarize this for the account team');
    expect(record.skeleton).toContain('{{document}}');
  });

  it('finds a pasted line inside a paragraph that also holds typed words', () => {
    const lines = new PastedLines();
    lines.remember(sentence);
    const record = promptRecord(`Rewrite in plain words: ${sentence}`, options, lines);
    expect(record.skeleton).not.toContain('herons');
    expect(record.skeleton.toLowerCase()).toContain('rewrite in plain words');
  });

  it('without a paste, typed instructions stay in the skeleton (they are the recurring part)', () => {
    const record = promptRecord('Summarize the variance between budget and actuals for the board', options, new PastedLines());
    expect(record.skeleton.toLowerCase()).toContain('variance between budget and actuals');
  });

  it('keeps a bounded memory and ignores very short lines', () => {
    const lines = new PastedLines();
    lines.remember('Hi\nok\n');
    expect(lines.size).toBe(0);
    for (let i = 0; i < 2_500; i++) lines.remember(`pasted line number ${i}`);
    expect(lines.size).toBe(2_000);
    expect(lines.has('pasted line number 2499')).toBe(true);
    expect(lines.has('pasted line number 0')).toBe(false);
  });
});

describe('proper names in typed text', () => {
  it.each([
    ['Account owner Quentin ZabrowskiDaspqf asked about the refund', ['Quentin', 'ZabrowskiDaspqf']],
    ["Write to Sean O'Brien and Mary McDonald about the renewal", ['Sean', "O'Brien", 'McDonald']],
    ['Quentin Zabrowski needs the contract summary by Friday', ['Quentin', 'Zabrowski', 'Friday']],
  ])('%s', (text, names) => {
    const record = promptRecord(text, options, new PastedLines());
    for (const name of names) expect(record.skeleton.toLowerCase()).not.toContain(name.toLowerCase());
    expect(record.skeleton).toContain('{{');
  });

  it('keeps the instruction verb that starts a sentence', () => {
    const record = promptRecord('Summarize the attached minutes. Then list open actions for Globex.', options, new PastedLines());
    expect(record.skeleton.toLowerCase()).toContain('summarize the attached minutes');
    expect(record.skeleton.toLowerCase()).toContain('then list open actions');
    expect(record.skeleton.toLowerCase()).not.toContain('globex');
  });
});

describe('pasted-line search cost', () => {
  it('stays bounded for a long prompt with a full paste memory, and still finds whole pasted lines', () => {
    const lines = new PastedLines();
    for (let i = 0; i < 2_000; i++) lines.remember(`remembered pasted line number ${i} with some words`);
    const typed = Array.from({ length: 5_000 }, (_, i) => `typed line ${i} that is not from any paste at all`).join('\n');
    const sent = `${typed}\nremembered pasted line number 1999 with some words`;
    const spans = lines.spansIn(sent);
    expect(spans).toHaveLength(1);
    expect(sent.slice(spans[0]!.start, spans[0]!.end)).toBe('remembered pasted line number 1999 with some words');
  });
});

describe('proper names: instructions and initials', () => {
  const skeleton = (text: string) => promptRecord(text, options, new PastedLines()).skeleton.toLowerCase();

  it('keeps the instruction verb so different tasks stay apart', () => {
    expect(skeleton('Translate German text to English')).toContain('translate');
    expect(skeleton('Summarize German text to English')).toContain('summarize');
    expect(skeleton('Translate German text to English')).not.toBe(skeleton('Summarize German text to English'));
  });

  it('masks a surname after an initial or a title', () => {
    expect(skeleton('Forward this to J. Okonkwo today')).not.toContain('okonkwo');
    expect(skeleton('Write to Dr. Abernathy about the results')).not.toContain('abernathy');
  });

  it("keeps I've and list-item verbs", () => {
    expect(skeleton("I've attached the notes")).toContain("i've");
    expect(skeleton('For the weekly sync, please:\n- Summarize the meeting notes')).toContain('summarize');
  });
});
