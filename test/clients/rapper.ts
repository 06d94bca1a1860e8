// rapper (raptor2-utils) validates the endpoint's Turtle, N-Triples and RDF/XML: exit 0 and the right triple count.
import { Parser } from 'n3';
import { expect, it } from 'vitest';
import { CONSTRUCT_UNITS, quads } from './client-queries.ts';
import { rapperCount, type ClientTarget } from './run-client.ts';

const SYNTAXES = [
  ['text/turtle', 'turtle'],
  ['application/n-triples', 'ntriples'],
  ['application/rdf+xml', 'rdfxml'],
] as const;

export function rapperSuite(target: () => ClientTarget): void {
  const fetchAs = async (url: string, type: string): Promise<string> => {
    const response = await fetch(url, { headers: { Accept: type } });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')?.split(';')[0]).toBe(type);
    return response.text();
  };

  it.each(SYNTAXES)(
    'rapper accepts the CONSTRUCT as %s with every triple',
    async (type, syntax) => {
      const url = `${target().endpoint}?query=${encodeURIComponent(CONSTRUCT_UNITS)}`;
      const document = await fetchAs(url, type);
      const expected = quads(await target().plaza.rt.publicStore.query(CONSTRUCT_UNITS)).length;
      expect(expected).toBeGreaterThan(300);
      const { triples } = await rapperCount(document, syntax, target().endpoint);
      expect(triples).toBe(expected);
    },
  );

  it.each(SYNTAXES)('rapper accepts the service description as %s', async (type, syntax) => {
    const document = await fetchAs(target().endpoint, type);
    const turtle = await fetchAs(target().endpoint, 'text/turtle');
    const expected = new Parser({ baseIRI: target().endpoint }).parse(turtle).length;
    expect(expected).toBeGreaterThan(5);
    const { triples } = await rapperCount(document, syntax, target().endpoint);
    expect(triples).toBe(expected);
    // and when rapper fetches the endpoint itself, with its own Accept header for the syntax
    expect((await rapperCount(undefined, syntax, target().endpoint)).triples).toBe(expected);
  });
}
