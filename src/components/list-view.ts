/*
 * What a list renders, apart from the scrolling window that renders a huge one
 * (virtual-window.tsx, loaded only when such a list is shown in full).
 */

/** Which items of a list to render, and the space the others would take. */
export type ListView = {
  /** Indices of the items to render, in order. */
  indices: readonly number[];
  /** Pixels above the first rendered item and below the last: padding or spacer rows. */
  before: number;
  after: number;
  /** True when only a window of the list is rendered (inside a scroll box). */
  virtual: boolean;
  /** Ref for each rendered item's element (which carries data-index), so wrapped items are measured. */
  measure?: (element: Element | null) => void;
};

/** Every item of a short list, plainly. */
export const plainView = (count: number): ListView => ({
  indices: Array.from({ length: count }, (_, index) => index),
  before: 0,
  after: 0,
  virtual: false,
});
