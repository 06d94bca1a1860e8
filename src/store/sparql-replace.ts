// Turns a bulk graph replacement into SPARQL Update text, validating every entry before anything is sent.
// Why up front: a multi-operation update request is not atomic on Virtuoso (measured: the
// operations before a failing one stay applied), so bad input must be refused before the first
// request. What remains non-atomic is a remote failure or an abort between requests.
import type * as RDF from '@rdfjs/types';
import { DataFactory, Parser, Writer } from 'n3';
import type { GraphReplacement } from './store.ts';
import { StoreError } from './store-error.ts';

/** Characters an IRIREF cannot hold: rejecting them keeps the update text injection-free. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
const UNSAFE_IRI = /[\u0000-\u0020<>"{}|^`\\]/;

export interface PreparedGraph {
  readonly iri: string;
  /** The update that loads the new content, or undefined for a delete entry. */
  readonly insert: string | undefined;
}

export function sparqlIri(iri: string): string {
  if (UNSAFE_IRI.test(iri)) {
    throw new StoreError('INVALID_TERM', `not a usable IRI: ${JSON.stringify(iri)}`, {
      graph: iri,
    });
  }
  return `<${iri}>`;
}

/** Collapses repeated graphs (the last entry wins, in its position) and checks every entry. */
export function prepareReplacement(batch: Iterable<GraphReplacement>): PreparedGraph[] {
  const entries = new Map<string, GraphReplacement>();
  for (const entry of batch) {
    if (entry.graph.termType !== 'NamedNode') {
      throw new StoreError('INVALID_TERM', 'a replaced graph must be named by an IRI');
    }
    sparqlIri(entry.graph.value);
    entries.delete(entry.graph.value);
    entries.set(entry.graph.value, entry);
  }
  return [...entries.values()].map((entry) => ({
    iri: entry.graph.value,
    insert: 'nquads' in entry ? insertFor(entry.graph, entry.nquads) : undefined,
  }));
}

/** Blank nodes are not allowed in Virtuoso's INSERT DATA; a template with WHERE {} scopes them to the entry. */
function insertFor(graph: RDF.NamedNode, text: string): string | undefined {
  const quads = parseEntry(graph, text);
  if (quads.length === 0) return undefined;
  const triples = new Writer({ format: 'N-Triples' }).quadsToString(quads);
  const block = `GRAPH <${graph.value}> {\n${triples}}`;
  return quads.some((q) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode')
    ? `INSERT {\n${block}\n} WHERE {}`
    : `INSERT DATA {\n${block}\n}`;
}

/** The entry's triples, placed in the default graph so the writer emits plain N-Triples. */
function parseEntry(graph: RDF.NamedNode, text: string): RDF.Quad[] {
  let parsed: RDF.Quad[];
  try {
    parsed = new Parser({ format: 'N-Quads' }).parse(text);
  } catch (error) {
    const line = (error as { context?: { line?: number } }).context?.line;
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreError(
      'RDF_SYNTAX',
      `RDF syntax error in the content of <${graph.value}>${line === undefined ? '' : ` at line ${line}`}: ${reason}`,
      { graph: graph.value, cause: error, ...(line === undefined ? {} : { line }) },
    );
  }
  return parsed.map((quad) => {
    if (quad.graph.termType === 'DefaultGraph') return quad;
    if (!quad.graph.equals(graph)) {
      throw new StoreError('FOREIGN_GRAPH', `the content of <${graph.value}> names another graph`, {
        graph: graph.value,
      });
    }
    return DataFactory.quad(quad.subject, quad.predicate, quad.object);
  });
}
