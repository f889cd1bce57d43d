import { Anchor, Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { appConfigQuery } from '../../config/app-config.ts';
import { currentUserQuery } from '../../config/current-user.ts';

/** In live mode: who is signed in, and the way out (a full page load: the server ends it). */
export function CurrentUser() {
  const { data: config } = useQuery(appConfigQuery);
  const live = config?.mode === 'live';
  const { data: user } = useQuery({ ...currentUserQuery, enabled: live });
  if (!live || !user) return null;
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" fw={500} visibleFrom="sm" truncate maw={180} title={user.email ?? user.name}>
        {user.name}
      </Text>
      <Anchor href="/auth/logout" size="sm">
        Sign out
      </Anchor>
    </Group>
  );
}
