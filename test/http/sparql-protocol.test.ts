// The SPARQL 1.1 Protocol behaviours (W3C protocol tests, plus Plaza's guards) as one table, each
// row a real request through the app to the public store of data/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestPlaza, type TestPlaza } from '../support/test-plaza.ts';

const DOC = 'http://localhost:3000/id/document/';
const ASK = 'ASK { ?s ?p ?o }';
const SELECT = 'SELECT ?s WHERE { ?s a <https://w3id.org/plaza/def#ApprovalDocument> } LIMIT 3';
const CONSTRUCT = `CONSTRUCT { ?s ?p ?o } WHERE { ?s a <https://w3id.org/plaza/def#ApprovalDocument> ; ?p ?o } LIMIT 5`;
const FORM = 'application/x-www-form-urlencoded';
const enc = encodeURIComponent;

interface Row {
  readonly name: string;
  readonly method?: string;
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly body?: string | Uint8Array;
  readonly status: number;
  /** Content-Type prefix, or a pattern the body must match. */
  readonly type?: string;
  readonly text?: RegExp;
}

const ROWS: Row[] = [
  // W3C: query via GET, POST form, POST direct
  {
    name: 'query-get',
    path: `/sparql?query=${enc(ASK)}`,
    status: 200,
    type: 'application/sparql-results+json',
    text: /"boolean"\s*:\s*true/,
  },
  {
    name: 'query-post-form',
    method: 'POST',
    path: '/sparql',
    headers: { 'Content-Type': FORM },
    body: `query=${enc(ASK)}`,
    status: 200,
    text: /true/,
  },
  {
    name: 'query-post-form with charset',
    method: 'POST',
    path: '/sparql',
    headers: { 'Content-Type': `${FORM}; charset=UTF-8` },
    body: `query=${enc(ASK)}`,
    status: 200,
    text: /true/,
  },
  {
    name: 'query-post-direct',
    method: 'POST',
    path: '/sparql',
    headers: { 'Content-Type': 'application/sparql-query' },
    body: ASK,
    status: 200,
    text: /true/,
  },
  {
    name: 'query-post-direct with dataset params in the URL',
    method: 'POST',
    path: `/sparql?default-graph-uri=${enc('http://example.org/none')}`,
    headers: { 'Content-Type': 'application/sparql-query' },
    body: ASK,
    status: 200,
    text: /false/,
  },
  // W3C: dataset
  {
    name: 'query-dataset-default-graph (an empty graph)',
    path: `/sparql?query=${enc(ASK)}&default-graph-uri=${enc('http://example.org/none')}`,
    status: 200,
    text: /false/,
  },
  {
    name: 'query-dataset-named-graphs',
    path: `/sparql?query=${enc('SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }')}&named-graph-uri=${enc('http://example.org/a')}&named-graph-uri=${enc('http://example.org/b')}`,
    status: 200,
    text: /"value"\s*:\s*"0"/,
  },
  {
    name: 'query FROM an empty graph',
    path: `/sparql?query=${enc('ASK FROM <http://example.org/none> { ?s ?p ?o }')}`,
    status: 200,
    text: /false/,
  },
  // W3C: content negotiation
  {
    name: 'select as XML',
    path: `/sparql?query=${enc(SELECT)}`,
    headers: { Accept: 'application/sparql-results+xml' },
    status: 200,
    type: 'application/sparql-results+xml',
    text: /<sparql/,
  },
  {
    name: 'select as CSV',
    path: `/sparql?query=${enc(SELECT)}`,
    headers: { Accept: 'text/csv' },
    status: 200,
    type: 'text/csv',
    text: /^s\r?\n/,
  },
  {
    name: 'select as TSV',
    path: `/sparql?query=${enc(SELECT)}`,
    headers: { Accept: 'text/tab-separated-values' },
    status: 200,
    type: 'text/tab-separated-values',
    text: /^\?s\n/,
  },
  {
    name: 'select by ?format=csv',
    path: `/sparql?query=${enc(SELECT)}&format=csv`,
    status: 200,
    type: 'text/csv',
  },
  {
    name: 'construct as Turtle by default',
    path: `/sparql?query=${enc(CONSTRUCT)}`,
    status: 200,
    type: 'text/turtle',
  },
  {
    name: 'construct as N-Triples',
    path: `/sparql?query=${enc(CONSTRUCT)}`,
    headers: { Accept: 'application/n-triples' },
    status: 200,
    type: 'application/n-triples',
  },
  {
    name: 'construct as JSON-LD',
    path: `/sparql?query=${enc(CONSTRUCT)}`,
    headers: { Accept: 'application/ld+json' },
    status: 200,
    type: 'application/ld+json',
  },
  {
    name: 'construct as RDF/XML',
    path: `/sparql?query=${enc(CONSTRUCT)}`,
    headers: { Accept: 'application/rdf+xml' },
    status: 200,
    type: 'application/rdf+xml',
  },
  {
    name: 'q-values pick the preferred type',
    path: `/sparql?query=${enc(SELECT)}`,
    headers: { Accept: 'application/sparql-results+json;q=0.5, text/csv' },
    status: 200,
    type: 'text/csv',
  },
  {
    name: 'a browser Accept gets JSON results',
    path: `/sparql?query=${enc(SELECT)}`,
    headers: { Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
    status: 200,
  },
  {
    name: 'unsupported Accept is 406 listing the types',
    path: `/sparql?query=${enc(SELECT)}`,
    headers: { Accept: 'image/png' },
    status: 406,
    text: /application\/sparql-results\+json/,
  },
  {
    name: 'a graph format for a SELECT is 406',
    path: `/sparql?query=${enc(SELECT)}&format=ttl`,
    status: 406,
  },
  // W3C: bad requests
  { name: 'bad-query-method (PUT)', method: 'PUT', path: `/sparql?query=${enc(ASK)}`, status: 405 },
  {
    name: 'bad-multiple-queries',
    path: `/sparql?query=${enc(ASK)}&query=${enc(ASK)}`,
    status: 400,
    text: /query/,
  },
  {
    name: 'bad-query-wrong-media-type',
    method: 'POST',
    path: '/sparql',
    headers: { 'Content-Type': 'text/plain' },
    body: ASK,
    status: 415,
  },
  {
    name: 'bad-query-missing-form-type',
    method: 'POST',
    path: '/sparql',
    body: `query=${enc(ASK)}`,
    status: 415,
  },
  {
    name: 'bad-query-missing-direct-type',
    method: 'POST',
    path: '/sparql',
    body: ASK,
    status: 415,
  },
  {
    name: 'bad-query-non-utf8',
    method: 'POST',
    path: '/sparql',
    headers: { 'Content-Type': 'application/sparql-query' },
    body: new Uint8Array([0x41, 0x53, 0x4b, 0x20, 0x7b, 0xff, 0xfe, 0x7d]),
    status: 400,
    text: /UTF-8/,
  },
  {
    name: 'bad-query-syntax says line and column',
    path: `/sparql?query=${enc('SELECT ?s\nWHERE { ?s ?p }')}`,
    status: 400,
    text: /line 2/,
  },
  {
    name: 'bad-update-get',
    path: `/sparql?update=${enc('INSERT DATA { <a:b> <a:c> <a:d> }')}`,
    status: 403,
    text: /update/i,
  },
  {
    name: 'an update text sent as a query',
    path: `/sparql?query=${enc('INSERT DATA { <a:b> <a:c> <a:d> }')}`,
    status: 403,
  },
  {
    name: 'query both in the URL and the body',
    method: 'POST',
    path: `/sparql?query=${enc(ASK)}`,
    headers: { 'Content-Type': FORM },
    body: `query=${enc(ASK)}`,
    status: 400,
  },
  {
    name: 'an unknown parameter is named',
    path: `/sparql?query=${enc(ASK)}&colour=blue`,
    status: 400,
    text: /colour/,
  },
  {
    name: 'a relative default-graph-uri',
    path: `/sparql?query=${enc(ASK)}&default-graph-uri=graph`,
    status: 400,
    text: /default-graph-uri/,
  },
  {
    name: 'an unknown ?format= is named',
    path: `/sparql?query=${enc(ASK)}&format=yaml`,
    status: 400,
    text: /yaml/,
  },
  {
    name: 'SERVICE is refused',
    path: `/sparql?query=${enc('SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }')}`,
    status: 400,
    text: /SERVICE/,
  },
  {
    name: 'an absurd OFFSET is refused',
    path: `/sparql?query=${enc('SELECT * WHERE { ?s ?p ?o } OFFSET 100000000000')}`,
    status: 400,
    text: /OFFSET/,
  },
  {
    name: 'an oversized body is 413',
    method: 'POST',
    path: '/sparql',
    headers: { 'Content-Type': 'application/sparql-query' },
    body: `ASK {} #${'x'.repeat(1 << 21)}`,
    status: 413,
  },
  {
    name: 'the internal graph without a token is 401',
    path: `/sparql?query=${enc(ASK)}&graph=internal`,
    status: 401,
  },
  {
    name: 'a browser without a query gets the query UI',
    path: '/sparql',
    headers: { Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
    status: 200,
    type: 'text/html',
    text: /<html/,
  },
  {
    name: 'a browser asking ?format=ttl gets the service description',
    path: '/sparql?format=ttl',
    headers: { Accept: 'text/html,*/*;q=0.8' },
    status: 200,
    type: 'text/turtle',
  },
  // Service description
  {
    name: 'service description as Turtle',
    path: '/sparql',
    headers: { Accept: 'text/turtle' },
    status: 200,
    type: 'text/turtle',
    text: /sparql-service-description|sd:/,
  },
];

let plaza: TestPlaza;
beforeAll(async () => {
  plaza = await openTestPlaza();
});
afterAll(() => plaza.close());

describe('SPARQL 1.1 Protocol', () => {
  it.each(ROWS)('$name → $status', async (row) => {
    const init: RequestInit = { method: row.method ?? 'GET' };
    if (row.headers) init.headers = row.headers;
    if (row.body !== undefined) init.body = row.body;
    const res = await plaza.request(row.path, init);
    const text = await res.text();
    expect(res.status, text.slice(0, 300)).toBe(row.status);
    if (row.type)
      expect(res.headers.get('Content-Type')).toMatch(
        new RegExp(`^${row.type.replace(/[+/]/g, '\\$&')}`),
      );
    if (row.text) expect(text).toMatch(row.text);
    if (row.status >= 400)
      expect(res.headers.get('Content-Type')).toMatch(/^(text\/plain|application\/problem\+json)/);
  });

  it('documents of data/ come back by their IRI', async () => {
    const res = await plaza.request(`/sparql?query=${enc(SELECT)}`);
    const json = (await res.json()) as { results: { bindings: { s: { value: string } }[] } };
    expect(json.results.bindings).toHaveLength(3);
    for (const b of json.results.bindings) expect(b.s.value.startsWith(DOC)).toBe(true);
  });
});
