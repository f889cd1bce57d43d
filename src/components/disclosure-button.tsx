import { Button } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import type { ReactNode } from 'react';

type DisclosureButtonProps = {
  opened: boolean;
  onToggle: () => void;
  /** Id of the element it shows and hides. */
  controls: string;
  children: ReactNode;
};

/**
 * Shows or hides a part of the page, with a chevron that says which. In the link colour in light
 * and dark (a subtle button in the primary colour is too dark to read on a dark card).
 */
export function DisclosureButton({ opened, onToggle, controls, children }: DisclosureButtonProps) {
  return (
    <Button
      variant="subtle"
      size="compact-sm"
      c="var(--mantine-color-anchor)"
      onClick={onToggle}
      aria-expanded={opened}
      aria-controls={controls}
      leftSection={
        opened ? (
          <IconChevronDown size={16} aria-hidden />
        ) : (
          <IconChevronRight size={16} aria-hidden />
        )
      }
    >
      {children}
    </Button>
  );
}
