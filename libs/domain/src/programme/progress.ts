// Progress arithmetic of the regional programme (PRODUCT.md §3 "Progress arithmetic"). One rule,
// used by the API's read models and shown to users as "hoe berekend" (see how-calculated.ts).
// A figure with nothing to base it on is null, never 0: "no data" must not read as "no progress".
import { DomainValidationError } from '../errors';
import { STATUS_PROGRESS_SHARE, type ActionStatus, type IndicatorDirection } from './enums';

/** A percentage together with the number of parts it was computed from. */
export interface ProgressResult {
  /** Percent from 0 to 100, or null when there is nothing to base it on. */
  readonly value: number | null;
  /** How many parts actually counted (nulls, dropped actions and zero weights do not). */
  readonly basedOn: number;
}

export interface IndicatorProgressInput {
  readonly baseline: number;
  readonly target: number;
  /** Most recent measurement, or null when nothing has been measured yet. */
  readonly latest: number | null;
  readonly direction: IndicatorDirection;
}

export interface ActionProgressInput {
  readonly status: ActionStatus;
  /** Percent 0–100 entered by the owner; null (or absent) to use the children or the status share. */
  readonly manualProgress: number | null;
  readonly children?: ReadonlyArray<{ readonly action: ActionProgressInput; readonly weight?: number }>;
}

export interface WeightedPart {
  readonly value: number | null;
  /** Relative weight, at least 0; defaults to 1. */
  readonly weight?: number;
}

export interface GoalProgressInput {
  readonly indicators: ReadonlyArray<IndicatorProgressInput & { readonly weight?: number }>;
  /** Top-level actions of the goal only: sub-actions already count through their parent. */
  readonly actions: ReadonlyArray<ActionProgressInput & { readonly weight?: number }>;
}

export interface PillarProgressInput {
  readonly goals: ReadonlyArray<GoalProgressInput & { readonly weight?: number }>;
  /** Top-level actions that hang directly under the pillar, without a goal. */
  readonly actions: ReadonlyArray<ActionProgressInput & { readonly weight?: number }>;
}

const NOTHING: ProgressResult = { value: null, basedOn: 0 };

/**
 * Indicator progress: (latest − baseline) / (target − baseline), clamped to 0–100 %.
 *
 * Works for both directions: for LOWER_IS_BETTER the target lies below the baseline and the
 * same fraction measures how much of the planned decrease has been achieved. Overshooting the
 * target gives 100, moving away from it gives 0.
 *
 * @returns value null (basedOn 0) while nothing has been measured, otherwise basedOn 1.
 * @throws DomainValidationError `TARGET_EQUALS_BASELINE` (field `target`) when there is no distance to cover;
 *   `TARGET_WRONG_SIDE_OF_BASELINE` (field `target`) when reaching the target would mean getting worse;
 *   `INVALID_NUMBER` for a non-finite baseline, target or latest.
 */
export function indicatorProgress(input: IndicatorProgressInput): ProgressResult {
  const { baseline, target, latest, direction } = input;
  assertFinite(baseline, 'baseline');
  assertFinite(target, 'target');
  if (target === baseline) {
    throw new DomainValidationError(
      'TARGET_EQUALS_BASELINE',
      'target',
      'The target must differ from the baseline, otherwise there is no progress to measure',
    );
  }
  const higherIsBetter = direction === 'HIGHER_IS_BETTER';
  if (higherIsBetter ? target < baseline : target > baseline) {
    throw new DomainValidationError(
      'TARGET_WRONG_SIDE_OF_BASELINE',
      'target',
      higherIsBetter
        ? 'When higher is better the target must be above the baseline'
        : 'When lower is better the target must be below the baseline',
    );
  }
  if (latest === null || latest === undefined) return NOTHING;
  assertFinite(latest, 'latest');

  // Decide the clamped ends by comparison first: exact, and free of rounding at the boundaries.
  if (higherIsBetter ? latest >= target : latest <= target) return { value: 100, basedOn: 1 };
  if (higherIsBetter ? latest <= baseline : latest >= baseline) return { value: 0, basedOn: 1 };
  return { value: clamp(100 * fraction(latest, baseline, target), 0, 100), basedOn: 1 };
}

/**
 * Weighted mean of the parts that have a value.
 *
 * Null parts and parts with weight 0 are ignored; weights default to 1. The result always lies
 * between the smallest and largest value used (guarded against floating-point rounding).
 *
 * @returns value null (basedOn 0) when no part counts; otherwise basedOn is the number of parts used.
 * @throws DomainValidationError `NEGATIVE_WEIGHT` (field `weight`) for a weight below 0;
 *   `INVALID_NUMBER` for a non-finite weight or value.
 */
export function weightedMean(parts: readonly WeightedPart[]): ProgressResult {
  const used: Array<{ value: number; weight: number }> = [];
  for (const part of parts) {
    const weight = part.weight ?? 1;
    assertFinite(weight, 'weight');
    if (weight < 0) {
      throw new DomainValidationError('NEGATIVE_WEIGHT', 'weight', 'A weight cannot be negative');
    }
    if (part.value === null || part.value === undefined) continue;
    assertFinite(part.value, 'value');
    if (weight > 0) used.push({ value: part.value, weight });
  }
  if (used.length === 0) return NOTHING;

  let largest = 0;
  for (const part of used) largest = Math.max(largest, part.weight);
  // Extreme weights are divided by the largest so the sums cannot overflow or underflow; ordinary
  // weights are used as given, which keeps simple cases exact (weights 3 and 1 give 25, not 24.999…).
  const divisor = largest > 1e100 || largest < 1e-100 ? largest : 1;
  let totalWeight = 0;
  let weightedSum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const { value, weight } of used) {
    const scaled = weight / divisor;
    totalWeight += scaled;
    weightedSum += scaled * value;
    min = Math.min(min, value);
    max = Math.max(max, value);
  }
  return { value: clamp(weightedSum / totalWeight, min, max), basedOn: used.length };
}

/**
 * Action progress: the manual value if one is set; otherwise, when the action has sub-actions
 * that are not dropped, their weighted mean; otherwise the share of its status
 * ({@link STATUS_PROGRESS_SHARE}). A dropped action is left out of totals: its value is null.
 *
 * The whole tree is validated, including dropped branches, so bad data never hides.
 *
 * @returns basedOn 1 for a manual value or a status share, the number of sub-actions used otherwise.
 * @throws DomainValidationError `PROGRESS_OUT_OF_RANGE` (field `manualProgress`) outside 0–100;
 *   `NEGATIVE_WEIGHT` for a sub-action weight below 0.
 */
export function actionProgress(action: ActionProgressInput): ProgressResult {
  const manual = action.manualProgress ?? null;
  if (manual !== null && !(Number.isFinite(manual) && manual >= 0 && manual <= 100)) {
    throw new DomainValidationError(
      'PROGRESS_OUT_OF_RANGE',
      'manualProgress',
      'Manual progress must be a percentage from 0 to 100',
    );
  }
  const children = (action.children ?? []).map((child) => ({
    value: actionProgress(child.action).value,
    weight: child.weight,
  }));
  if (action.status === 'DROPPED') return NOTHING;
  if (manual !== null) return { value: manual, basedOn: 1 };

  const fromChildren = weightedMean(children);
  if (fromChildren.value !== null) return fromChildren;
  return { value: STATUS_PROGRESS_SHARE[action.status], basedOn: 1 };
}

/**
 * Goal progress: weighted mean of its indicators' progress and its top-level actions' progress,
 * every part weighing 1 unless given a weight. Unmeasured indicators and dropped actions are
 * left out and not counted in basedOn.
 */
export function goalProgress(goal: GoalProgressInput): ProgressResult {
  return weightedMean([
    ...goal.indicators.map((indicator) => ({
      value: indicatorProgress(indicator).value,
      weight: indicator.weight,
    })),
    ...goal.actions.map((action) => ({ value: actionProgress(action).value, weight: action.weight })),
  ]);
}

/**
 * Pillar progress: weighted mean of its goals' progress and of the top-level actions that hang
 * directly under the pillar, every part weighing 1 unless given a weight. Goals without any
 * figure are left out and not counted in basedOn.
 */
export function pillarProgress(pillar: PillarProgressInput): ProgressResult {
  return weightedMean([
    ...pillar.goals.map((goal) => ({ value: goalProgress(goal).value, weight: goal.weight })),
    ...pillar.actions.map((action) => ({ value: actionProgress(action).value, weight: action.weight })),
  ]);
}

// Fraction of the way from baseline to target; only called strictly between the two.
function fraction(latest: number, baseline: number, target: number): number {
  const span = target - baseline;
  if (Number.isFinite(span)) return (latest - baseline) / span;
  // Baseline and target so far apart that their difference overflows: halve everything first.
  return (latest / 2 - baseline / 2) / (target / 2 - baseline / 2);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function assertFinite(value: number, field: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new DomainValidationError('INVALID_NUMBER', field, `${field} must be a finite number`);
  }
}
