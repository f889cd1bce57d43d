import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './e2e/browser.ts';
import { appUrl as liveBaseURL } from './e2e/live/stack-config.ts';

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
  // Generous: these tests prove behaviour, not speed (npm run bench measures speed), and a shared
  // 2-core runner at a load of 8 took over 10 s to show a number's page (30 Nov CI run).
  timeout: 60_000,
  expect: { timeout: 20_000 },
  use: {
    baseURL,
    launchOptions,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: [
    {
      command: 'node server/start.ts',
      // ENV_FILE=none: a developer's live .env must not turn the demo suite's server live.
      env: { PORT: String(port), HOST: '127.0.0.1', ENV_FILE: 'none' },
      url: `${baseURL}/api/app-config`,
      reuseExistingServer: !ci,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // Live mode: the app, a mock Entra ID and a fake Live Platform in one process, on loopback
      // (e2e/live/live-stack.ts). Never reused: the tests read its state and its log file, which
      // Playwright's clean-up of test-results/ would have removed from under a running stack.
      command: 'node e2e/live/live-stack.ts',
      url: `${liveBaseURL}/healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
  ],
  projects: [
    {
      name: 'chromium',
      testIgnore: '**/live/**',
      // Debian's Chromium through launchOptions.executablePath; no `channel`, which would look
      // for a Google Chrome install instead.
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
    {
      // The journeys share the stack's state (queued failures, token counts, roles): one at a time.
      name: 'live',
      testDir: 'e2e/live',
      testIgnore: '**/secrets-audit.spec.ts',
      workers: 1,
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: liveBaseURL },
    },
    {
      // After every journey: no secret or token in the build, the log, or what the browser saw.
      name: 'live-audit',
      testDir: 'e2e/live',
      testMatch: '**/secrets-audit.spec.ts',
      dependencies: ['live'],
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: liveBaseURL },
    },
  ],
});
