import { ActionIcon, UnstyledButton } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import type { CSSProperties } from 'react';
import { LazyTooltip, useLazyTooltip } from './lazy-tooltip.tsx';

type CopyValueButtonProps = {
  value: string;
  /** What is copied, for the accessible name: "Copy tenant id". */
  label: string;
};

/*
 * The element Mantine's `<ActionIcon variant="subtle" size="sm">` renders, with Mantine's own
 * classes and variables, so it looks and behaves the same (hover, focus ring, press). A page
 * has a copy button per field: as a plain button it costs one component, where Mantine's
 * CopyButton, ActionIcon, UnstyledButton and their Boxes cost six, each resolving styles as it
 * renders. copy-button.test.tsx holds it to what ActionIcon renders.
 */
export const copyButtonClassName = [
  'mantine-focus-auto',
  'mantine-active',
  ActionIcon.classes.root,
  'mantine-ActionIcon-root',
  UnstyledButton.classes.root,
  'mantine-UnstyledButton-root',
].join(' ');
export const copyIconClassName = `${ActionIcon.classes.icon} mantine-ActionIcon-icon`;

export const copyButtonStyle = (color: 'gray' | 'teal') =>
  ({
    '--ai-size': 'var(--ai-size-sm)',
    '--ai-bg': 'transparent',
    '--ai-hover': `var(--mantine-color-${color}-light-hover)`,
    '--ai-color': `var(--mantine-color-${color}-light-color)`,
    '--ai-bd': 'calc(0.0625rem * var(--mantine-scale)) solid transparent',
  }) as CSSProperties;

/** A small icon button that copies a value and says so. */
export function CopyValueButton({ value, label }: CopyValueButtonProps) {
  const tooltip = useLazyTooltip<HTMLButtonElement>();
  const clipboard = useClipboard({ timeout: 1500 });
  const copied = clipboard.copied;
  return (
    <>
      <button
        {...tooltip.targetProps}
        type="button"
        className={copyButtonClassName}
        style={copyButtonStyle(copied ? 'teal' : 'gray')}
        data-variant="subtle"
        data-size="sm"
        onClick={() => clipboard.copy(value)}
        aria-label={copied ? `${label}: copied` : label}
      >
        <span className={copyIconClassName}>
          {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
        </span>
      </button>
      <LazyTooltip
        {...tooltip.tooltipProps}
        label={copied ? 'Copied' : label}
        withArrow
        position="top"
      />
    </>
  );
}
