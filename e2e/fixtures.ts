import { test as base } from '@playwright/test';
import { ApimonServer } from './servers/apimon-server.js';

export const test = base.extend<{ baseURL: string }, { apimon: ApimonServer }>({
  apimon: [
    // Playwright reads fixture dependencies from the destructuring pattern; this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await ApimonServer.start();
      await use(server);
      await server.dispose();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ apimon }, use) => use(apimon.baseUrl),
});

export { expect } from '@playwright/test';
