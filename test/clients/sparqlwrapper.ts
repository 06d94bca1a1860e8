// SPARQLWrapper (Debian python3-sparqlwrapper) against the running endpoint, used the way researchers use it.
import { expect, it } from 'vitest';
import {
  ASK_NOTHING,
  ASK_UNITS,
  clientRows,
  CONSTRUCT_UNITS,
  csvRows,
  MALFORMED,
  parseClientQuads,
  quads,
  SELECT_BY_KOREAN_LABEL,
  SELECT_UNITS,
  type ClientRow,
} from './client-queries.ts';
import { runPython, type ClientTarget } from './run-client.ts';
import { expectIsomorphic } from '../support/rdf.ts';

interface Selected<Row> {
  readonly contentType: string;
  readonly rows: Row[];
}
interface Asked {
  readonly contentType: string;
  readonly boolean: boolean;
}
interface Constructed {
  readonly contentType: string;
  readonly count: number;
  readonly ntriples: string;
}
interface Raised {
  readonly raised: string | null;
  readonly message: string;
}

const UNIT_VARIABLES = ['unit', 'label', 'level', 'from', 'parent'];

export function sparqlWrapperSuite(target: () => ClientTarget): void {
  const select = <Row>(format: string, method: string, ...extra: string[]) =>
    runPython<Selected<Row>>(
      'sparqlwrapper_select.py',
      [target().endpoint, format, method, ...extra],
      SELECT_UNITS,
    );
  const expectedRows = async (): Promise<ClientRow[]> =>
    clientRows(await target().plaza.rt.publicStore.query(SELECT_UNITS));

  it.each([
    ['json', 'GET', 'application/sparql-results+json'],
    ['xml', 'GET', 'application/sparql-results+xml'],
    ['json', 'POST', 'application/sparql-results+json'],
    ['json', 'POSTDIRECTLY', 'application/sparql-results+json'],
    ['xml', 'POSTDIRECTLY', 'application/sparql-results+xml'],
  ])('SELECT as %s by %s: the rows the store gives, typed', async (format, method, type) => {
    const result = await select<ClientRow>(format, method);
    expect(result.contentType).toMatch(new RegExp(`^${type.replace('+', '\\+')}(;|$)`));
    const expected = await expectedRows();
    expect(expected.length).toBeGreaterThan(10);
    expect(result.rows).toEqual(expected);
  });

  it.each(['GET', 'POST'])('SELECT as CSV by %s: the same values', async (method) => {
    const result = await select<Record<string, string>>('csv', method);
    expect(result.contentType).toMatch(/^text\/csv(;|$)/);
    const store = await target().plaza.rt.publicStore.query(SELECT_UNITS);
    expect(result.rows).toEqual(csvRows(store, UNIT_VARIABLES));
  });

  it('SELECT as TSV: the same rows as the store writes them', async () => {
    const result = await select<Record<string, string>>('tsv', 'GET');
    expect(result.contentType).toMatch(/^text\/tab-separated-values(;|$)/);
    const tsv = await target().plaza.rt.publicStore.query(SELECT_UNITS, { format: 'tsv' });
    const [header = '', ...lines] = tsv.trimEnd().split('\n');
    const names = header.split('\t').map((h) => h.replace(/^\?/, ''));
    const expected = lines.map((l) =>
      Object.fromEntries(l.split('\t').map((v, i): [string, string] => [names[i] ?? '', v])),
    );
    expect(result.rows).toEqual(expected);
  });

  it('SELECT with only content negotiation (no format/output/results parameters)', async () => {
    const result = await select<ClientRow>('json', 'GET', 'conneg-only');
    expect(result.rows).toEqual(await expectedRows());
  });

  it.each(['GET', 'POST', 'POSTDIRECTLY'])(
    'a query with Korean text by %s arrives as UTF-8 and matches',
    async (method) => {
      const result = await runPython<Selected<ClientRow>>(
        'sparqlwrapper_select.py',
        [target().endpoint, 'json', method],
        SELECT_BY_KOREAN_LABEL,
      );
      const expected = clientRows(
        await target().plaza.rt.publicStore.query(SELECT_BY_KOREAN_LABEL),
      );
      expect(expected).toHaveLength(1);
      expect(result.rows).toEqual(expected);
    },
  );

  it('addDefaultGraph and addNamedGraph scope the query as the protocol says', async () => {
    const store = target().plaza.rt.publicStore;
    const [graph] = await store.graphs();
    if (!graph) throw new Error('the public store has no graphs');
    const query = 'SELECT ?g ?s ?p ?o WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }';
    const result = await runPython<Selected<ClientRow>>(
      'sparqlwrapper_select.py',
      [
        target().endpoint,
        'json',
        'GET',
        `default-graph=${graph.value}`,
        `named-graph=${graph.value}`,
      ],
      query,
    );
    const dataset = { defaultGraphs: [graph], namedGraphs: [graph] };
    const expected = clientRows(await store.query(query, { dataset }));
    expect(expected.filter((row) => row['g']).length).toBeGreaterThan(0);
    expect(result.rows).toHaveLength(expected.length);
    expect(result.rows).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    [ASK_UNITS, 'json', 'GET', true],
    [ASK_NOTHING, 'json', 'GET', false],
    [ASK_UNITS, 'xml', 'POST', true],
    [ASK_NOTHING, 'xml', 'GET', false],
  ])('ASK %#: as %s by %s', async (query, format, method, answer) => {
    const asked = await runPython<Asked>(
      'sparqlwrapper_ask.py',
      [target().endpoint, format, method],
      query,
    );
    expect(asked.boolean).toBe(answer);
    const store = await target().plaza.rt.publicStore.query(query);
    expect(store).toEqual({ type: 'boolean', value: answer });
  });

  it.each([
    ['xml', 'GET', 'application/rdf+xml'],
    ['turtle', 'GET', 'text/turtle'],
    ['n3', 'POST', 'text/turtle'],
  ])(
    'CONSTRUCT as %s by %s into an rdflib Graph: isomorphic to the store',
    async (format, method, type) => {
      const built = await runPython<Constructed>(
        'sparqlwrapper_construct.py',
        [target().endpoint, format, method],
        CONSTRUCT_UNITS,
      );
      expect(built.contentType).toMatch(new RegExp(`^${type.replace('+', '\\+')}(;|$)`));
      const expected = quads(await target().plaza.rt.publicStore.query(CONSTRUCT_UNITS));
      expect(expected.length).toBeGreaterThan(300);
      expect(built.count).toBe(expected.length);
      expectIsomorphic(parseClientQuads(built.ntriples), expected);
    },
  );

  it.each(['GET', 'POST'])(
    'a syntax error by %s raises QueryBadFormed naming the line',
    async (method) => {
      const result = await runPython<Raised>(
        'sparqlwrapper_bad_query.py',
        [target().endpoint, method],
        MALFORMED,
      );
      expect(result.raised).toBe('QueryBadFormed');
      expect(result.message).toMatch(/line 2/);
    },
  );
}
