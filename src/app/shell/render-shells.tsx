/*
 * Build-time only (build/prerender-shells.ts): the page frame of each kind of address, rendered to
 * HTML so a cold link paints the header, the search box and the page's outline before any
 * JavaScript has run (issue 9). The app then renders over it (src/main.tsx); every shell is what
 * that first render shows with no data yet, so nothing flashes or moves when it does.
 */
import { StrictMode, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import type { ShellKind } from '../../config/page-shells.ts';
import { createQueryClient } from '../../lib/query-client.ts';
import { AppLayout } from '../layout/app-layout.tsx';
import { Providers } from '../providers.tsx';
import { HomeRoute } from '../routes/home-route.tsx';
import { NumberShell } from './number-shell.tsx';

const shellPages: Record<ShellKind, { path: string; page: ReactNode }> = {
  home: { path: '/', page: <HomeRoute /> },
  number: { path: '/numbers/shell', page: <NumberShell /> },
  frame: { path: '/shell', page: null },
};

// A page's <title> belongs in the head, where index.html has one. The shell's buttons do nothing
// until the app runs, and say so to assistive technology (and to a test's click, which waits for
// the app's button); they look the same. What is typed into the search box, and Enter, are
// carried into the app's (shell-hand-off.tsx).
const asShell = (html: string) =>
  html.replace(/<title>[^<]*<\/title>/g, '').replace(/<button\b/g, '<button aria-disabled="true"');

async function renderShell(kind: ShellKind): Promise<string> {
  const { path, page } = shellPages[kind];
  const queryClient = createQueryClient();
  const handler = createStaticHandler([
    { element: <AppLayout />, children: [{ path, element: page }] },
  ]);
  const context = await handler.query(new Request(`http://localhost${path}`));
  if (context instanceof Response) throw new Error(`shell ${kind}: a redirect at ${path}`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <StrictMode>
      <Providers queryClient={queryClient}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </Providers>
    </StrictMode>,
  );
  queryClient.clear();
  return asShell(html);
}

/** The HTML of every shell, by kind. */
export async function renderShells(): Promise<Record<ShellKind, string>> {
  return {
    home: await renderShell('home'),
    number: await renderShell('number'),
    frame: await renderShell('frame'),
  };
}
