import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { expect, it } from 'vitest';
import { DateValue } from './date-value.tsx';
import { StatusBadge } from './status-badge.tsx';

const renderIn = (ui: ReactNode) => render(<MantineProvider>{ui}</MantineProvider>);

// Both mount their tooltip only when first pointed at: nothing of it before, its text after.
// (jsdom lays nothing out, so floating-ui's hide middleware keeps it display: none here.)
it('a status badge shows its description on hover, and mounts no tooltip before', async () => {
  const user = userEvent.setup();
  renderIn(
    <StatusBadge
      kind="Lifecycle"
      label="Active"
      color="teal"
      description="Acquired and in service."
      known
    />,
  );
  expect(screen.queryByRole('tooltip')).toBeNull();
  await user.hover(screen.getByText(/Lifecycle: Active/));
  expect(await screen.findByRole('tooltip', { hidden: true })).toHaveTextContent(
    'Acquired and in service.',
  );
  await user.unhover(screen.getByText(/Lifecycle: Active/));
});

it('a date shows its exact UTC value on hover, and mounts no tooltip before', async () => {
  const user = userEvent.setup();
  renderIn(<DateValue value="2024-04-16T12:13:42.8160255+00:00" />);
  expect(screen.queryByRole('tooltip')).toBeNull();
  await user.hover(screen.getByText((_, element) => element?.tagName === 'TIME'));
  expect(await screen.findByRole('tooltip', { hidden: true })).toHaveTextContent(
    '2024-04-16 12:13:42.8160255 UTC',
  );
});
