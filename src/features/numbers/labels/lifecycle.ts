import { notReported, unknownValue, type RawCode, type StatusLabel } from './status-label.ts';

// acquiredNumberStatus. 2 and 3 are documented by the vendor; 0 and 1 are inferred.
const lifecycleLabels: Record<number, StatusLabel> = {
  0: { label: 'Active', color: 'teal', description: 'In service.', known: true },
  1: {
    label: 'Release requested',
    color: 'yellow',
    description: 'The customer asked to release the number.',
    known: true,
  },
  2: {
    label: 'Marked for removal',
    color: 'orange',
    description: 'Marked for removal from the customer tenant.',
    known: true,
  },
  3: {
    label: 'Ready for removal',
    color: 'red',
    description: 'Released by the customer; ready to be removed.',
    known: true,
  },
};

export function lifecycleLabel(value: RawCode): StatusLabel {
  if (value === null || value === undefined || value === '') return notReported;
  if (typeof value === 'boolean') return unknownValue(value);
  // Only whole numbers count: Number(' ') and Number('0.0') are 0 too, which would read "Active".
  const code = typeof value === 'number' ? value : /^\d+$/.test(value) ? Number(value) : NaN;
  return (Object.hasOwn(lifecycleLabels, code) && lifecycleLabels[code]) || unknownValue(value);
}
