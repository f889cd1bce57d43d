import { MantineProvider, Text } from '@mantine/core';
import { render } from '@testing-library/react';
import { expect, it } from 'vitest';
import { NotSet } from './not-set.tsx';

it('renders the markup of a dimmed, italic, small Mantine Text span', () => {
  const mantine = render(
    <MantineProvider>
      <Text span c="dimmed" fs="italic" size="sm">
        Not set
      </Text>
    </MantineProvider>,
  );
  const plain = render(
    <MantineProvider>
      <NotSet />
    </MantineProvider>,
  );
  expect(plain.container.innerHTML).toContain('Not set');
  expect(plain.container.innerHTML).toBe(mantine.container.innerHTML);
});
