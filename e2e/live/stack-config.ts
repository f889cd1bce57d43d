/*
 * The fixed settings of the live-mode e2e stack (e2e/live/live-stack.ts), shared by the stack,
 * playwright.config.ts and the tests. The secrets are made up for the tests: the audit checks
 * that none of them ever reaches the browser, the build or the server's log.
 */
export const stackConfig = {
  host: '127.0.0.1',
  /** The app in live mode. */
  appPort: 4174,
  /** The stack's control API for tests (loopback only). */
  controlPort: 4175,
  /** A second instance of the app, made anew on demand (see live-stack.ts). */
  freshAppPort: 4176,
  tenantId: '0b5c1d2e-7e57-4c0d-9a11-5e2e5e2e5e2e',
  livePlatformClientId: 'e2e-live-platform-client',
  livePlatformClientSecret: 'e2e-LP-client-secret~never-in-the-browser-7f3a9c',
  staffClientId: 'e2e-oc-lookup-staff',
  staffClientSecret: 'e2e-staff-client-secret~never-in-the-browser-2b8d41',
  sessionSecret: 'e2e-session-secret-of-more-than-32-characters-5c7e',
  timeoutMs: 3000,
  requiredRole: 'OcLookup.Read',
  /** Who the mock identity provider signs in. */
  user: { name: 'Jane Staff', email: 'jane.staff@example.com' },
} as const;

export const appUrl = `http://${stackConfig.host}:${stackConfig.appPort}`;
export const controlUrl = `http://${stackConfig.host}:${stackConfig.controlPort}`;
export const secondAppUrl = `http://${stackConfig.host}:${stackConfig.freshAppPort}`;

/** Every secret of the stack: none may show up anywhere outside the server. */
export const stackSecrets = [
  stackConfig.livePlatformClientSecret,
  stackConfig.staffClientSecret,
  stackConfig.sessionSecret,
] as const;

/** Where the stack's pino logger writes (JSON lines). */
export const serverLogFile = 'test-results/live-server.log';

/** Where the e2e fixtures keep what the browser received, for the final audit. */
export const browserTrafficDir = 'test-results/live-browser-traffic';
