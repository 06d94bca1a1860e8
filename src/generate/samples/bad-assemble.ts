// Assembles a deliberately broken export: good rows encoded as usual, broken ones written raw,
// recording where each broken row lands (CSV line or record position) and why it must be rejected.
import { COLUMNS, type ExportKind, type ExportRow } from '../columns.ts';
import { createEncoder, type FileStyle } from '../encode.ts';

export interface ExpectedReject {
  readonly line: number;
  readonly field: string;
  readonly reason: string;
}

/** Something ingesting the file must report without rejecting the row. */
export interface ExpectedNotice {
  readonly line: number;
  readonly field: string;
  readonly message: string;
}

export interface BadSample {
  readonly path: string;
  readonly name: string;
  readonly kind: ExportKind | 'org_chart' | 'policy_list';
  readonly style: FileStyle;
  readonly text: string;
  readonly goodRows: number;
  readonly rejects: readonly ExpectedReject[];
  readonly notices?: readonly ExpectedNotice[];
}

/** A row as it will be written: good, or broken with the reject it must cause. */
export type Entry =
  | { readonly row: ExportRow }
  | { readonly raw: (index: number) => string; readonly field: string; readonly reason: string };

export function assemble(
  kind: ExportKind | 'org_chart' | 'policy_list',
  name: string,
  style: FileStyle,
  entries: readonly Entry[],
): BadSample {
  const encoder = createEncoder(kind, style);
  let text = encoder.begin();
  let line = text.split('\n').length;
  const rejects: ExpectedReject[] = [];
  entries.forEach((entry, i) => {
    const piece = 'row' in entry ? encoder.row(entry.row, i) : entry.raw(i);
    if (!('row' in entry)) {
      rejects.push({
        line: style.format === 'csv' ? line : i + 1,
        field: entry.field,
        reason: entry.reason,
      });
    }
    line += piece.split('\n').length - 1;
    text += piece;
  });
  const goodRows = entries.length - rejects.length;
  return { path: `_bad/${name}`, name, kind, style, text: text + encoder.end(), goodRows, rejects };
}

export const csvOf = (kind: ExportKind | 'org_chart' | 'policy_list', row: ExportRow): string[] =>
  COLUMNS[kind].map((c) => row[c] ?? '');
export const bad = (field: string, reason: string, raw: (index: number) => string): Entry => ({
  raw,
  field,
  reason,
});
export const insertAt = (rows: ExportRow[], broken: Readonly<Record<number, Entry>>): Entry[] =>
  rows.flatMap((row, i) => (broken[i] ? [broken[i], { row }] : [{ row }]));
