// The one mapping from failures to HTTP responses (DESIGN §5): 4xx bodies say what is wrong and
// where; 5xx bodies never echo internals or data.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { NegotiationError } from '../serialize/conneg.ts';
import { ProtocolError } from '../serialize/protocol-error.ts';
import { QuerySyntaxError } from '../serialize/query-form.ts';
import { QueryPolicyError } from '../serialize/query-policy.ts';
import { RdfSyntaxError } from '../serialize/rdf-body.ts';
import { UpdateRefusedError } from '../serialize/update-form.ts';
import { StoreError } from '../store/store-error.ts';

/** A failure the request caused or that the client must know about, with its status. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

/** Seconds a client should wait after a 503 (a restarted query worker is back by then). */
export const RETRY_AFTER_SECONDS = 5;

/** Domain errors → HttpError; anything unknown → undefined (a 500 with nothing in its body). */
export function toHttpError(error: unknown): HttpError | undefined {
  if (error instanceof HttpError) return error;
  if (error instanceof QuerySyntaxError) return new HttpError(400, 'QUERY_SYNTAX', error.message);
  if (error instanceof ProtocolError)
    return new HttpError(
      error.status,
      error.code,
      error.message,
      error.allow ? { Allow: error.allow.join(', ') } : {},
    );
  if (error instanceof QueryPolicyError)
    return new HttpError(error.status, error.code, error.message);
  if (error instanceof NegotiationError)
    return new HttpError(error.code === 'NOT_ACCEPTABLE' ? 406 : 400, error.code, error.message);
  if (error instanceof UpdateRefusedError)
    return new HttpError(400, 'UPDATE_REFUSED', error.message);
  if (error instanceof RdfSyntaxError) return new HttpError(400, 'RDF_SYNTAX', error.message);
  if (error instanceof StoreError) {
    const retry = { 'Retry-After': String(RETRY_AFTER_SECONDS) };
    switch (error.code) {
      case 'QUERY_SYNTAX':
        return new HttpError(
          400,
          'QUERY_SYNTAX',
          error.line === undefined
            ? error.message
            : `${error.message} (line ${error.line}, column ${error.column ?? '?'})`,
        );
      case 'QUERY_UNSUPPORTED':
        return new HttpError(400, 'QUERY_UNSUPPORTED', error.message);
      case 'RESULT_FORMAT':
        return new HttpError(406, 'NOT_ACCEPTABLE', error.message);
      case 'TIMEOUT':
        return new HttpError(
          503,
          'TIMEOUT',
          'the query ran past the time limit and was stopped; simplify it or add a LIMIT',
          retry,
        );
      case 'STORE_UNAVAILABLE':
      case 'STORE_CLOSED':
        return new HttpError(503, 'UNAVAILABLE', 'the store is unavailable; try again', retry);
      case 'ABORTED':
        return new HttpError(503, 'ABORTED', 'the request was cancelled', retry);
      default:
        return undefined;
    }
  }
  return undefined;
}

/** The error response: problem+json for clients that prefer JSON, plain text otherwise. */
export function errorResponse(c: Context, error: HttpError): Response {
  const wantsJson = /json/.test(c.req.header('Accept') ?? '');
  for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
  c.header('Cache-Control', 'no-store');
  if (wantsJson) {
    c.header('Content-Type', 'application/problem+json; charset=utf-8');
    return c.body(
      JSON.stringify({ status: error.status, code: error.code, detail: error.message }),
      error.status,
    );
  }
  return c.text(`${error.status} ${error.code}: ${error.message}\n`, error.status);
}

export function internalErrorResponse(c: Context, requestId: string): Response {
  c.header('Cache-Control', 'no-store');
  return c.text(`500 INTERNAL: an internal error occurred (request ${requestId})\n`, 500);
}
