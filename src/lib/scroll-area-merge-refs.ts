import { useMergedRef } from '@mantine/hooks';
import type { Ref } from 'react';

/**
 * floating-ui's `useMergeRefs(refs)`, the one thing Mantine's ScrollArea takes from
 * @floating-ui/react, made with Mantine's own hook: build/mantine-import-shims.ts
 * points ScrollArea's import here, so that every page stops loading floating-ui with it.
 */
export function useMergeRefs<T>(refs: readonly (Ref<T> | undefined)[]) {
  return useMergedRef(...refs);
}
