import { Button } from '@mantine/core';
import { Suspense, useDeferredValue, useState, type ReactNode } from 'react';
import { formatCount } from '../lib/counts.ts';
import { plainView, type ListView } from './list-view.ts';
import { PlainGroup, PlainStack, PlainText } from './plain.tsx';
import { lazyNamed } from '../lib/lazy-named.ts';

// The scrolling window (and the virtualizer under it) loads when a list is first shown in full.
const VirtualWindow = lazyNamed(() => import('./virtual-window.tsx'), 'VirtualWindow');

/** How many items of a list are shown before "Show all". */
export const firstItems = 50;

type LongListProps = {
  count: number;
  /** What the items are, in the plural: "SBCs", "acquired capabilities". */
  noun: string;
  /** Height of one item in px, and the gap between items, for the scrolling list. */
  estimateSize: number;
  gap?: number;
  /** Height of a table's sticky header in the scrolling list, in px. */
  headerHeight?: number;
  children: (view: ListView) => ReactNode;
};

/**
 * A list of any length from upstream, in bounded time: up to `firstItems` items as they are;
 * beyond that the first `firstItems` and "Show all N", which shows every item in a scrolling
 * list that renders only the items in view.
 */
export function LongList({
  count,
  noun,
  estimateSize,
  gap,
  headerHeight,
  children,
}: LongListProps) {
  const [all, setAll] = useState(false);
  // The list switches at transition priority: the button answers at once, and React renders
  // the switch in slices of a few milliseconds rather than in the click's task.
  const showAll = useDeferredValue(all);
  if (count <= firstItems) return children(plainView(count));
  const total = formatCount(count);
  return (
    <PlainStack gap="xs">
      {showAll ? (
        // The first items stay while the window's code loads.
        <Suspense fallback={children(plainView(firstItems))}>
          <VirtualWindow
            count={count}
            estimateSize={estimateSize}
            gap={gap}
            headerHeight={headerHeight}
            label={`All ${total} ${noun}`}
          >
            {children}
          </VirtualWindow>
        </Suspense>
      ) : (
        children(plainView(firstItems))
      )}
      <PlainGroup gap="xs" justify="space-between" wrap="wrap">
        <PlainText size="xs" c="dimmed">
          {showAll
            ? `All ${total} ${noun}: scroll the list`
            : `The first ${firstItems} of ${total}`}
        </PlainText>
        <Button variant="light" size="compact-sm" onClick={() => setAll(!all)}>
          {all ? `Show the first ${firstItems} only` : `Show all ${total} ${noun}`}
        </Button>
      </PlainGroup>
    </PlainStack>
  );
}
