import { ActionIcon, CopyButton } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useRef } from 'react';
import { LazyTooltip, useLazyTooltip } from './lazy-tooltip.tsx';

type CopyValueButtonProps = {
  value: string;
  /** What is copied, for the accessible name: "Copy tenant id". */
  label: string;
};

/** A small icon button that copies a value and says so. */
export function CopyValueButton({ value, label }: CopyValueButtonProps) {
  const target = useRef<HTMLButtonElement>(null);
  const tooltip = useLazyTooltip();
  return (
    <CopyButton value={value} timeout={1500}>
      {({ copied, copy }) => (
        <>
          <ActionIcon
            ref={target}
            {...tooltip.targetProps}
            variant="subtle"
            color={copied ? 'teal' : 'gray'}
            size="sm"
            onClick={copy}
            aria-label={copied ? `${label}: copied` : label}
          >
            {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
          </ActionIcon>
          <LazyTooltip
            target={target}
            used={tooltip.used}
            opened={tooltip.opened}
            label={copied ? 'Copied' : label}
            withArrow
            position="top"
          />
        </>
      )}
    </CopyButton>
  );
}
