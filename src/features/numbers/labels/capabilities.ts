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
  return name ? { label: name, known: true } : { label: raw, known: false };
}

export type CapabilityState = 'acquired' | 'available' | 'unexpected';

export type CapabilityRow = { raw: string; label: string; known: boolean; state: CapabilityState };

/**
 * The union of acquired and available capabilities, each with how it stands: acquired, offered
 * but not acquired, or acquired although the calling profile does not offer it (an anomaly).
 */
type CapabilityList = readonly (string | number | boolean | null)[] | null | undefined;

// A capability that is not a string (the schema lets odd items through) is shown as its JSON.
const asText = (list: CapabilityList) =>
  (list ?? []).map((item) => (typeof item === 'string' ? item : JSON.stringify(item)));

export function capabilityRows(
  acquiredList: CapabilityList,
  availableList: CapabilityList,
): CapabilityRow[] {
  const acquired = asText(acquiredList);
  const available = asText(availableList);
  const acquiredSet = new Set(acquired);
  const availableSet = new Set(available);
  const all = [...new Set([...available, ...acquired])];
  const order: Record<CapabilityState, number> = { unexpected: 0, acquired: 1, available: 2 };
  return all
    .map((raw): CapabilityRow => {
      const state: CapabilityState = !acquiredSet.has(raw)
        ? 'available'
        : availableSet.has(raw)
          ? 'acquired'
          : 'unexpected';
      return { raw, ...capabilityName(raw), state };
    })
    .sort((a, b) => order[a.state] - order[b.state] || a.label.localeCompare(b.label));
}
