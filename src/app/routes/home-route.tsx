import { Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Navigate, useLocation } from 'react-router';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { PlainStack, PlainText } from '../../components/plain.tsx';
import { appConfigQuery } from '../../config/app-config.ts';
import { DemoNumbersList } from '../../features/numbers/components/demo-numbers-list.tsx';
import { RecentLookupsList } from '../../features/numbers/components/recent-lookups-list.tsx';
import { readDefaultCountry } from '../../features/numbers/default-country.ts';
import { clip } from '../../lib/clip.ts';
import { AppSearch } from '../search/app-search.tsx';
import { readLaunchTarget } from '../shortcuts/launch-target.ts';
import { TelHandlerOffer } from '../shortcuts/tel-handler-offer.tsx';

const problemTitle = {
  tel: 'This tel: link does not hold a phone number',
  q: 'That search is not a phone number',
} as const;

/**
 * The start page. Opened by a tel: link (?tel=) or an address-bar search (?q=), it goes on to
 * the number's or tenant's page, or keeps the text in the box and says what is wrong with it.
 */
export function HomeRoute() {
  const { search } = useLocation();
  const target = readLaunchTarget(search, readDefaultCountry());
  if (target.kind === 'go') return <Navigate to={target.path} replace />;
  const text = target.kind === 'search' ? target.text : '';
  const problem = target.kind === 'search' ? target.problem : null;
  return (
    <Stack gap="lg" maw={880} mx="auto" pt={{ base: 'xs', sm: 'xl' }}>
      <title>OC Lookup</title>
      <div>
        <Title order={1} size="h2">
          Look up an Operator Connect number
        </Title>
        <PlainText c="dimmed" mt={4}>
          Capabilities, SBCs, lifecycle, Teams assignment, tenant and dates: everything Live
          Platform knows.
        </PlainText>
      </div>
      {problem && (
        <ErrorPanel
          title={problemTitle[problem.from]}
          color="yellow"
          whatHappened={`It reads “${clip(text, 100)}”. ${problem.message}`}
          whatToDo="correct the number in the search box below, or copy it from the ticket again."
        />
      )}
      {/* A Paper, not a Card (which clips what overflows it): the customer list hangs below. */}
      <Paper withBorder radius="md" p="lg">
        <AppSearch key={search} initialValue={text} autoFocus />
      </Paper>
      <TelHandlerOffer />
      <HomeLists />
    </Stack>
  );
}

function HomeLists() {
  const { data: config } = useQuery(appConfigQuery);
  const demo = config?.mode === 'demo';
  return (
    <SimpleGrid cols={{ base: 1, sm: demo ? 2 : 1 }} spacing="lg">
      {demo && (
        <PlainStack gap="lg">
          <DemoNumbersList
            title="Demo numbers"
            intro="Sample records from the built-in sandbox."
            numbers={config.featuredNumbers}
          />
          <DemoNumbersList
            title="Failure scenarios"
            intro="Reserved numbers that make the sandbox fail in one way each."
            numbers={config.reservedNumbers}
          />
        </PlainStack>
      )}
      <RecentLookupsList />
    </SimpleGrid>
  );
}
