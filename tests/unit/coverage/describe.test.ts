import { describe, expect, it } from 'vitest';
import { describeCoverage } from '../../../utils/coverage/describe';

describe('describeCoverage', () => {
  it('names the site and the reason in one sentence', () => {
    expect(describeCoverage('ChatGPT', 'ok')).toEqual({ text: 'Protected on ChatGPT', tone: 'good' });
    expect(describeCoverage('Claude', 'degraded', 'composer-missing').text).toBe(
      'Claude: protection degraded — the page layout changed',
    );
    expect(describeCoverage('Microsoft 365 Copilot', 'unavailable').tone).toBe('bad');
    expect(describeCoverage('Claude', undefined).text).toBe('Claude: not visited yet');
  });
});
