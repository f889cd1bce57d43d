/*
 * Vite plugin: one chunk per step of the app's start and one per page, instead of the dozens of
 * small chunks the bundler's automatic splitting makes of an app with many dynamic imports
 * (decision 035). Every chunk a page loads costs the browser a task of its own to receive,
 * compile and link it: with 42 chunks on the start page that was about a fifth of Lighthouse's
 * main-thread work, and the small files compressed worse than fewer large ones.
 *
 * The build runs twice. The first pass, in memory, is the automatic splitting, which knows what
 * each chunk really uses once unused exports are shaken out (a static reading of the imports
 * cannot: importing one component from Mantine's index reaches every component). Its chunks are
 * then merged in the order a page loads them, and the second pass, the real build, is told which
 * chunk each module belongs to:
 *
 * - what the entry loads with it, and then each step of src/main.tsx (its dynamic imports, in
 *   order, decision 033), is one chunk besides the step's own: every chunk the step loads that
 *   no earlier step did;
 * - each page (src/app/routes/*-route.tsx), in the order the router lists them, likewise gets
 *   what it loads that no step and no earlier page took: the number page, which the links in
 *   tickets open, loads one chunk besides its own; a later page loads an earlier page's chunk for
 *   what they share;
 * - what code loaded on first use (a tooltip, a dialog, a long list) loads stays as the automatic
 *   splitting made it, even when a page loads it too: nothing moves into a page's first load,
 *   and a first use brings no page's chunk with it.
 */
import { build, type Plugin, type PluginOption, type Rolldown } from 'vite';
import { chunksLoaded } from './chunk-graph.ts';

const pageModule = /[\\/]src[\\/]app[\\/]routes[\\/][^\\/]+-route\.tsx$/;

/** What the merge reads of a chunk of the first pass. */
export type FirstPassChunk = Pick<
  Rolldown.OutputChunk,
  'fileName' | 'imports' | 'dynamicImports' | 'isEntry' | 'facadeModuleId' | 'moduleIds'
>;

export type StageGroup = { name: string; moduleIds: ReadonlySet<string> };

/** A module's file name without its directory, extension or the query a plugin may add. */
const baseName = (id: string) =>
  id
    .replace(/[?#].*$/, '')
    .replace(/\.[a-z]+$/, '')
    .replace(/[\\/]index$/, '')
    .replace(/^.*[\\/]/, '');

/** The chunks of the second pass, in the order they take modules (earliest load first). */
export function stageGroups(chunks: readonly FirstPassChunk[]): StageGroup[] {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const chunkOf = (file: string) => {
    const chunk = byFile.get(file);
    if (!chunk) throw new Error(`stage-chunks: no chunk ${file}`);
    return chunk;
  };
  const loads = (file: string) => chunksLoaded(chunks, [file]);
  const entries = chunks.filter((chunk) => chunk.isEntry);
  if (entries.length !== 1 || !entries[0]) {
    throw new Error(`stage-chunks: ${String(entries.length)} entry chunks, expected one`);
  }
  const entry = entries[0];
  const taken = new Set<string>();
  const groups: { name: string; files: string[] }[] = [];
  // The root's own chunk stays as it is, and imports the group. A step's own module must not
  // share a chunk with what later chunks import: its top-level await (src/main.tsx,
  // src/app/start.tsx) holds up its chunk's evaluation until the later chunks are evaluated,
  // which wait for it in turn. The first pass already split such modules off the root's chunk.
  const claim = (name: string, root: FirstPassChunk) => {
    const own = [...loads(root.fileName)].filter(
      (file) => !taken.has(file) && file !== root.fileName,
    );
    [root.fileName, ...own].forEach((file) => taken.add(file));
    if (own.length > 0) groups.push({ name, files: own });
  };
  // The entry is index.html, whose name says nothing.
  claim('main', entry);
  for (const step of entry.dynamicImports.map(chunkOf)) {
    claim(baseName(step.facadeModuleId ?? step.fileName), step);
  }
  // The pages, in the order the module that imports them (the router) lists them, and what is
  // loaded on first use (a tooltip, a dialog, a long list).
  const lazy = chunks
    .flatMap((chunk) => chunk.dynamicImports)
    .filter((file, index, all) => all.indexOf(file) === index && !taken.has(file))
    .map(chunkOf);
  const pages = lazy.filter((chunk) => pageModule.test(chunk.facadeModuleId ?? ''));
  // A chunk that code loaded on first use loads too stays as it is: in a page's group, it would
  // bring the whole group to that first use, on any page.
  lazy
    .filter((chunk) => !pages.includes(chunk))
    .forEach((onDemand) => loads(onDemand.fileName).forEach((file) => taken.add(file)));
  for (const page of pages) claim(baseName(page.facadeModuleId ?? page.fileName), page);
  return groups.map(({ name, files }) => ({
    name,
    moduleIds: new Set(files.flatMap((file) => chunkOf(file).moduleIds)),
  }));
}

/**
 * `graphPlugins` are the plugins that shape the module graph (resolution, JSX): the first pass
 * runs with them alone, not with the ones that write files.
 */
export function stageChunks(graphPlugins: () => PluginOption[]): Plugin {
  return {
    name: 'oc-lookup:stage-chunks',
    apply: 'build',
    async config(config) {
      // The server build of the page shells has its own configuration (build/prerender-shells.ts).
      if (config.build?.ssr) return;
      const output = await build({
        root: config.root,
        configFile: false,
        logLevel: 'warn',
        plugins: graphPlugins(),
        build: { write: false, sourcemap: false, minify: false },
      });
      if (!('output' in output || Array.isArray(output))) {
        throw new Error('stage-chunks: the first pass returned no output');
      }
      const chunks = (Array.isArray(output) ? output : [output])
        .flatMap((bundle) => bundle.output)
        .flatMap((item) => (item.type === 'chunk' ? [item] : []));
      const groups = stageGroups(chunks);
      return {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: groups.map(({ name, moduleIds }, index) => ({
                  name,
                  test: (id: string) => moduleIds.has(id),
                  // Earlier loads first, and only the modules listed: a module's imports are in
                  // its group, an earlier one, or a chunk left as the first pass made it.
                  priority: groups.length - index,
                  includeDependenciesRecursively: false,
                })),
              },
            },
          },
        },
      };
    },
  };
}
