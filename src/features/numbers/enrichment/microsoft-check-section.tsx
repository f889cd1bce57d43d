import { Badge, Button, List } from '@mantine/core';
import { IconCloudSearch } from '@tabler/icons-react';
import type { MicrosoftCheck } from '../../../api/number-status.ts';
import { SectionCard } from '../../../components/section-card.tsx';
import { clip } from '../../../lib/clip.ts';
import { useMasker } from '../../../lib/presentation/presentation-mode.tsx';
import type { OcNumber } from '../schema.ts';
import { compareWithMicrosoft, type Comparison } from './compare-with-microsoft.ts';
import { PartFailed, PartLoading } from './part-states.tsx';
import type { MicrosoftCheckState } from './use-enrichment.ts';
import { tones } from '../../../components/tones.ts';
import { PlainGroup, PlainStack, PlainText } from '../../../components/plain.tsx';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/**
 * "Check with Microsoft": asks, through Live Platform, what Microsoft knows about the number now,
 * and shows it beside what Live Platform stores. Only ever when a person presses the button: each
 * check reaches Microsoft and counts against a per-user limit.
 */
export function MicrosoftCheckSection({
  number,
  check,
}: {
  number: OcNumber;
  check: MicrosoftCheckState;
}) {
  const { mutation, canCheck } = check;
  const run = () => mutation.mutate();
  return (
    <SectionCard title="Check with Microsoft">
      <PlainStack gap="sm">
        <PlainText size="sm" c="dimmed">
          Asks Microsoft, through Live Platform, what it knows about this number right now.
        </PlainText>
        <PlainGroup>
          <Button
            variant={mutation.data ? 'default' : 'filled'}
            leftSection={<IconCloudSearch size={16} aria-hidden />}
            onClick={run}
            loading={mutation.isPending}
            disabled={!canCheck}
          >
            {mutation.data ? 'Check again' : 'Check with Microsoft'}
          </Button>
        </PlainGroup>
        {!canCheck && (
          <PlainText size="sm" c="dimmed" fs="italic">
            The record has no tenant id, so Microsoft cannot be asked.
          </PlainText>
        )}
        {mutation.isPending && <PartLoading label="Asking Microsoft…" />}
        {mutation.isError && (
          <PartFailed
            what="The check with Microsoft failed"
            error={mutation.error}
            onRetry={run}
            retrying={mutation.isPending}
            failedAt={mutation.submittedAt}
          />
        )}
        {mutation.data && <CheckResult number={number} result={mutation.data} />}
      </PlainStack>
    </SectionCard>
  );
}

function CheckResult({ number, result }: { number: OcNumber; result: MicrosoftCheck }) {
  const rows = compareWithMicrosoft(number, result);
  const disagreements = rows.filter((row) => !row.agrees).length;
  const detail = result.item?.telphoneNumberDetail;
  const offering = detail?.numberOffering;
  const details = result.item?.validationDetail ?? [];
  // Microsoft's words may quote the tenant id.
  const masker = useMasker();
  return (
    <PlainStack gap="sm" aria-label="Microsoft's answer" role="group">
      <PlainText size="sm">
        Checked at{' '}
        <time dateTime={result.checkedAt.toISOString()}>{timeFormat.format(result.checkedAt)}</time>
        {': '}
        <PlainText span fw={600} c={disagreements ? tones.warning : tones.ok}>
          {disagreements === 0
            ? 'Microsoft agrees with Live Platform.'
            : `${disagreements} ${disagreements === 1 ? 'disagreement' : 'disagreements'}.`}
        </PlainText>
      </PlainText>
      {result.item === null && (
        <PlainText size="sm" c={tones.warning}>
          Microsoft’s answer held no entry for this number.
        </PlainText>
      )}
      {rows.map((row) => (
        <ComparisonRow key={row.id} row={row} />
      ))}
      <PlainText size="sm">
        <PlainText span fw={600}>
          Offering (Microsoft):
        </PlainText>{' '}
        {offering === null || offering === undefined || offering === ''
          ? 'Nothing reported'
          : masker.text(clip(String(offering), 200))}
        {result.item?.actionRequired ? ' · Microsoft says action is required' : ''}
      </PlainText>
      {details.length > 0 && (
        <PlainStack gap={2}>
          <PlainText size="sm" fw={600}>
            Validation details
          </PlainText>
          <List size="sm" spacing={2}>
            {details.map((item, index) => (
              <List.Item key={index}>
                <PlainText span size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {masker.text(clip(typeof item === 'string' ? item : JSON.stringify(item), 500))}
                </PlainText>
              </List.Item>
            ))}
          </List>
        </PlainStack>
      )}
    </PlainStack>
  );
}

function ComparisonRow({ row }: { row: Comparison }) {
  return (
    <PlainStack gap={2}>
      <PlainGroup gap="xs" wrap="wrap">
        <PlainText size="sm" fw={600}>
          {row.label}
        </PlainText>
        <Badge
          size="sm"
          variant="light"
          color={row.agrees ? 'teal' : 'orange'}
          tt="none"
          radius="sm"
        >
          {row.agrees ? 'Agrees' : 'Disagrees'}
        </Badge>
      </PlainGroup>
      <PlainText size="sm">
        Live Platform: {clip(row.livePlatform, 200)} · Microsoft: {clip(row.microsoft, 200)}
      </PlainText>
      {row.disagreement && (
        <PlainText size="sm" c={tones.warning}>
          {row.disagreement}
        </PlainText>
      )}
    </PlainStack>
  );
}
