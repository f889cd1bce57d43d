import type { Context } from 'hono';

/**
 * True only for a request the browser says comes from this app's own pages: `Sec-Fetch-Site:
 * same-origin` when the browser sends it (every current one does), else an `Origin` equal to the
 * public URL's origin. Neither header (an old browser, a script outside a browser): refused.
 */
export function isSameOriginRequest(c: Context, publicUrl: string): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site !== undefined) return site === 'same-origin';
  return c.req.header('origin') === new URL(publicUrl).origin;
}
