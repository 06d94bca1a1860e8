// Shared by the dereferencing and JSON-LD tests: parse any served description back into triples
// (N3.js, jsonld.js with the static loader, oxigraph for RDF/XML), and pick example resources from
// the public store rather than naming them.
import type * as RDF from '@rdfjs/types';
import jsonld from 'jsonld';
import { DataFactory, Parser } from 'n3';
import oxigraph from 'oxigraph';
import { isomorphic } from 'rdf-isomorphic';
import { expect } from 'vitest';
import { contextUrlFor, staticDocumentLoader } from '../../src/serialize/jsonld-loader.ts';
import type { Store } from '../../src/store/store.ts';
import { plaza } from '../../src/vocab/namespaces.ts';

/** Triples in the default graph (what a description is). */
export function asTriples(quads: readonly RDF.Quad[]): RDF.Quad[] {
  return quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object));
}

export function parseNTriples(text: string): RDF.Quad[] {
  return new Parser({ format: 'N-Quads' }).parse(text);
}

/** A served body back into triples, by the media type it was served as. */
export async function parseBody(
  body: string,
  mediaType: string,
  baseIri: string,
): Promise<RDF.Quad[]> {
  if (mediaType === 'text/turtle') return new Parser({ format: 'Turtle' }).parse(body);
  if (mediaType === 'application/n-triples') return new Parser({ format: 'N-Triples' }).parse(body);
  if (mediaType === 'application/ld+json') {
    const nquads = (await jsonld.toRDF(JSON.parse(body) as object, {
      format: 'application/n-quads',
      documentLoader: staticDocumentLoader(contextUrlFor(baseIri)),
    })) as string;
    return parseNTriples(nquads);
  }
  if (mediaType === 'application/rdf+xml') {
    const store = new oxigraph.Store();
    store.load(body, { format: 'application/rdf+xml', base_iri: baseIri });
    return parseNTriples(
      store.dump({ format: 'application/n-triples', from_graph_name: oxigraph.defaultGraph() }),
    );
  }
  throw new Error(`cannot parse ${mediaType}`);
}

/** Isomorphism, with a readable difference when it fails. */
export function expectIsomorphic(actual: readonly RDF.Quad[], expected: readonly RDF.Quad[]): void {
  const a = asTriples(actual);
  const e = asTriples(expected);
  if (isomorphic(a, e)) return;
  const key = (q: RDF.Quad): string => `${q.subject.value} ${q.predicate.value} ${q.object.value}`;
  const ak = new Set(a.map(key));
  const ek = new Set(e.map(key));
  expect({
    missing: [...ek].filter((k) => !ak.has(k)).slice(0, 10),
    extra: [...ak].filter((k) => !ek.has(k)).slice(0, 10),
  }).toEqual({ missing: [], extra: [] });
  expect(isomorphic(a, e)).toBe(true);
}

/** Every triple is held by the store (in some graph): nothing was made up or came from elsewhere. */
export async function expectAllInStore(store: Store, triples: readonly RDF.Quad[]): Promise<void> {
  const absent: string[] = [];
  for (const t of triples) {
    const found = await store.match(t.subject, t.predicate, t.object, null);
    if (found.length === 0)
      absent.push(`${t.subject.value} ${t.predicate.value} ${t.object.value}`);
  }
  expect(absent).toEqual([]);
}

/** The first subject under `{base}id/{type}/` having `predicate` (with an IRI object when asked). */
export async function exampleWith(
  store: Store,
  baseIri: string,
  type: string,
  predicate: RDF.NamedNode,
  iriObject = false,
): Promise<string> {
  const quads = await store.match(null, predicate, null, null);
  const hit = quads
    .filter(
      (q) =>
        q.subject.value.startsWith(`${baseIri}id/${type}/`) &&
        !q.subject.value.includes('#') &&
        (!iriObject || q.object.termType === 'NamedNode'),
    )
    .map((q) => q.subject.value)
    .sort()[0];
  if (!hit) throw new Error(`data/ has no ${type} with ${predicate.value}`);
  return hit;
}

/** A withheld approval document, a redacted expense line, a linked document (all from data/). */
export async function examples(store: Store, baseIri: string) {
  return {
    withheld: await exampleWith(store, baseIri, 'document', plaza('withheldContent')),
    redactedLine: await exampleWith(store, baseIri, 'expense-report', plaza('participants'), true),
    linkedDocument: await exampleWith(store, baseIri, 'document', plaza('policyContext')),
  };
}
