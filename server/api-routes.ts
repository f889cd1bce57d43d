import { Hono } from 'hono';
import type { HttpBindings } from '@hono/node-server';
import { isE164 } from './e164.ts';
import { DropConnection, type NumberSource } from './number-source.ts';
import { problem } from './problem.ts';

export type AppConfigBody = {
  mode: 'demo' | 'live';
  /** Live mode: the Live Platform host the server talks to, shown in the header. */
  liveHost?: string;
  featuredNumbers: readonly { telephoneNumber: string; description: string }[];
  reservedNumbers: readonly { telephoneNumber: string; description: string }[];
};

type ApiOptions = { source: NumberSource; appConfig: AppConfigBody };

/** /api: the same paths as Live Platform's, answered by whichever source the server runs with. */
export function apiRoutes({ source, appConfig }: ApiOptions) {
  const api = new Hono<{ Bindings: HttpBindings }>();

  api.get('/app-config', (c) => c.json(appConfig));

  api.get('/v2/oc/numbers/:phone', async (c) => {
    const phone = c.req.param('phone');
    if (!isE164(phone)) {
      return problem(400, 'Not an E.164 phone number', {
        detail: 'Send the number as + and country code and digits, URL-encoded: %2B442074996300.',
      });
    }
    try {
      return await source.getNumber(phone, c.req.raw.signal);
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

  api.all('*', () => problem(404, 'No such API route'));
  return api;
}
