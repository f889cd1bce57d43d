import { useDisclosure } from '@mantine/hooks';
import { DateValue } from '../../../components/date-value.tsx';
import { DisclosureButton } from '../../../components/disclosure-button.tsx';
import { FieldList } from '../../../components/field-list.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { parseApiDate } from '../../../lib/dates.ts';
import { verificationLabel, type VerificationLabel } from '../labels/verification-code.ts';
import type { OcNumber } from '../schema.ts';
import { PlainStack, PlainText } from '../../../components/plain.tsx';

/** Live Platform's periodic check of how Teams uses the number (the "asl…" fields). */
export function AssignmentChecksSection({ number }: { number: OcNumber }) {
  const verification = verificationLabel(number.aslvCode);
  return (
    <SectionCard title="Assignment checks">
      <PlainStack gap="sm">
        <FieldList
          fields={[
            {
              label: 'Result of the latest check',
              value: number.aslvCode,
              display: <StatusBadge kind="Check" {...verification} unknownMark="not known" />,
              hint: <CheckExplanation verification={verification} lastPassed={number.aslcht} />,
            },
            {
              label: 'Last check that passed',
              value: number.aslcht,
              display: <DateValue value={number.aslcht} />,
            },
            {
              label: 'Last change of the Teams assignment',
              value: number.aslsct,
              display: <DateValue value={number.aslsct} />,
            },
          ]}
        />
        <TechnicalDetails number={number} />
      </PlainStack>
    </SectionCard>
  );
}

/** What the code means and what to do; and why a failure can sit beside a recent pass. */
function CheckExplanation({
  verification,
  lastPassed,
}: {
  verification: VerificationLabel;
  lastPassed: string | null | undefined;
}) {
  const { explanation } = verification;
  if (!explanation) return verification.description;
  const passed = lastPassed ? parseApiDate(lastPassed) : null;
  return (
    <PlainStack component="span" gap={2} mt={4}>
      <PlainText span size="xs" c="var(--mantine-color-text)">
        {explanation.meaning}
      </PlainText>
      <PlainText span size="xs" c="var(--mantine-color-text)">
        <span style={{ fontWeight: 600 }}>What to do:</span> {explanation.nextStep}
      </PlainText>
      {explanation.outcome === 'failed' && passed && (
        <PlainText span size="xs">
          The latest check failed after the last one that passed ({passed.relative}): the two dates
          below are not a contradiction.
        </PlainText>
      )}
    </PlainStack>
  );
}

/** Counters only the vendor's support needs, out of the way until asked for. */
function TechnicalDetails({ number }: { number: OcNumber }) {
  const [opened, { toggle }] = useDisclosure(false);
  return (
    <div>
      <DisclosureButton opened={opened} onToggle={toggle} controls="assignment-check-technical">
        Technical details
      </DisclosureButton>
      <div id="assignment-check-technical">
        {opened && (
          <FieldList
            fields={[
              {
                label: 'Checking run (asticks)',
                value: number.asticks,
                hint: 'A counter of Live Platform’s checking runs, in .NET ticks. AudioCodes support may ask for it.',
              },
            ]}
          />
        )}
      </div>
    </div>
  );
}
