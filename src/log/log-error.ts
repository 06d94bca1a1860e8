// The one error type of the record log and snapshots: a stable code, the file/line concerned, cause.

export type LogErrorCode =
  /** Another process holds the data directory. */
  | 'LOCKED'
  /** The lock could not be refreshed in time; another process may have taken the directory. */
  | 'LOCK_COMPROMISED'
  /** A log line that is not a valid entry (other than a torn last line, which is repaired). */
  | 'LOG_CORRUPT'
  /** An entry handed to append() is malformed. */
  | 'INVALID_ENTRY'
  /** Writing or fsyncing the log failed; the log refuses further appends until reopened. */
  | 'LOG_WRITE'
  | 'LOG_CLOSED'
  /** loadSnapshot was given a store that already holds quads. */
  | 'STORE_NOT_EMPTY'
  | 'SNAPSHOT_WRITE'
  /** The audit log's hash chain does not hold: a line was edited, removed or reordered. */
  | 'AUDIT_CORRUPT';

export interface LogErrorContext {
  readonly file?: string;
  readonly line?: number;
  readonly cause?: unknown;
}

export class LogError extends Error {
  override readonly name = 'LogError';
  readonly file: string | undefined;
  readonly line: number | undefined;

  constructor(
    readonly code: LogErrorCode,
    message: string,
    context: LogErrorContext = {},
  ) {
    super(message, context.cause === undefined ? undefined : { cause: context.cause });
    this.file = context.file;
    this.line = context.line;
  }
}
