import { describe, expect, it } from 'vitest';
import { contextSupports, enhanceConfidence, hasWordNear, isStandalone } from '../../../utils/detection/detectors/context';

describe('context enhancement helper', () => {
  const text = 'Employee SSN: 123-45-6788 (order ref 99)';
  const lower = text.toLowerCase();
  const start = text.indexOf('123');
  const end = start + 11;

  it('finds whole words only', () => {
    expect(hasWordNear(lower, 0, lower.length, ['ssn'])).toBe(true);
    expect(hasWordNear('lessness', 0, 8, ['ss'])).toBe(false);
  });

  it('boosts with supporting words and lowers with opposing ones, clamped to 0..1', () => {
    expect(enhanceConfidence(lower, start, end, 0.4, { boost: ['ssn'] })).toBeCloseTo(0.75);
    expect(enhanceConfidence(lower, start, end, 0.4, { penalize: ['order'] })).toBeCloseTo(0.05);
    expect(enhanceConfidence(lower, start, end, 0.9, { boost: ['ssn'], boostBy: 0.5 })).toBe(1);
  });

  it('limits the window', () => {
    expect(contextSupports(lower, start, end, ['employee'], 5)).toBe(false);
    expect(contextSupports(lower, start, end, ['employee'], 30)).toBe(true);
  });

  it('detects values glued to other characters', () => {
    expect(isStandalone('x123y', 1, 4)).toBe(false);
    expect(isStandalone(' 123 ', 1, 4)).toBe(true);
    expect(isStandalone('/123 ', 1, 4, '/')).toBe(false);
  });
});
