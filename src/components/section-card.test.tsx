import { Card, Group, MantineProvider, Title } from '@mantine/core';
import { render } from '@testing-library/react';
import { expect, it } from 'vitest';
import { SectionCard } from './section-card.tsx';

// The plain section must stay the markup Mantine's Card, Group and Title render, so it looks the
// same after any Mantine upgrade.
it('renders the markup of a Mantine card with a titled header', () => {
  const mantine = render(
    <MantineProvider>
      <Card withBorder radius="md" padding="md" component="section" aria-labelledby="section-sbcs">
        <Group justify="space-between" align="center" mb="sm" wrap="nowrap" gap="xs">
          <Title order={2} size="h4" id="section-sbcs">
            SBCs
          </Title>
          <span>2 SBCs</span>
        </Group>
        <p>Body</p>
      </Card>
    </MantineProvider>,
  );
  const plain = render(
    <MantineProvider>
      <SectionCard title="SBCs" aside={<span>2 SBCs</span>}>
        <p>Body</p>
      </SectionCard>
    </MantineProvider>,
  );
  const section = (view: typeof plain) => view.container.querySelector('section')?.outerHTML;
  expect(section(plain)).toBeDefined();
  expect(section(plain)).toBe(section(mantine));
});
