// Protocol request parsing, table-driven: the W3C SPARQL 1.1 Protocol test requests (valid and
// invalid) and what SPARQLWrapper, YASGUI, HTML forms and careless clients send.
import { describe, expect, it } from 'vitest';
import { PROTOCOL_ERROR_STATUS, ProtocolError } from '../../src/serialize/protocol-error.ts';
import {
  parseQueryRequest,
  type QueryRequest,
  type QueryRequestInput,
} from '../../src/serialize/protocol-request.ts';

const FORM = 'application/x-www-form-urlencoded';
const DIRECT = 'application/sparql-query';
const D0 = 'http://kasei.us/2009/09/sparql/data/data0.rdf';
const D1 = 'http://kasei.us/2009/09/sparql/data/data1.rdf';
const D2 = 'http://kasei.us/2009/09/sparql/data/data2.rdf';
const D3 = 'http://kasei.us/2009/09/sparql/data/data3.rdf';
const e = encodeURIComponent;
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
/** UTF-16LE with a BOM, as the W3C bad-query-non-utf8 test sends it. */
const utf16 = (text: string): Uint8Array =>
  new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0), 0])]);

interface Ok {
  readonly query: string;
  readonly defaultGraphUris?: readonly string[];
  readonly namedGraphUris?: readonly string[];
  readonly format?: readonly string[];
  readonly graph?: 'public' | 'internal';
  readonly timeoutMs?: number;
}
interface Row {
  readonly name: string;
  readonly request: QueryRequestInput;
  /** The parsed request, or the error code and the field it must name. */
  readonly expected: Ok | { readonly code: string; readonly field?: string };
}

const get = (search: string): QueryRequestInput => ({ method: 'GET', search });
const post = (contentType: string | undefined, body: string | Uint8Array, search = '') => ({
  method: 'POST',
  contentType,
  search,
  body: typeof body === 'string' ? utf8(body) : body,
});

const rows: readonly Row[] = [
  // W3C protocol tests, positive
  { name: 'query-get', request: get(`?query=${e('ASK {}')}`), expected: { query: 'ASK {}' } },
  {
    name: 'query-post-form (default graph in the URL)',
    request: post(FORM, 'query=ASK%20%7B%7D', `?default-graph-uri=${e(D0)}`),
    expected: { query: 'ASK {}', defaultGraphUris: [D0] },
  },
  { name: 'query-post-direct', request: post(DIRECT, 'ASK {}'), expected: { query: 'ASK {}' } },
  {
    name: 'query-dataset-default-graphs-get',
    request: get(
      `?query=${e('ASK { ?s ?p ?o }')}&default-graph-uri=${e(D1)}&default-graph-uri=${e(D2)}`,
    ),
    expected: { query: 'ASK { ?s ?p ?o }', defaultGraphUris: [D1, D2] },
  },
  {
    name: 'query-dataset-default-graphs-post',
    request: post(
      DIRECT,
      'ASK { ?s ?p ?o }',
      `?default-graph-uri=${e(D1)}&default-graph-uri=${e(D2)}`,
    ),
    expected: { query: 'ASK { ?s ?p ?o }', defaultGraphUris: [D1, D2] },
  },
  {
    name: 'query-dataset-named-graphs-post',
    request: post(
      DIRECT,
      'ASK { GRAPH ?g {} }',
      `?named-graph-uri=${e(D1)}&named-graph-uri=${e(D2)}`,
    ),
    expected: { query: 'ASK { GRAPH ?g {} }', namedGraphUris: [D1, D2] },
  },
  {
    name: 'query-dataset-named-graphs-get',
    request: get(`?query=ASK%20%7B%7D&named-graph-uri=${e(D1)}&named-graph-uri=${e(D2)}`),
    expected: { query: 'ASK {}', namedGraphUris: [D1, D2] },
  },
  {
    name: 'query-dataset-full',
    request: post(
      DIRECT,
      'ASK {}',
      `?default-graph-uri=${e(D3)}&named-graph-uri=${e(D1)}&named-graph-uri=${e(D2)}`,
    ),
    expected: { query: 'ASK {}', defaultGraphUris: [D3], namedGraphUris: [D1, D2] },
  },
  {
    name: 'query-multiple-dataset (FROM stays in the query)',
    request: post(DIRECT, `ASK FROM <${D1}> { <data1.rdf> ?p ?o }`, `?default-graph-uri=${e(D2)}`),
    expected: { query: `ASK FROM <${D1}> { <data1.rdf> ?p ?o }`, defaultGraphUris: [D2] },
  },
  // W3C protocol tests, negative
  {
    name: 'bad-query-method (PUT)',
    request: { method: 'PUT', search: '?query=ASK%20%7B%7D', contentType: FORM },
    expected: { code: 'METHOD_NOT_ALLOWED' },
  },
  {
    name: 'DELETE is not allowed',
    request: { method: 'DELETE', search: '' },
    expected: { code: 'METHOD_NOT_ALLOWED' },
  },
  {
    name: 'bad-multiple-queries',
    request: get('?query=ASK%20%7B%7D&query=SELECT%20%2A%20%7B%7D'),
    expected: { code: 'MULTIPLE_QUERIES', field: 'query' },
  },
  {
    name: 'bad-query-wrong-media-type',
    request: post('text/plain', 'ASK {}'),
    expected: { code: 'UNSUPPORTED_MEDIA_TYPE', field: 'Content-Type' },
  },
  {
    name: 'bad-query-missing-form-type',
    request: post(undefined, 'query=ASK%20%7B%7D'),
    expected: { code: 'MISSING_CONTENT_TYPE', field: 'Content-Type' },
  },
  {
    name: 'bad-query-missing-direct-type',
    request: post(undefined, 'ASK {}'),
    expected: { code: 'MISSING_CONTENT_TYPE' },
  },
  {
    name: 'bad-query-non-utf8 (charset=UTF-16)',
    request: post(`${DIRECT}; charset=UTF-16`, utf16('ASK {}')),
    expected: { code: 'UNSUPPORTED_CHARSET', field: 'Content-Type' },
  },
  {
    name: 'UTF-16 bytes without a charset',
    request: post(DIRECT, utf16('ASK {}')),
    expected: { code: 'INVALID_UTF8', field: 'request body' },
  },
  {
    name: 'bad-update-get',
    request: get('?update=CLEAR%20ALL'),
    expected: { code: 'UPDATE_NOT_ALLOWED', field: 'update' },
  },
  {
    name: 'update in a form body',
    request: post(FORM, 'update=CLEAR%20NAMED&update=CLEAR%20DEFAULT'),
    expected: { code: 'UPDATE_NOT_ALLOWED' },
  },
  {
    name: 'application/sparql-update to the query endpoint',
    request: post('application/sparql-update', 'CLEAR ALL'),
    expected: { code: 'UPDATE_NOT_ALLOWED', field: 'Content-Type' },
  },
  {
    name: 'query and update together',
    request: get('?query=ASK%7B%7D&update=CLEAR%20ALL'),
    expected: { code: 'UPDATE_NOT_ALLOWED' },
  },
  // methods and content types
  {
    name: 'HEAD is GET',
    request: { method: 'HEAD', search: '?query=ASK%7B%7D' },
    expected: { query: 'ASK{}' },
  },
  {
    name: 'method names are case-insensitive',
    request: { method: 'get', search: 'query=ASK%7B%7D' },
    expected: { query: 'ASK{}' },
  },
  {
    name: 'form with charset=UTF-8',
    request: post(`${FORM}; charset=UTF-8`, 'query=ASK%7B%7D'),
    expected: { query: 'ASK{}' },
  },
  {
    name: 'direct with charset="utf-8"',
    request: post(`${DIRECT};charset="utf-8"`, 'ASK {}'),
    expected: { query: 'ASK {}' },
  },
  {
    name: 'Content-Type case-insensitive',
    request: post('Application/SPARQL-Query', 'ASK {}'),
    expected: { query: 'ASK {}' },
  },
  {
    name: 'form in ISO-8859-1',
    request: post(`${FORM}; charset=ISO-8859-1`, 'query=ASK%7B%7D'),
    expected: { code: 'UNSUPPORTED_CHARSET' },
  },
  {
    name: 'JSON body',
    request: post('application/json', '{"query":"ASK {}"}'),
    expected: { code: 'UNSUPPORTED_MEDIA_TYPE' },
  },
  {
    name: 'blank Content-Type',
    request: post('  ', 'ASK {}'),
    expected: { code: 'MISSING_CONTENT_TYPE' },
  },
  {
    name: 'a GET body is not read',
    request: { method: 'GET', search: '?query=ASK%7B%7D', body: utf8('query=SELECT') },
    expected: { query: 'ASK{}' },
  },
  {
    name: 'UTF-8 BOM in a direct body is dropped',
    request: post(DIRECT, new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('ASK {}')])),
    expected: { query: 'ASK {}' },
  },
  // the query
  {
    name: 'no query at all',
    request: get(''),
    expected: { code: 'MISSING_QUERY', field: 'query' },
  },
  { name: 'empty query=', request: get('?query='), expected: { code: 'MISSING_QUERY' } },
  { name: 'blank query', request: get('?query=%20%0A'), expected: { code: 'MISSING_QUERY' } },
  { name: 'empty direct body', request: post(DIRECT, ''), expected: { code: 'MISSING_QUERY' } },
  {
    name: 'form body without query',
    request: post(FORM, `default-graph-uri=${e(D1)}`),
    expected: { code: 'MISSING_QUERY' },
  },
  {
    name: 'query in the URL of a form POST',
    request: post(FORM, '', '?query=ASK%7B%7D'),
    expected: { query: 'ASK{}' },
  },
  {
    name: 'query in URL and form body',
    request: post(FORM, 'query=ASK%7B%7D', '?query=ASK%7B%7D'),
    expected: { code: 'QUERY_IN_URL_AND_BODY', field: 'query' },
  },
  {
    name: 'query in URL and direct body',
    request: post(DIRECT, 'ASK {}', '?query=ASK%7B%7D'),
    expected: { code: 'QUERY_IN_URL_AND_BODY' },
  },
  {
    name: 'two queries in a form body',
    request: post(FORM, 'query=ASK%7B%7D&query=ASK%7B%7D'),
    expected: { code: 'MULTIPLE_QUERIES' },
  },
  { name: '+ is a space', request: get('?query=ASK+%7B%7D'), expected: { query: 'ASK {}' } },
  {
    name: 'Korean text, percent-encoded',
    request: get(`?query=${e('SELECT * { ?s ?p "서울" }')}`),
    expected: { query: 'SELECT * { ?s ?p "서울" }' },
  },
  {
    name: 'Korean text, raw UTF-8 in a form body',
    request: post(FORM, `query=${'ASK { ?s ?p "서울" }'}`),
    expected: { query: 'ASK { ?s ?p "서울" }' },
  },
  // encodings
  {
    name: 'stray % in the URL',
    request: get('?query=ASK%7B%7D%'),
    expected: { code: 'MALFORMED_ENCODING', field: 'URL query string' },
  },
  {
    name: 'bad hex in the URL',
    request: get('?query=ASK%zz'),
    expected: { code: 'MALFORMED_ENCODING' },
  },
  {
    name: 'stray % in a form body',
    request: post(FORM, 'query=100%'),
    expected: { code: 'MALFORMED_ENCODING', field: 'request body' },
  },
  {
    name: 'percent-encoded Latin-1 in the URL',
    request: get('?query=ASK%7B%3Fs%20%3Fp%20%22%E9%22%7D'),
    expected: { code: 'INVALID_UTF8', field: 'URL query string' },
  },
  {
    name: 'truncated UTF-8 sequence',
    request: get('?query=%ED%95'),
    expected: { code: 'INVALID_UTF8' },
  },
  {
    name: 'raw invalid bytes in a direct body',
    request: post(DIRECT, new Uint8Array([0x41, 0x53, 0x4b, 0xc3, 0x28])),
    expected: { code: 'INVALID_UTF8' },
  },
  // parameters
  {
    name: 'unknown parameter named',
    request: get('?query=ASK%7B%7D&default-graph=http%3A%2F%2Fa%2F'),
    expected: { code: 'UNKNOWN_PARAMETER', field: 'default-graph' },
  },
  {
    name: 'unknown parameter in a form body',
    request: post(FORM, 'query=ASK%7B%7D&callback=f'),
    expected: { code: 'UNKNOWN_PARAMETER', field: 'callback' },
  },
  {
    name: 'using-graph-uri is an update parameter',
    request: get(`?query=ASK%7B%7D&using-graph-uri=${e(D1)}`),
    expected: { code: 'UNKNOWN_PARAMETER' },
  },
  {
    name: 'SPARQLWrapper GET (format, output, results)',
    request: get('?query=SELECT+%2A+%7B%7D&format=json&output=json&results=json'),
    expected: { query: 'SELECT * {}', format: ['json', 'json', 'json'] },
  },
  {
    name: 'SPARQLWrapper TSV repeats the media type',
    request: post(FORM, 'query=SELECT+%2A+%7B%7D&format=tsv&format=text/tab-separated-values'),
    expected: { query: 'SELECT * {}', format: ['tsv', 'text/tab-separated-values'] },
  },
  {
    name: 'YASGUI form POST with a default graph',
    request: post(FORM, `query=ASK%7B%7D&default-graph-uri=${e(D1)}`),
    expected: { query: 'ASK{}', defaultGraphUris: [D1] },
  },
  {
    name: 'dataset from URL and form body merged, duplicates once',
    request: post(
      FORM,
      `query=ASK%7B%7D&default-graph-uri=${e(D1)}&default-graph-uri=${e(D2)}`,
      `?default-graph-uri=${e(D1)}`,
    ),
    expected: { query: 'ASK{}', defaultGraphUris: [D1, D2] },
  },
  {
    name: 'blank fields of an HTML form are absent',
    request: get('?query=ASK%7B%7D&default-graph-uri=&format=&timeout='),
    expected: { query: 'ASK{}', defaultGraphUris: [], format: [] },
  },
  {
    name: 'relative default-graph-uri',
    request: get('?query=ASK%7B%7D&default-graph-uri=data1.rdf'),
    expected: { code: 'INVALID_GRAPH_IRI', field: 'default-graph-uri' },
  },
  {
    name: 'named-graph-uri with a space',
    request: get(`?query=ASK%7B%7D&named-graph-uri=${e('http://a/b c')}`),
    expected: { code: 'INVALID_GRAPH_IRI', field: 'named-graph-uri' },
  },
  {
    name: 'named-graph-uri in angle brackets',
    request: get(`?query=ASK%7B%7D&named-graph-uri=${e(`<${D1}>`)}`),
    expected: { code: 'INVALID_GRAPH_IRI' },
  },
  {
    name: 'URN graph IRI',
    request: get(`?query=ASK%7B%7D&named-graph-uri=${e('urn:x-plaza:g')}`),
    expected: { query: 'ASK{}', namedGraphUris: ['urn:x-plaza:g'] },
  },
  {
    name: 'graph=internal',
    request: get('?query=ASK%7B%7D&graph=internal'),
    expected: { query: 'ASK{}', graph: 'internal' },
  },
  {
    name: 'graph=public',
    request: post(FORM, 'query=ASK%7B%7D&graph=public'),
    expected: { query: 'ASK{}', graph: 'public' },
  },
  {
    name: 'graph=secret',
    request: get('?query=ASK%7B%7D&graph=secret'),
    expected: { code: 'INVALID_PARAMETER', field: 'graph' },
  },
  {
    name: 'graph twice',
    request: get('?query=ASK%7B%7D&graph=public&graph=internal'),
    expected: { code: 'DUPLICATE_PARAMETER', field: 'graph' },
  },
  {
    name: 'timeout in ms',
    request: get('?query=ASK%7B%7D&timeout=2500'),
    expected: { query: 'ASK{}', timeoutMs: 2500 },
  },
  {
    name: 'timeout=0 asks for none',
    request: get('?query=ASK%7B%7D&timeout=0'),
    expected: { query: 'ASK{}' },
  },
  {
    name: 'timeout not a number',
    request: get('?query=ASK%7B%7D&timeout=soon'),
    expected: { code: 'INVALID_PARAMETER', field: 'timeout' },
  },
  {
    name: 'negative timeout',
    request: get('?query=ASK%7B%7D&timeout=-5'),
    expected: { code: 'INVALID_PARAMETER' },
  },
];

function run(request: QueryRequestInput): QueryRequest | ProtocolError {
  try {
    return parseQueryRequest(request, { maxBodyBytes: 1024 });
  } catch (error) {
    if (error instanceof ProtocolError) return error;
    throw error;
  }
}

describe('parseQueryRequest', () => {
  it.each(rows.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const result = run(row.request);
    if ('query' in row.expected) {
      if (result instanceof ProtocolError) throw result;
      const want = row.expected;
      expect(result).toEqual({
        query: want.query,
        defaultGraphUris: want.defaultGraphUris ?? [],
        namedGraphUris: want.namedGraphUris ?? [],
        params: { format: want.format ?? [], graph: want.graph, timeoutMs: want.timeoutMs },
      });
    } else {
      expect(result).toBeInstanceOf(ProtocolError);
      if (!(result instanceof ProtocolError)) return;
      expect(result.code).toBe(row.expected.code);
      if (row.expected.field !== undefined) expect(result.field).toBe(row.expected.field);
      expect(result.message.length).toBeGreaterThan(10);
    }
  });

  it('has at least 40 rows', () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
  });

  it('405 carries the Allow list', () => {
    const error = run({ method: 'PUT', search: '?query=ASK%7B%7D' });
    expect(error).toBeInstanceOf(ProtocolError);
    if (!(error instanceof ProtocolError)) return;
    expect(error.status).toBe(405);
    expect(error.allow).toEqual(['GET', 'HEAD', 'POST']);
  });

  it('enforces the body cap: 413 over it, accepted at it', () => {
    const query = `ASK { ${'?s ?p ?o . '.repeat(100)}}`;
    const body = utf8(query);
    const over = run({ ...post(DIRECT, body), body });
    expect(parseQueryRequest(post(DIRECT, body), { maxBodyBytes: body.byteLength }).query).toBe(
      query,
    );
    expect(over).toBeInstanceOf(ProtocolError);
    if (over instanceof ProtocolError)
      expect([over.code, over.status]).toEqual(['BODY_TOO_LARGE', 413]);
  });

  it('names every unknown parameter at once', () => {
    const error = run(get('?query=ASK%7B%7D&should-sponge=&debug=on&query2=x'));
    expect(error).toBeInstanceOf(ProtocolError);
    expect((error as ProtocolError).message).toMatch(/"should-sponge", "debug", "query2"/);
  });

  it('takes a URLSearchParams too', () => {
    const search = new URLSearchParams({ query: 'ASK {}', 'default-graph-uri': D1 });
    expect(parseQueryRequest({ method: 'GET', search })).toMatchObject({
      query: 'ASK {}',
      defaultGraphUris: [D1],
    });
  });

  it('gives every code a 4xx status', () => {
    for (const status of Object.values(PROTOCOL_ERROR_STATUS)) {
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
    }
  });
});
