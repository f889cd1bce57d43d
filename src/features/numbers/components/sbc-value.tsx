import { Fragment } from 'react';
import { ClippedText } from '../../../components/clipped-text.tsx';
import { CopyValueButton } from '../../../components/copy-button.tsx';
import { valueLineHeight } from '../../../components/field-list.tsx';
import { NotSet } from '../../../components/not-set.tsx';
import { maxShownChars } from '../../../lib/clip.ts';
import { PlainGroup, PlainText } from '../../../components/plain.tsx';

type SbcValueProps = {
  value: string | null;
  label: string;
  /** FQDNs may wrap after a dot; addresses stay on one line. */
  wrap: 'after-dots' | 'never';
};

/**
 * One part of an SBC's name (its FQDN or address), copyable. The copy button stays beside the
 * value's first line; a long name wraps between its labels, never inside one.
 */
export function SbcValue({ value, label, wrap }: SbcValueProps) {
  if (!value) return <NotSet />;
  const short = value.length <= maxShownChars;
  return (
    <PlainGroup gap={4} wrap="nowrap" align="flex-start">
      <PlainText
        size="sm"
        ff="monospace"
        style={{
          lineHeight: valueLineHeight,
          minWidth: 0,
          ...(short
            ? { whiteSpace: wrap === 'never' ? 'nowrap' : undefined, overflowWrap: 'break-word' }
            : { overflowWrap: 'anywhere' }),
        }}
      >
        {short && wrap === 'after-dots' ? (
          <BreakAfterDots value={value} />
        ) : (
          <ClippedText value={value} />
        )}
      </PlainText>
      <CopyValueButton value={value} label={`Copy ${label}`} />
    </PlainGroup>
  );
}

/** "oc1.sandbox2.example.com" with a line-break opportunity after each dot. */
export function BreakAfterDots({ value }: { value: string }) {
  const labels = value.split('.');
  return labels.map((part, index) => (
    <Fragment key={index}>
      {part}
      {index < labels.length - 1 && (
        <>
          .<wbr />
        </>
      )}
    </Fragment>
  ));
}

/** An SBC's id, as received. */
export function SbcIdValue({ id }: { id: string | null }) {
  return id === null ? (
    <NotSet />
  ) : (
    <PlainText span size="sm" style={{ lineHeight: valueLineHeight }}>
      <ClippedText value={id} />
    </PlainText>
  );
}
