import { useCan } from '@/features/auth/use-current-user';

/**
 * Whether the signed-in user may change endpoints (editor or admin). Every edit, delete, pause and
 * "Check now" control of the endpoint screens is gated by the `canEdit` this gives the routes; the
 * server's guard has the last word.
 */
export function useCanEdit(): boolean {
  return useCan('editor');
}
