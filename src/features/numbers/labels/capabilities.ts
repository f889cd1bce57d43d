import { readableValue } from './readable-value.ts';

// Human names for capability strings from Live Platform and Microsoft's Operator Connect model.
const capabilityNames: Record<string, string> = {
  Office365: 'Microsoft 365',
  Azure: 'Azure',
  Calling: 'Calling',
  InboundCalling: 'Inbound calling',
  OutboundCalling: 'Outbound calling',
  UserAssignment: 'User assignment',
  FirstPartyAppAssignment: 'Microsoft app assignment',
  FirstPartyVoiceAppAssignment: 'Microsoft voice app assignment',
  ThirdPartyAppAssignment: 'Third-party app assignment',
  ConferenceAssignment: 'Conference assignment',
  TollFree: 'Toll-free',
  TollCalling: 'Toll calling',
  TollFreeCalling: 'Toll-free calling',
  Mobile: 'Mobile',
  Geographic: 'Geographic',
  NonGeographic: 'Non-geographic',
  Premium: 'Premium rate',
  InboundA2PSms: 'Inbound A2P SMS',
  OutboundA2PSms: 'Outbound A2P SMS',
  InboundP2PSms: 'Inbound P2P SMS',
  OutboundP2PSms: 'Outbound P2P SMS',
  A2PSmsCapable: 'A2P SMS capable',
  A2PSmsEnabled: 'A2P SMS enabled',
  P2PSmsCapable: 'P2P SMS capable',
  P2PSmsEnabled: 'P2P SMS enabled',
};

export function capabilityName(raw: string): { label: string; known: boolean } {
  const name = Object.hasOwn(capabilityNames, raw) ? capabilityNames[raw] : undefined;
  return name ? { label: name, known: true } : { label: readableValue(raw), known: false };
}

export type CapabilityState = 'acquired' | 'available' | 'unexpected';

export type CapabilityRow = { raw: string; label: string; known: boolean; state: CapabilityState };

type CapabilityList = readonly (string | number | boolean | null)[] | null | undefined;

export type CapabilityGroups = {
  /** Each group in display order: by label, or as received when the group is long. */
  groups: Record<CapabilityState, CapabilityRow[]>;
  /** Distinct capabilities, acquired or available. */
  total: number;
  /** Distinct acquired capabilities (offered or not). */
  acquired: number;
};

// Sorting is for reading a handful of names; a group of thousands (a hostile answer) keeps the
// upstream's order, so grouping stays linear in the size of the answer.
const maxSortedGroup = 1000;

// A capability that is not a string (the schema lets odd items through) is shown as its JSON.
const asText = (item: string | number | boolean | null) =>
  typeof item === 'string' ? item : JSON.stringify(item);

const byLabel = (a: CapabilityRow, b: CapabilityRow) => a.label.localeCompare(b.label);

/**
 * The union of acquired and available capabilities, each with how it stands: acquired, offered
 * but not acquired, or acquired although the calling profile does not offer it (an anomaly).
 * Linear: Sets for membership and de-duplication.
 */
export function capabilityGroups(
  acquiredList: CapabilityList,
  availableList: CapabilityList,
): CapabilityGroups {
  const acquired = new Set((acquiredList ?? []).map(asText));
  const available = new Set((availableList ?? []).map(asText));
  const groups: Record<CapabilityState, CapabilityRow[]> = {
    unexpected: [],
    acquired: [],
    available: [],
  };
  const add = (raw: string, state: CapabilityState) => {
    const { label, known } = capabilityName(raw);
    groups[state].push({ raw, label, known, state });
  };
  for (const raw of available) add(raw, acquired.has(raw) ? 'acquired' : 'available');
  for (const raw of acquired) if (!available.has(raw)) add(raw, 'unexpected');
  for (const rows of Object.values(groups)) if (rows.length <= maxSortedGroup) rows.sort(byLabel);
  return {
    groups,
    total: groups.unexpected.length + groups.acquired.length + groups.available.length,
    acquired: acquired.size,
  };
}
