/**
 * A candidate watermark is promoted only this long after it was seen: a change whose id was taken by a
 * transaction still open then (another instance's writer) has committed by now, so none is skipped.
 */
export const WATERMARK_LAG_MS = 60_000;

export interface WatermarkState {
  watermarkId: number;
  candidateId: number | null;
  candidateSince: Date | null;
}

/**
 * The catch-up's next watermark after a pass that found every change up to `evaluatedThrough`
 * evaluated: the candidate of a pass at least `lagMs` ago (never above what is evaluated now) becomes
 * the watermark and `evaluatedThrough` the next candidate. Null = nothing to write yet.
 */
export function nextWatermark(
  state: WatermarkState,
  evaluatedThrough: number,
  now: Date,
  lagMs = WATERMARK_LAG_MS,
): { watermarkId: number; candidateId: number } | null {
  if (state.candidateId === null || state.candidateSince === null) {
    return { watermarkId: state.watermarkId, candidateId: evaluatedThrough };
  }
  if (now.getTime() - state.candidateSince.getTime() < lagMs) return null;
  const promoted = Math.max(state.watermarkId, Math.min(state.candidateId, evaluatedThrough));
  return { watermarkId: promoted, candidateId: evaluatedThrough };
}
