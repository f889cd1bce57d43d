import { Card, Group, SimpleGrid, Skeleton, Stack } from '@mantine/core';

function CardSkeleton({ rows }: { rows: number }) {
  return (
    <Card withBorder radius="md" padding="md">
      <Skeleton height={22} width="40%" mb="md" />
      <Stack gap="sm">
        {Array.from({ length: rows }, (_, index) => (
          <Skeleton key={index} height={34} />
        ))}
      </Stack>
    </Card>
  );
}

/** The detail layout in outline, so nothing jumps when the record arrives. */
export function NumberDetailSkeleton({ label }: { label: string }) {
  return (
    <Stack gap="md" role="status" aria-busy="true" aria-label={label}>
      <Card withBorder radius="md" padding="lg">
        <Skeleton height={36} width={260} mb="sm" />
        <Skeleton height={18} width={160} mb="md" />
        <Group gap="xs">
          <Skeleton height={26} width={150} />
          <Skeleton height={26} width={190} />
        </Group>
      </Card>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Stack gap="md">
          <CardSkeleton rows={5} />
          <CardSkeleton rows={2} />
        </Stack>
        <Stack gap="md">
          <CardSkeleton rows={9} />
          <CardSkeleton rows={4} />
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
