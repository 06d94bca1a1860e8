// Plain, structured-clone-safe encodings of RDF terms and quads, for crossing a worker boundary.
import type * as RDF from '@rdfjs/types';
import { DataFactory } from 'n3';

const F = DataFactory;

/** [termType initial, value, language or datatype IRI]. */
export type EncodedTerm = readonly [string, string, string?];
export type EncodedQuad = readonly [EncodedTerm, EncodedTerm, EncodedTerm, EncodedTerm];

export function encodeTerm(term: RDF.Term | null | undefined): EncodedTerm | null {
  if (!term) return null;
  switch (term.termType) {
    case 'NamedNode':
      return ['N', term.value];
    case 'BlankNode':
      return ['B', term.value];
    case 'Variable':
      return ['V', term.value];
    case 'DefaultGraph':
      return ['D', ''];
    case 'Literal':
      return term.language
        ? ['L', term.value, `@${term.language}`]
        : ['L', term.value, term.datatype.value];
    case 'Quad':
      throw new TypeError('quoted triples cannot cross the worker boundary');
  }
}

export function decodeTerm(encoded: EncodedTerm | null): RDF.Term | null {
  if (!encoded) return null;
  const [type, value, extra] = encoded;
  switch (type) {
    case 'N':
      return F.namedNode(value);
    case 'B':
      return F.blankNode(value);
    case 'V':
      return F.variable(value);
    case 'D':
      return F.defaultGraph();
    default:
      if (extra?.startsWith('@')) return F.literal(value, extra.slice(1));
      return F.literal(value, F.namedNode(extra ?? 'http://www.w3.org/2001/XMLSchema#string'));
  }
}

export function encodeQuad(q: RDF.Quad): EncodedQuad {
  return [
    encodeTerm(q.subject),
    encodeTerm(q.predicate),
    encodeTerm(q.object),
    encodeTerm(q.graph),
  ] as EncodedQuad;
}

export function decodeQuad(q: EncodedQuad): RDF.Quad {
  return F.quad(
    decodeTerm(q[0]) as RDF.Quad_Subject,
    decodeTerm(q[1]) as RDF.Quad_Predicate,
    decodeTerm(q[2]) as RDF.Quad_Object,
    decodeTerm(q[3]) as RDF.Quad_Graph,
  );
}
