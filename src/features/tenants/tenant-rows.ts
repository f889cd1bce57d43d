import type { TenantNumber } from '../../api/tenant-numbers.ts';
import { countryName } from '../../lib/countries.ts';
import type { RawCode, TenantLabels, ValueLabel } from './tenant-labels.ts';

/** A value's key in filters and URLs: the value as sent, or "none" when not reported. */
export const valueKey = (value: RawCode): string =>
  value === null || value === undefined || value === '' ? 'none' : String(value);

export type TenantRow = {
  e164: string;
  display: string;
  /** ISO code in upper case, or "" when not reported. */
  country: string;
  countryName: string;
  lifecycleKey: string;
  lifecycle: ValueLabel;
  assignmentKey: string;
  assignment: ValueLabel;
  capabilities: readonly { raw: string; label: string }[];
  /** Everything free text matches, in lower case. */
  text: string;
  /** The number's digits, for text such as "0117 496" or "117-496". */
  digits: string;
};

const capabilityText = (item: unknown) => (typeof item === 'string' ? item : JSON.stringify(item));

/** One table row per number, labelled once when its page arrives, not at every render. */
export function toRow(number: TenantNumber, labels: TenantLabels): TenantRow {
  const country = (number.isoCountryCode ?? '').toUpperCase();
  const lifecycle = labels.lifecycle(number.acquiredNumberStatus);
  const assignment = labels.assignment(number.assignmentStatus);
  const capabilities = (number.acquiredCapabilities ?? []).map((item) => {
    const raw = capabilityText(item);
    return { raw, label: labels.capability(raw).label };
  });
  const display = labels.formatNumber(number.telephoneNumber);
  const name = country ? countryName(country) : 'Unknown country';
  return {
    e164: number.telephoneNumber,
    display,
    country,
    countryName: name,
    lifecycleKey: valueKey(number.acquiredNumberStatus),
    lifecycle,
    assignmentKey: valueKey(number.assignmentStatus),
    assignment,
    capabilities,
    text: [
      number.telephoneNumber,
      display,
      country,
      name,
      lifecycle.label,
      assignment.label,
      ...capabilities.flatMap((c) => [c.raw, c.label]),
      number.ocSipConnectionName ?? '',
    ]
      .join(' ')
      .toLowerCase(),
    digits: number.telephoneNumber.replace(/\D/g, ''),
  };
}
