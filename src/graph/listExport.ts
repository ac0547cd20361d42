import { writeTable } from './formats/csv';
import type { ListColumn } from './listRows';

/**
 * Rows of a List table, in the order given, as CSV (Export CSV) or TSV (Copy
 * rows, which spreadsheets paste into cells). Dates are written as ISO values
 * ("2023-10-04"), so a spreadsheet sorts them.
 */
export function listTableText<R>(
  columns: readonly ListColumn<R>[],
  rows: readonly R[],
  format: 'csv' | 'tsv',
): string {
  return writeTable(
    columns.map((c) => c.header),
    rows.map((r) => columns.map((c) => c.value(r))),
    format === 'csv' ? ',' : '\t',
  );
}
