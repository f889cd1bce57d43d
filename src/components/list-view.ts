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

/** A rendered item: measured by the scrolling window, and placed in the whole list for a reader there. */
export const listItemProps = (view: ListView, index: number, count: number) => ({
  'data-index': index,
  ref: view.measure,
  ...(view.virtual ? { 'aria-setsize': count, 'aria-posinset': index + 1 } : {}),
});

/** A list without bullets whose padding holds the space of the items not rendered. */
export const bareListStyle = (view: ListView) =>
  ({ listStyle: 'none', margin: 0, padding: `${view.before}px 0 ${view.after}px` }) as const;
