import { Anchor, AppShell, Badge, Container, Group, Text, Tooltip } from '@mantine/core';
import { useWindowEvent } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, Outlet } from 'react-router';
import { appConfigQuery } from '../../config/app-config.ts';
import { paths } from '../../config/paths.ts';
import { searchInputId } from '../../features/numbers/components/search-form.tsx';
import { ColorSchemeMenu } from './color-scheme-menu.tsx';
import { CurrentUser } from './current-user.tsx';
import { PresentationModeBanner, PresentationModeSwitch } from './presentation-mode-switch.tsx';

export function focusSearch() {
  const input = document.getElementById(searchInputId);
  if (input instanceof HTMLInputElement) {
    input.focus();
    input.select();
  }
}

// Header and page share one gutter, so the logo and the content line up at every width.
const gutter = { base: 'sm', sm: 'md' };

// By the character, not the key: on many layouts (German, French, Nordic) "/" needs Shift.
function focusSearchOnSlash(event: KeyboardEvent) {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  ) {
    return;
  }
  event.preventDefault();
  focusSearch();
}

/** The frame of every page: name, mode, colour scheme, and the "/" shortcut to the search box. */
export function AppLayout() {
  useWindowEvent('keydown', focusSearchOnSlash);
  return (
    <AppShell header={{ height: 56 }}>
      <AppShell.Header>
        <Container size="lg" h="100%" px={gutter}>
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Anchor component={Link} to={paths.home} underline="never" c="inherit" fw={700} fz="lg">
              <Group gap={8} wrap="nowrap">
                <img src="/favicon.svg" alt="" width={26} height={26} />
                <Text span fw={700} fz="lg">
                  OC Lookup
                </Text>
              </Group>
            </Anchor>
            <Group gap="xs" wrap="nowrap">
              <ModeBadge />
              <CurrentUser />
              <PresentationModeSwitch />
              <ColorSchemeMenu />
            </Group>
          </Group>
        </Container>
      </AppShell.Header>
      <AppShell.Main>
        <Container size="lg" px={gutter} py="md">
          <PresentationModeBanner />
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}

function ModeBadge() {
  const { data } = useQuery(appConfigQuery);
  if (data?.mode === 'live') {
    return (
      <Tooltip label="Answers come from this Live Platform" withArrow>
        <Badge color="teal" variant="light" size="lg" radius="sm" tt="none" visibleFrom="xs">
          Live · {data.liveHost}
        </Badge>
      </Tooltip>
    );
  }
  if (data?.mode !== 'demo') return null;
  return (
    <Tooltip
      label="Answers come from the built-in demo sandbox, not from Live Platform"
      withArrow
      multiline
      maw={260}
    >
      <Badge color="grape" variant="light" size="lg" radius="sm" tt="none">
        Demo data
      </Badge>
    </Tooltip>
  );
}
