import { useId as mantineUseId } from '@mantine/hooks';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useId } from './mantine-use-id.ts';

type Hook = (staticId?: string) => string;

/** Renders `count` components that each show the id `hook` gives them, counting their renders. */
function renderIds(hook: Hook, count: number, staticId?: string) {
  let renders = 0;
  function Labelled({ index }: { index: number }) {
    renders += 1;
    return <span data-testid={String(index)}>{hook(staticId)}</span>;
  }
  const view = render(
    <>
      {Array.from({ length: count }, (_, index) => (
        <Labelled key={index} index={index} />
      ))}
    </>,
  );
  const ids = () =>
    Array.from({ length: count }, (_, index) => view.getByTestId(String(index)).textContent);
  return { ids, renders: () => renders };
}

describe('useId in place of Mantine’s', () => {
  it('renders each component once as it mounts', () => {
    const { renders } = renderIds(useId, 3);
    expect(renders()).toBe(3);
  });

  it('gives each component an id of its own, usable in a CSS selector', () => {
    const { ids } = renderIds(useId, 3);
    expect(new Set(ids()).size).toBe(3);
    for (const id of ids()) expect(id).toMatch(/^mantine-[\w-]+$/);
  });

  it('keeps its id when the component renders again', () => {
    let seen: string[] = [];
    function Labelled({ tick }: { tick: number }) {
      const id = useId();
      seen = [...seen, id];
      return <span>{tick}</span>;
    }
    const view = render(<Labelled tick={1} />);
    view.rerender(<Labelled tick={2} />);
    expect(seen).toHaveLength(2);
    expect(seen[1]).toBe(seen[0]);
  });

  it('gives the id it is given', () => {
    const { ids } = renderIds(useId, 2, 'country-select');
    expect(ids()).toEqual(['country-select', 'country-select']);
  });

  it('is needed while Mantine’s own renders each component twice as it mounts', () => {
    // When this fails, Mantine no longer sets an id after mounting: the shim can go
    // (build/mantine-import-shims.ts, decision 043).
    const { renders } = renderIds(mantineUseId, 3, 'given');
    expect(renders()).toBe(6);
  });
});
