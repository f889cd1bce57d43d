import { Card, Group, Paper, Title } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';

type SectionCardProps = {
  title: string;
  /** Shown at the right of the title: a count, a badge, an action. */
  aside?: ReactNode;
  children: ReactNode;
};

/*
 * The elements, classes and variables of Mantine's `<Card withBorder radius="md" padding="md"
 * component="section">` holding a `<Group justify="space-between" wrap="nowrap" gap="xs" mb="sm">`
 * and a `<Title order={2} size="h4">`, so a section looks as Mantine draws it. As plain elements a
 * section costs one component instead of seven (Card, Paper, Group, Title and their Boxes, each
 * resolving styles as it renders); a number's page has nine. section-card.test.tsx holds them to
 * what Mantine renders.
 */
const cardClassName = `${Card.classes.root} mantine-Card-root ${Paper.classes.root} mantine-Paper-root`;
const cardStyle = {
  '--paper-radius': 'var(--mantine-radius-md)',
  '--card-padding': 'var(--mantine-spacing-md)',
} as CSSProperties;
const headerClassName = `${Group.classes.root} mantine-Group-root`;
const headerStyle = {
  '--group-gap': 'var(--mantine-spacing-xs)',
  '--group-align': 'center',
  '--group-justify': 'space-between',
  '--group-wrap': 'nowrap',
  marginBottom: 'var(--mantine-spacing-sm)',
} as CSSProperties;
const titleClassName = `${Title.classes.root} mantine-Title-root`;
const titleStyle = {
  '--title-fw': 'var(--mantine-h4-font-weight)',
  '--title-lh': 'var(--mantine-h4-line-height)',
  '--title-fz': 'var(--mantine-h4-font-size)',
} as CSSProperties;

/** One titled card of a detail page; its heading is what screen readers navigate by. */
export function SectionCard({ title, aside, children }: SectionCardProps) {
  const headingId = `section-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <section
      style={cardStyle}
      className={cardClassName}
      data-with-border="true"
      data-orientation="vertical"
      aria-labelledby={headingId}
    >
      <div style={headerStyle} className={headerClassName}>
        <h2
          style={titleStyle}
          className={titleClassName}
          data-size="h4"
          data-order="2"
          id={headingId}
        >
          {title}
        </h2>
        {aside}
      </div>
      {children}
    </section>
  );
}
