import { Anchor, Box, Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { appConfigQuery } from '../../config/app-config.ts';
import { currentUserQuery } from '../../config/current-user.ts';

/**
 * In live mode: who is signed in, and the way out. Sign-out is a form POST (a full page load: the
 * server ends the session), which the server accepts from this origin only; a link would be a GET,
 * and any other site could make a browser send that.
 */
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
      <Box component="form" method="post" action="/auth/logout" display="flex">
        <Anchor component="button" type="submit" size="sm" style={{ whiteSpace: 'nowrap' }}>
          Sign out
        </Anchor>
      </Box>
    </Group>
  );
}
