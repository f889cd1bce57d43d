import { notReported, unknownValue, type RawCode, type StatusLabel } from './status-label.ts';

/**
 * aslvCode, the result of the last assignment check: numeric and "inspired from HTTP status
 * codes" per the vendor, so 2xx reads as success and 4xx/5xx as a failed check.
 */
export function verificationLabel(value: RawCode): StatusLabel {
  if (value === null || value === undefined || value === '') return notReported;
  if (typeof value === 'boolean') return unknownValue(value);
  const code = Number(value);
  if (!Number.isInteger(code)) return unknownValue(value);
  if (code >= 200 && code < 300) {
    return {
      label: `Succeeded (${code})`,
      color: 'teal',
      description: 'The last check succeeded.',
      known: true,
    };
  }
  if (code >= 400 && code < 600) {
    return {
      label: `Failed (${code})`,
      color: 'red',
      description:
        code < 500 ? 'The last check was refused.' : 'The last check failed on the server side.',
      known: true,
    };
  }
  return unknownValue(value);
}
