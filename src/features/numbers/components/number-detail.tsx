import { SimpleGrid } from '@mantine/core';
import { memo, useDeferredValue } from 'react';
import { PresentationSubject } from '../../../lib/presentation/presentation-mode.tsx';
import { NumberDiagnosis } from '../diagnosis/number-diagnosis.tsx';
import { CallingProfileSection } from '../enrichment/calling-profile-section.tsx';
import { EmergencyAddressSection } from '../enrichment/emergency-address-section.tsx';
import { MicrosoftCheckSection } from '../enrichment/microsoft-check-section.tsx';
import { useMicrosoftCheck } from '../enrichment/use-enrichment.ts';
import type { NumberLookup } from '../number-queries.ts';
import { formatNumber } from '../phone.ts';
import { AssignmentChecksSection } from './assignment-checks-section.tsx';
import { CapabilitiesSection } from './capabilities-section.tsx';
import { DatesSection } from './dates-section.tsx';
import { IdentitySection } from './identity-section.tsx';
import { NumberDetailSkeleton } from './number-detail-skeleton.tsx';
import { NumberHeader } from './number-header.tsx';
import { RawJsonSection } from './raw-json-section.tsx';
import { SbcSection } from './sbc-section.tsx';
import { PlainStack } from '../../../components/plain.tsx';

const maxSbcsInColumn = 5;

/**
 * Everything Live Platform knows about one number; nothing in the record is left out.
 * The record is rendered at transition priority, which React works on in slices of a few
 * milliseconds: however big the record, rendering it never holds the main thread in one long task.
 * A page that opens with its record (the navigation's loader had it) is already rendered in the
 * navigation's transition: it renders the record at once (`inTransition`), in one pass and one
 * commit. A record that arrives later is deferred (a deferred value), and until then the page
 * keeps the loading outline it already shows.
 */
export function NumberDetail({
  e164,
  lookup,
  inTransition,
}: {
  e164: string;
  lookup: NumberLookup;
  inTransition: boolean;
}) {
  // Without an initial value, the first render shows the record; later records are deferred.
  const shown = useDeferredValue<NumberLookup | null>(lookup, inTransition ? undefined : null);
  if (shown === null) return <NumberDetailSkeleton label={`Loading ${formatNumber(e164)}`} />;
  // The number's customer is the audience of a demo: its name stays readable, no one else's.
  return (
    <PresentationSubject tenantId={shown.record.tenantId}>
      <NumberDetailSections e164={e164} lookup={shown} />
    </PresentationSubject>
  );
}

// Memoised: the page re-renders around it (recent lookups, refetch state) with the same lookup.
const NumberDetailSections = memo(function NumberDetailSections({
  e164,
  lookup,
}: {
  e164: string;
  lookup: NumberLookup;
}) {
  const number = lookup.record;
  // Microsoft's answer feeds both its own section and the diagnosis.
  const microsoftCheck = useMicrosoftCheck(number);
  const sbcs = <SbcSection number={number} />;
  // A long SBC table gets the page's full width, where its rows fit on one line each.
  const wideSbcs = (number.sbcList?.length ?? 0) > maxSbcsInColumn;
  return (
    <PlainStack gap="md">
      <NumberHeader e164={e164} number={number} />
      <NumberDiagnosis number={number} microsoft={microsoftCheck.mutation.data} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <PlainStack gap="md">
          <CapabilitiesSection number={number} />
          {!wideSbcs && sbcs}
          <CallingProfileSection number={number} />
          <AssignmentChecksSection number={number} />
        </PlainStack>
        <PlainStack gap="md">
          <IdentitySection number={number} />
          <MicrosoftCheckSection number={number} check={microsoftCheck} />
          <EmergencyAddressSection number={number} />
          <DatesSection number={number} />
        </PlainStack>
      </SimpleGrid>
      {wideSbcs && sbcs}
      <RawJsonSection rawBody={lookup.rawBody} otherFields={lookup.otherFields} />
    </PlainStack>
  );
});
