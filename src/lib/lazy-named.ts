import { lazy, type ComponentType } from 'react';

/**
 * React.lazy for a component a module exports by name: `load` is the call site's own
 * `() => import('./file.tsx')`, so the bundler still splits the file off there.
 */
export function lazyNamed<Props extends object, Name extends string>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
) {
  return lazy(async () => ({ default: (await load())[name] }));
}
