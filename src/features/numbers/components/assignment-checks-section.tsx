import { Group, Text } from '@mantine/core';
import { DateValue } from '../../../components/date-value.tsx';
import { FieldList } from '../../../components/field-list.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { verificationLabel } from '../labels/verification-code.ts';
import type { OcNumber } from '../schema.ts';

/** Live Platform's periodic check of how Teams uses the number (the "asl…" fields). */
export function AssignmentChecksSection({ number }: { number: OcNumber }) {
  const verification = verificationLabel(number.aslvCode);
  return (
    <SectionCard title="Assignment checks">
      <FieldList
        fields={[
          {
            label: 'Last successful check',
            value: number.aslcht,
            display: <DateValue value={number.aslcht} />,
          },
          {
            label: 'Last status change',
            value: number.aslsct,
            display: <DateValue value={number.aslsct} />,
          },
          {
            label: 'Last verification code',
            value: number.aslvCode,
            display: (
              <Group gap="xs">
                <StatusBadge kind="Check" {...verification} />
              </Group>
            ),
            hint: verification.description,
          },
          {
            label: 'Check iteration (ticks)',
            value: number.asticks,
            hint: (
              <Text span size="xs">
                Counter of Live Platform&apos;s checking run.
              </Text>
            ),
          },
        ]}
      />
    </SectionCard>
  );
}
