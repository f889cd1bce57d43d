import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { appConfigQuery } from '../../config/app-config.ts';
import { DemoNumbersList } from '../../features/numbers/components/demo-numbers-list.tsx';
import { RecentLookupsList } from '../../features/numbers/components/recent-lookups-list.tsx';
import { AppSearch } from '../search/app-search.tsx';

export function HomeRoute() {
  const { data: config } = useQuery(appConfigQuery);
  const demo = config?.mode === 'demo';
  return (
    <Stack gap="lg" maw={880} mx="auto" pt={{ base: 'xs', sm: 'xl' }}>
      <title>OC Lookup</title>
      <div>
        <Title order={1} size="h2">
          Look up an Operator Connect number
        </Title>
        <Text c="dimmed" mt={4}>
          Capabilities, SBCs, lifecycle, Teams assignment, tenant and dates: everything Live
          Platform knows.
        </Text>
      </div>
      {/* A Paper, not a Card (which clips what overflows it): the customer list hangs below. */}
      <Paper withBorder radius="md" p="lg">
        <AppSearch autoFocus />
      </Paper>
      <SimpleGrid cols={{ base: 1, sm: demo ? 2 : 1 }} spacing="lg">
        {demo && (
          <Stack gap="lg">
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
          </Stack>
        )}
        <RecentLookupsList />
      </SimpleGrid>
    </Stack>
  );
}
