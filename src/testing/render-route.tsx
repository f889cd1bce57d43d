import type { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { Providers } from '../app/providers.tsx';
import { appRoutes } from '../app/router.tsx';
import { createQueryClient } from '../lib/query-client.ts';

// The pages the router loads on demand (src/app/router.tsx), loaded once per test file here: a
// first import in a test transforms a large module graph, which on busy cores outlasts the
// default wait of findBy… queries. Loaded, they resolve at once, as in a browser with the chunk.
await Promise.all([
  import('../app/routes/number-route.tsx'),
  import('../app/routes/tenant-route.tsx'),
  import('../app/routes/batch-route.tsx'),
]);

/** The app's own query client, without retries unless a test asks for them. */
export function createTestQueryClient({ retry = false }: { retry?: boolean } = {}) {
  const client = createQueryClient();
  const defaults = client.getDefaultOptions();
  client.setDefaultOptions({
    ...defaults,
    queries: { ...defaults.queries, ...(retry ? {} : { retry: false }) },
  });
  return client;
}

const Nothing = () => null;

/** Renders the whole app at a URL, with a fresh query client and an in-memory history. */
export function renderRoute(url: string, queryClient: QueryClient = createTestQueryClient()) {
  // The app renders once its router is initialised, the prerendered shell on screen until then
  // (src/app/start.tsx); here the router renders at once, so it is told to show nothing meanwhile.
  const routes = appRoutes(queryClient).map((route) => ({ ...route, HydrateFallback: Nothing }));
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const user = userEvent.setup({ delay: null });
  const view = render(
    <Providers queryClient={queryClient} env="test">
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...view, router, user, queryClient };
}
