import { Text } from '@mantine/core';
import type { CSSProperties } from 'react';

/*
 * The markup of Mantine's `<Text span c="dimmed" fs="italic" size="sm">`, as a plain span: pages
 * show many of these, and a Text resolves its styles as it renders (not-set.test.tsx holds the
 * span to what Text renders).
 */
const className = `mantine-focus-auto ${Text.classes.root} mantine-Text-root`;
const style = {
  '--text-fz': 'var(--mantine-font-size-sm)',
  '--text-lh': 'var(--mantine-line-height-sm)',
  color: 'var(--mantine-color-dimmed)',
  fontStyle: 'italic',
} as CSSProperties;

/** The one way an absent (null or missing) value reads everywhere. */
export function NotSet() {
  return (
    <span style={style} className={className} data-size="sm">
      Not set
    </span>
  );
}
