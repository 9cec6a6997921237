import { describe, expect, it } from 'vitest';
import { kCount, kCountMap, readCount } from '../../../utils/governance/k-anonymity';

describe('k-anonymity', () => {
  it('coarsens 1..k-1 to "<k", keeps 0 and k and above', () => {
    expect([0, 1, 4, 5, 6].map((n) => kCount(n, 5))).toEqual([0, '<5', '<5', 5, 6]);
    expect(kCount(1, 1)).toBe(1);
  });

  it('drops zero keys and sorts the rest', () => {
    expect(kCountMap(new Map([['pii', 7], ['code', 0], ['secret', 2]]), 5)).toEqual({ pii: 7, secret: '<5' });
    expect(Object.keys(kCountMap(new Map([['b', 9], ['a', 9]]), 5))).toEqual(['a', 'b']);
  });

  it('reads "<k" as a lower bound of 1 that is not exact', () => {
    expect(readCount('<5')).toEqual({ min: 1, exact: false });
    expect(readCount(12)).toEqual({ min: 12, exact: true });
    expect(readCount(undefined)).toEqual({ min: 0, exact: true });
  });
});
