import { Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useDeferredValue, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { formatCount } from '../../lib/counts.ts';
import { useMasker } from '../../lib/presentation/presentation-mode.tsx';
import { CustomerSummary, customerName, useTenantCustomer } from './customer-summary.tsx';
import { facetOptions, filterAndSort } from './filter-rows.ts';
import { LoadProgress } from './load-progress.tsx';
import { NumberFilters, type FilterChoice } from './number-filters.tsx';
import { NumbersTable } from './numbers-table.tsx';
import { StatusCounts } from './status-counts.tsx';
import { readTableState, writeTableState, type TableState } from './table-state.ts';
import type { TenantLabels } from './tenant-labels.ts';
import { toRow, type TenantRow } from './tenant-rows.ts';
import { useTenantNumbers } from './use-tenant-numbers.ts';

// Narrower than Mantine's `sm` breakpoint (48em): one stacked cell a number, not five columns.
const narrowQuery = 'not all and (min-width: 48em)';

type TenantPageProps = { tenantId: string; labels: TenantLabels };

/** A tenant: whose it is, how its numbers stand, and every number, filtered as the URL says. */
export function TenantPage({ tenantId, labels }: TenantPageProps) {
  const customer = useTenantCustomer(tenantId);
  const masker = useMasker();
  const load = useTenantNumbers(tenantId);
  const [params, setParams] = useSearchParams();
  const state = readTableState(params);
  // Typing stays quick: the table follows at transition priority.
  const shownState = useDeferredValue(state);
  const stacked = useMediaQuery(narrowQuery, false, { getInitialValueInEffect: false });

  const rows = useMemo(() => load.numbers.map((n) => toRow(n, labels)), [load.numbers, labels]);
  const shown = useMemo(() => filterAndSort(rows, shownState), [rows, shownState]);
  const choices = useMemo(() => filterChoices(rows), [rows]);

  const change = (changes: Partial<TableState>) => {
    setParams((current) => writeTableState(current, changes), { replace: true });
  };
  // The title too: in presentation mode the tenant id is masked (the customer's name is not).
  const name = customer.customer
    ? masker.customerName(customerName(customer.customer), tenantId)
    : `Tenant ${masker.id(tenantId)}`;
  const loaded = rows.length;
  const done = load.state.kind === 'done';

  return (
    <Stack gap="lg">
      <title>{`${name} · OC Lookup`}</title>
      <CustomerSummary tenantId={tenantId} {...customer} />
      <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }}>
        <Stack gap="md">
          <Title order={2} fz="h4">
            Numbers
          </Title>
          <LoadProgress
            state={load.state}
            loaded={loaded}
            total={load.total}
            totalPages={load.totalPages}
            onStop={load.stop}
            onResume={load.resume}
            onRetry={load.retry}
          />
          {loaded === 0 && load.state.kind === 'loading' && (
            <Stack gap={6} aria-hidden>
              {[0, 1, 2, 3, 4].map((row) => (
                <Skeleton key={row} height={32} />
              ))}
            </Stack>
          )}
          {loaded === 0 && !done ? null : done && loaded === 0 ? (
            <Text size="sm">
              Live Platform holds no numbers for this tenant. If the customer says it has some,
              check the tenant id in the ticket, or whether its numbers were uploaded yet.
            </Text>
          ) : (
            <>
              <StatusCounts
                groups={choices.filter(({ key }) => key === 'lifecycle' || key === 'assignment')}
                selected={(key) => state[key]}
                onSelect={(key, value) => change({ [key]: value })}
                partial={!done}
              />
              <NumberFilters state={state} choices={choices} onChange={change} showSort={stacked} />
              <Text size="sm" role="status" fw={500}>
                {shown.length === loaded
                  ? `Showing all ${formatCount(loaded)} ${done ? '' : 'loaded '}numbers`
                  : `Showing ${formatCount(shown.length)} of ${formatCount(loaded)} ${done ? '' : 'loaded '}numbers`}
              </Text>
              {shown.length > 0 ? (
                <NumbersTable
                  rows={shown}
                  label={`Numbers of ${name}`}
                  state={state}
                  stacked={stacked}
                  onSort={(sort) =>
                    change({
                      sort,
                      order: state.sort === sort && state.order === 'asc' ? 'desc' : 'asc',
                    })
                  }
                />
              ) : (
                loaded > 0 && (
                  <Text size="sm" c="dimmed">
                    No loaded number matches these filters.
                  </Text>
                )
              )}
            </>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}

const labelOf = {
  lifecycle: (row: TenantRow) => row.lifecycle.label,
  assignment: (row: TenantRow) => row.assignment.label,
  capability: (row: TenantRow, value: string) =>
    row.capabilities.find((c) => c.raw === value)?.label ?? value,
  country: (row: TenantRow) => row.countryName,
};

function filterChoices(rows: readonly TenantRow[]): FilterChoice[] {
  return [
    {
      key: 'lifecycle',
      label: 'Lifecycle',
      options: facetOptions(rows, 'lifecycle', labelOf.lifecycle),
    },
    {
      key: 'assignment',
      label: 'Assignment',
      options: facetOptions(rows, 'assignment', labelOf.assignment),
    },
    {
      key: 'capability',
      label: 'Capability',
      options: facetOptions(rows, 'capability', labelOf.capability),
    },
    { key: 'country', label: 'Country', options: facetOptions(rows, 'country', labelOf.country) },
  ];
}
