import { defineConfig } from '@playwright/test';
import { chromiumExecutable, QUIET_CHROMIUM_ARGS } from './e2e/support/browser.ts';

const PORT = Number(process.env['E2E_PORT'] ?? 4173);
const executablePath = chromiumExecutable();

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './e2e/support/global-setup.ts',
  fullyParallel: false,
  workers: process.env['CI'] ? 1 : 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    headless: true,
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: QUIET_CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  // The production build, served the way `npm start` serves it.
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
