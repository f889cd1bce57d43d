import { Text } from '@mantine/core';
import { clip, maxShownChars } from '../lib/clip.ts';
import { formatCount } from '../lib/counts.ts';

/** An upstream value as text, cut short when it is far longer than any real value. */
export function ClippedText({ value }: { value: string }) {
  if (value.length <= maxShownChars) return value;
  return (
    <>
      {clip(value)}{' '}
      <Text span size="xs" c="dimmed" ff="body">
        ({formatCount(value.length)} characters: copy to get them all)
      </Text>
    </>
  );
}
