import * as z from 'zod/mini';
import { ocNumberSchema } from '../schema.ts';
import type { BatchOutcome } from './batch-lookup.ts';
import type { BatchList } from './batch-list.ts';

/** What survives a reload: the list as typed, how it was read, and every answer so far. */
export type SavedBatch = {
  text: string;
  list: BatchList | null;
  outcomes: Record<string, BatchOutcome>;
};

// Kept in this browser only, as the query cache is; one batch at a time.
const storageKey = 'oc-lookup:batch';

const outcomeSchema = z.union([
  z.object({ status: z.literal('found'), record: ocNumberSchema }),
  z.object({ status: z.literal('not-found') }),
  z.object({ status: z.literal('failed'), message: z.string() }),
]);

const savedSchema = z.object({
  version: z.literal(1),
  text: z.string(),
  list: z.nullable(
    z.object({
      numbers: z.array(z.string()),
      repeats: z.record(z.string(), z.number()),
      invalid: z.array(z.object({ text: z.string(), line: z.number(), message: z.string() })),
      duplicates: z.number(),
      overLimit: z.number(),
    }),
  ),
  outcomes: z.record(z.string(), outcomeSchema),
});

export const emptyBatch: SavedBatch = { text: '', list: null, outcomes: {} };

/** The saved batch, or an empty one when there is none or it cannot be read (an old version). */
export function loadBatch(): SavedBatch {
  try {
    const stored = window.localStorage.getItem(storageKey);
    if (!stored) return emptyBatch;
    const parsed = savedSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : emptyBatch;
  } catch {
    return emptyBatch;
  }
}

/**
 * Saves the batch; when the browser's storage is full, saves it without the records (the list
 * and the failures survive, the found numbers are looked up again). False when nothing was saved.
 */
export function saveBatch(batch: SavedBatch): boolean {
  const write = (value: SavedBatch) => {
    window.localStorage.setItem(storageKey, JSON.stringify({ version: 1, ...value }));
  };
  try {
    write(batch);
    return true;
  } catch {
    try {
      const unanswered = Object.entries(batch.outcomes).filter(([, o]) => o.status !== 'found');
      write({ ...batch, outcomes: Object.fromEntries(unanswered) });
      return true;
    } catch {
      return false;
    }
  }
}
