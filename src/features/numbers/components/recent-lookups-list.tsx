import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { useRecentLookups } from '../recent-lookups.ts';
import { formatNumber } from '../phone.ts';

/** The last numbers looked up in this browser (kept in localStorage only). */
export function RecentLookupsList() {
  const { items, clear } = useRecentLookups();
  return (
    <Stack gap="xs" component="section" aria-labelledby="recent-lookups-title">
      <Group justify="space-between" align="center">
        <Text fw={600} component="h2" size="md" id="recent-lookups-title">
          Recent lookups
        </Text>
        {items.length > 0 && (
          <Button variant="subtle" size="compact-xs" color="gray" onClick={clear}>
            Clear
          </Button>
        )}
      </Group>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          Numbers you look up appear here, in this browser only.
        </Text>
      ) : (
        <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((e164) => (
            <li key={e164}>
              <Anchor component={Link} to={paths.number(e164)} ff="monospace" size="sm">
                {formatNumber(e164)}
              </Anchor>
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
