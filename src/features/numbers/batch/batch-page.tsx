import './batch-styles.ts';
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useSearchParams } from 'react-router';
import { customerQueries } from '../../../api/customers.ts';
import { countOf } from '../../../lib/counts.ts';
import { useMasker } from '../../../lib/presentation/presentation-mode.tsx';
import { useDefaultCountry } from '../default-country.ts';
import { readBatchList } from './batch-list.ts';
import { batchLinkPath, linkedList } from './batch-link.ts';
import { BatchProgress } from './batch-progress.tsx';
import { useBatchRows } from './use-batch-rows.ts';
import { BatchTable } from './batch-table.tsx';
import { BatchToolbar } from './batch-toolbar.tsx';
import { exportBatch, summariesOf } from './batch-actions.ts';
import { initialView, viewRows, type BatchSortKey, type BatchView } from './batch-view.ts';
import { ListInput } from './list-input.tsx';
import { ListReport } from './list-report.tsx';
import { useBatchRun } from './use-batch-run.ts';

const noNumbers: readonly string[] = [];
const narrowQuery = 'not all and (min-width: 48em)';

/** /batch: many numbers at once, looked up a few at a time, in one table to sort, filter, export. */
export function BatchPage() {
  const batch = useBatchRun();
  const masker = useMasker();
  const [country] = useDefaultCountry();
  const [params, setParams] = useSearchParams();
  const [view, setView] = useState<BatchView>(initialView);
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const stacked = useMediaQuery(narrowQuery, false, { getInitialValueInEffect: false });
  const numbers = batch.list?.numbers ?? noNumbers;
  const customers = useQuery({ ...customerQueries.all(), enabled: batch.list !== null });

  // A link with a list (?n=…) looks it up at once, unless it is the batch already here (a reload).
  const linked = linkedList(params);
  const started = useRef(false);
  const { start, list } = batch;
  useEffect(() => {
    if (started.current || linked === '') return;
    started.current = true;
    void readBatchList(linked, country).then((fromLink) => {
      if (fromLink.numbers.join() !== list?.numbers.join()) start(linked, fromLink);
    });
  }, [linked, list, start, country]);

  const rows = useBatchRows(numbers, batch.outcomes, customers.data?.data);
  const shownView = useDeferredValue(view);
  // Deferred too: the table's first render after "Look up" (and each batch of answers) is a
  // transition React cuts into slices, not one long task that holds the page.
  const allRows = useDeferredValue(rows.all);
  const shown = useMemo(() => viewRows(allRows, shownView), [allRows, shownView]);

  // The results (progress, toolbar, table) first appear in a transition too: mounting them in
  // the click's own render was one task of over 100 ms.
  const shownList = useDeferredValue(batch.list);
  const link = useMemo(() => batchLinkPath(numbers), [numbers]);
  const onStart = useCallback(
    (listText: string, list: Parameters<typeof start>[1]) => {
      started.current = true;
      setSelected(new Set());
      start(listText, list);
      const path = batchLinkPath(list.numbers);
      setParams(path ? new URLSearchParams(path.split('?')[1]) : new URLSearchParams(), {
        replace: true,
      });
    },
    [start, setParams],
  );
  const onSelect = useCallback((e164: string, on: boolean) => {
    setSelected((before) => {
      const next = new Set(before);
      if (on) next.add(e164);
      else next.delete(e164);
      return next;
    });
  }, []);
  const onSort = useCallback((column: BatchSortKey) => {
    setView((before) => ({
      ...before,
      sort: column,
      order: before.sort === column && before.order === 'asc' ? 'desc' : 'asc',
    }));
  }, []);

  const onView = useCallback(
    (changes: Partial<BatchView>) => setView((before) => ({ ...before, ...changes })),
    [],
  );
  // The toolbar's and the table's handlers read the rows when used, not when made: with stable
  // handlers a batch of answers re-renders the progress and the changed rows, not the toolbar
  // (its menus, inputs and buttons) or the table's header.
  const latest = useRef({ all: rows.all, shown, selected });
  useLayoutEffect(() => {
    latest.current = { all: rows.all, shown, selected };
  });
  const onSelectAll = useCallback(
    (on: boolean) =>
      setSelected(on ? new Set(latest.current.shown.map((row) => row.e164)) : new Set()),
    [],
  );
  const summaries = useCallback(
    () => summariesOf(latest.current.all, latest.current.selected, masker, window.location.origin),
    [masker],
  );
  const onExport = useCallback(
    (format: 'csv' | 'json') =>
      exportBatch(format, latest.current.shown, masker, window.location.origin),
    [masker],
  );
  const selectedCount = useMemo(
    () => rows.all.filter((row) => selected.has(row.e164)).length,
    [rows.all, selected],
  );

  const total = batch.list?.numbers.length ?? 0;
  const title =
    total > 0 ? `Batch lookup of ${countOf(total, 'number', 'numbers')}` : 'Batch lookup';
  return (
    <Stack gap="lg">
      <title>{masker.text(`${title} · OC Lookup`)}</title>
      <div>
        <Title order={1} size="h2">
          Batch lookup
        </Title>
        <Text c="dimmed" mt={4}>
          Look up many numbers at once: a list from a ticket, a spreadsheet column or a CSV file.
        </Text>
      </div>
      <Paper withBorder radius="md" p="lg">
        <ListInput
          text={batch.text}
          onText={batch.setText}
          onStart={onStart}
          running={batch.running}
        />
      </Paper>
      {batch.list && shownList && (
        <Stack gap="md">
          <ListReport list={batch.list} />
          <BatchProgress
            counts={rows.counts}
            run={batch.run}
            onCancel={batch.cancel}
            onResume={batch.resume}
          />
          <BatchToolbar
            view={view}
            onView={onView}
            selected={selectedCount}
            summaries={summaries}
            onExport={onExport}
            link={link && `${window.location.origin}${link}`}
          />
          <Text size="sm" c="dimmed" aria-live="polite">
            {shown.length === rows.all.length
              ? `Showing all ${countOf(shown.length, 'number', 'numbers')}`
              : `Showing ${countOf(shown.length, 'number', 'numbers')} of ${rows.all.length.toLocaleString('en-GB')}`}
          </Text>
          <BatchTable
            rows={shown}
            label={`Batch of ${countOf(total, 'number', 'numbers')}`}
            view={view}
            onSort={onSort}
            selected={selected}
            onSelect={onSelect}
            onSelectAll={onSelectAll}
            masker={masker}
            stacked={stacked}
          />
        </Stack>
      )}
    </Stack>
  );
}
