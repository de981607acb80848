import type { TestResult } from '../api/types';

/** The outcome of "Send test": delivered with what the receiver said, or the exact error. */
export function TestResultNote({ result, error }: { result?: TestResult; error?: Error | null }) {
  if (error) {
    return (
      <p role="status" className="text-sm text-red-800">
        Test could not run: {error.message}
      </p>
    );
  }
  if (!result) return null;
  return result.status === 'delivered' ? (
    <p role="status" className="text-sm text-emerald-800">
      Test delivered: {result.detail} ({result.duration_ms} ms)
    </p>
  ) : (
    <p role="status" className="text-sm text-red-800">
      Test failed: {result.error}
    </p>
  );
}
