// The record-log entry: its JSON line, its content hash, and the strict reading of a stored line.
import { createHash } from 'node:crypto';
import { LogError } from './log-error.ts';
import type { TornTail } from './torn-tail.ts';

export type LogOp = 'upsert' | 'delete';

/** One accepted source record. `key` is its stable identity within its kind (given by the caller). */
export interface LogEntry<Kind extends string = string, Format extends string = string> {
  readonly seq: number;
  /** Ingest time, ISO 8601. */
  readonly at: string;
  readonly kind: Kind;
  readonly key: string;
  readonly op: LogOp;
  readonly file: string;
  readonly line: number;
  readonly format: Format;
  readonly fields: Readonly<Record<string, string>>;
  /** sha256 (hex) of kind, op and the canonical JSON of fields: equal hash, unchanged record. */
  readonly hash: string;
}

export type NewLogEntry<Kind extends string = string, Format extends string = string> = Omit<
  LogEntry<Kind, Format>,
  'seq' | 'at' | 'hash'
>;

/** The newest entry of one (kind, key). */
export interface CurrentEntry {
  readonly seq: number;
  readonly hash: string;
  readonly at: string;
  readonly op: LogOp;
  /** The export file the entry came from. */
  readonly file: string;
}

export interface UnchangedEntry {
  readonly kind: string;
  readonly key: string;
  /** The existing entry that already holds this content. */
  readonly seq: number;
}

export interface AppendResult<Kind extends string = string, Format extends string = string> {
  readonly appended: readonly LogEntry<Kind, Format>[];
  readonly unchanged: number;
  readonly unchangedEntries: readonly UnchangedEntry[];
  readonly lastSeq: number;
}

/** A torn last line cut on open, and the line number it had. */
export interface RepairedTail extends TornTail {
  readonly line: number;
}

/** Fields with their keys sorted, so the same record always hashes the same. */
function canonicalFields(fields: Readonly<Record<string, string>>): string {
  const keys = Object.keys(fields).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${JSON.stringify(fields[k])}`).join(',')}}`;
}

export function entryHash(
  kind: string,
  op: LogOp,
  fields: Readonly<Record<string, string>>,
): string {
  // JSON strings delimit themselves, so no kind/op/fields split can collide with another.
  const text = `${JSON.stringify(kind)},${JSON.stringify(op)},${canonicalFields(fields)}`;
  return createHash('sha256').update(text).digest('hex');
}

/** The line as written: fixed key order, `seq` first (entries() skips lines by reading it alone). */
export function entryLine(entry: LogEntry): string {
  const { seq, at, kind, key, op, file, line, format, fields, hash } = entry;
  return JSON.stringify({ seq, at, kind, key, op, file, line, format, fields, hash });
}

const LEADING_SEQ = /^\{"seq":(\d+),/;

/** The seq of a line without parsing it, or undefined when the line does not start as written. */
export function leadingSeq(text: string): number | undefined {
  const match = LEADING_SEQ.exec(text);
  return match ? Number(match[1]) : undefined;
}

function isStringRecord(value: unknown): value is Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((v) => typeof v === 'string');
}

/** What is wrong with an entry's identity and provenance, or undefined when nothing is. */
export function entryProblem(entry: Partial<Record<keyof LogEntry, unknown>>): string | undefined {
  if (typeof entry.kind !== 'string' || entry.kind === '') return 'kind must be a non-empty string';
  if (typeof entry.key !== 'string' || entry.key === '') return 'key must be a non-empty string';
  if (entry.op !== 'upsert' && entry.op !== 'delete') return "op must be 'upsert' or 'delete'";
  if (typeof entry.file !== 'string') return 'file must be a string';
  if (!Number.isSafeInteger(entry.line) || (entry.line as number) < 0) {
    return 'line must be a non-negative integer';
  }
  if (typeof entry.format !== 'string') return 'format must be a string';
  if (!isStringRecord(entry.fields)) return 'fields must be an object of strings';
  return undefined;
}

/** Reads one stored line strictly: shape, ISO time and hash are all checked. */
export function parseEntryLine<Kind extends string, Format extends string>(
  text: string,
  lineNo: number,
  file: string,
): LogEntry<Kind, Format> {
  const corrupt = (why: string, cause?: unknown): LogError =>
    new LogError('LOG_CORRUPT', `${file}:${lineNo}: corrupt record-log line (${why})`, {
      file,
      line: lineNo,
      cause,
    });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw corrupt('not JSON', error);
  }
  if (typeof value !== 'object' || value === null) throw corrupt('not an object');
  const entry = value as Partial<Record<keyof LogEntry, unknown>>;
  if (!Number.isSafeInteger(entry.seq) || (entry.seq as number) < 1) throw corrupt('bad seq');
  if (typeof entry.at !== 'string' || Number.isNaN(Date.parse(entry.at))) throw corrupt('bad at');
  const problem = entryProblem(entry);
  if (problem) throw corrupt(problem);
  const valid = entry as LogEntry<Kind, Format>;
  if (valid.hash !== entryHash(valid.kind, valid.op, valid.fields)) throw corrupt('hash mismatch');
  return valid;
}
