import { Box } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';
import type { ListView } from '../../components/virtual-window.tsx';

type TableScrollBoxProps = {
  count: number;
  estimateSize: number;
  /** Height of the table's sticky header, in px: the rows start below it. */
  headerHeight: number;
  /** The scroll box's accessible name. */
  label: string;
  children: (view: ListView) => ReactNode;
};

/**
 * A scroll box for a table with a sticky header that renders only the rows in view. Unlike the
 * shared VirtualWindow, it makes room for the header: the box is as tall as the header and the
 * rows together (up to most of the screen), so a short table has no row hidden under its header.
 */
export function TableScrollBox({
  count,
  estimateSize,
  headerHeight,
  label,
  children,
}: TableScrollBoxProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The library's getters are called on every render by design; nothing here is memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateSize,
    paddingStart: headerHeight,
    overscan: 8,
    useFlushSync: false,
  });
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
      style={{
        height: `min(36rem, 75vh, ${total + 2}px)`,
        overflow: 'auto',
        overscrollBehavior: 'contain',
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
