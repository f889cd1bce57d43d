import { Alert, Card, Title } from '@mantine/core';
import { IconCopy, IconInfoCircle, IconLink } from '@tabler/icons-react';
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { CountryFlag } from '../../../components/country-flag.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { clip } from '../../../lib/clip.ts';
import { countryName } from '../../../lib/countries.ts';
import { paths } from '../../../config/paths.ts';
import { isBareRecord } from '../bare-record.ts';
import { assignmentLabel } from '../labels/assignment.ts';
import { lifecycleLabel } from '../labels/lifecycle.ts';
import { formatNumber } from '../phone.ts';
import type { OcNumber } from '../schema.ts';
import { CopyTextButton } from './copy-text-button.tsx';
import { CopyTicketSummary } from './copy-ticket-summary.tsx';
import { PlainGroup, PlainStack, PlainText } from '../../../components/plain.tsx';

/** The number looked up (the route's E.164, which links always use) and its record. */
export function NumberHeader({ e164, number }: { e164: string; number: OcNumber }) {
  const country = number.isoCountryCode ?? parsePhoneNumberFromString(e164)?.country;
  const link = `${window.location.origin}${paths.number(e164)}`;
  const mismatch = number.telephoneNumber !== e164;
  return (
    <Card withBorder radius="md" padding="lg">
      <PlainStack gap="sm">
        <PlainGroup justify="space-between" align="flex-start" gap="sm">
          <PlainStack gap={4}>
            <Title
              order={1}
              ff="monospace"
              fz={{ base: 26, sm: 32 }}
              style={{ letterSpacing: 0.5 }}
            >
              {formatNumber(e164)}
            </Title>
            {mismatch && (
              <PlainText size="sm" c="var(--mantine-color-orange-text)" fw={500}>
                Live Platform returned this record as “{clip(number.telephoneNumber, 100)}”.
              </PlainText>
            )}
            <PlainGroup gap={8} wrap="nowrap">
              <CountryFlag code={country} height={16} />
              <PlainText c="dimmed">
                {clip(countryName(country), 100)}
                {number.isoCountryCode ? ` (${clip(number.isoCountryCode, 20)})` : ''}
              </PlainText>
            </PlainGroup>
          </PlainStack>
          <PlainGroup gap="xs">
            <CopyTextButton value={e164} label="Copy number" icon={IconCopy} />
            <CopyTextButton value={link} label="Copy link" icon={IconLink} />
            <CopyTicketSummary number={number} link={link} />
          </PlainGroup>
        </PlainGroup>
        <PlainGroup gap="xs">
          <StatusBadge kind="Lifecycle" {...lifecycleLabel(number.acquiredNumberStatus)} />
          <StatusBadge kind="Teams assignment" {...assignmentLabel(number.assignmentStatus)} />
        </PlainGroup>
        {isBareRecord(number) && <BareRecordNote />}
      </PlainStack>
    </Card>
  );
}

/**
 * Said once at the top, so that a page of "Not set" reads as what Live Platform holds, not as a
 * page that failed to load. The rows below stay, one short line each, in their usual places.
 */
function BareRecordNote() {
  return (
    // A note about the record, not an error: role "note", so it is not announced as an alert
    // (and error panels stay the page's only alerts).
    <Alert
      role="note"
      color="blue"
      variant="light"
      radius="md"
      p="sm"
      icon={<IconInfoCircle aria-hidden />}
    >
      <PlainText size="sm" fw={700}>
        Live Platform holds only the number
      </PlainText>
      <PlainText size="sm">
        Every other field of this record is empty: no tenant, calling profile, capabilities, SBCs,
        status or dates, so each row below reads “Not set”. If the number should be in service,
        check its upload in the Live Platform portal.
      </PlainText>
    </Alert>
  );
}
