import { Alert, Code, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { customerOfTenant, customerQueries, type Customer } from '../../api/customers.ts';
import { CopyValueButton } from '../../components/copy-button.tsx';
import { FailedNote } from '../../components/failed-note.tsx';
import { clip } from '../../lib/clip.ts';
import { useMasker } from '../../lib/presentation/presentation-mode.tsx';
import { pageFailure } from './page-failure.ts';

/** The customer whose tenant this is, from Live Platform's customer list (shared, cached). */
export function useTenantCustomer(tenantId: string) {
  const query = useQuery(customerQueries.all());
  const customer = query.data ? customerOfTenant(query.data.data, tenantId) : undefined;
  return { query, customer };
}

export const customerName = (customer: Customer) =>
  clip(customer.CustomerFullName ?? customer.CustomerShortName ?? 'Unnamed customer', 200);

const present = (value: unknown) => value !== null && value !== undefined && value !== '';

type CustomerSummaryProps = { tenantId: string } & ReturnType<typeof useTenantCustomer>;

/** The page's heading: whose tenant it is, its license, and the tenant id to copy. */
export function CustomerSummary({ tenantId, query, customer }: CustomerSummaryProps) {
  const masker = useMasker();
  // In presentation mode the id is shown and copied masked; the customer (the page's subject)
  // keeps its name.
  const shownId = masker.id(tenantId);
  const name = (text: string) => masker.customerName(text, tenantId);
  const facts = customer
    ? [
        customer.CustomerShortName && customer.CustomerShortName !== customer.CustomerFullName
          ? `Short name ${name(customer.CustomerShortName)}`
          : null,
        present(customer.LicenseType) ? `${String(customer.LicenseType)} license` : null,
        present(customer.Status) ? `Status ${String(customer.Status)}` : null,
      ].filter((fact) => fact !== null)
    : [];
  return (
    <Stack gap={6}>
      <Text size="sm" c="dimmed" fw={600}>
        Tenant
      </Text>
      {query.isPending ? (
        <Skeleton height={32} width="40%" aria-label="Loading the customer" />
      ) : (
        <Title order={1} fz={{ base: 'h3', sm: 'h2' }} style={{ overflowWrap: 'anywhere' }}>
          {customer ? name(customerName(customer)) : 'Customer unknown'}
        </Title>
      )}
      {facts.length > 0 && <Text size="sm">{clip(facts.join(' · '), 300)}</Text>}
      {/* The id never breaks (it is a GUID, checked): on a phone it goes under its label whole. */}
      <Group gap={6} wrap="wrap" style={{ rowGap: 2 }}>
        <Text size="sm" c="dimmed">
          Tenant id
        </Text>
        <Group gap={4} wrap="nowrap">
          <Code style={{ whiteSpace: 'nowrap' }}>{shownId}</Code>
          <CopyValueButton value={shownId} label="Copy tenant id" />
        </Group>
      </Group>
      {query.isError && !query.data && (
        <CustomerListFailed
          error={query.error}
          retrying={query.isFetching}
          onRetry={() => void query.refetch()}
        />
      )}
      {query.data && !customer && (
        <Alert color="yellow" variant="light" title="No customer has this tenant id">
          <Text size="sm">
            Live Platform’s customer list has no customer for this tenant, so its name and license
            are unknown. The numbers below are still those Live Platform holds for the tenant. If
            the ticket names a customer, check the tenant id in it.
          </Text>
        </Alert>
      )}
    </Stack>
  );
}

type CustomerListFailedProps = { error: unknown; retrying: boolean; onRetry: () => void };

function CustomerListFailed({ error, retrying, onRetry }: CustomerListFailedProps) {
  return (
    <FailedNote onRetry={onRetry} retrying={retrying}>
      Could not load the customer’s name: {pageFailure(error).why}. The numbers still load.
    </FailedNote>
  );
}
