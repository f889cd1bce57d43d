import { Hono } from 'hono';
import type { HttpBindings } from '@hono/node-server';
import { isE164 } from './e164.ts';
import { DropConnection, type NumberSource } from './number-source.ts';
import { problem } from './problem.ts';
import { jsonOnly } from './upstream-answer.ts';

export type AppConfigBody = {
  mode: 'demo' | 'live';
  /** Live mode: the Live Platform host the server talks to, shown in the header. */
  liveHost?: string;
  featuredNumbers: readonly { telephoneNumber: string; description: string }[];
  reservedNumbers: readonly { telephoneNumber: string; description: string }[];
};

type ApiOptions = { source: NumberSource; appConfig: AppConfigBody };

// The API only reads; any other method on one of its routes is told so (RFC 9110: 405 + Allow).
const readOnly = () =>
  problem(
    405,
    'Method not allowed',
    { detail: 'This API only reads: use GET.' },
    { allow: 'GET, HEAD' },
  );

/**
 * /api: the same paths as Live Platform's, answered by whichever source the server runs with.
 * Every answer is JSON (application/json or application/problem+json), whatever the source sent:
 * a lookup's answer goes through jsonOnly, the one rule for demo and live mode alike.
 */
export function apiRoutes({ source, appConfig }: ApiOptions) {
  const api = new Hono<{ Bindings: HttpBindings }>();

  api.get('/app-config', (c) => c.json(appConfig));
  api.all('/app-config', readOnly);

  api.get('/v2/oc/numbers/:phone', async (c) => {
    const phone = c.req.param('phone');
    if (!isE164(phone)) {
      return problem(400, 'Not an E.164 phone number', {
        detail: 'Send the number as + and country code and digits, URL-encoded: %2B442074996300.',
      });
    }
    try {
      return await jsonOnly(await source.getNumber(phone, c.req.raw.signal));
    } catch (error) {
      if (error instanceof DropConnection) {
        // Only a real Node server has a socket to drop (not in-process test requests).
        (c.env as Partial<HttpBindings> | undefined)?.incoming?.socket.destroy();
        return new Response(null, { status: 499 });
      }
      if (c.req.raw.signal.aborted) return new Response(null, { status: 499 });
      throw error;
    }
  });

  api.all('/v2/oc/numbers/:phone', readOnly);

  api.all('*', () => problem(404, 'No such API route'));
  return api;
}
