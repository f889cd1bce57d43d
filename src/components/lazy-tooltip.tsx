import { Tooltip, type TooltipProps } from '@mantine/core';
import { useState, type RefObject } from 'react';

/**
 * A tooltip that is mounted only once its target is first pointed at or focused. Mantine's
 * Tooltip sets up floating-ui, a transition and a media-query listener for every target as it
 * renders: fifty SBCs have a hundred copy buttons, and most are never pointed at. The tooltip
 * is a sibling of its target (Mantine's `target`), so mounting it never remounts the target.
 */
export function useLazyTooltip() {
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
    opened,
    used,
    targetProps: { onMouseEnter: show, onMouseLeave: hide, onFocus: show, onBlur: hide },
  };
}

type LazyTooltipProps = Omit<TooltipProps, 'target' | 'children'> & {
  target: RefObject<HTMLElement | null>;
  /** False until the target is first pointed at or focused: nothing is mounted till then. */
  used: boolean;
};

export function LazyTooltip({ used, ...props }: LazyTooltipProps) {
  return used ? <Tooltip {...props} /> : null;
}
