import { countryName } from '../../../lib/countries.ts';
import { diagnose } from '../diagnosis/diagnose.ts';
import type { Finding } from '../diagnosis/facts.ts';
import { assignmentLabel } from '../labels/assignment.ts';
import { capabilityName } from '../labels/capabilities.ts';
import { lifecycleLabel } from '../labels/lifecycle.ts';
import { sourceLabel } from '../labels/source.ts';
import type { StatusLabel } from '../labels/status-label.ts';
import { formatNumber } from '../phone.ts';
import { parseSbc, type SbcRow } from '../sbc.ts';
import type { OcNumber } from '../schema.ts';
import type { BatchOutcome } from './batch-lookup.ts';

export type RowStatus = 'pending' | 'found' | 'not-found' | 'failed';

/** One number of the batch as the table, the exports and the copied summaries read it. */
export type BatchRow = {
  e164: string;
  status: RowStatus;
  /** Why a lookup failed, in a few words. */
  failure: string | null;
  record: OcNumber | null;
  country: string;
  countryName: string;
  tenantId: string | null;
  callingProfileId: string | null;
  lifecycle: StatusLabel | null;
  assignment: StatusLabel | null;
  capabilities: readonly string[];
  sbcs: readonly SbcRow[];
  source: string | null;
  /** Microsoft's upload job (the portal's "MS Job ID"). */
  jobId: string | null;
  acquiredOn: string | null;
  civicAddressId: string | null;
  locationId: string | null;
  /** The diagnosis from the record alone (no calling profile, no Microsoft), most serious first. */
  findings: readonly Finding[];
  /** What the free-text filter matches, in lower case (no ids: presentation mode hides them). */
  text: string;
};

const text = (value: string | number | boolean | null | undefined) =>
  value === null || value === undefined || String(value).trim() === '' ? null : String(value);

const pendingFields = {
  failure: null,
  record: null,
  tenantId: null,
  callingProfileId: null,
  lifecycle: null,
  assignment: null,
  capabilities: [],
  sbcs: [],
  source: null,
  jobId: null,
  acquiredOn: null,
  civicAddressId: null,
  locationId: null,
  findings: [],
} as const;

const statusWords: Record<RowStatus, string> = {
  pending: 'left',
  found: 'found',
  'not-found': 'not found',
  failed: 'failed',
};

/** A row for a number, built once per answer (the diagnosis runs here, not at every render). */
export function toBatchRow(e164: string, outcome: BatchOutcome | undefined, now: Date): BatchRow {
  // Formatting a number costs a parse: 1,000 rows waiting would take a long task. Rows format
  // their number when shown (formatNumber), a found number here, once, for the filter.
  const base = { e164, country: '', countryName: '' };
  if (outcome?.status !== 'found') {
    const status = outcome?.status ?? 'pending';
    const failure = outcome?.status === 'failed' ? outcome.message : null;
    return {
      ...base,
      ...pendingFields,
      status,
      failure,
      text: [e164, statusWords[status], failure ?? ''].join(' ').toLowerCase(),
    };
  }
  const record = outcome.record;
  const country = (record.isoCountryCode ?? '').toUpperCase();
  const lifecycle = lifecycleLabel(record.acquiredNumberStatus);
  const assignment = assignmentLabel(record.assignmentStatus);
  const capabilities = (record.acquiredCapabilities ?? []).map(
    (item) => capabilityName(typeof item === 'string' ? item : JSON.stringify(item)).label,
  );
  const sbcs = (record.sbcList ?? []).map(parseSbc);
  const findings = diagnose({
    number: record,
    profile: undefined,
    sbcMatch: undefined,
    microsoft: undefined,
    now,
  });
  const source = text(record.source);
  const name = country ? countryName(country) : '';
  return {
    ...base,
    status: 'found',
    failure: null,
    record,
    country,
    countryName: name,
    tenantId: text(record.tenantId),
    callingProfileId: text(record.callingProfileId),
    lifecycle,
    assignment,
    capabilities,
    sbcs,
    source: source && sourceLabel(source).label,
    jobId: text(record.tnUploadJobId),
    acquiredOn: text(record.acquiredOn),
    civicAddressId: text(record.civicAddressId),
    locationId: text(record.locationId),
    findings,
    text: [
      e164,
      formatNumber(e164),
      statusWords.found,
      country,
      name,
      lifecycle.label,
      assignment.label,
      ...capabilities,
      ...sbcs.map((sbc) => sbc.fqdn ?? ''),
      ...findings.map((finding) => finding.text),
    ]
      .join(' ')
      .toLowerCase(),
  };
}
