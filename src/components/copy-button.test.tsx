import { ActionIcon, MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { CopyValueButton, copyButtonClassName, copyButtonStyle } from './copy-button.tsx';

// The plain button must stay the element Mantine's ActionIcon renders, so
// that it looks the same beside the ActionIcons of other pages, after any Mantine upgrade.
it.each(['gray', 'teal'] as const)('renders what ActionIcon renders (%s)', (color) => {
  render(
    <MantineProvider>
      <ActionIcon variant="subtle" color={color} size="sm" aria-label="mantine" />
      <button
        type="button"
        aria-label="plain"
        className={copyButtonClassName}
        style={copyButtonStyle(color)}
      />
    </MantineProvider>,
  );
  const mantine = screen.getByRole('button', { name: 'mantine' });
  const plain = screen.getByRole('button', { name: 'plain' });
  expect(plain.className).toBe(mantine.className);
  expect(plain.getAttribute('style')).toBe(mantine.getAttribute('style'));
  expect(mantine.dataset).toMatchObject({ variant: 'subtle', size: 'sm' });
});

it('copies its value and says so, then goes back to its label', async () => {
  const user = userEvent.setup();
  render(
    <MantineProvider>
      <CopyValueButton value="f94238e5" label="Copy tenant id" />
    </MantineProvider>,
  );
  await user.click(screen.getByRole('button', { name: 'Copy tenant id' }));
  expect(await navigator.clipboard.readText()).toBe('f94238e5');
  expect(
    screen.getByRole('button', { name: 'Copy tenant id: copied' }).getAttribute('style'),
  ).toContain('--ai-color: var(--mantine-color-teal-light-color)');
  expect(
    await screen.findByRole('button', { name: 'Copy tenant id' }, { timeout: 3000 }),
  ).toBeInTheDocument();
});
