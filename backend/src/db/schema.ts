/**
 * Every table of apimon. One file per domain under ./tables, re-exported here so that drizzle-kit
 * and the database provider see one schema. Columns are snake_case in SQL (Drizzle's casing option).
 */
export * from './tables/settings.js';
export * from './tables/endpoints.js';
export * from './tables/checks.js';
export * from './tables/auth.js';
export * from './tables/alerts.js';
export * from './tables/analytics.js';
export * from './tables/targets.js';
export * from './tables/usage.js';
