/*
 * The floor of `npm run bench` (issue 9): the smallest app on OC Lookup's stack, built the same
 * way and served by the same server. React, a Mantine provider with a text input and a badge,
 * TanStack Query, React Router, zod/mini and libphonenumber-js/min: a number typed, parsed,
 * looked up in the API and shown. Nothing else, so that what OC Lookup weighs and costs beyond
 * it is OC Lookup's own.
 */
import './styles.ts';
import { Badge, MantineProvider, TextInput } from '@mantine/core';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider, useNavigate, useParams } from 'react-router';
import * as z from 'zod/mini';

const numberSchema = z.object({
  telephoneNumber: z.string(),
  source: z.optional(z.nullable(z.string())),
});

function SearchPage() {
  const [text, setText] = useState('');
  const navigate = useNavigate();
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = parsePhoneNumberFromString(text, 'GB');
        if (parsed?.isValid()) void navigate(`/numbers/${parsed.number}`);
      }}
    >
      <TextInput
        label="Phone number"
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
      />
    </form>
  );
}

function NumberPage() {
  const { phone = '' } = useParams();
  const lookup = useQuery({
    queryKey: ['number', phone],
    queryFn: async ({ signal }) => {
      const response = await fetch(`/api/v2/oc/numbers/${encodeURIComponent(phone)}`, { signal });
      if (!response.ok) throw new Error(`HTTP ${String(response.status)}`);
      return numberSchema.parse(await response.json());
    },
  });
  return (
    <main>
      <h1>{parsePhoneNumberFromString(phone)?.formatInternational() ?? phone}</h1>
      <Badge>{lookup.data?.source ?? (lookup.isError ? 'Failed' : 'Loading')}</Badge>
    </main>
  );
}

const router = createBrowserRouter([
  { path: '/', element: <SearchPage /> },
  { path: '/numbers/:phone', element: <NumberPage /> },
]);
const queryClient = new QueryClient();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <MantineProvider>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </StrictMode>,
  );
}
