import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** The backend package's version (works from src/ and dist/: both sit one level below package.json). */
export const APP_VERSION: string = (require('../../package.json') as { version: string }).version;
