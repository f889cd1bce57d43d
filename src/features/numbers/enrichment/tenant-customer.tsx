import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { clip } from '../../../lib/clip.ts';
import { useMasker } from '../../../lib/presentation/presentation-mode.tsx';
import { tenantPath } from '../../../lib/tenant-path.ts';
import { PartFailed, PartLoading } from './part-states.tsx';
import { useCustomer } from './use-enrichment.ts';
import { PlainText } from '../../../components/plain.tsx';

/** Whose tenant this is: the customer's full name linking to the tenant page, short name, license. */
export function TenantCustomer({ tenantId }: { tenantId: string }) {
  const { query, customer } = useCustomer(tenantId);
  const masker = useMasker();
  if (query.isPending) return <PartLoading label="Loading the customer…" />;
  if (query.isError && !query.data) {
    return (
      <PartFailed
        what="Could not load the customer"
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
        failedAt={query.errorUpdatedAt}
      />
    );
  }
  if (!customer) {
    return (
      <PlainText size="sm" c="dimmed" fs="italic">
        No Live Platform customer has this tenant id.
      </PlainText>
    );
  }
  const fullName = customer.CustomerFullName ?? customer.CustomerShortName;
  const name = fullName ? masker.customerName(fullName, tenantId) : 'Unnamed customer';
  const extra = [
    customer.CustomerShortName && customer.CustomerShortName !== fullName
      ? masker.customerName(customer.CustomerShortName, tenantId)
      : null,
    customer.LicenseType === null || customer.LicenseType === undefined
      ? null
      : `${String(customer.LicenseType)} license`,
  ].filter(Boolean);
  return (
    <PlainText size="sm" component="div">
      Customer:{' '}
      <Anchor component={Link} to={tenantPath(tenantId)} fw={600} size="sm">
        {clip(name, 200)}
      </Anchor>
      {extra.length > 0 && (
        <PlainText span size="sm" c="dimmed">
          {' '}
          ({clip(extra.join(', '), 200)})
        </PlainText>
      )}
    </PlainText>
  );
}
