import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * `npm run dev` in live mode must guard and route exactly as `npm start`: sign-in, health checks
 * and the session guard in front of Vite's pages, not only /api. Starts the real dev server
 * (Vite in middleware mode) on a free port, with an identity provider that cannot be reached.
 */

const root = path.resolve(import.meta.dirname, '..');
let child: ChildProcess;
let base: string;

beforeAll(async () => {
  child = spawn(process.execPath, ['server/dev.ts'], {
    cwd: root,
    env: {
      ...process.env,
      ENV_FILE: 'none',
      PORT: '0',
      HOST: '127.0.0.1',
      LIVE_PLATFORM_URL: 'http://127.0.0.1:1/tenantui',
      LIVE_PLATFORM_TENANT_ID: 'tenant',
      LIVE_PLATFORM_CLIENT_ID: 'client',
      LIVE_PLATFORM_CLIENT_SECRET: 'secret',
      LIVE_PLATFORM_AUTHORITY: 'http://127.0.0.1:1/tenant',
      AUTH_ISSUER: 'http://127.0.0.1:1/issuer',
      AUTH_CLIENT_ID: 'staff',
      AUTH_CLIENT_SECRET: 'staff-secret',
      PUBLIC_URL: 'http://127.0.0.1:8080',
      SESSION_SECRET: 'x'.repeat(32),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  base = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /dev server on (http:\/\/[\d.]+:\d+)/.exec(output)?.[1];
      if (url) resolve(url);
    });
    child.once('exit', (code) => {
      reject(new Error(`dev server exited (${String(code)}): ${output}`));
    });
  });
}, 60_000);

afterAll(() => {
  child.kill('SIGTERM');
});

const get = (pathname: string) => fetch(`${base}${pathname}`, { redirect: 'manual' });

describe('npm run dev in live mode', () => {
  it('answers the health check', async () => {
    const response = await get('/healthz');
    expect(response.status).toBe(200);
  });

  it('sends a page load without a session to sign in, back to the same page', async () => {
    const response = await get('/numbers/+442074996300');
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(
      '/auth/login?returnTo=%2Fnumbers%2F%2B442074996300',
    );
  });

  it('serves staff sign-in from the server, not the app', async () => {
    const response = await get('/auth/login');
    // The identity provider cannot be reached here: the server's own "unavailable" page.
    expect(response.status).toBe(503);
    expect(await response.text()).toMatch(/sign-in/i);
  });

  it('refuses the API without a session', async () => {
    const response = await get('/api/v2/oc/numbers/%2B442074996300');
    expect(response.status).toBe(401);
  });

  it('still serves the app through Vite once past the guard', async () => {
    const response = await get('/src/main.tsx');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
  }, 60_000);
});
