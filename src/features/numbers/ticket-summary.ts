import { countryName } from '../../lib/countries.ts';
import type { Masker } from '../../lib/presentation/presentation-mode.tsx';
import type { Finding, Severity } from './diagnosis/facts.ts';
import { assignmentLabel } from './labels/assignment.ts';
import { capabilityGroups, type CapabilityState } from './labels/capabilities.ts';
import { lifecycleLabel } from './labels/lifecycle.ts';
import { formatNumber } from './phone.ts';
import { parseSbc } from './sbc.ts';
import type { OcNumber } from './schema.ts';

/** What a ticket summary is made of: the record and what the page resolved around it. */
export type TicketSummaryInput = {
  record: OcNumber;
  /** The customer's name, when known (the tenant id is always given). */
  customerName: string | null | undefined;
  /** The diagnosis's findings, most serious first; empty when there are none (or none yet). */
  findings: readonly Finding[];
  /** The number's page, as an absolute address (the deep link for the ticket). */
  link: string;
  /**
   * What the diagnosis was derived from ("the record, its calling profile"), where it is known:
   * then no findings reads "Nothing looks wrong" (from what), not silence. Without it, no
   * findings leave the diagnosis out (it may not have been made).
   */
  diagnosisBasis?: string | undefined;
};

// A ticket is read in a plain-text field: few lines, long lists cut short with a count.
const maxListed = 6;
const severityMark: Record<Severity, string> = { problem: '✗', warning: '!', ok: '✓' };
const stateWord: Record<CapabilityState, string> = {
  acquired: '',
  available: ' (available, not acquired)',
  unexpected: ' (acquired, not offered)',
};

const listed = (items: string[]) =>
  items.length <= maxListed
    ? items.join(', ')
    : `${items.slice(0, maxListed).join(', ')} and ${items.length - maxListed} more`;

function customerLine({ record, customerName }: TicketSummaryInput, masker: Masker) {
  const tenant = record.tenantId?.trim();
  const name = customerName?.trim() ? masker.customerName(customerName.trim(), tenant) : null;
  const id = tenant ? `tenant ${masker.id(tenant)}` : 'no tenant';
  return name ? `${name} (${id})` : id;
}

function capabilitiesLine(record: OcNumber) {
  const { groups, total } = capabilityGroups(
    record.acquiredCapabilities,
    record.availableCapabilities,
  );
  if (total === 0) return 'None';
  const states: CapabilityState[] = ['acquired', 'unexpected', 'available'];
  return listed(
    states.flatMap((state) => groups[state].map((row) => row.label + stateWord[state])),
  );
}

function sbcsLine(record: OcNumber, masker: Masker) {
  const rows = (record.sbcList ?? []).map(parseSbc).filter((row) => row.fqdn ?? row.ip);
  if (rows.length === 0) return 'None';
  return listed(
    rows.map((row) =>
      [row.fqdn, row.ip ? `[${masker.ip(row.ip)}]` : null].filter(Boolean).join(' '),
    ),
  );
}

function diagnosisLines({ findings, diagnosisBasis }: TicketSummaryInput): [string, string][] {
  const said = findings.map((finding) => `${severityMark[finding.severity]} ${finding.text}`);
  const basis = diagnosisBasis === undefined ? null : `(from ${diagnosisBasis})`;
  const lines = !basis
    ? said
    : said.length > 0
      ? [...said, basis]
      : [`${severityMark.ok} Nothing looks wrong ${basis}`];
  return lines.map((text, index) => [index === 0 ? 'Diagnosis' : '', text]);
}

/**
 * The plain-text block support staff paste into a ticket: one fact a line, labels aligned,
 * in presentation mode with the same masks as the page.
 */
export function ticketSummary(input: TicketSummaryInput, masker: Masker): string {
  const { record, link } = input;
  const country = record.isoCountryCode ? ` (${countryName(record.isoCountryCode)})` : '';
  const lines: [label: string, value: string][] = [
    ['Number', `${formatNumber(record.telephoneNumber)}${country}`],
    ['Customer', customerLine(input, masker)],
    ['Lifecycle', lifecycleLabel(record.acquiredNumberStatus).label],
    ['Assignment', assignmentLabel(record.assignmentStatus).label],
    ['Capabilities', capabilitiesLine(record)],
    ['SBCs', sbcsLine(record, masker)],
    ...diagnosisLines(input),
    ['Link', link],
  ];
  const width = Math.max(...lines.map(([label]) => label.length)) + 2;
  // Free text too: a finding may quote an id or an address.
  return lines.map(([label, value]) => masker.text(label.padEnd(width) + value)).join('\n');
}
