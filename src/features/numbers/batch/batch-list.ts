import type { CountryCode } from 'libphonenumber-js/min';
import { parsePhoneInput, type ParsedPhone } from '../phone.ts';
import { readList, type ListItem } from './read-list.ts';
import { nextTask } from '../../../lib/next-task.ts';

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

// Reading a number takes a fraction of a millisecond, 1,000 of them most of a second on a slow
// machine: the work is cut into slices this long, with the page free to answer in between.
const sliceMs = 25;

/**
 * A pasted list read as the search box reads one number (parsePhoneInput, with the country the
 * user picked for national numbers): valid numbers in E.164, repeats merged and counted, the
 * rest listed with the reason. Asynchronous, in slices, so a long list never holds the page.
 */
export async function readBatchList(text: string, country: CountryCode): Promise<BatchList> {
  const parsed = new Map<string, ParsedPhone>();
  const parse = (cell: string) => {
    let result = parsed.get(cell);
    if (!result) {
      result = parsePhoneInput(cell, country);
      parsed.set(cell, result);
    }
    return result;
  };
  const items = readList(text, (cell) => parse(cell).ok);
  const seen = new Map<string, number>();
  const invalid: InvalidItem[] = [];
  let sliceStart = performance.now();
  for (const item of items) {
    if (performance.now() - sliceStart > sliceMs) {
      await nextTask();
      sliceStart = performance.now();
    }
    const result = parse(item.text);
    if (!result.ok) invalid.push({ ...item, message: result.message });
    else seen.set(result.e164, (seen.get(result.e164) ?? 0) + 1);
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
