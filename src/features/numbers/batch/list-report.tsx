import { Alert, List, Spoiler, Text } from '@mantine/core';
import { memo } from 'react';
import { countOf, formatCount } from '../../../lib/counts.ts';
import { clip } from '../../../lib/clip.ts';
import type { BatchList } from './batch-list.ts';

// Past this many, the rest of the refused items are counted, not listed.
const maxListed = 200;

/**
 * How the list was read: how many numbers, duplicates merged, items that are not numbers.
 * Memoised: the list does not change while its numbers are looked up.
 */
export const ListReport = memo(function ListReport({ list }: { list: BatchList }) {
  const facts = [
    countOf(list.numbers.length, 'number', 'numbers'),
    list.duplicates > 0 && `${countOf(list.duplicates, 'duplicate', 'duplicates')} merged`,
    list.invalid.length > 0 && `${countOf(list.invalid.length, 'item', 'items')} not a number`,
    list.overLimit > 0 &&
      `${formatCount(list.overLimit)} more left out (at most ${formatCount(list.numbers.length)} a batch)`,
  ].filter(Boolean);
  return (
    <div>
      <Text size="sm" fw={500}>
        {facts.join(' · ')}
      </Text>
      {list.invalid.length > 0 && (
        <Alert color="yellow" variant="light" mt="xs" p="xs" title="Not looked up">
          <Spoiler maxHeight={110} showLabel="Show all" hideLabel="Show fewer">
            <List size="sm" spacing={2}>
              {list.invalid.slice(0, maxListed).map((item, index) => (
                <List.Item key={index}>
                  Line {item.line}: “{clip(item.text, 60)}”: {item.message}
                </List.Item>
              ))}
            </List>
            {list.invalid.length > maxListed && (
              <Text size="sm" mt={4}>
                and {formatCount(list.invalid.length - maxListed)} more
              </Text>
            )}
          </Spoiler>
        </Alert>
      )}
    </div>
  );
});
