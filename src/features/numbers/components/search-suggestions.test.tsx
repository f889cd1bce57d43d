import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { expect, it, vi } from 'vitest';
import { SuggestionList, type OtherReading } from './search-suggestions.tsx';

// Counts the loads of the list's code (Mantine's Combobox, with floating-ui): on first use only.
const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock('./search-suggestions-dropdown.tsx', async (importOriginal) => {
  loads.count += 1;
  return importOriginal();
});

const readingOf = (text: string): OtherReading | null =>
  text.length < 2
    ? null
    : {
        note: `2 customers match “${text}”`,
        enter: { refusal: 'Choose one' },
        suggestions: [
          { path: '/tenants/a', title: 'Alpha Ltd', detail: null, code: 'aaaa' },
          { path: '/tenants/b', title: 'Beta Ltd', detail: 'Beta', code: 'bbbb' },
        ],
        listLabel: 'Customers',
        listNote: null,
      };

function Box({ onPick }: { onPick: (path: string) => void }) {
  const [text, setText] = useState('');
  return (
    <SuggestionList reading={readingOf(text)} onPick={onPick}>
      <input aria-label="Search" value={text} onChange={(event) => setText(event.target.value)} />
    </SuggestionList>
  );
}

it('loads the list when there is one to show, without remounting the box', async () => {
  const onPick = vi.fn();
  const user = userEvent.setup();
  render(
    <MantineProvider env="test">
      <Box onPick={onPick} />
    </MantineProvider>,
  );
  const box = screen.getByRole('combobox', { name: 'Search' });
  await user.type(box, 'a{ArrowDown}');
  expect(loads.count).toBe(0);
  expect(screen.queryByRole('listbox', { hidden: true })).toBeNull();

  await user.type(box, 'l');
  const list = await screen.findByRole('listbox', { name: 'Customers', hidden: true });
  expect(loads.count).toBe(1);
  // The same box, still focused, its text and caret where they were.
  expect(screen.getByRole('combobox', { name: 'Search' })).toBe(box);
  expect(box).toHaveFocus();
  expect(box).toHaveValue('al');
  expect(box).toHaveProperty('selectionStart', 2);
  await waitFor(() => expect(box).toHaveAttribute('aria-expanded', 'true'));
  expect(box).toHaveAttribute('aria-controls', list.id);

  await user.keyboard('{ArrowDown}{ArrowDown}');
  const beta = screen.getByRole('option', { name: /^Beta Ltd/, hidden: true });
  expect(box).toHaveAttribute('aria-activedescendant', beta.id);
  await user.keyboard('{Escape}');
  expect(box).toHaveAttribute('aria-expanded', 'false');
  // ↓ opens it again on its first option, as Mantine's Combobox does.
  await user.keyboard('{ArrowDown}');
  expect(box).toHaveAttribute('aria-expanded', 'true');
  const alpha = screen.getByRole('option', { name: /^Alpha Ltd/, hidden: true });
  expect(box).toHaveAttribute('aria-activedescendant', alpha.id);
  await user.keyboard('{Enter}');
  expect(onPick).toHaveBeenCalledWith('/tenants/a');
});
