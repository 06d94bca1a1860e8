// rdflib (Debian python3-rdflib): its SPARQLStore against the endpoint, and its parsers over every RDF output.
import { DataFactory, Parser } from 'n3';
import { expect, it } from 'vitest';
import {
  ASK_UNITS,
  clientRows,
  CONSTRUCT_UNITS,
  parseClientQuads,
  quads,
  SELECT_UNITS,
  solutions,
  type ClientRow,
} from './client-queries.ts';
import { runPython, type ClientTarget } from './run-client.ts';
import { expectIsomorphic } from '../support/rdf.ts';

type StoreAnswer =
  | { readonly type: 'SELECT'; readonly rows: ClientRow[] }
  | { readonly type: 'ASK'; readonly boolean: boolean }
  | { readonly type: 'CONSTRUCT' | 'DESCRIBE'; readonly ntriples: string };

interface Parsed {
  readonly contentType: string;
  readonly count: number;
  readonly defaultGraph: string;
  readonly nquads: string;
}

const SD = 'http://www.w3.org/ns/sparql-service-description#';

/** Our media type → rdflib's parser name. */
export const RDFLIB_PARSERS = [
  ['text/turtle', 'turtle'],
  ['application/n-triples', 'nt'],
  ['application/rdf+xml', 'xml'],
  ['application/ld+json', 'json-ld'],
  ['application/trig', 'trig'],
  ['application/n-quads', 'nquads'],
] as const;

export function rdflibSuite(target: () => ClientTarget): void {
  const viaStore = (query: string, method: string, format: string) =>
    runPython<StoreAnswer>('rdflib_sparqlstore.py', [target().endpoint, method, format], query);

  it.each([
    ['GET', 'xml'],
    ['POST', 'json'],
    ['POST_FORM', 'xml'],
  ])(
    'Graph(store=SPARQLStore) SELECT by %s as %s: the rows the store gives',
    async (method, format) => {
      const answer = await viaStore(SELECT_UNITS, method, format);
      expect(answer.type).toBe('SELECT');
      const expected = clientRows(await target().plaza.rt.publicStore.query(SELECT_UNITS));
      expect(answer.type === 'SELECT' && answer.rows).toEqual(expected);
    },
  );

  it('Graph(store=SPARQLStore) ASK', async () => {
    expect(await viaStore(ASK_UNITS, 'GET', 'xml')).toEqual({ type: 'ASK', boolean: true });
  });

  it('Graph(store=SPARQLStore) CONSTRUCT: isomorphic to the store', async () => {
    const answer = await viaStore(CONSTRUCT_UNITS, 'GET', 'xml');
    if (answer.type !== 'CONSTRUCT') throw new Error(`expected a graph, got ${answer.type}`);
    const expected = quads(await target().plaza.rt.publicStore.query(CONSTRUCT_UNITS));
    expectIsomorphic(parseClientQuads(answer.ntriples), expected);
  });

  it.each(RDFLIB_PARSERS)(
    'rdflib parses the CONSTRUCT as %s: isomorphic to the store',
    async (type, parser) => {
      const url = `${target().endpoint}?query=${encodeURIComponent(CONSTRUCT_UNITS)}`;
      const parsed = await runPython<Parsed>('rdflib_parse.py', [url, type, parser]);
      expect(parsed.contentType.split(';')[0]).toBe(type);
      const expected = quads(await target().plaza.rt.publicStore.query(CONSTRUCT_UNITS));
      expect(parsed.count).toBe(expected.length);
      expectIsomorphic(parseClientQuads(parsed.nquads, parsed.defaultGraph), expected);
    },
  );

  it('rdflib reads the endpoint through the Graph API (SPARQLStore.triples)', async () => {
    const [unit] = solutions(await target().plaza.rt.publicStore.query(SELECT_UNITS));
    const iri = unit?.get('unit')?.value ?? '';
    const answer = await runPython<{ readonly ntriples: string }>('rdflib_triples.py', [
      target().endpoint,
      iri,
    ]);
    const expected = await target().plaza.rt.publicStore.match(DataFactory.namedNode(iri));
    expect(expected.length).toBeGreaterThan(3);
    expectIsomorphic(
      parseClientQuads(answer.ntriples),
      expected.map((q) => DataFactory.quad(q.subject, q.predicate, q.object)),
    );
  });

  it('rdflib Graph().parse(endpoint) negotiates the service description on its own', async () => {
    const answer = await runPython<{ readonly count: number }>('rdflib_parse_url.py', [
      target().endpoint,
    ]);
    const turtle = await fetch(target().endpoint, { headers: { Accept: 'text/turtle' } });
    const reference = new Parser({ baseIRI: target().endpoint }).parse(await turtle.text());
    expect(answer.count).toBe(reference.length);
  });

  it.each(RDFLIB_PARSERS)('rdflib parses the service description as %s', async (type, parser) => {
    const parsed = await runPython<Parsed>('rdflib_parse.py', [target().endpoint, type, parser]);
    expect(parsed.contentType.split(';')[0]).toBe(type);
    const graph = parseClientQuads(parsed.nquads, parsed.defaultGraph);
    const service = graph.find(
      (q) => q.predicate.value === `${SD}endpoint` && q.object.value.endsWith('/sparql'),
    );
    expect(service, 'an sd:endpoint ending in /sparql').toBeDefined();
    const languages = graph.filter((q) => q.predicate.value === `${SD}supportedLanguage`);
    expect(languages.map((q) => q.object.value)).toContain(`${SD}SPARQL11Query`);
    // the same graph as Plaza's own Turtle, so no format loses or invents a statement
    const turtle = await fetch(target().endpoint, { headers: { Accept: 'text/turtle' } });
    const reference = new Parser({ baseIRI: target().endpoint }).parse(await turtle.text());
    expectIsomorphic(graph, reference);
  });
}
