import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { appConfigQuery } from '../config/app-config.ts';
import { paths } from '../config/paths.ts';
import { AppLayout } from './layout/app-layout.tsx';
import { HomeRoute } from './routes/home-route.tsx';
import { NotFoundRoute } from './routes/not-found-route.tsx';
import { numberLoader } from './routes/number-loader.ts';
import { RouteErrorBoundary } from './routes/route-error-boundary.tsx';
import { waitBriefly } from './routes/wait-for-data.ts';
import { tenantPattern } from '../lib/tenant-path.ts';

export function appRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      element: <AppLayout />,
      // Also catches a failure of the layout itself; routes below have their own boundary.
      errorElement: <RouteErrorBoundary />,
      // Starts in parallel with the page's own data; the mode badge and demo lists need it. The
      // first page waits a little for it, so that the lists it brings are in the page's first
      // render instead of arriving after it and moving what is below them.
      loader: async () => {
        await waitBriefly(queryClient.query(appConfigQuery));
        return null;
      },
      children: [
        {
          errorElement: <RouteErrorBoundary />,
          children: [
            { path: paths.home, element: <HomeRoute /> },
            // Each page but the start page is its own chunk, loaded when it is opened (a number's
            // page is also preloaded by its prerendered shell: build/prerender-shells.ts). The
            // number's loader is not in the chunk: it starts the fetch while the chunk loads.
            {
              path: paths.numberPattern,
              loader: numberLoader(queryClient),
              lazy: {
                Component: async () => (await import('./routes/number-route.tsx')).NumberRoute,
              },
            },
            {
              path: tenantPattern,
              lazy: {
                Component: async () => (await import('./routes/tenant-route.tsx')).TenantRoute,
              },
            },
            {
              path: paths.batch,
              lazy: {
                Component: async () => (await import('./routes/batch-route.tsx')).BatchRoute,
              },
            },
            { path: '*', element: <NotFoundRoute /> },
          ],
        },
      ],
    },
  ];
}

export const createAppRouter = (queryClient: QueryClient) =>
  createBrowserRouter(appRoutes(queryClient));
