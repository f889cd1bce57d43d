import { Button, Card, CopyButton, Group, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconCopy, IconLink } from '@tabler/icons-react';
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { CountryFlag } from '../../../components/country-flag.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { countryName } from '../../../lib/countries.ts';
import { paths } from '../../../config/paths.ts';
import { assignmentLabel } from '../labels/assignment.ts';
import { lifecycleLabel } from '../labels/lifecycle.ts';
import { formatNumber } from '../phone.ts';
import type { OcNumber } from '../schema.ts';

export function NumberHeader({ number }: { number: OcNumber }) {
  const country =
    number.isoCountryCode ?? parsePhoneNumberFromString(number.telephoneNumber)?.country;
  const link = `${window.location.origin}${paths.number(number.telephoneNumber)}`;
  return (
    <Card withBorder radius="md" padding="lg">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={4}>
            <Title
              order={1}
              ff="monospace"
              fz={{ base: 26, sm: 32 }}
              style={{ letterSpacing: 0.5 }}
            >
              {formatNumber(number.telephoneNumber)}
            </Title>
            <Group gap={8} wrap="nowrap">
              <CountryFlag code={country} height={16} />
              <Text c="dimmed">
                {countryName(country)}
                {number.isoCountryCode ? ` (${number.isoCountryCode})` : ''}
              </Text>
            </Group>
          </Stack>
          <Group gap="xs">
            <CopyTextButton value={number.telephoneNumber} label="Copy number" icon="copy" />
            <CopyTextButton value={link} label="Copy link" icon="link" />
          </Group>
        </Group>
        <Group gap="xs">
          <StatusBadge kind="Lifecycle" {...lifecycleLabel(number.acquiredNumberStatus)} />
          <StatusBadge kind="Teams assignment" {...assignmentLabel(number.assignmentStatus)} />
        </Group>
      </Stack>
    </Card>
  );
}

function CopyTextButton({
  value,
  label,
  icon,
}: {
  value: string;
  label: string;
  icon: 'copy' | 'link';
}) {
  const Icon = icon === 'link' ? IconLink : IconCopy;
  return (
    <CopyButton value={value} timeout={1500}>
      {({ copied, copy }) => (
        <Button
          variant="default"
          size="xs"
          onClick={copy}
          leftSection={
            copied ? <IconCheck size={14} aria-hidden /> : <Icon size={14} aria-hidden />
          }
          aria-live="polite"
        >
          {copied ? 'Copied' : label}
        </Button>
      )}
    </CopyButton>
  );
}
