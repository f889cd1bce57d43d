import { describe, expect, it } from 'vitest';
import { stageGroups, type FirstPassChunk } from './stage-chunks.ts';

/** A first-pass chunk: its file, the modules in it, what it imports statically and lazily. */
const chunk = (
  fileName: string,
  moduleIds: string[],
  imports: string[] = [],
  dynamicImports: string[] = [],
  extra: Partial<FirstPassChunk> = {},
): FirstPassChunk => ({
  fileName,
  moduleIds,
  imports,
  dynamicImports,
  isEntry: false,
  facadeModuleId: moduleIds[0] ?? null,
  ...extra,
});

/*
 * The shape of OC Lookup's build: index.html's entry imports a helper chunk and makes two steps;
 * the second step's router lazily loads two pages, which share a chunk; a lazy tooltip shares a
 * chunk with the number page and has one of its own.
 */
const firstPass = [
  chunk(
    'index.js',
    ['/app/index.html', '/app/src/main.tsx'],
    ['next-task.js'],
    ['dom.js', 'start.js'],
    {
      isEntry: true,
      facadeModuleId: '/app/index.html',
    },
  ),
  chunk('next-task.js', ['/app/src/lib/next-task.ts']),
  chunk('dom.js', ['/nm/react-dom/client.js'], ['react.js']),
  chunk('react.js', ['/nm/react/index.js', '/nm/react/cjs/react.js']),
  chunk(
    'start.js',
    ['/app/src/app/start.tsx', '/app/src/app/router.tsx'],
    ['react.js', 'Box.js', 'next-task.js'],
    ['number-route.js', 'tenant-route.js', 'tooltip.js'],
  ),
  chunk('Box.js', ['/nm/@mantine/core/Box.mjs'], ['react.js']),
  chunk('number-route.js', ['/app/src/app/routes/number-route.tsx'], ['Table.js', 'Popover.js']),
  chunk('tenant-route.js', ['/app/src/app/routes/tenant-route.tsx'], ['Table.js', 'virtual.js']),
  chunk('Table.js', ['/nm/@mantine/core/Table.mjs'], ['Box.js']),
  chunk('virtual.js', ['/nm/@tanstack/virtual.js']),
  chunk('tooltip.js', ['/app/src/components/tooltip.tsx'], ['Popover.js', 'floating.js']),
  chunk('Popover.js', ['/nm/@mantine/core/Popover.mjs'], ['Box.js']),
  chunk('floating.js', ['/nm/@floating-ui/react.mjs']),
];

const named = (groups: ReturnType<typeof stageGroups>) =>
  Object.fromEntries(groups.map(({ name, moduleIds }) => [name, [...moduleIds].sort()]));

describe('stageGroups', () => {
  it('merges what each step loads, then what each page loads, in load order', () => {
    expect(named(stageGroups(firstPass))).toEqual({
      main: ['/app/src/lib/next-task.ts'],
      client: ['/nm/react/cjs/react.js', '/nm/react/index.js'],
      start: ['/nm/@mantine/core/Box.mjs'],
      'number-route': ['/nm/@mantine/core/Table.mjs'],
      'tenant-route': ['/nm/@tanstack/virtual.js'],
    });
  });

  it('lists the groups earliest first: the bundler gives a shared module to the first', () => {
    expect(stageGroups(firstPass).map(({ name }) => name)).toEqual([
      'main',
      'client',
      'start',
      'number-route',
      'tenant-route',
    ]);
  });

  it('leaves alone each root, and what code loaded on first use loads, a page or not', () => {
    const grouped = new Set(stageGroups(firstPass).flatMap(({ moduleIds }) => [...moduleIds]));
    for (const id of [
      '/app/src/main.tsx',
      '/app/src/app/start.tsx',
      '/nm/react-dom/client.js',
      '/app/src/app/routes/number-route.tsx',
      '/app/src/components/tooltip.tsx',
      '/nm/@floating-ui/react.mjs',
      // The number page loads it too, but in its group it would come with every tooltip.
      '/nm/@mantine/core/Popover.mjs',
    ]) {
      expect(grouped.has(id), id).toBe(false);
    }
  });

  it('refuses a graph without exactly one entry, or with a chunk it does not know', () => {
    expect(() => stageGroups(firstPass.slice(1))).toThrow(/0 entry chunks/);
    expect(() => stageGroups(firstPass.filter(({ fileName }) => fileName !== 'Box.js'))).toThrow(
      /no chunk Box\.js/,
    );
  });
});
