import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CountryPicker } from './country-picker.tsx';

const name = 'Country for national numbers';

function renderPicker() {
  const onChange = vi.fn();
  const user = userEvent.setup();
  render(
    <MantineProvider env="test">
      <CountryPicker country="DE" onChange={onChange} />
    </MantineProvider>,
  );
  return { onChange, user, standIn: screen.getByRole('textbox', { name }) };
}

describe('CountryPicker', () => {
  it('shows a read-only box with the country, and loads nothing until the user reaches for it', async () => {
    const { standIn } = renderPicker();
    expect(standIn).toHaveValue('Germany (+49)');
    expect(standIn).toHaveAttribute('readonly');
    // Other work gets done meanwhile: the stand-in stays until wanted.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('combobox', { name })).toBeNull();
  });

  it('a pointer over the box: the picker takes its place, not focused, closed', async () => {
    const { user, standIn } = renderPicker();
    await user.hover(standIn);
    const picker = await screen.findByRole('combobox', { name });
    expect(picker).toHaveValue('Germany (+49)');
    expect(picker).not.toHaveFocus();
    expect(screen.queryByRole('textbox', { name })).toBeNull();
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('focus on the box (Tab): the picker takes it, so typing goes on in the picker', async () => {
    const { user, onChange } = renderPicker();
    await user.tab();
    const picker = await screen.findByRole('combobox', { name });
    expect(picker).toHaveFocus();
    await user.clear(picker);
    await user.type(picker, 'Austria');
    await user.click(await screen.findByRole('option', { name: /Austria/ }));
    expect(onChange).toHaveBeenCalledWith('AT');
  });

  it('a click on the box (a tap, with no pointer over it before): the picker opens', async () => {
    const { standIn } = renderPicker();
    fireEvent.click(standIn);
    const picker = await screen.findByRole('combobox', { name });
    expect(picker).toHaveFocus();
    expect(await screen.findByRole('listbox')).toBeInTheDocument();
  });
});
