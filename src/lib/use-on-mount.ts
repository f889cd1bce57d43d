import { useEffect, useEffectEvent } from 'react';

/**
 * Calls `callback` once, after the component's first commit (a passive effect), with the props
 * of the render it sees then: a lazily loaded part saying it is there (color-scheme-dropdown.tsx,
 * search-suggestions-dropdown.tsx).
 */
export function useOnMount(callback: () => void) {
  const onMount = useEffectEvent(callback);
  useEffect(() => {
    onMount();
  }, []);
}
