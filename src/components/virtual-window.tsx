import { Box } from '@mantine/core';
import {
  elementScroll,
  useVirtualizer,
  type Rect,
  type Virtualizer,
} from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type ReactNode } from 'react';

import type { ListView } from './list-view.ts';

export type { ListView } from './list-view.ts';

// The box's height at most: most of the screen, never more than 36 lines or so.
const maxHeight = '36rem, 75vh';
const maxHeightPx = () =>
  Math.min(
    36 * parseFloat(getComputedStyle(document.documentElement).fontSize || '16'),
    0.75 * window.innerHeight,
  );

/*
 * Sizes from ResizeObserver alone. The library also reads the box's and each new item's size
 * the moment they mount, which makes the browser lay the page out inside React's commit: on the
 * batch page's first 1,000 rows that was 45 ms (the box) and 25 ms (the rows) of one long task.
 * A ResizeObserver reports every observed element once after the next layout anyway; until then
 * the box is taken to be as tall as it can be (initialRect) and an item as its estimate (or the
 * size it had before).
 */
function observeBoxSize(
  instance: Virtualizer<HTMLDivElement, Element>,
  report: (rect: Rect) => void,
) {
  const box = instance.scrollElement;
  if (!box) return undefined;
  const observer = new ResizeObserver(([entry]) => {
    if (!entry) return;
    // The box has no padding: its content box is its client area, as the library measures it.
    report({
      width: Math.round(entry.contentRect.width),
      height: Math.round(entry.contentRect.height),
    });
  });
  observer.observe(box);
  return () => observer.disconnect();
}

function itemSize(
  item: Element,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<HTMLDivElement, Element>,
): number {
  const box = entry?.borderBoxSize[0];
  if (box) return Math.round(box.blockSize);
  const index = instance.indexFromElement(item);
  return (
    instance.itemSizeCache.get(instance.options.getItemKey(index)) ??
    instance.options.estimateSize(index)
  );
}

// The library scrolls a box it has just been given to where the box already is (the top), and a
// scroll makes the browser lay the page out inside React's commit (34 ms on the batch page). A
// box new to the library is at the top: that first scroll to 0 is left out; every other scroll
// (to an offset, or a correction) is made.
const boxesSeen = new WeakSet<Element>();
const scrollBox: typeof elementScroll<HTMLDivElement> = (offset, options, instance) => {
  const box = instance.scrollElement;
  if (box && !boxesSeen.has(box)) {
    boxesSeen.add(box);
    if (offset === 0 && !options.adjustments) return;
  }
  elementScroll(offset, options, instance);
};

type VirtualWindowProps = {
  count: number;
  /** Height of an item before it is measured, in px (one for all, or by index). */
  estimateSize: number | ((index: number) => number);
  /** Space between items, in px, when the markup has a gap. */
  gap?: number;
  /** Height of a table's sticky header at the top of the box, in px: the items start below it. */
  headerHeight?: number;
  /** The scroll box's accessible name: "All 5,000 SBCs". */
  label: string;
  children: (view: ListView) => ReactNode;
};

/**
 * A scroll box that renders only the items in view (and a few around them), so a list of
 * 200,000 items costs what a list of thirty does. Items keep their natural markup (table rows,
 * list items): the space of the others is given as `before` and `after`. The box is as tall as
 * its items (and a table's header) up to most of the screen, so a short list has no empty space
 * and no row hidden under the header.
 */
export function VirtualWindow({
  count,
  estimateSize,
  gap = 0,
  headerHeight = 0,
  label,
  children,
}: VirtualWindowProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // Read once: getComputedStyle in every render made the browser recompute styles each time.
  const [initialHeight] = useState(maxHeightPx);
  // The library's getters are called on every render by design; nothing here is memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: typeof estimateSize === 'number' ? () => estimateSize : estimateSize,
    gap,
    paddingStart: headerHeight,
    // The box's height before it is measured (its most, below): the first render, which React
    // slices, already holds the items in view; without it they come in a second, synchronous
    // render after the box is measured (a 50 ms task for twenty SBC rows).
    initialRect: { width: 0, height: initialHeight },
    overscan: 6,
    // Re-renders on scroll and measurement as ordinary updates, not flushSync inside effects.
    useFlushSync: false,
    observeElementRect: observeBoxSize,
    scrollToFn: scrollBox,
    measureElement: itemSize,
  });
  // A new layout (cards instead of table rows, with another estimate) makes earlier measurements
  // wrong. (An estimate by index is a new function each render: it marks no new layout.)
  const layout = typeof estimateSize === 'number' ? estimateSize : 'by index';
  useEffect(() => {
    virtualizer.measure();
  }, [virtualizer, layout]);
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const total = virtualizer.getTotalSize();
  return (
    <Box
      ref={scrollRef}
      role="group"
      aria-label={label}
      // Scrollable by keyboard too (arrows, Page Down, End).
      tabIndex={0}
      // A set height, not a maximum: an empty box would show no item, and measure none.
      style={{
        height: `min(${maxHeight}, ${total + 2}px)`,
        overflow: 'auto',
        overscrollBehavior: 'contain',
        // Framed, so that it reads as a box of its own that scrolls.
        border: '1px solid var(--mantine-color-default-border)',
        borderRadius: 'var(--mantine-radius-sm)',
      }}
    >
      {children({
        indices: items.map((item) => item.index),
        before: first ? first.start - headerHeight : 0,
        after: last ? Math.max(0, total - last.end) : 0,
        virtual: true,
        measure: virtualizer.measureElement,
      })}
    </Box>
  );
}
