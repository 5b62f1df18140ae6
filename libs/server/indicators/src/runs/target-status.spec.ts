import { IndicatorDirection, TargetStatus } from '@sopr/shared';
import { targetStatus } from './target-status';

const { HIGHER_IS_BETTER: UP, LOWER_IS_BETTER: DOWN } = IndicatorDirection;

describe('targetStatus', () => {
  it('a share that should grow: met at the target, at risk within 5 points, not met below', () => {
    expect(targetStatus(UP, 40, 40, 5)).toBe(TargetStatus.MET);
    expect(targetStatus(UP, 52.3, 50, 5)).toBe(TargetStatus.MET);
    expect(targetStatus(UP, 35, 40, 5)).toBe(TargetStatus.AT_RISK);
    expect(targetStatus(UP, 34.9, 40, 5)).toBe(TargetStatus.NOT_MET);
  });

  it('a share that should fall (pension age): met at or under the target', () => {
    expect(targetStatus(DOWN, 20, 25, 5)).toBe(TargetStatus.MET);
    expect(targetStatus(DOWN, 29, 25, 5)).toBe(TargetStatus.AT_RISK);
    expect(targetStatus(DOWN, 31, 25, 5)).toBe(TargetStatus.NOT_MET);
  });

  it('no target or no value (nobody in the denominator): no status; the margin can be changed', () => {
    expect(targetStatus(UP, 10, null, 5)).toBeNull();
    expect(targetStatus(UP, null, 30, 5)).toBeNull();
    expect(targetStatus(UP, 28, 30, 1)).toBe(TargetStatus.NOT_MET);
  });
});
