import type { CheckResultWire } from '@/types/api';

/** One failed (or degrading) assertion of a check, ready to show. */
export interface FailedAssertionView {
  /** Position in the endpoint's assertion list, from 0; negative for the built-in checks below. */
  index: number;
  /** "Assertion 2 · JSON path", "Health body", … */
  label: string;
  message: string;
}

const TYPE_LABELS: Record<string, string> = {
  body_contains: 'Body contains',
  body_matches: 'Body matches',
  json_path: 'JSON path',
  header: 'Header',
  response_time_below: 'Response time',
};
/** The engine's own checks, reported with negative indexes (checks/check-verdict.ts). */
const BUILT_IN_LABELS: Record<string, string> = {
  health_body: 'Health body',
  degraded_above_ms: 'Degraded threshold',
};

/**
 * The `details.failed_assertions` of a check result ([{index, type, message}]), labelled by their
 * place in the endpoint's list. Read defensively: details is free-form, so anything malformed is
 * left out rather than failing the table.
 */
export function failedAssertions(check: Pick<CheckResultWire, 'details'>): FailedAssertionView[] {
  const raw = check.details?.failed_assertions;
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { index, type, message } = item as Record<string, unknown>;
    if (typeof index !== 'number' || typeof message !== 'string') return [];
    const kind = typeof type === 'string' ? type : '';
    const label =
      index >= 0
        ? `Assertion ${index + 1}${TYPE_LABELS[kind] ? ` · ${TYPE_LABELS[kind]}` : ''}`
        : (BUILT_IN_LABELS[kind] ?? (kind || 'Check'));
    return [{ index, label, message }];
  });
}
