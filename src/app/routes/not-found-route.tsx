import { Anchor, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { paths } from '../../config/paths.ts';
import { AppSearch } from '../search/app-search.tsx';

export function NotFoundRoute() {
  return (
    <Stack gap="md">
      <title>Page not found · OC Lookup</title>
      <ErrorPanel
        title="Page not found"
        color="yellow"
        whatHappened="There is no page at this address in OC Lookup."
        whatToDo={
          <>
            look up a number below, or go to the{' '}
            <Anchor
              component={Link}
              to={paths.home}
              inherit
              c="inherit"
              underline="always"
              fw={600}
            >
              start page
            </Anchor>
            .
          </>
        }
      />
      <AppSearch autoFocus />
    </Stack>
  );
}
