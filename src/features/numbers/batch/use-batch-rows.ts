import { useMemo, useState } from 'react';
import type { Customer } from '../../../api/customers.ts';
import type { BatchOutcome } from './batch-lookup.ts';
import type { BatchCounts } from './batch-progress.tsx';
import { toBatchRow, type BatchRow } from './batch-row.ts';
import type { ShownRow } from './batch-view.ts';

/**
 * The batch's rows, each built once per answer (kept by the answer's identity): a flush of ten
 * answers builds ten rows, and the other rows keep their identity, so their memoised table rows
 * do not render again.
 */
export function useBatchRows(
  numbers: readonly string[],
  outcomes: Readonly<Record<string, BatchOutcome>>,
  customers: readonly Customer[] | undefined,
) {
  // Caches that live as long as the page: the rows already built, by what they were built from.
  const [built] = useState(() => new WeakMap<BatchOutcome, BatchRow>());
  const [pending] = useState(() => new Map<string, BatchRow>());
  const [shown] = useState(() => new WeakMap<BatchRow, ShownRow>());
  return useMemo(() => {
    const now = new Date();
    const names = new Map<string, string>();
    for (const customer of customers ?? []) {
      const name = customer.CustomerFullName ?? customer.CustomerShortName;
      if (customer.MsTenantId && name) names.set(customer.MsTenantId.toLowerCase(), name);
    }
    const counts: BatchCounts = {
      total: numbers.length,
      found: 0,
      'not-found': 0,
      failed: 0,
      pending: 0,
    };
    const all = numbers.map((e164): ShownRow => {
      const outcome = outcomes[e164];
      let row = outcome ? built.get(outcome) : pending.get(e164);
      if (!row) {
        row = toBatchRow(e164, outcome, now);
        if (outcome) built.set(outcome, row);
        else pending.set(e164, row);
      }
      counts[row.status] += 1;
      const customer = (row.tenantId && names.get(row.tenantId.toLowerCase())) ?? null;
      const before = shown.get(row);
      if (before?.customer === customer) return before;
      const next = { ...row, customer };
      shown.set(row, next);
      return next;
    });
    return { all, counts };
  }, [numbers, outcomes, customers, built, pending, shown]);
}
