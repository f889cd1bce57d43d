import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { CountryPicker } from './country-picker.tsx';

it('shows a read-only box with the country until the picker has loaded, then the picker', async () => {
  const onChange = vi.fn();
  render(
    <MantineProvider>
      <CountryPicker country="DE" onChange={onChange} />
    </MantineProvider>,
  );
  // Before the picker's code has loaded: the same label and value, nothing to type into.
  const standIn = screen.getByRole('textbox', { name: 'Country for national numbers' });
  expect(standIn).toHaveValue('Germany (+49)');
  expect(standIn).toHaveAttribute('readonly');
  const picker = await screen.findByRole('combobox', { name: 'Country for national numbers' });
  expect(picker).toHaveValue('Germany (+49)');
  expect(screen.queryByRole('textbox', { name: 'Country for national numbers' })).toBeNull();
});
