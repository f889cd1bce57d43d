import type { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { Providers } from '../app/providers.tsx';
import { appRoutes } from '../app/router.tsx';
import { createQueryClient } from '../lib/query-client.ts';

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

/** Renders the whole app at a URL, with a fresh query client and an in-memory history. */
export function renderRoute(url: string, queryClient: QueryClient = createTestQueryClient()) {
  const router = createMemoryRouter(appRoutes(queryClient), { initialEntries: [url] });
  const user = userEvent.setup({ delay: null });
  const view = render(
    <Providers queryClient={queryClient} env="test">
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...view, router, user, queryClient };
}
