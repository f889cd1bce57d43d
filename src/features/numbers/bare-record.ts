import { knownNumberFields, type OcNumber } from './schema.ts';

const isEmpty = (value: unknown) =>
  value === null ||
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && value.length === 0);

/** True when Live Platform holds nothing about the number but the number itself. */
export function isBareRecord(number: OcNumber): boolean {
  return knownNumberFields.every(
    (field) => field === 'telephoneNumber' || isEmpty((number as Record<string, unknown>)[field]),
  );
}
