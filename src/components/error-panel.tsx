import { Alert, Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { CopyValueButton } from './copy-button.tsx';

type ErrorPanelProps = {
  title: string;
  children: ReactNode;
  color?: string;
  /** Identifiers the vendor's support asks for, shown copyable. */
  references?: readonly { label: string; value: string | undefined }[];
  onRetry?: (() => void) | undefined;
  retrying?: boolean;
};

/** A failure, said plainly, with what to do next; never a blank page. */
export function ErrorPanel({
  title,
  children,
  color = 'red',
  references = [],
  onRetry,
  retrying,
}: ErrorPanelProps) {
  const shown = references.filter((ref): ref is { label: string; value: string } =>
    Boolean(ref.value),
  );
  return (
    <Alert
      color={color}
      variant="light"
      radius="md"
      // The failure is what the page is about, so its title is the page's heading.
      title={
        <Title order={1} fz="md" fw={700} lh={1.4}>
          {title}
        </Title>
      }
      icon={<IconAlertTriangle aria-hidden />}
      role="alert"
      styles={{ body: { minWidth: 0 } }}
    >
      <Stack gap="sm">
        <div>{children}</div>
        {shown.map((ref) => (
          <Group key={ref.label} gap={4} wrap="wrap" align="center">
            <Text size="sm" fw={500}>
              {ref.label}:
            </Text>
            <Group gap={2} wrap="nowrap" miw={0}>
              <Code style={{ wordBreak: 'break-all' }}>{ref.value}</Code>
              <CopyValueButton value={ref.value} label={`Copy ${ref.label.toLowerCase()}`} />
            </Group>
          </Group>
        ))}
        {onRetry && (
          <Group>
            <Button
              variant="filled"
              leftSection={<IconRefresh size={16} aria-hidden />}
              onClick={onRetry}
              loading={retrying}
            >
              Retry
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
