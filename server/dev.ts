import { createServer } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { createServer as createViteServer } from 'vite';
import { composeApp } from './compose-app.ts';
import { readSettings } from './settings.ts';

// `npm run dev`: one port for everything. /api goes to the same Hono app as in production; every
// other request goes to Vite in middleware mode (hot reload over the same HTTP server).
const settings = readSettings();
const app = composeApp(settings);
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
  const mode = settings.live ? `live: ${new URL(settings.live.baseUrl).host}` : 'demo data';
  console.log(`OC Lookup dev server (${mode}) on http://${settings.host}:${settings.port}`);
});
