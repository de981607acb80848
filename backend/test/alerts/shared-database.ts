import { openDatabase, type Database } from '../../src/db/database.js';
import { createEmptyPostgresDatabase, createTestDatabase, TEST_DATABASE_URL } from '../database.js';

/**
 * One database that several app instances (or one app after a restart) open in turn. On PostgreSQL each
 * handle is its own connection pool to the same database; PGlite is single-connection and in memory, so
 * every handle shares it and closing a handle (an app shutting down) leaves it open.
 */
export async function sharedDatabase(): Promise<{ handle: () => Promise<Database>; close: () => Promise<void> }> {
  if (!TEST_DATABASE_URL) {
    const base = await createTestDatabase();
    return { handle: async () => ({ ...base, close: async () => undefined }), close: () => base.close() };
  }
  const { url, drop } = await createEmptyPostgresDatabase();
  const setup = await openDatabase({ url, poolSize: 2 });
  await setup.migrate();
  return {
    handle: async () => openDatabase({ url, poolSize: 5 }),
    close: async () => {
      await setup.close();
      await drop();
    },
  };
}
