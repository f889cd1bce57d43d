import { Button } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';

type RetryButtonProps = {
  onClick: () => void;
  /** A request is under way: the button spins and takes no click. */
  loading: boolean;
  disabled?: boolean;
  /** "Retry" after a failure; "Refresh" to fetch again what is shown. */
  label?: 'Retry' | 'Refresh';
};

/** The small button that asks again, beside what failed or what may be old. */
export function RetryButton({ onClick, loading, disabled, label = 'Retry' }: RetryButtonProps) {
  return (
    <Button
      size="compact-sm"
      variant={label === 'Retry' ? 'light' : 'default'}
      leftSection={<IconRefresh size={14} aria-hidden />}
      loaderProps={{ size: 14 }}
      onClick={onClick}
      loading={loading}
      disabled={disabled}
    >
      {label}
    </Button>
  );
}
