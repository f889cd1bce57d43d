import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { answerClientErrors } from './client-errors.ts';
import { composeApp } from './compose-app.ts';
import { loadEnvFile } from './env-file.ts';
import { createLogger } from './request-log.ts';
import { describeMode, readSettings } from './settings.ts';

// `npm start`: serve the production build and the API on one port, building the app first when
// there is no build yet (a fresh clone), so one command is all a new user needs.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const distDir = path.join(root, 'dist');
const settingsFrom = loadEnvFile(root);
const settings = readSettings();

if (!existsSync(path.join(distDir, 'index.html'))) {
  console.log('No build found: building the app once (about 10 s)…');
  const { build } = await import('vite');
  await build({ root, logLevel: 'warn' });
}

const logger = createLogger();
const app = composeApp(settings, { distDir, logger });
const server = serve({ fetch: app.fetch, port: settings.port, hostname: settings.host }, (info) => {
  console.log(`OC Lookup on http://${settings.host}:${info.port}, ${describeMode(settings)}`);
  console.log(`Settings from ${settingsFrom}.`);
});
// Requests Node refuses itself (too-large headers, …) are answered with problem+json too.
answerClientErrors(server);

const shutDown = () => server.close(() => process.exit(0));
process.on('SIGINT', shutDown);
process.on('SIGTERM', shutDown);
