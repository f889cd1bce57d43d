import { Card, Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type SectionCardProps = {
  title: string;
  /** Shown at the right of the title: a count, a badge, an action. */
  aside?: ReactNode;
  children: ReactNode;
};

/** One titled card of a detail page; its heading is what screen readers navigate by. */
export function SectionCard({ title, aside, children }: SectionCardProps) {
  const headingId = `section-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="center" mb="sm" wrap="nowrap" gap="xs">
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        {aside}
      </Group>
      {children}
    </Card>
  );
}
