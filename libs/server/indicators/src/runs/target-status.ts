import { IndicatorDirection, TargetStatus } from '@sopr/shared';

/**
 * A value against its target, direction-aware: met when it reached the target (not above it, for
 * lower-is-better), at risk when short by at most `atRisk` points (MONITORING_AT_RISK_POINTS),
 * otherwise not met. No target or no value: no status.
 */
export function targetStatus(direction: IndicatorDirection, value: number | null, target: number | null, atRisk: number): TargetStatus | null {
  if (value === null || target === null) return null;
  const shortBy = direction === IndicatorDirection.HIGHER_IS_BETTER ? target - value : value - target;
  if (shortBy <= 0) return TargetStatus.MET;
  return shortBy <= atRisk ? TargetStatus.AT_RISK : TargetStatus.NOT_MET;
}
