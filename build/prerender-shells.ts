/*
 * Vite plugin: after the client build is written, renders the app's page shells
 * (src/app/shell/render-shells.tsx) with a server build of the same source, and writes each into
 * a copy of the built index.html: dist/index.html (the start page) and dist/shells/<kind>.html,
 * which the server sends for the matching addresses (server/static-files.ts). See
 * docs/decisions/028-prerendered-page-shells.md.
 */
import { mkdtemp, readFile, rm, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Plugin, type Rolldown } from 'vite';
import { shellFiles, type ShellKind } from '../src/config/page-shells.ts';
import { chunksLoaded } from './chunk-graph.ts';

const entry = 'src/app/shell/render-shells.tsx';
const rootMarker = '<div id="root"></div>';
const appEntry = 'src/app/start.tsx';

async function renderWithServerBuild(root: string): Promise<Record<ShellKind, string>> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'oc-lookup-shells-'));
  try {
    await build({
      root,
      configFile: false,
      logLevel: 'warn',
      plugins: [react()],
      // Everything bundled (Mantine's CSS imports included), so Node runs it as is.
      ssr: { noExternal: true },
      build: {
        ssr: entry,
        outDir,
        emptyOutDir: true,
        target: 'node24',
        rolldownOptions: { output: { entryFileNames: 'render-shells.mjs' } },
      },
    });
    const module = (await import(pathToFileURL(path.join(outDir, 'render-shells.mjs')).href)) as {
      renderShells: () => Promise<Partial<Record<ShellKind, string>>>;
    };
    // The shells are what the page shows before any answer: nothing is fetched while rendering.
    const realFetch = globalThis.fetch;
    globalThis.fetch = () => new Promise<Response>(() => undefined);
    try {
      const shells = await module.renderShells();
      // The server's list of kinds and the app's list of shells must agree (they are in two
      // builds, so no type can tie them).
      for (const kind of Object.keys(shellFiles) as ShellKind[]) {
        if (!shells[kind]) throw new Error(`${entry} rendered no "${kind}" shell`);
      }
      return shells as Record<ShellKind, string>;
    } finally {
      globalThis.fetch = realFetch;
    }
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

type Bundle = Rolldown.OutputBundle;

// What each page runs: the app, and the page's own chunk where it has one (src/app/router.tsx).
const pageModules: Record<ShellKind, string[]> = {
  home: [appEntry],
  number: [appEntry, 'src/app/routes/number-route.tsx'],
  frame: [appEntry],
};

/**
 * The code a page runs, which src/main.tsx imports only once the shell is painted: preloaded from
 * the head (the modules and every chunk they import), so that it downloads while the page is
 * parsed and painted, not after.
 */
function pagePreloads(bundle: Bundle, html: string, modules: string[]): string {
  const chunks = Object.values(bundle).flatMap((output) =>
    output.type === 'chunk' ? [output] : [],
  );
  const pages = modules.map((module) => {
    const chunk = chunks.find((candidate) => candidate.facadeModuleId?.endsWith(module));
    if (!chunk) throw new Error(`no chunk for ${module}`);
    return chunk.fileName;
  });
  // And what src/main.tsx imports step by step (decision 033): a step's own small chunk would
  // otherwise be fetched only when its turn comes, one round trip after the other.
  const steps = chunks.filter((chunk) => chunk.isEntry).flatMap((entry) => entry.dynamicImports);
  const files = chunksLoaded(chunks, [...pages, ...steps]);
  return (
    [...files]
      .filter((file) => !html.includes(`href="/${file}"`))
      // Low priority: the stylesheet and the shell's own files come first; this code only runs
      // after the first paint anyway.
      .map((file) => `<link rel="modulepreload" crossorigin fetchpriority="low" href="/${file}">`)
      .join('')
  );
}

export function prerenderShells(): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  return {
    name: 'oc-lookup:prerender-shells',
    apply: 'build',
    configResolved: (config) => {
      root = config.root;
      outDir = path.resolve(config.root, config.build.outDir);
    },
    // writeBundle: index.html is written by then, and it ends before precompress's closeBundle.
    async writeBundle(_options, bundle) {
      const built = await readFile(path.join(outDir, 'index.html'), 'utf8');
      if (!built.includes(rootMarker)) throw new Error(`index.html has no ${rootMarker}`);

      const shells = await renderWithServerBuild(root);
      await mkdir(path.join(outDir, 'shells'), { recursive: true });
      for (const [kind, file] of Object.entries(shellFiles) as [ShellKind, string][]) {
        const html = built
          .replace('</head>', `${pagePreloads(bundle, built, pageModules[kind])}</head>`)
          .replace(rootMarker, `<div id="root">${shells[kind]}</div>`);
        await writeFile(path.join(outDir, file), html);
      }
    },
  };
}
