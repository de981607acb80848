/** The root paths of the compatible usage API; app.setup.ts and the SPA keep them outside /api. */
export const USAGE_ROOT_PATHS = ['create', 'update', 'get', 'history'] as const;
