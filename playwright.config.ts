import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './e2e/browser.ts';

// The e2e suite runs against the production build, served by the real server on demo data.
// `npm test` builds first; server/start.ts builds on its own when dist/ is missing.
const port = 4173;
const baseURL = `http://127.0.0.1:${port}`;
const ci = Boolean(process.env.CI);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: ci ? 1 : 0,
  forbidOnly: ci,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    launchOptions,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: 'node server/start.ts',
    env: { PORT: String(port), HOST: '127.0.0.1' },
    url: `${baseURL}/api/app-config`,
    reuseExistingServer: !ci,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
  projects: [
    {
      name: 'chromium',
      // Debian's Chromium through launchOptions.executablePath; no `channel`, which would look
      // for a Google Chrome install instead.
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
  ],
});
