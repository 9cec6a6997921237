/**
 * Quality floors on the development corpora, evaluating the personal-data detectors directly.
 * Span criterion (see tests/fixtures/pii/evaluate.ts): a finding and a gold span of the same type
 * match when their overlap covers ≥ 50 % of the shorter of the two.
 */
import { describe, expect, it } from 'vitest';
import { formatScores, scoreCorpus, type LabelledText } from '../../fixtures/pii/evaluate';
import { piiContactDetector } from '../../../utils/detection/detectors/pii-contact';
import { piiFinancialDetector } from '../../../utils/detection/detectors/pii-financial';
import { piiNationalIdDetector } from '../../../utils/detection/detectors/pii-national-id';
import { piiPersonDetector } from '../../../utils/detection/detectors/pii-person';
import { confidentialDetector } from '../../../utils/detection/detectors/confidential';
import { codeDetector } from '../../../utils/detection/detectors/code';
import { readCorpus } from '../../fixtures/corpora';


const PII_DETECTORS = [piiContactDetector, piiFinancialDetector, piiNationalIdDetector, piiPersonDetector];
const STRICT_TYPES = ['email', 'phone', 'credit_card', 'iban', 'us_ssn', 'ip_address'];
const HEURISTIC_TYPES = ['person_name', 'street_address'];

describe('pii-dev.jsonl quality floors', () => {
  const rows = readCorpus<LabelledText>('pii-dev.jsonl');
  const scores = scoreCorpus(rows, PII_DETECTORS, [...STRICT_TYPES, ...HEURISTIC_TYPES, 'date_of_birth']);
  console.log(`pii-dev.jsonl (${rows.length} texts), overlap ≥ 50% of the shorter span:\n${formatScores(scores)}\n(date_of_birth precision is against DATE_TIME spans; its recall is not measurable here)`);

  it.each(STRICT_TYPES)('%s: precision and recall ≥ 0.95', (type) => {
    const s = scores.find((x) => x.type === type)!;
    expect(s.tp + s.fn).toBeGreaterThan(0);
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
  });

  it.each(HEURISTIC_TYPES)('%s: precision and recall ≥ 0.80', (type) => {
    const s = scores.find((x) => x.type === type)!;
    expect(s.precision).toBeGreaterThanOrEqual(0.8);
    expect(s.recall).toBeGreaterThanOrEqual(0.8);
  });

  it('date_of_birth findings fall on labelled dates', () => {
    const s = scores.find((x) => x.type === 'date_of_birth')!;
    expect(s.precision).toBeGreaterThanOrEqual(0.9);
  });
});

describe('chat-prompts-dev.jsonl (benign prompts)', () => {
  it('high-severity findings from these families on ≤ 1% of prompts', () => {
    const rows = readCorpus<{ id: string; text: string }>('chat-prompts-dev.jsonl');
    const detectors = [...PII_DETECTORS, confidentialDetector, codeDetector];
    const counts: Record<string, number> = {};
    let flagged = 0;
    for (const r of rows) {
      const findings = detectors.flatMap((d) => d.detect({ text: r.text, lower: r.text.toLowerCase() }));
      for (const f of findings) counts[`${f.type}/${f.severity}`] = (counts[`${f.type}/${f.severity}`] ?? 0) + 1;
      if (findings.some((f) => f.severity === 'high')) flagged++;
    }
    console.log(`benign prompts: ${flagged}/${rows.length} with a high-severity finding; findings by type/severity:`, counts);
    expect(flagged / rows.length).toBeLessThanOrEqual(0.01);
  });
});
