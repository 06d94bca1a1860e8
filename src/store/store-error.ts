// The one error type store adapters throw: a stable code for the HTTP/CLI mapping, context, cause.

export type StoreErrorCode =
  /** The SPARQL text does not parse; `line`/`column` say where. */
  | 'QUERY_SYNTAX'
  /** Valid SPARQL the store cannot run (SERVICE, LOAD). */
  | 'QUERY_UNSUPPORTED'
  /** The requested result format does not fit the query form (e.g. Turtle for a SELECT). */
  | 'RESULT_FORMAT'
  /** RDF input does not parse; `graph`, `line`, `column` say where. */
  | 'RDF_SYNTAX'
  /** A graph's replacement content puts quads into another graph. */
  | 'FOREIGN_GRAPH'
  /** A term the store cannot use (e.g. a graph IRI with characters SPARQL cannot carry). */
  | 'INVALID_TERM'
  | 'ABORTED'
  /** A remote store cannot be reached or answers that it is unavailable (5xx, refused connection). */
  | 'STORE_UNAVAILABLE'
  /** The call ran past its time limit (the adapter's, or the remote store's own). */
  | 'TIMEOUT'
  | 'STORE_CLOSED'
  | 'STORE_ERROR';

export interface StoreErrorContext {
  readonly line?: number;
  readonly column?: number;
  readonly graph?: string;
}

export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly graph: string | undefined;

  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options: StoreErrorContext & { readonly cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.line = options.line;
    this.column = options.column;
    this.graph = options.graph;
  }
}

/** Rejects with ABORTED when the signal has fired; adapters call it between units of work. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    throw new StoreError('ABORTED', 'store call aborted', { cause: signal.reason });
  }
}

/** Whether an abort reason is a deadline (AbortSignal.timeout) rather than a caller going away. */
export function isTimeoutReason(reason: unknown): boolean {
  return reason instanceof Error && reason.name === 'TimeoutError';
}
