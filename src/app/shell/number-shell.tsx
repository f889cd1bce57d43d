import { Stack } from '@mantine/core';
import { numberShellValue } from '../../config/page-shells.ts';
import { NumberDetailSkeleton } from '../../features/numbers/components/number-detail-skeleton.tsx';
import { AppSearch } from '../search/app-search.tsx';

/**
 * A number's page before its record arrives, for any number: the page of src/app/routes/
 * number-route.tsx, its box holding a stand-in that the server replaces with the address's
 * number (server/page-shells.ts).
 */
export function NumberShell() {
  return (
    <Stack gap="md">
      <AppSearch initialValue={numberShellValue} compact />
      <NumberDetailSkeleton label="Loading the number" />
    </Stack>
  );
}
