// Domain errors of the readers: a file whose source cannot be recognised, a file that cannot be read.
import { basename } from 'node:path';

/** Neither the --source option, the file name nor the columns say which source a file is from. */
export class UnrecognisedSourceError extends Error {
  readonly code = 'UNRECOGNISED_SOURCE';
  readonly file: string;
  /** The problem, without the file name. */
  readonly reason: string;

  constructor(
    path: string,
    /** What was examined, e.g. `file name "x.csv"`, `columns: a, b`. */
    readonly lookedAt: readonly string[],
  ) {
    const file = basename(path);
    const reason =
      `unrecognised source (looked at ${lookedAt.join('; ')}); ` +
      'name the file {fromYYYYMMDD}_{toYYYYMMDD}_{kind}.{csv|json|xml} or pass --source';
    super(`${file}: ${reason}`);
    this.file = file;
    this.reason = reason;
  }
}

/** Where in the file a file-level problem was found, when known. */
export interface SourceFileErrorContext {
  readonly line?: number | undefined;
  readonly column?: number | undefined;
  /** The column a problem is about (e.g. a missing key column). */
  readonly field?: string | undefined;
  readonly cause?: unknown;
}

/**
 * A whole file could not be ingested (unreadable, unrecognised, not UTF-8, invalid JSON/XML/CSV,
 * missing key column). Thrown from the reader so the caller can report it and go on.
 */
export class SourceFileError extends Error {
  readonly code = 'SOURCE_FILE';
  /** File name without directory, as in records and rejects. */
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly field: string | undefined;

  constructor(
    readonly path: string,
    /** The problem, without the file name. */
    readonly reason: string,
    context: SourceFileErrorContext = {},
  ) {
    const file = basename(path);
    super(`${file}: ${reason}`, { cause: context.cause });
    this.file = file;
    this.line = context.line;
    this.column = context.column;
    this.field = context.field;
  }
}

/** Wraps an unexpected I/O or decoding failure; a SourceFileError passes through unchanged. */
export function asSourceFileError(path: string, error: unknown): SourceFileError {
  if (error instanceof SourceFileError) return error;
  if (error instanceof UnrecognisedSourceError) {
    return new SourceFileError(path, error.reason, { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new SourceFileError(path, `cannot read file: ${message}`, { cause: error });
}
