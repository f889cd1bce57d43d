import { useDisclosure } from '@mantine/hooks';
import { Suspense, useDeferredValue, useMemo } from 'react';
import { CopyValueButton } from '../../../components/copy-button.tsx';
import { DisclosureButton } from '../../../components/disclosure-button.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { formatCount } from '../../../lib/counts.ts';
import { useMasker } from '../../../lib/presentation/presentation-mode.tsx';
import { OtherFieldsTable } from './other-fields-table.tsx';
import { PlainGroup, PlainStack, PlainText } from '../../../components/plain.tsx';
import { lazyNamed } from '../../../lib/lazy-named.ts';

// The view (and the scrolling window under it) loads when the record is first shown.
const RawJsonView = lazyNamed(() => import('./raw-json-view.tsx'), 'RawJsonView');

type RawJsonSectionProps = {
  /** The answer exactly as received: the raw view never re-serialises the parsed record. */
  rawBody: string;
  otherFields: readonly [key: string, value: unknown][];
};

/** The record exactly as received, and any fields this app does not know yet. */
export function RawJsonSection({ rawBody, otherFields }: RawJsonSectionProps) {
  const [opened, { toggle }] = useDisclosure(false);
  const masker = useMasker();
  // In presentation mode the body is shown and copied with its ids and addresses masked.
  const body = useMemo(() => masker.text(rawBody), [masker, rawBody]);
  // The view of a big body is rendered at transition priority, in slices, after the button.
  const viewOpened = useDeferredValue(opened);
  return (
    <SectionCard title="Raw record" aside={<CopyValueButton value={body} label="Copy raw JSON" />}>
      <PlainStack gap="sm">
        <div>
          <PlainText size="sm" fw={500} mb={4}>
            Other fields{otherFields.length > 0 && ` (${formatCount(otherFields.length)})`}
          </PlainText>
          {otherFields.length === 0 ? (
            <PlainText size="sm" c="dimmed">
              None: every field of this record is shown above.
            </PlainText>
          ) : (
            <OtherFieldsTable fields={otherFields} masker={masker} />
          )}
        </div>
        <PlainGroup>
          <DisclosureButton opened={opened} onToggle={toggle} controls="raw-json">
            {opened ? 'Hide raw JSON' : 'Show raw JSON'}
          </DisclosureButton>
        </PlainGroup>
        <div id="raw-json">
          {opened && viewOpened && (
            <Suspense fallback={null}>
              <RawJsonView body={body} />
            </Suspense>
          )}
        </div>
      </PlainStack>
    </SectionCard>
  );
}
