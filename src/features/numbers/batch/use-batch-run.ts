import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { batchLookup, cachedOutcome, failedOutcome, type BatchOutcome } from './batch-lookup.ts';
import type { BatchList } from './batch-list.ts';
import { loadBatch, saveBatch, type SavedBatch } from './batch-storage.ts';
import { startLookupQueue, type LookupQueue } from './lookup-queue.ts';

/** Lookups in flight at once (issue 8: 5 by default). */
export const batchConcurrency = 5;
// Answers reach the table in batches: one render per interval, not one per answer.
const flushMs = 500;
const saveMs = 1000;

/** The run in progress: when it started and how many of its numbers were settled then. */
export type RunClock = { startedAt: number; total: number; settled: number };

export function useBatchRun() {
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState<SavedBatch>(loadBatch);
  const [run, setRun] = useState<RunClock | null>(null);
  const queue = useRef<LookupQueue | null>(null);
  const buffer = useRef(new Map<string, BatchOutcome>());
  const flushTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(() => {
    clearTimeout(flushTimer.current);
    flushTimer.current = undefined;
    if (buffer.current.size === 0) return;
    const arrived = Object.fromEntries(buffer.current);
    buffer.current.clear();
    setSaved((batch) => ({ ...batch, outcomes: { ...batch.outcomes, ...arrived } }));
    setRun((clock) => clock && { ...clock, settled: clock.settled + Object.keys(arrived).length });
  }, []);

  const settle = useCallback(
    (e164: string, outcome: BatchOutcome) => {
      buffer.current.set(e164, outcome);
      flushTimer.current ??= setTimeout(flush, flushMs);
    },
    [flush],
  );

  /** Looks up `numbers` (none of them settled yet), cached ones at once, the rest through the queue. */
  const lookUp = useCallback(
    (numbers: readonly string[], base: Record<string, BatchOutcome>) => {
      queue.current?.cancel();
      const outcomes = { ...base };
      const toFetch: string[] = [];
      for (const e164 of numbers) {
        const cached = cachedOutcome(queryClient, e164);
        if (cached) outcomes[e164] = cached;
        else toFetch.push(e164);
      }
      setSaved((batch) => ({ ...batch, outcomes }));
      if (toFetch.length === 0) return;
      setRun({ startedAt: performance.now(), total: toFetch.length, settled: 0 });
      const started = startLookupQueue(toFetch, {
        concurrency: batchConcurrency,
        lookup: batchLookup(queryClient),
        onResult: settle,
        maxRateLimited: 5,
        onUnanswered: (e164, reason) => settle(e164, failedOutcome(reason)),
      });
      queue.current = started;
      void started.done.then(() => {
        if (queue.current !== started) return;
        flush();
        queue.current = null;
        setRun(null);
      });
    },
    [queryClient, settle, flush],
  );

  const cancel = useCallback(() => {
    queue.current?.cancel();
    queue.current = null;
    flush();
    setRun(null);
  }, [flush]);

  const start = useCallback(
    (text: string, list: BatchList) => {
      setSaved({ text, list, outcomes: {} });
      lookUp(list.numbers, {});
    },
    [lookUp],
  );

  /** Looks up again the numbers that failed, or those left when the run stopped. */
  const resume = useCallback(
    (which: 'failed' | 'left') => {
      const numbers = saved.list?.numbers ?? [];
      const outcomes = { ...saved.outcomes };
      const again = numbers.filter((e164) =>
        which === 'failed' ? outcomes[e164]?.status === 'failed' : !outcomes[e164],
      );
      for (const e164 of again) Reflect.deleteProperty(outcomes, e164);
      lookUp(again, outcomes);
    },
    [saved, lookUp],
  );

  const setText = useCallback((text: string) => setSaved((batch) => ({ ...batch, text })), []);

  // Saved a second after a change while no run is going, and whenever the page goes away (a
  // reload too): writing a megabyte of answers every second of a run held the page.
  const latest = useRef(saved);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const idle = run === null;
  useEffect(() => {
    latest.current = saved;
    if (!idle) return;
    saveTimer.current ??= setTimeout(() => {
      saveTimer.current = undefined;
      saveBatch(latest.current);
    }, saveMs);
  }, [saved, idle]);
  useEffect(() => {
    const save = () => saveBatch(latest.current);
    window.addEventListener('pagehide', save);
    return () => {
      window.removeEventListener('pagehide', save);
      clearTimeout(saveTimer.current);
      saveTimer.current = undefined;
      save();
      queue.current?.cancel();
      clearTimeout(flushTimer.current);
    };
  }, []);

  return { ...saved, run, running: run !== null, start, cancel, resume, setText };
}
