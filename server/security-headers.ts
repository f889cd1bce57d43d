import { secureHeaders } from 'hono/secure-headers';

type SecurityOptions = {
  /** HSTS only makes sense (and is only honoured) when the app is served over https. */
  https: boolean;
  /** Vite's dev server injects inline module scripts and talks over a websocket. */
  development?: boolean;
};

/**
 * Headers on every response. The CSP allows scripts from this origin only (no inline scripts: the
 * colour-scheme snippet is a file for that reason); inline styles stay allowed because Mantine
 * writes style attributes and responsive <style> tags. No Referer at all: number URLs hold
 * customer phone numbers.
 */
export function securityHeaders({ https, development = false }: SecurityOptions) {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: development ? ["'self'", "'unsafe-inline'"] : ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      // The web app manifest (default-src would allow it too; said here so no one narrows it).
      manifestSrc: ["'self'"],
      connectSrc: development ? ["'self'", 'ws:', 'wss:'] : ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: 'DENY',
    xContentTypeOptions: 'nosniff',
    referrerPolicy: 'no-referrer',
    strictTransportSecurity: https ? 'max-age=31536000; includeSubDomains' : false,
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: 'same-origin',
    crossOriginOpenerPolicy: 'same-origin',
  });
}
