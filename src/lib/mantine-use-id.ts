import { useId as useReactId } from 'react';

/**
 * Mantine's `useId` (@mantine/hooks) without its mount-time random id: Mantine's sets a random
 * id in a layout effect as each component using it mounts (the input's wrapper, the app shell,
 * alerts, popovers, tabs, switches), even when it is given an id and returns that. A state
 * update in a layout effect is urgent: React renders each of them again at once, in the task of
 * the commit, and runs the page's other effects there too before it can, so one long task instead
 * of two shorter ones. React 19's own `useId` is stable and unique within the app's one root,
 * which is what Mantine's random id was for. build/mantine-import-shims.ts points Mantine's hook
 * here (decision 043).
 */
export function useId(staticId?: string): string {
  const reactId = useReactId();
  if (typeof staticId === 'string') return staticId;
  // Letters, digits, "_" and "-" only: Mantine finds some elements by a CSS selector of their id.
  return `mantine-${reactId.replace(/[^\w-]/g, '')}`;
}
