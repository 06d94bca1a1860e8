// Reads a SPARQL 1.1 Protocol query request (GET, POST form-encoded, POST application/sparql-query)
// into the query and its dataset, or a ProtocolError saying exactly what is wrong with it.
import { decodeParameters, decodeUtf8, parseContentType, type Parameter } from './form-encoding.ts';
import { ProtocolError } from './protocol-error.ts';

export const QUERY_METHODS: readonly string[] = ['GET', 'HEAD', 'POST'];
const FORM = 'application/x-www-form-urlencoded';
const DIRECT = 'application/sparql-query';
const UPDATE = 'application/sparql-update';
const UTF8_CHARSETS = new Set(['utf-8', 'utf8', 'us-ascii']);

/**
 * The parameters Plaza takes. The protocol allows extensions; an unknown one is refused rather
 * than ignored, so a misspelt `default-graph-uri` is not silently a query over everything.
 * `output` and `results` are synonyms of `format` (SPARQLWrapper sends all three).
 */
export const QUERY_PARAMETERS: readonly string[] = [
  'query',
  'default-graph-uri',
  'named-graph-uri',
  'format',
  'output',
  'results',
  'graph',
  'timeout',
];

export interface QueryRequestInput {
  readonly method: string;
  readonly contentType?: string | undefined;
  /**
   * The URL's query string as sent (`new URL(url).search`, with or without `?`), decoded strictly
   * here. A URLSearchParams is taken too, but it has already passed bad encodings through.
   */
  readonly search: string | URLSearchParams;
  readonly body?: Uint8Array | undefined;
}

export interface QueryRequest {
  readonly query: string;
  /** From the URL and a form body, in order; blanks (what HTML forms send) are left out. */
  readonly defaultGraphUris: readonly string[];
  readonly namedGraphUris: readonly string[];
  readonly params: {
    /** `format`, `output` and `results` values in order, for negotiateFormat. */
    readonly format: readonly string[];
    /** `graph=internal` asks for the internal graph (officials only: the route checks). */
    readonly graph: 'public' | 'internal' | undefined;
    /** `timeout=` in milliseconds: may only shorten the server's own limit; 0 means none asked. */
    readonly timeoutMs: number | undefined;
  };
}

interface Collected {
  readonly url: readonly Parameter[];
  readonly body: readonly Parameter[];
  /** The body of an application/sparql-query POST. */
  readonly directQuery: string | undefined;
}

function urlParameters(search: string | URLSearchParams): Parameter[] {
  if (typeof search !== 'string') return [...search.entries()];
  return decodeParameters(search.startsWith('?') ? search.slice(1) : search, 'URL query string');
}

function readBody(input: QueryRequestInput, maxBodyBytes: number): Collected {
  const url = urlParameters(input.search);
  const body = input.body ?? new Uint8Array();
  if (body.byteLength > maxBodyBytes) {
    throw new ProtocolError(
      'BODY_TOO_LARGE',
      `the request body is ${body.byteLength} bytes, more than the ${maxBodyBytes} allowed`,
    );
  }
  if (input.contentType === undefined || input.contentType.trim() === '') {
    throw new ProtocolError(
      'MISSING_CONTENT_TYPE',
      `a POST needs Content-Type ${FORM} (query=… in the body) or ${DIRECT} (the query as the body)`,
      { field: 'Content-Type' },
    );
  }
  const { mediaType, params } = parseContentType(input.contentType);
  if (mediaType === UPDATE) {
    throw new ProtocolError(
      'UPDATE_NOT_ALLOWED',
      'this endpoint answers queries; SPARQL updates are not accepted here',
      { field: 'Content-Type' },
    );
  }
  if (mediaType !== FORM && mediaType !== DIRECT) {
    throw new ProtocolError(
      'UNSUPPORTED_MEDIA_TYPE',
      `Content-Type ${mediaType} is not accepted; use ${FORM} or ${DIRECT}`,
      { field: 'Content-Type' },
    );
  }
  const charset = params.get('charset')?.toLowerCase();
  if (charset !== undefined && !UTF8_CHARSETS.has(charset)) {
    throw new ProtocolError(
      'UNSUPPORTED_CHARSET',
      `charset ${charset} is not accepted; send the body in UTF-8`,
      { field: 'Content-Type' },
    );
  }
  const text = decodeUtf8(body, 'request body');
  if (mediaType === DIRECT) return { url, body: [], directQuery: text };
  return { url, body: decodeParameters(text, 'request body'), directQuery: undefined };
}

function valuesOf(params: readonly Parameter[], ...names: string[]): string[] {
  return params.filter(([n]) => names.includes(n)).map(([, v]) => v);
}

function checkNames(all: readonly Parameter[]): void {
  if (all.some(([n]) => n === 'update')) {
    throw new ProtocolError(
      'UPDATE_NOT_ALLOWED',
      'this endpoint answers queries; the update parameter is not accepted here',
      { field: 'update' },
    );
  }
  const unknown = [...new Set(all.map(([n]) => n).filter((n) => !QUERY_PARAMETERS.includes(n)))];
  if (unknown.length > 0) {
    const names = unknown.map((n) => JSON.stringify(n)).join(', ');
    throw new ProtocolError(
      'UNKNOWN_PARAMETER',
      `unknown parameter${unknown.length > 1 ? 's' : ''} ${names}; this endpoint takes ${QUERY_PARAMETERS.join(', ')}`,
      { field: unknown[0] as string },
    );
  }
}

function theQuery({ url, body, directQuery }: Collected): string {
  const inUrl = valuesOf(url, 'query');
  const inBody = directQuery === undefined ? valuesOf(body, 'query') : [directQuery];
  if (inUrl.length > 0 && inBody.length > 0) {
    throw new ProtocolError(
      'QUERY_IN_URL_AND_BODY',
      'the query is given both in the URL and in the request body; give it once',
      { field: 'query' },
    );
  }
  const queries = [...inUrl, ...inBody];
  if (queries.length > 1) {
    throw new ProtocolError(
      'MULTIPLE_QUERIES',
      `the query parameter is given ${queries.length} times; give exactly one`,
      { field: 'query' },
    );
  }
  const query = queries[0];
  if (query === undefined || query.trim() === '') {
    throw new ProtocolError('MISSING_QUERY', 'no query: give the SPARQL text in query=', {
      field: 'query',
    });
  }
  return query;
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what IRIs exclude
const ABSOLUTE_IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\u0000-\u0020<>"{}|\\^`\u007f]*$/u;

function graphIris(all: readonly Parameter[], name: string): string[] {
  const iris = valuesOf(all, name).filter((v) => v !== '');
  for (const iri of iris) {
    if (!ABSOLUTE_IRI.test(iri)) {
      throw new ProtocolError(
        'INVALID_GRAPH_IRI',
        `${name} ${JSON.stringify(iri)} is not an absolute IRI`,
        { field: name },
      );
    }
  }
  return [...new Set(iris)];
}

function single(all: readonly Parameter[], name: string): string | undefined {
  const values = valuesOf(all, name).filter((v) => v !== '');
  if (values.length > 1) {
    throw new ProtocolError('DUPLICATE_PARAMETER', `${name} is given ${values.length} times`, {
      field: name,
    });
  }
  return values[0];
}

function graphParameter(all: readonly Parameter[]): 'public' | 'internal' | undefined {
  const graph = single(all, 'graph');
  if (graph === undefined || graph === 'public' || graph === 'internal') return graph;
  throw new ProtocolError(
    'INVALID_PARAMETER',
    `graph=${JSON.stringify(graph)}: expected public or internal`,
    { field: 'graph' },
  );
}

function timeoutParameter(all: readonly Parameter[]): number | undefined {
  const timeout = single(all, 'timeout');
  if (timeout === undefined) return undefined;
  if (!/^\d{1,9}$/.test(timeout)) {
    throw new ProtocolError(
      'INVALID_PARAMETER',
      `timeout=${JSON.stringify(timeout)}: expected a whole number of milliseconds`,
      { field: 'timeout' },
    );
  }
  const ms = Number(timeout);
  return ms === 0 ? undefined : ms;
}

/** Parses a query request; throws ProtocolError. The body is read only for POST. */
export function parseQueryRequest(
  input: QueryRequestInput,
  options: { readonly maxBodyBytes?: number } = {},
): QueryRequest {
  const method = input.method.toUpperCase();
  if (!QUERY_METHODS.includes(method)) {
    throw new ProtocolError(
      'METHOD_NOT_ALLOWED',
      `method ${method} is not allowed here; use GET or POST`,
      { allow: QUERY_METHODS },
    );
  }
  const collected: Collected =
    method === 'POST'
      ? readBody(input, options.maxBodyBytes ?? Number.POSITIVE_INFINITY)
      : { url: urlParameters(input.search), body: [], directQuery: undefined };
  const all = [...collected.url, ...collected.body];
  checkNames(all);
  const query = theQuery(collected);
  return {
    query,
    defaultGraphUris: graphIris(all, 'default-graph-uri'),
    namedGraphUris: graphIris(all, 'named-graph-uri'),
    params: {
      format: valuesOf(all, 'format', 'output', 'results').filter((v) => v !== ''),
      graph: graphParameter(all),
      timeoutMs: timeoutParameter(all),
    },
  };
}
