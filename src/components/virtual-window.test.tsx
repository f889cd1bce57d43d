import { MantineProvider } from '@mantine/core';
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { VirtualWindow } from './virtual-window.tsx';

// Every ResizeObserver the list makes, so a test can report sizes as a browser would after layout.
const observers: { callback: ResizeObserverCallback; targets: Element[] }[] = [];
class RecordingResizeObserver {
  private readonly record: (typeof observers)[number];
  constructor(callback: ResizeObserverCallback) {
    this.record = { callback, targets: [] };
    observers.push(this.record);
  }
  observe(target: Element) {
    this.record.targets.push(target);
  }
  unobserve() {}
  disconnect() {}
}

// Reads and writes that make a browser lay the page out on the spot, inside React's commit.
let layoutReads: string[] = [];
beforeEach(() => {
  observers.length = 0;
  layoutReads = [];
  vi.stubGlobal('ResizeObserver', RecordingResizeObserver);
  const note = (what: string) => () => {
    layoutReads.push(what);
    return 0;
  };
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(note('offsetHeight'));
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockImplementation(note('clientHeight'));
  vi.spyOn(Element.prototype, 'clientWidth', 'get').mockImplementation(note('clientWidth'));
  Element.prototype.scrollTo = note('scrollTo');
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  Reflect.deleteProperty(Element.prototype, 'scrollTo');
});

function renderList(count: number) {
  return render(
    <MantineProvider>
      <VirtualWindow count={count} estimateSize={36} label={`All ${String(count)} items`}>
        {(view) => (
          <ul>
            {view.indices.map((index) => (
              <li key={index} data-index={index} ref={view.measure}>
                Item {index}
              </li>
            ))}
          </ul>
        )}
      </VirtualWindow>
    </MantineProvider>,
  );
}

it('mounts a long list without making the browser lay the page out', () => {
  renderList(1000);
  expect(screen.getByText('Item 0')).toBeInTheDocument();
  expect(layoutReads).toEqual([]);
});

it('sizes the box by what ResizeObserver reports after layout', () => {
  renderList(1000);
  const box = screen.getByRole('group', { name: 'All 1000 items' });
  // Before any report: the box is taken to be as tall as it may be (576 px here), 16 rows of 36.
  expect(screen.getAllByRole('listitem').length).toBeGreaterThan(16);
  const boxObserver = observers.find((observer) => observer.targets.includes(box));
  expect(boxObserver).toBeDefined();
  act(() => {
    boxObserver?.callback(
      [{ target: box, contentRect: { width: 600, height: 72 } } as unknown as ResizeObserverEntry],
      {} as ResizeObserver,
    );
  });
  // Two rows in view, and the few around them the list keeps ready (overscan).
  expect(screen.getAllByRole('listitem').length).toBeLessThanOrEqual(2 + 6);
  expect(layoutReads).toEqual([]);
});
