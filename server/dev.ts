import { createServer } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { createServer as createViteServer } from 'vite';
import { createApp } from './app.ts';
import { sandboxAppConfig } from './sandbox/sandbox-config.ts';
import { sandboxSource } from './sandbox/sandbox-source.ts';
import { readSettings } from './settings.ts';

// `npm run dev`: one port for everything. /api goes to the same Hono app as in production; every
// other request goes to Vite in middleware mode (hot reload over the same HTTP server).
const settings = readSettings();
const app = createApp({ source: sandboxSource, appConfig: sandboxAppConfig });
const handleApi = getRequestListener(app.fetch);

const httpServer = createServer();
const vite = await createViteServer({
  server: { middlewareMode: true, ws: { server: httpServer } },
  appType: 'spa',
});

httpServer.on('request', (req, res) => {
  if (req.url?.startsWith('/api/')) {
    void handleApi(req, res);
    return;
  }
  vite.middlewares(req, res);
});

httpServer.listen(settings.port, settings.host, () => {
  console.log(`OC Lookup dev server (demo data) on http://${settings.host}:${settings.port}`);
});
