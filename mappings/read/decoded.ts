// What each format reader yields: the file's column names first, then its rows in file order.

/** A row with its fields as named in the file (not yet folded to canonical names). */
export interface DecodedRow {
  readonly type: 'row';
  /** CSV: the line the row starts on; JSON/XML: the record's 1-based position. */
  readonly line: number;
  readonly entries: ReadonlyArray<readonly [name: string, value: string]>;
}

/** A row that could not be decoded; the rest of the file goes on. */
export interface DecodedReject {
  readonly type: 'reject';
  readonly line: number;
  readonly field?: string;
  readonly reason: string;
}

/**
 * Always the first item. CSV: the header row. JSON/XML: every field name seen, in order of first
 * appearance (empty when the file has no records).
 */
export interface DecodedHeader {
  readonly type: 'header';
  readonly names: readonly string[];
  /** The scalar values of a JSON envelope's `head` (e.g. `list_total_count`), as text. */
  readonly head?: Readonly<Record<string, string>>;
}

export type DecodedItem = DecodedHeader | DecodedRow | DecodedReject;
