import { SimpleGrid, Stack } from '@mantine/core';
import type { NumberLookup } from '../number-queries.ts';
import { AssignmentChecksSection } from './assignment-checks-section.tsx';
import { CapabilitiesSection } from './capabilities-section.tsx';
import { DatesSection } from './dates-section.tsx';
import { IdentitySection } from './identity-section.tsx';
import { NumberHeader } from './number-header.tsx';
import { RawJsonSection } from './raw-json-section.tsx';
import { SbcSection } from './sbc-section.tsx';

/** Everything Live Platform knows about one number; nothing in the record is left out. */
export function NumberDetail({ e164, lookup }: { e164: string; lookup: NumberLookup }) {
  const number = lookup.record;
  return (
    <Stack gap="md">
      <NumberHeader e164={e164} number={number} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Stack gap="md">
          <CapabilitiesSection number={number} />
          <SbcSection number={number} />
          <AssignmentChecksSection number={number} />
        </Stack>
        <Stack gap="md">
          <IdentitySection number={number} />
          <DatesSection number={number} />
        </Stack>
      </SimpleGrid>
      <RawJsonSection rawBody={lookup.rawBody} otherFields={lookup.otherFields} />
    </Stack>
  );
}
