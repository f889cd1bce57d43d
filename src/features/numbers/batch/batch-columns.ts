import type { Masker } from '../../../lib/presentation/presentation-mode.tsx';
import type { ShownRow } from './batch-view.ts';

/** What a row's lookup came to, in words (table, exports). */
export const resultLabel = (row: ShownRow) =>
  row.status === 'found'
    ? 'Found'
    : row.status === 'not-found'
      ? 'Not found'
      : row.status === 'failed'
        ? `Failed: ${row.failure ?? ''}`
        : 'Not looked up yet';

export const sbcText = (row: ShownRow, masker: Masker) =>
  row.sbcs
    .map((sbc) => [sbc.fqdn, sbc.ip ? `[${masker.ip(sbc.ip)}]` : null].filter(Boolean).join(' '))
    .filter(Boolean);

export const emergencyAddressText = (row: ShownRow, masker: Masker) =>
  [
    row.civicAddressId && `Civic address ${masker.id(row.civicAddressId)}`,
    row.locationId && `location ${masker.id(row.locationId)}`,
  ]
    .filter(Boolean)
    .join(', ');

export const customerText = (row: ShownRow, masker: Masker) =>
  row.customer ? masker.customerName(row.customer, row.tenantId) : '';

const id = (value: string | null, masker: Masker) => (value ? masker.id(value) : '');

/** An export column: the vendor portal's columns first, then what this app adds. */
export type ExportColumn = {
  key: string;
  header: string;
  value: (row: ShownRow, masker: Masker, link: string) => string;
};

export const exportColumns: readonly ExportColumn[] = [
  { key: 'number', header: 'Number', value: (row) => row.e164 },
  { key: 'serviceFullName', header: 'Service Full Name', value: customerText },
  { key: 'country', header: 'Country', value: (row) => row.country },
  { key: 'msTenantId', header: 'MS Tenant ID', value: (row, m) => id(row.tenantId, m) },
  { key: 'emergencyAddress', header: 'Emergency Address', value: emergencyAddressText },
  {
    key: 'callingProfileId',
    header: 'Calling Profile ID',
    value: (row, m) => id(row.callingProfileId, m),
  },
  { key: 'source', header: 'Source', value: (row) => row.source ?? '' },
  { key: 'msJobId', header: 'MS Job ID', value: (row, m) => id(row.jobId, m) },
  { key: 'assignment', header: 'Assignment', value: (row) => row.assignment?.label ?? '' },
  { key: 'acquiredDate', header: 'Acquired Date', value: (row) => row.acquiredOn ?? '' },
  { key: 'result', header: 'Result', value: resultLabel },
  { key: 'lifecycle', header: 'Lifecycle', value: (row) => row.lifecycle?.label ?? '' },
  { key: 'capabilities', header: 'Capabilities', value: (row) => row.capabilities.join(', ') },
  { key: 'sbcs', header: 'SBCs', value: (row, m) => sbcText(row, m).join('; ') },
  {
    key: 'diagnosis',
    header: 'Diagnosis',
    value: (row, m) => row.findings.map((finding) => m.text(finding.text)).join(' | '),
  },
  { key: 'link', header: 'Link', value: (_row, _m, link) => link },
];
