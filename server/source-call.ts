import type { Context } from 'hono';
import type { HttpBindings } from '@hono/node-server';
import { DropConnection } from './number-source.ts';

/**
 * Runs a source's work for an API route. A source that throws DropConnection (the sandbox's dead
 * upstream) makes the connection drop without an answer; a client that went away gets nothing.
 */
export async function answerFromSource(
  c: Context,
  work: () => Promise<Response>,
): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DropConnection) {
      // Only a real Node server has a socket to drop (not in-process test requests).
      (c.env as Partial<HttpBindings> | undefined)?.incoming?.socket.destroy();
      return new Response(null, { status: 499 });
    }
    if (c.req.raw.signal.aborted) return new Response(null, { status: 499 });
    throw error;
  }
}
