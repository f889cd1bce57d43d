import path from 'node:path';
import type { Plugin } from 'vite';

const shim = (file: string) => path.resolve(import.meta.dirname, '../src/lib', file);
/** A module of @mantine/core in the folder of its name (ScrollArea/ScrollArea.mjs). */
const mantineModule = (name: string) =>
  new RegExp(`[\\\\/]@mantine[\\\\/]core[\\\\/].*[\\\\/](${name})[\\\\/]\\1\\.(mjs|cjs|js)$`);

/**
 * Imports of a Mantine module pointed at a module of ours: most bring a whole package for one
 * small thing, and ours gives that thing alone (a chunk holds a module whole, so each of these
 * packages was in the first load of every page); one replaces a hook that costs every page a
 * second render.
 */
export const mantineImportShims = [
  {
    // ScrollArea (which Table imports) takes one hook, useMergeRefs, from floating-ui (about
    // 14 kB gzip, used otherwise only by what loads on first use). Decision 031.
    importer: mantineModule('ScrollArea'),
    source: '@floating-ui/react',
    replacement: shim('scroll-area-merge-refs.ts'),
  },
  {
    // Mantine's useId sets a random id in a layout effect as each component using it mounts,
    // which makes React render it again at once in the commit's task, with the page's other
    // effects. Ours is React's useId alone. Decision 043.
    importer: /[\\/]@mantine[\\/]hooks[\\/]esm[\\/]index\.mjs$/,
    source: './use-id/use-id.mjs',
    replacement: shim('mantine-use-id.ts'),
  },
  {
    // The header, footer and aside of AppShell take one class name from react-remove-scroll
    // (with use-sidecar and react-remove-scroll-bar, about 3 kB gzip), which only a modal that
    // locks the page's scroll uses. Decision 037.
    importer: mantineModule('AppShell(?:Header|Footer|Aside)'),
    source: 'react-remove-scroll',
    replacement: shim('remove-scroll-class-names.ts'),
  },
] as const;

export function mantineImportShimsPlugin(): Plugin {
  return {
    name: 'oc-lookup:mantine-import-shims',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer) return null;
      const shimmed = mantineImportShims.find(
        (each) => each.source === source && each.importer.test(importer),
      );
      return shimmed?.replacement ?? null;
    },
  };
}
