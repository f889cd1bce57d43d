import { Text } from '@mantine/core';
import { ClippedText } from '../../../components/clipped-text.tsx';
import { CopyValueButton } from '../../../components/copy-button.tsx';
import { NotSet } from '../../../components/not-set.tsx';

/** One part of an SBC's name (its FQDN or address), copyable. */
export function SbcValue({ value, label }: { value: string | null; label: string }) {
  if (!value) return <NotSet />;
  return (
    <Text span size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
      <ClippedText value={value} /> <CopyValueButton value={value} label={`Copy ${label}`} />
    </Text>
  );
}

/** An SBC's id, as received. */
export function SbcIdValue({ id }: { id: string | null }) {
  return id === null ? <NotSet /> : <ClippedText value={id} />;
}
