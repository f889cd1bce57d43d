import { Card, Code, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { clip } from '../../../lib/clip.ts';
import type { Finding, Severity } from './facts.ts';
import { tones } from '../enrichment/tones.ts';

const looks: Record<
  Severity,
  { word: string; color: string; Icon: ComponentType<{ size: number }> }
> = {
  problem: { word: 'Problem', color: 'red', Icon: IconCircleX },
  warning: { word: 'Warning', color: 'orange', Icon: IconAlertTriangle },
  ok: { word: 'OK', color: 'teal', Icon: IconCircleCheck },
};

type DiagnosisPanelProps = {
  findings: readonly Finding[];
  /** What the findings were computed from, said under them ("the record, its calling profile"). */
  basis: string;
  /** What is not known yet, said so a reader does not take "nothing wrong" for more than it is. */
  pending: string | null;
};

/** What state the number is in and what to do next, in a few plain sentences, at the top. */
export function DiagnosisPanel({ findings, basis, pending }: DiagnosisPanelProps) {
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="section"
      aria-labelledby="diagnosis-heading"
    >
      <Title order={2} size="h4" id="diagnosis-heading" mb="sm">
        Diagnosis
      </Title>
      <Stack gap="md">
        {findings.length === 0 ? (
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <ThemeIcon color="teal" variant="light" size="sm" radius="xl" aria-hidden>
              <IconCircleCheck size={14} />
            </ThemeIcon>
            <Text size="sm" fw={600}>
              Nothing looks wrong.
            </Text>
          </Group>
        ) : (
          <Stack gap="md" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {findings.map((finding) => (
              <FindingItem key={finding.ruleId} finding={finding} />
            ))}
          </Stack>
        )}
        <Text size="xs" c="dimmed">
          From {basis}.{pending ? ` ${pending}` : ''}
        </Text>
      </Stack>
    </Card>
  );
}

function FindingItem({ finding }: { finding: Finding }) {
  const { word, color, Icon } = looks[finding.severity];
  return (
    <Group component="li" gap="xs" wrap="nowrap" align="flex-start" data-rule={finding.ruleId}>
      <ThemeIcon color={color} variant="light" size="sm" radius="xl" mt={2} aria-hidden>
        <Icon size={14} />
      </ThemeIcon>
      <Stack gap={2} miw={0}>
        <Text size="sm" fw={600}>
          <Text span size="sm" fw={700} c={tones[finding.severity]}>
            {word}:
          </Text>{' '}
          {finding.text}
        </Text>
        <Text size="sm">Next step: {finding.nextStep}</Text>
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          Derived from{' '}
          {finding.derivedFrom.map((evidence, index) => (
            <span key={evidence.field}>
              {index > 0 && ', '}
              <Code fz="xs">{evidence.field}</Code> = {clip(evidence.value, 160)}
            </span>
          ))}
        </Text>
      </Stack>
    </Group>
  );
}
