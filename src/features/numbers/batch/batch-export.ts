import Papa from 'papaparse';
import type { Masker } from '../../../lib/presentation/presentation-mode.tsx';
import { exportColumns } from './batch-columns.ts';
import type { ShownRow } from './batch-view.ts';

// Excel opens a UTF-8 CSV as UTF-8 only when it starts with a byte order mark.
const byteOrderMark = '\uFEFF';

// Digits (a phone number, a long id): Excel would read 4.42E+11 and drop the +. A formula that
// yields the text keeps them as written; it is built here from digits only, never from input.
const digitsOnly = /^\+?\d+$/;
// A cell Excel or Sheets would run as a formula (OWASP's list): a leading ' makes it text.
const formulaStart = /^[=+\-@\t\r]/;

/** A value as a CSV cell that opens as the same text in a spreadsheet, never as a formula. */
export function spreadsheetCell(value: string): string {
  if (digitsOnly.test(value)) return `="${value}"`;
  return formulaStart.test(value) ? `'${value}` : value;
}

/** The rows as CSV: the export columns, masked as the page is, every value as text. */
export function toCsv(rows: readonly ShownRow[], masker: Masker, linkOf: (e164: string) => string) {
  const data = rows.map((row) =>
    exportColumns.map((column) =>
      spreadsheetCell(masker.text(column.value(row, masker, linkOf(row.e164)))),
    ),
  );
  return (
    byteOrderMark +
    Papa.unparse(
      { fields: exportColumns.map((column) => column.header), data },
      { newline: '\r\n' },
    )
  );
}

/** The rows as JSON: the same columns, with lists as lists, masked as the page is. */
export function toJson(
  rows: readonly ShownRow[],
  masker: Masker,
  linkOf: (e164: string) => string,
) {
  const items = rows.map((row) => ({
    ...Object.fromEntries(
      exportColumns.map((column) => [column.key, column.value(row, masker, linkOf(row.e164))]),
    ),
    capabilities: row.capabilities,
    sbcs: row.sbcs.map((sbc) => ({ fqdn: sbc.fqdn, ip: sbc.ip && masker.ip(sbc.ip) })),
    diagnosis: row.findings.map((finding) => ({
      rule: finding.ruleId,
      severity: finding.severity,
      text: finding.text,
      nextStep: finding.nextStep,
    })),
  }));
  // The net for ids in free text (a finding may quote one), as every copied text gets.
  return masker.text(JSON.stringify(items, null, 2));
}

/** Saves text as a file through the browser's download. */
export function download(text: string, fileName: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
