import { test as base, expect, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { startLoopbackHub, type LoopbackHub } from './loopback-hub.ts';

export const FIXTURE_HUB_ROOT = fileURLToPath(new URL('../../fixtures/hub', import.meta.url));

/** Requests that left the loopback interface (must stay empty). */
export interface NetworkLog {
  outside: string[];
  all: string[];
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export const test = base.extend<{ hub: LoopbackHub; network: NetworkLog }>({
  hub: async ({}, use) => {
    const hub = await startLoopbackHub({ root: FIXTURE_HUB_ROOT, port: 0 });
    await use(hub);
    await hub.close();
  },
  // Records every request of the page and its workers; anything outside loopback is blocked.
  network: [
    async ({ context }, use) => {
      const log: NetworkLog = { outside: [], all: [] };
      await context.route('**/*', async (route) => {
        const url = new URL(route.request().url());
        log.all.push(url.href);
        if (url.protocol.startsWith('http') && !LOOPBACK.has(url.hostname)) {
          log.outside.push(url.href);
          await route.abort('blockedbyclient');
          return;
        }
        await route.fallback();
      });
      await use(log);
    },
    { auto: true },
  ],
});

export { expect };

export function appUrl(hub: LoopbackHub, view: string, params: Record<string, string> = {}): string {
  const q = new URLSearchParams({ hub: hub.url, ...params });
  return `/?${q.toString()}#/${view}`;
}

export async function readJson<T>(page: Page, testId: string): Promise<T> {
  const raw = await page.getByTestId(testId).getAttribute('data-value');
  if (raw === null) throw new Error(`${testId} has no data-value`);
  return JSON.parse(raw) as T;
}
