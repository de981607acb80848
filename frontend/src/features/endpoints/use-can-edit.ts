/**
 * Whether the signed-in user may change endpoints (editor or admin). The auth work exposes the
 * current user's role; until it is merged everyone may edit (the server's guard has the last word).
 * Every edit, delete, pause and "Check now" control of the endpoint screens is gated by this one hook.
 */
export function useCanEdit(): boolean {
  return true;
}
