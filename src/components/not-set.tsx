import { Text } from '@mantine/core';

/** The one way an absent (null or missing) value reads everywhere. */
export function NotSet() {
  return (
    <Text span c="dimmed" fs="italic" size="sm">
      Not set
    </Text>
  );
}
