import type { TooltipProps } from '@mantine/core';
import { lazy, Suspense, useRef, useState, type RefObject } from 'react';

// Mantine's Tooltip brings floating-ui, its transitions and its portal (about 20 kB gzip), none
// of which a page needs to show itself: they load the first time a target is pointed at or
// focused.
const Tooltip = lazy(() => import('./mantine-tooltip.tsx'));

/**
 * A tooltip that is mounted only once its target is first pointed at or focused. Mantine's
 * Tooltip sets up floating-ui, a transition and a media-query listener for every target as it
 * renders: fifty SBCs have a hundred copy buttons, and most are never pointed at. The tooltip
 * is a sibling of its target (Mantine's `target`), so mounting it never remounts the target:
 * spread `targetProps` on the target and `tooltipProps` on the LazyTooltip beside it.
 */
export function useLazyTooltip<Target extends HTMLElement>() {
  const target = useRef<Target>(null);
  const [opened, setOpened] = useState(false);
  const [used, setUsed] = useState(false);
  const show = () => {
    setUsed(true);
    setOpened(true);
  };
  const hide = () => {
    setOpened(false);
  };
  return {
    targetProps: {
      ref: target,
      onMouseEnter: show,
      onMouseLeave: hide,
      onFocus: show,
      onBlur: hide,
    },
    tooltipProps: { target, used, opened },
  };
}

type LazyTooltipProps = Omit<TooltipProps, 'target' | 'children'> & {
  target: RefObject<HTMLElement | null>;
  /** False until the target is first pointed at or focused: nothing is mounted till then. */
  used: boolean;
};

/**
 * The first time, the tooltip shows once its code has arrived (a few milliseconds from this
 * server, about the open delay tooltips commonly have); nothing stands in for it meanwhile.
 */
export function LazyTooltip({ used, ...props }: LazyTooltipProps) {
  if (!used) return null;
  return (
    <Suspense fallback={null}>
      <Tooltip {...props} />
    </Suspense>
  );
}
