import { Anchor, AppShell, Badge, Container, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, Outlet } from 'react-router';
import { LazyTooltip, useLazyTooltip } from '../../components/lazy-tooltip.tsx';
import { PlainGroup } from '../../components/plain.tsx';
import { appConfigQuery } from '../../config/app-config.ts';
import { paths } from '../../config/paths.ts';
import { BatchLink, ShortcutsButton } from '../shortcuts/header-links.tsx';
import { ShortcutProvider } from '../shortcuts/shortcut-context.tsx';
import { Shortcuts } from '../shortcuts/shortcuts.tsx';
import { ColorSchemeMenu } from './color-scheme-menu.tsx';
import { CurrentUser } from './current-user.tsx';
import { PresentationModeBanner, PresentationModeSwitch } from './presentation-mode-switch.tsx';

// Header and page share one gutter, so the logo and the content line up at every width.
const gutter = { base: 'sm', sm: 'md' };

/** The frame of every page: name, mode, colour scheme, the batch page and the shortcuts. */
export function AppLayout() {
  return (
    <ShortcutProvider>
      <AppShell header={{ height: 56 }}>
        <AppShell.Header>
          <Container size="lg" h="100%" px={gutter}>
            <PlainGroup justify="space-between" wrap="nowrap" style={{ height: '100%' }}>
              {/* The mode badge follows the name, not the buttons: it appears once the app's
                  settings arrive, and there it moves nothing that is already on screen. */}
              <PlainGroup gap="sm" wrap="nowrap">
                <Anchor
                  component={Link}
                  to={paths.home}
                  underline="never"
                  c="inherit"
                  fw={700}
                  fz="lg"
                  // Named the same at every width: on a phone the logo stands alone.
                  aria-label="OC Lookup"
                >
                  <PlainGroup gap={8} wrap="nowrap">
                    <img src="/favicon.svg" alt="" width={26} height={26} />
                    {/* Below 576 px the header's buttons need the room (batch, presentation, scheme). */}
                    <Text span fw={700} fz="lg" visibleFrom="xs">
                      OC Lookup
                    </Text>
                  </PlainGroup>
                </Anchor>
                <ModeBadge />
              </PlainGroup>
              <PlainGroup gap="xs" wrap="nowrap">
                <CurrentUser />
                <BatchLink />
                <ShortcutsButton />
                <PresentationModeSwitch />
                <ColorSchemeMenu />
              </PlainGroup>
            </PlainGroup>
          </Container>
        </AppShell.Header>
        <AppShell.Main>
          <Container size="lg" px={gutter} py="md">
            <PresentationModeBanner />
            <Outlet />
          </Container>
        </AppShell.Main>
      </AppShell>
      <Shortcuts />
    </ShortcutProvider>
  );
}

/** Where the answers come from, on every page: demo answers must never pass for live ones. */
function ModeBadge() {
  const { data } = useQuery(appConfigQuery);
  const tooltip = useLazyTooltip<HTMLDivElement>();
  const mode =
    data?.mode === 'live'
      ? {
          color: 'teal',
          text: `Live · ${data.liveHost}`,
          about: 'Answers come from this Live Platform',
          // Below 576 px the header's buttons need the room; the demo badge stays (it warns).
          visibleFrom: 'xs',
        }
      : data?.mode === 'demo'
        ? {
            color: 'grape',
            text: 'Demo data',
            about: 'Answers come from the built-in demo sandbox, not from Live Platform',
            visibleFrom: undefined,
          }
        : null;
  if (!mode) return null;
  return (
    <>
      <Badge
        {...tooltip.targetProps}
        color={mode.color}
        variant="light"
        size="lg"
        radius="sm"
        tt="none"
        visibleFrom={mode.visibleFrom}
      >
        {mode.text}
      </Badge>
      <LazyTooltip {...tooltip.tooltipProps} label={mode.about} withArrow multiline maw={260} />
    </>
  );
}
