import path from 'node:path';
import type { Plugin } from 'vite';

const shim = path.resolve(import.meta.dirname, '../src/lib/scroll-area-merge-refs.ts');
const scrollArea = /[\\/]@mantine[\\/]core[\\/].*[\\/]ScrollArea[\\/]ScrollArea\.(mjs|cjs|js)$/;

/**
 * Mantine's ScrollArea (which its Table imports, so every page with a table) takes one small hook
 * from @floating-ui/react. A chunk holds a module whole, so that hook brought all of floating-ui
 * (about 14 kB gzip, used otherwise only by tooltips, menus and lists loaded on first use) into
 * the first load of every page. This points ScrollArea's import at the same hook made with
 * Mantine's own (src/lib/scroll-area-merge-refs.ts). Decision 031.
 */
export function scrollAreaWithoutFloatingUi(): Plugin {
  return {
    name: 'oc-lookup:scroll-area-without-floating-ui',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === '@floating-ui/react' && importer && scrollArea.test(importer)) return shim;
      return null;
    },
  };
}
