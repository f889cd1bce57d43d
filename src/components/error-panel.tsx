import { Alert, Button, Code, CopyButton, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy, IconRefresh } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { CopyValueButton } from './copy-button.tsx';

export type ErrorReference = { label: string; value: string | undefined };

type ErrorPanelProps = {
  title: string;
  color?: string;
  /** What happened, in a sentence or two. */
  whatHappened: ReactNode;
  /** What the reader can do about it; who to tell, when it is someone else's to fix. */
  whatToDo: ReactNode;
  /** More to look at: the problems found in an answer, the body as received. */
  children?: ReactNode;
  /** Identifiers the vendor's support asks for, shown copyable (only those with a value). */
  references?: readonly ErrorReference[];
  /** Everything about the failure as plain text, for a ticket: "Copy error details". */
  details?: string | undefined;
  /** Offered where trying again can help. */
  onRetry?: (() => void) | undefined;
  retrying?: boolean;
};

/**
 * Every failure looks the same: what happened, what to do, the ids to give, and the actions
 * (Retry where it can help, Copy error details). Never a blank page.
 */
export function ErrorPanel({
  title,
  color = 'red',
  whatHappened,
  whatToDo,
  children,
  references = [],
  details,
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
        <Title order={1} fz="md" fw={700} lh={1.4} c="inherit">
          {title}
        </Title>
      }
      icon={<IconAlertTriangle aria-hidden />}
      role="alert"
      styles={{ body: { minWidth: 0 } }}
    >
      <Stack gap="sm">
        <Text size="sm" component="div">
          {whatHappened}
        </Text>
        <Text size="sm" component="div">
          <Text span inherit fw={700}>
            What to do:{' '}
          </Text>
          {whatToDo}
        </Text>
        {children}
        {shown.map((ref) => (
          <Group key={ref.label} gap={4} wrap="wrap" align="center">
            <Text size="sm" fw={600}>
              {ref.label}:
            </Text>
            <Group gap={2} wrap="nowrap" miw={0}>
              <Code style={{ wordBreak: 'break-all' }}>{ref.value}</Code>
              <CopyValueButton value={ref.value} label={`Copy ${ref.label.toLowerCase()}`} />
            </Group>
          </Group>
        ))}
        {(onRetry || details) && (
          <Group gap="xs">
            {onRetry && (
              <Button
                variant="filled"
                leftSection={<IconRefresh size={16} aria-hidden />}
                onClick={onRetry}
                loading={retrying}
              >
                Retry
              </Button>
            )}
            {details && <CopyDetailsButton details={details} />}
          </Group>
        )}
      </Stack>
    </Alert>
  );
}

function CopyDetailsButton({ details }: { details: string }) {
  return (
    <CopyButton value={details} timeout={2000}>
      {({ copied, copy }) => (
        <Button
          variant="default"
          onClick={copy}
          leftSection={
            copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />
          }
          aria-live="polite"
        >
          {copied ? 'Copied' : 'Copy error details'}
        </Button>
      )}
    </CopyButton>
  );
}

/** The plain-text report "Copy error details" gives: one "Label: value" line each, set ones only. */
export function errorReport(lines: readonly (readonly [label: string, value: unknown])[]): string {
  return lines
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([label, value]) => `${label}: ${String(value)}`)
    .join('\n');
}
