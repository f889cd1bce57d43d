import type { CountryCode } from 'libphonenumber-js/min';
import { parsePhoneInput } from '../phone.ts';
import { readList, type ListItem } from './read-list.ts';

/** At most this many distinct numbers are looked up in one batch (issue 8). */
export const maxBatchNumbers = 1000;

export type InvalidItem = ListItem & { message: string };

export type BatchList = {
  /** Distinct numbers in E.164, in the order first seen. */
  numbers: string[];
  /** How often each number appeared, for those that appeared more than once. */
  repeats: Record<string, number>;
  /** Items that are not numbers, with the search box's reason. */
  invalid: InvalidItem[];
  /** Repeated items merged into the first (total of the extra appearances). */
  duplicates: number;
  /** Distinct numbers beyond the limit, left out. */
  overLimit: number;
};

/**
 * A pasted list read as the search box reads one number (parsePhoneInput, with the country the
 * user picked for national numbers): valid numbers in E.164, repeats merged and counted, the
 * rest listed with the reason.
 */
export function readBatchList(text: string, country: CountryCode): BatchList {
  const parse = (cell: string) => parsePhoneInput(cell, country);
  const items = readList(text, (cell) => parse(cell).ok);
  const seen = new Map<string, number>();
  const invalid: InvalidItem[] = [];
  for (const item of items) {
    const parsed = parse(item.text);
    if (!parsed.ok) invalid.push({ ...item, message: parsed.message });
    else seen.set(parsed.e164, (seen.get(parsed.e164) ?? 0) + 1);
  }
  const all = [...seen.keys()];
  const repeats = Object.fromEntries([...seen].filter(([, count]) => count > 1));
  const duplicates = [...seen.values()].reduce((sum, count) => sum + count - 1, 0);
  return {
    numbers: all.slice(0, maxBatchNumbers),
    repeats,
    invalid,
    duplicates,
    overLimit: Math.max(0, all.length - maxBatchNumbers),
  };
}
