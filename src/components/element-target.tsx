import { assignRef } from '@mantine/hooks';
import { useLayoutEffect, type Ref, type RefObject } from 'react';

type ElementTargetProps = {
  /** The element already on the page that a lazily loaded popover hangs from. */
  element: RefObject<HTMLElement | null>;
  /** Set by Mantine's Popover.Target (Menu.Target, Combobox.DropdownTarget) as it clones this. */
  ref?: Ref<HTMLElement>;
};

/**
 * Stands in for the child of Mantine's Popover.Target, handing it an element rendered elsewhere:
 * a popover whose code loads on first use (it brings floating-ui) can then hang from a button or
 * a box that was on the page all along, which is never remounted (focus, caret and typed text stay).
 * The element itself carries what Popover.Target would have set on it (aria attributes, handlers).
 */
export function ElementTarget({ element, ref }: ElementTargetProps) {
  useLayoutEffect(() => {
    assignRef(ref, element.current);
    return () => {
      assignRef(ref, null);
    };
  }, [element, ref]);
  return null;
}
