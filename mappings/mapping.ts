// The contract every source mapping fulfils: validate a decoded row (pure), then map it (pure)
// to the quads of its own named graph. Files, clocks and stores stay outside.
import type { NamedNode, Quad } from 'n3';
import type { IriMinter } from '../src/vocab/iri.ts';
import type { BudgetLineDirectory } from './budget/directory.ts';
import type { OrgDirectory } from './org/directory.ts';
import type { InitiativeDirectory } from './policy/initiative-directory.ts';
import type { FieldError } from './parse/fields.ts';
import type { SourceFormat, SourceKind } from './types.ts';

export type Fields = Readonly<Record<string, string>>;

/** A validated row: its stable key within its kind, and whether it upserts or deletes. */
export interface ParsedRecord<T> {
  readonly key: string;
  readonly op: 'upsert' | 'delete';
  readonly record: T;
  /** Rows sharing a group are numbered by position within the file: key becomes `{key}/{n}`. */
  readonly numberedWithin?: string;
}

/** Where a record came from and when it was accepted (from the record log). */
export interface RecordMeta {
  readonly key: string;
  readonly file: string;
  readonly line: number;
  readonly format: SourceFormat;
  readonly ingestedAt: Date;
}

/** What a mapping may consult: IRI minting and reference data, never I/O. */
export interface MappingContext {
  readonly iri: IriMinter;
  readonly orgs: OrgDirectory;
  /** The city's policies, programmes and projects, for policy-context links. */
  readonly initiatives: InitiativeDirectory;
  /** The budget lines known so far (business expenses link to the line they execute). */
  readonly budget?: BudgetLineDirectory;
}

/** Something the source said that could not be linked (reported, not dropped). */
export interface Notice {
  readonly file: string;
  readonly line: number;
  readonly field: string;
  readonly message: string;
}

/** A resource described in its own graph because many records point at it. */
export interface SharedResource {
  readonly subject: NamedNode;
  readonly graph: NamedNode;
  readonly quads: Quad[];
}

export interface MappedRecord {
  readonly subject: NamedNode;
  readonly graph: NamedNode;
  readonly quads: Quad[];
  readonly notices: Notice[];
  /** Shared resources (concepts, reports) this record describes; each replaces its own graph. */
  readonly shared: SharedResource[];
}

/** A parsed row of one file, for checks that need the whole file (hierarchies). */
export interface FileRow<T> {
  readonly line: number;
  readonly record: T;
}

/** What a file-level check found: rows to reject (by line) and things to report. */
export interface FileCheck {
  readonly rejects: readonly { line: number; field: string; reason: string }[];
  readonly notices: readonly { line: number; field: string; message: string }[];
}

export interface SourceMapping<T> {
  readonly kind: SourceKind;
  /** Recorded in provenance; bump when the output of `map` changes. */
  readonly version: string;
  /** Throws a RowError listing every bad field. */
  parse(fields: Fields): ParsedRecord<T>;
  /**
   * Optional checks across a file's parsed rows (pure), run when the file has been read: rejected
   * lines are not ingested, the rest of the file is. `ctx.orgs` is the chart ingested so far.
   */
  checkFile?(rows: readonly FileRow<T>[], ctx: Pick<MappingContext, 'orgs'>): FileCheck;
  subject(key: string, iri: IriMinter): NamedNode;
  map(record: T, meta: RecordMeta, ctx: MappingContext): MappedRecord;
}

/** A row with one or more bad fields. */
export class RowError extends Error {
  readonly code = 'ROW';
  constructor(readonly errors: readonly FieldError[]) {
    super(errors.map((e) => `${e.field}: ${e.message}`).join('; '));
  }
}
