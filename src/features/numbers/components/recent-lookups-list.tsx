import { Button } from '@mantine/core';
import {
  PlainGroup,
  PlainLink,
  PlainList,
  PlainStack,
  PlainText,
} from '../../../components/plain.tsx';
import { paths } from '../../../config/paths.ts';
import { useRecentLookups } from '../recent-lookups.ts';
import { formatNumber } from '../phone.ts';

/** The last numbers looked up in this browser (kept in localStorage only), in plain elements as DemoNumbersList. */
export function RecentLookupsList() {
  const { items, clear } = useRecentLookups();
  return (
    <PlainStack gap="xs" component="section" aria-labelledby="recent-lookups-title">
      <PlainGroup justify="space-between" align="center">
        <PlainText fw={600} component="h2" size="md" id="recent-lookups-title">
          Recent lookups
        </PlainText>
        {items.length > 0 && (
          <Button variant="subtle" size="compact-xs" color="gray" onClick={clear}>
            Clear
          </Button>
        )}
      </PlainGroup>
      {items.length === 0 ? (
        <PlainText size="sm" c="dimmed">
          Numbers you look up appear here, in this browser only.
        </PlainText>
      ) : (
        <PlainList gap={4}>
          {items.map((e164) => (
            <li key={e164}>
              <PlainLink to={paths.number(e164)} ff="monospace" size="sm">
                {formatNumber(e164)}
              </PlainLink>
            </li>
          ))}
        </PlainList>
      )}
    </PlainStack>
  );
}
