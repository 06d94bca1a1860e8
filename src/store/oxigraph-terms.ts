// Copies Oxigraph's WASM-backed terms into plain N3 terms and frees the WASM wrappers at once.
// Why: every wrapper sits in a FinalizationRegistry, and tens of thousands of live ones make
// later calls several times slower (measured); plain terms can also cross a worker boundary.
import type * as RDF from '@rdfjs/types';
import { DataFactory } from 'n3';
import type * as oxigraph from 'oxigraph';

const F = DataFactory;
const RDF_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';
const RDF_DIR_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#dirLangString';
const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

/** wasm-bindgen objects carry a `free()` the published typings leave out. */
function free(value: unknown): void {
  (value as { free?: () => void }).free?.();
}

export function plainTerm(term: oxigraph.Term): RDF.Term {
  if (term.termType === 'Quad') return plainQuad(term as oxigraph.Quad); // frees it
  try {
    switch (term.termType) {
      case 'NamedNode':
        return F.namedNode(term.value);
      case 'BlankNode':
        return F.blankNode(term.value);
      case 'Variable':
        return F.variable(term.value);
      case 'DefaultGraph':
        return F.defaultGraph();
      case 'Literal': {
        const datatype = term.datatype;
        const iri = datatype.value;
        free(datatype);
        if (iri === RDF_LANG_STRING) return F.literal(term.value, term.language);
        if (iri === RDF_DIR_LANG_STRING) {
          return F.literal(term.value, `${term.language}--${term.direction}`);
        }
        return iri === XSD_STRING ? F.literal(term.value) : F.literal(term.value, F.namedNode(iri));
      }
    }
  } finally {
    free(term);
  }
}

export function plainQuad(value: oxigraph.Quad): RDF.Quad {
  try {
    return F.quad(
      plainTerm(value.subject) as RDF.Quad_Subject,
      plainTerm(value.predicate) as RDF.Quad_Predicate,
      plainTerm(value.object) as RDF.Quad_Object,
      plainTerm(value.graph) as RDF.Quad_Graph,
    );
  } finally {
    free(value);
  }
}

export function plainQuads(quads: readonly oxigraph.Quad[]): RDF.Quad[] {
  return quads.map(plainQuad);
}

export function plainRow(row: Map<string, oxigraph.Term>): Map<string, RDF.Term> {
  const plain = new Map<string, RDF.Term>();
  for (const [name, term] of row) plain.set(name, plainTerm(term));
  return plain;
}
