import type { Masker } from '../../../lib/presentation/presentation-mode.tsx';
import { paths } from '../../../config/paths.ts';
import { formatNumber } from '../phone.ts';
import { ticketSummary } from '../ticket-summary.ts';
import { download, toCsv, toJson } from './batch-export.ts';
import type { ShownRow } from './batch-view.ts';

/** The ticket summary of every selected number that was found, a blank line between them. */
export function summariesOf(
  rows: readonly ShownRow[],
  selected: ReadonlySet<string>,
  masker: Masker,
  origin: string,
): string {
  return rows
    .filter((row) => selected.has(row.e164))
    .flatMap((row) =>
      row.record
        ? [
            ticketSummary(
              {
                record: row.record,
                customerName: row.customer,
                findings: row.findings,
                link: `${origin}${paths.number(row.e164)}`,
              },
              masker,
            ),
          ]
        : [
            `${formatNumber(row.e164)}: ${row.status === 'failed' ? `lookup failed (${row.failure ?? ''})` : row.status === 'not-found' ? 'not an Operator Connect number in Live Platform' : 'not looked up yet'}`,
          ],
    )
    .join('\n\n');
}

const day = () => new Date().toISOString().slice(0, 10);

/** Downloads the rows shown, as CSV or JSON, masked as the page is. */
export function exportBatch(
  format: 'csv' | 'json',
  rows: readonly ShownRow[],
  masker: Masker,
  origin: string,
) {
  const linkOf = (e164: string) => `${origin}${paths.number(e164)}`;
  const name = `oc-lookup-batch-${day()}`;
  if (format === 'csv')
    download(toCsv(rows, masker, linkOf), `${name}.csv`, 'text/csv;charset=utf-8');
  else download(toJson(rows, masker, linkOf), `${name}.json`, 'application/json');
}
