import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { appConfigQuery } from '../config/app-config.ts';
import { paths } from '../config/paths.ts';
import { AppLayout } from './layout/app-layout.tsx';
import { HomeRoute } from './routes/home-route.tsx';
import { NotFoundRoute } from './routes/not-found-route.tsx';
import { numberLoader } from './routes/number-loader.ts';
import { NumberRoute } from './routes/number-route.tsx';
import { RouteErrorBoundary } from './routes/route-error-boundary.tsx';
import { TenantRoute } from './routes/tenant-route.tsx';
import { tenantPattern } from '../lib/tenant-path.ts';

export function appRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      element: <AppLayout />,
      // Also catches a failure of the layout itself; routes below have their own boundary.
      errorElement: <RouteErrorBoundary />,
      // Starts in parallel with the page's own data; the mode badge and demo lists need it.
      loader: () => {
        queryClient.query(appConfigQuery).catch(() => undefined);
        return null;
      },
      children: [
        {
          errorElement: <RouteErrorBoundary />,
          children: [
            { path: paths.home, element: <HomeRoute /> },
            {
              path: paths.numberPattern,
              element: <NumberRoute />,
              loader: numberLoader(queryClient),
            },
            { path: tenantPattern, element: <TenantRoute /> },
            // Its own chunk (the table, the queue, CSV): the start and number pages load without it.
            {
              path: paths.batch,
              lazy: () =>
                import('./routes/batch-route.tsx').then((module) => ({
                  Component: module.BatchRoute,
                })),
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
