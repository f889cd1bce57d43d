import { Button, Group, Stack, Text } from '@mantine/core';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { SearchForm } from '../../features/numbers/components/search-form.tsx';
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
      <ErrorPanel title="Something went wrong on this page">
        <Text size="sm">
          The page hit an unexpected error{detail ? `: ${detail}` : '.'} Reload it, or look up
          another number.
        </Text>
        <Group mt="sm">
          <Button variant="default" onClick={() => window.location.reload()}>
            Reload the page
          </Button>
        </Group>
      </ErrorPanel>
      <SearchForm />
    </Stack>
  );
}
