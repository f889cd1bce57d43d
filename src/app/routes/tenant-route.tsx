import { Stack } from '@mantine/core';
import { Navigate, useLocation, useParams } from 'react-router';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { clip } from '../../lib/clip.ts';
import { PresentationSubject, useMasker } from '../../lib/presentation/presentation-mode.tsx';
import { assignmentLabel } from '../../features/numbers/labels/assignment.ts';
import { capabilityName } from '../../features/numbers/labels/capabilities.ts';
import { lifecycleLabel } from '../../features/numbers/labels/lifecycle.ts';
import { formatNumber } from '../../features/numbers/phone.ts';
import { AppSearch } from '../search/app-search.tsx';
import { exampleTenantId, parseTenantId } from '../../features/tenants/tenant-id.ts';
import { tenantPath } from '../../lib/tenant-path.ts';
import type { TenantLabels } from '../../features/tenants/tenant-labels.ts';
import { TenantPage } from '../../features/tenants/tenant-page.tsx';

// The numbers feature owns how values read; the tenant page shows them the same way.
const labels: TenantLabels = {
  lifecycle: lifecycleLabel,
  assignment: assignmentLabel,
  capability: capabilityName,
  formatNumber,
};

/** /tenants/{msTenantId}: a GUID in any spelling opens the page; anything else says what is wrong. */
export function TenantRoute() {
  const input = useParams().tenantId ?? '';
  const { search } = useLocation();
  const parsed = parseTenantId(input);
  const masker = useMasker();
  if (!parsed.ok) {
    return (
      <Stack gap="md">
        <title>Not a tenant id · OC Lookup</title>
        <ErrorPanel
          title="This link does not hold a tenant id"
          color="yellow"
          whatHappened={`The address ends in “${masker.text(clip(input, 100))}”. ${parsed.message}`}
          whatToDo={`Copy the tenant id (Microsoft Entra tenant id, such as ${masker.id(exampleTenantId)}) from the ticket or from a number’s page again, or look up one of the tenant’s numbers below.`}
        />
        <AppSearch />
      </Stack>
    );
  }
  if (tenantPath(parsed.tenantId) !== tenantPath(input)) {
    return <Navigate to={`${tenantPath(parsed.tenantId)}${search}`} replace />;
  }
  // The tenant's customer is the audience of a demo: its name stays readable, no one else's.
  return (
    <PresentationSubject tenantId={parsed.tenantId}>
      <TenantPage key={parsed.tenantId} tenantId={parsed.tenantId} labels={labels} />
    </PresentationSubject>
  );
}
