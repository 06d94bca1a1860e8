// The one error a malformed SPARQL protocol request gets: a stable code, the field at fault, and a
// message fit for the response body. The statuses below are what the HTTP error mapping uses.

export type ProtocolErrorCode =
  /** A method other than GET, HEAD or POST; `allow` lists those. */
  | 'METHOD_NOT_ALLOWED'
  /** A POST without Content-Type. */
  | 'MISSING_CONTENT_TYPE'
  /** A POST whose Content-Type is neither form-encoded nor application/sparql-query. */
  | 'UNSUPPORTED_MEDIA_TYPE'
  /** A body declared in a charset other than UTF-8. */
  | 'UNSUPPORTED_CHARSET'
  | 'BODY_TOO_LARGE'
  /** Bytes (or percent-encoded bytes) that are not UTF-8. */
  | 'INVALID_UTF8'
  /** A `%` not followed by two hex digits. */
  | 'MALFORMED_ENCODING'
  | 'MISSING_QUERY'
  | 'MULTIPLE_QUERIES'
  | 'QUERY_IN_URL_AND_BODY'
  /** An update (`update=`, application/sparql-update, or update text) sent to the query endpoint. */
  | 'UPDATE_NOT_ALLOWED'
  | 'UNKNOWN_PARAMETER'
  /** A parameter that may appear once appears more often. */
  | 'DUPLICATE_PARAMETER'
  /** A known parameter with a value it cannot take (`graph=`, `timeout=`). */
  | 'INVALID_PARAMETER'
  /** default-graph-uri / named-graph-uri that is not an absolute IRI. */
  | 'INVALID_GRAPH_IRI';

/** HTTP status per code (DESIGN §5): 405 with Allow, 413, 415 media type, 403 for updates. */
export const PROTOCOL_ERROR_STATUS: Readonly<
  Record<ProtocolErrorCode, 400 | 403 | 405 | 413 | 415>
> = {
  METHOD_NOT_ALLOWED: 405,
  MISSING_CONTENT_TYPE: 415,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNSUPPORTED_CHARSET: 415,
  BODY_TOO_LARGE: 413,
  INVALID_UTF8: 400,
  MALFORMED_ENCODING: 400,
  MISSING_QUERY: 400,
  MULTIPLE_QUERIES: 400,
  QUERY_IN_URL_AND_BODY: 400,
  UPDATE_NOT_ALLOWED: 403,
  UNKNOWN_PARAMETER: 400,
  DUPLICATE_PARAMETER: 400,
  INVALID_PARAMETER: 400,
  INVALID_GRAPH_IRI: 400,
};

export class ProtocolError extends Error {
  override readonly name = 'ProtocolError';
  /** The parameter or header at fault, when there is one. */
  readonly field: string | undefined;
  /** For METHOD_NOT_ALLOWED: the methods the endpoint takes (the Allow header). */
  readonly allow: readonly string[] | undefined;

  constructor(
    readonly code: ProtocolErrorCode,
    message: string,
    context: { readonly field?: string; readonly allow?: readonly string[] } = {},
  ) {
    super(message);
    this.field = context.field;
    this.allow = context.allow;
  }

  get status(): 400 | 403 | 405 | 413 | 415 {
    return PROTOCOL_ERROR_STATUS[this.code];
  }
}
