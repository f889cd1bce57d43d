import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import type { Logger } from 'pino';
import { composeApp } from '../../server/compose-app.ts';
import type { FakeLivePlatform } from '../../server/testing/fake-live-platform.ts';
import { stackConfig } from './stack-config.ts';
import { stackSettings, startStackUpstreams } from './stack-upstreams.ts';

/*
 * A live-mode stack of one's own, in the calling process: a mock Entra ID, the fake Live Platform
 * and the app in live mode (composed as `npm start` composes it, serving the production build),
 * each on a free loopback port, with the shared stack's made-up secrets and user. The shared stack
 * (live-stack.ts) keeps its state for the whole suite: its related-read cache and the signed-in
 * user's number-status count carry over from journey to journey and from run to run. This one
 * starts empty, and its fake is at hand (failRelated, setLatency, requests), for journeys that
 * count on a first request and for measurements.
 */

export type OwnStack = {
  appUrl: string;
  livePlatform: FakeLivePlatform;
  close(): Promise<void>;
};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Where a stack's app finds its identity provider and Live Platform. */
export type StackUpstreams = { issuer: string; authority: string; livePlatformUrl: string };

/**
 * The app alone, in live mode against `upstreams`, serving the production build, on a free
 * loopback port (the benchmarks run it in a process of its own this way).
 */
export async function startStackApp(
  upstreams: StackUpstreams,
  options: { logger?: Logger; env?: Record<string, string> } = {},
): Promise<{ appUrl: string; close(): Promise<void> }> {
  const { host } = stackConfig;
  // The app's own address is one of its settings (the sign-in's redirect URI): listen first.
  const composed: { app?: ReturnType<typeof composeApp> } = {};
  const server = await new Promise<ServerType>((resolve) => {
    const started: ServerType = serve(
      {
        fetch: (request) => composed.app?.fetch(request) ?? new Response(null, { status: 503 }),
        port: 0,
        hostname: host,
      },
      () => resolve(started),
    );
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('own stack: no app address');
  composed.app = composeApp(
    stackSettings(upstreams, {
      port: address.port,
      livePlatformUrl: upstreams.livePlatformUrl,
      ...(options.env ? { env: options.env } : {}),
    }),
    { distDir: path.join(root, 'dist'), ...(options.logger ? { logger: options.logger } : {}) },
  );
  return {
    appUrl: `http://${host}:${String(address.port)}`,
    close: () =>
      new Promise<void>((resolve) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export async function startOwnStack(
  options: { logger?: Logger; env?: Record<string, string> } = {},
): Promise<OwnStack> {
  const { identity, livePlatform } = await startStackUpstreams();
  const app = await startStackApp(
    { issuer: identity.issuer, authority: identity.authority, livePlatformUrl: livePlatform.url },
    options,
  );
  return {
    appUrl: app.appUrl,
    livePlatform,
    close: async () => {
      await app.close();
      await Promise.allSettled([livePlatform.close(), identity.stop()]);
    },
  };
}
