import { Card, Code, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { clip } from '../../../lib/clip.ts';
import { maskField, useMasker, type Masker } from '../../../lib/presentation/presentation-mode.tsx';
import type { Finding, Severity } from './facts.ts';
import { tones } from '../../../components/tones.ts';
import { PlainGroup, PlainList, PlainStack, PlainText } from '../../../components/plain.tsx';

const looks: Record<
  Severity,
  { word: string; color: string; Icon: ComponentType<{ size: number }> }
> = {
  problem: { word: 'Problem', color: 'red', Icon: IconCircleX },
  warning: { word: 'Warning', color: 'orange', Icon: IconAlertTriangle },
  ok: { word: 'OK', color: 'teal', Icon: IconCircleCheck },
};

const severities: readonly Severity[] = ['problem', 'warning', 'ok'];

type DiagnosisPanelProps = {
  findings: readonly Finding[];
  /** What the findings were computed from, said under them ("the record, its calling profile"). */
  basis: string;
  /** What is not known yet, said so a reader does not take "nothing wrong" for more than it is. */
  pending: string | null;
};

/** What state the number is in and what to do next, in a few plain sentences, at the top. */
export function DiagnosisPanel({ findings, basis, pending }: DiagnosisPanelProps) {
  // Edged in the colour of the most severe finding, so the page's state shows at a glance; with
  // none, green only when nothing is still unknown (a part that failed is not "all clear").
  const worst = severities.find((severity) => findings.some((f) => f.severity === severity));
  const edge = worst ? looks[worst].color : pending ? 'gray' : looks.ok.color;
  // Findings and evidence may quote ids and SBC addresses.
  const masker = useMasker();
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="section"
      aria-labelledby="diagnosis-heading"
      style={{ borderLeft: `4px solid var(--mantine-color-${edge}-filled)` }}
    >
      <Title order={2} size="h4" id="diagnosis-heading" mb="sm">
        Diagnosis
      </Title>
      <PlainStack gap="md">
        {findings.length === 0 ? (
          <PlainGroup gap="xs" wrap="nowrap" align="flex-start">
            <ThemeIcon color="teal" variant="light" size="sm" radius="xl" aria-hidden>
              <IconCircleCheck size={14} />
            </ThemeIcon>
            <PlainText size="sm" fw={600}>
              Nothing looks wrong.
            </PlainText>
          </PlainGroup>
        ) : (
          <PlainList gap="md">
            {findings.map((finding) => (
              <FindingItem key={finding.ruleId} finding={finding} masker={masker} />
            ))}
          </PlainList>
        )}
        <PlainText size="xs" c="dimmed">
          From {basis}.{pending ? ` ${pending}` : ''}
        </PlainText>
      </PlainStack>
    </Card>
  );
}

/**
 * A finding's sentence as a reader scans it: "Headline: details" has its headline in bold and
 * the details plain; a long run of details ("a is only on the number; b is only in the profile")
 * goes one to a line. The text stays one sentence for copying and for screen readers.
 */
function splitSentence(text: string): { lead: string; details: string[] } {
  const at = text.indexOf(': ');
  if (at < 0) return { lead: text, details: [] };
  const rest = text.slice(at + 2);
  const details = rest.length > 120 && rest.includes('; ') ? rest.split('; ') : [rest];
  return { lead: text.slice(0, at + 1), details };
}

const detailLine = {
  display: 'list-item',
  listStyleType: 'disc',
  marginInlineStart: '1.25em',
} as const;

function FindingItem({ finding, masker }: { finding: Finding; masker: Masker }) {
  const { word, color, Icon } = looks[finding.severity];
  const { lead, details } = splitSentence(masker.text(finding.text));
  return (
    <PlainGroup component="li" gap="xs" wrap="nowrap" align="flex-start" data-rule={finding.ruleId}>
      <ThemeIcon color={color} variant="light" size="sm" radius="xl" mt={2} aria-hidden>
        <Icon size={14} />
      </ThemeIcon>
      <PlainStack gap={4} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
        <PlainText size="sm">
          <PlainText span size="sm" fw={700} c={tones[finding.severity]}>
            {word}:
          </PlainText>{' '}
          <PlainText span size="sm" fw={700}>
            {lead}
          </PlainText>
          {details.length === 1 && ` ${details[0] ?? ''}`}
          {details.length > 1 &&
            details.map((detail, index) => (
              <span key={index} style={detailLine}>
                {index < details.length - 1 ? `${detail}; ` : detail}
              </span>
            ))}
        </PlainText>
        <PlainText size="sm">
          <PlainText span size="sm" fw={700}>
            Next step:
          </PlainText>{' '}
          {masker.text(finding.nextStep)}
        </PlainText>
        <PlainText size="xs" c="dimmed">
          Derived from{' '}
          {finding.derivedFrom.map((evidence, index) => (
            <span key={evidence.field}>
              {index > 0 && ', '}
              <Code fz="xs">{evidence.field}</Code> ={' '}
              {maskField(masker, evidence.field, clip(evidence.value, 160))}
            </span>
          ))}
        </PlainText>
      </PlainStack>
    </PlainGroup>
  );
}
