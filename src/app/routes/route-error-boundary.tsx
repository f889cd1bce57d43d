import { Stack } from '@mantine/core';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ErrorPanel, errorReport } from '../../components/error-panel.tsx';
import { AppSearch } from '../search/app-search.tsx';
import { NotFoundRoute } from './not-found-route.tsx';

/** The last line of defence: whatever a route throws, the user gets words and a way on. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundRoute />;
  const detail =
    error instanceof Error ? error.message : isRouteErrorResponse(error) ? error.statusText : null;
  return (
    <Stack gap="md">
      <title>Something went wrong · OC Lookup</title>
      <ErrorPanel
        title="Something went wrong on this page"
        whatHappened={`The page hit an unexpected error${detail ? `: ${detail}` : '.'}`}
        whatToDo="reload the page, or look up another number below; if it happens again, copy the error details and send them to the team that runs OC Lookup."
        details={errorReport([
          ['OC Lookup', 'Something went wrong on this page'],
          ['Page', window.location.href],
          ['At', new Date().toISOString()],
          ['Error', detail],
          ['Stack', error instanceof Error ? error.stack : undefined],
        ])}
        onRetry={() => window.location.reload()}
      />
      <AppSearch />
    </Stack>
  );
}
