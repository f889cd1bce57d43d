import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { mantineImportShimsPlugin } from './build/mantine-import-shims.ts';
import { precompress } from './build/precompress.ts';
import { prerenderShells } from './build/prerender-shells.ts';
import { stageChunks } from './build/stage-chunks.ts';

/**
 * Serves the flag images of country-flag-icons as /flags/XX.svg: plain files fetched only for the
 * country on screen, with no lookup table in the app's JavaScript.
 */
function countryFlags(): Plugin {
  const flagsDir = path.resolve(import.meta.dirname, 'node_modules/country-flag-icons/3x2');
  const flagPath = /^\/flags\/([A-Z]{2})\.svg$/;
  return {
    name: 'oc-lookup:country-flags',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const code = flagPath.exec(req.url ?? '')?.[1];
        if (!code) {
          next();
          return;
        }
        readFile(path.join(flagsDir, `${code}.svg`)).then(
          (svg) => {
            res.setHeader('content-type', 'image/svg+xml');
            res.end(svg);
          },
          () => next(),
        );
      });
    },
    async generateBundle() {
      for (const file of await readdir(flagsDir)) {
        if (!/^[A-Z]{2}\.svg$/.test(file)) continue;
        const source = await readFile(path.join(flagsDir, file));
        this.emitFile({ type: 'asset', fileName: `flags/${file}`, source });
      }
    },
  };
}

/** The plugins that shape the module graph, which build/stage-chunks.ts's first pass needs too. */
const graphPlugins = () => [react(), mantineImportShimsPlugin()];

export default defineConfig({
  plugins: [
    ...graphPlugins(),
    stageChunks(graphPlugins),
    countryFlags(),
    prerenderShells(),
    precompress(),
  ],
  build: {
    target: 'es2023',
    // Maps are written for whoever debugs a deployment, but no page points to them and the server
    // refuses to serve them (server/static-files.ts).
    sourcemap: 'hidden',
    // The first stylesheet, linked from the page's head, holds what the prerendered shells and the
    // pages draw (src/app/styles.ts): the shell is drawn with it before any JavaScript runs
    // (build/prerender-shells.ts). What is drawn only once its chunk has loaded (tooltips, menus,
    // dropdowns, the shortcuts dialog, the batch page) brings its styles with it (decision 040).
    cssCodeSplit: true,
    // Pages and what is used on demand are chunks of their own (decisions 029, 030); `npm run
    // bench` and `npm run budget` track what a page loads.
    chunkSizeWarningLimit: 900,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['src/testing/setup.ts'],
          restoreMocks: true,
          testTimeout: 15_000,
        },
      },
      {
        test: {
          name: 'server',
          include: ['server/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        // Checks of the repository itself (the README's images, …) and of the build's plugins.
        test: {
          name: 'repo',
          include: ['scripts/**/*.test.ts', 'build/**/*.test.ts'],
          environment: 'node',
        },
      },
    ],
  },
});
