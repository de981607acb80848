/**
 * Whether the signed-in user may change endpoints (editor or admin). Every edit, delete, pause and
 * "Check now" control of the endpoint screens is gated by the `canEdit` this gives the routes.
 * Until the auth work is merged everyone may (the server's guard has the last word); with it, this
 * becomes `return useCan('editor');` from `@/features/auth/use-current-user`.
 */
export function useCanEdit(): boolean {
  return true;
}
