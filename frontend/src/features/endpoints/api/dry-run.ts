import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { CheckResultWire, EndpointInputWire } from '@/types/api';

/** Checks an unsaved endpoint once; the server records nothing (the form's "Test" button). */
export const dryRunCheck = (body: EndpointInputWire) =>
  apiFetch<CheckResultWire>('/api/v1/checks/dry-run', { method: 'POST', body });

export const useDryRun = () => useMutation({ mutationFn: dryRunCheck });
