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
  /** False for a delete entry. */
  readonly loads: boolean;
  /** The statements that load the new content (none for a delete entry or empty content). */
  readonly inserts: readonly string[];
}

/** Virtuoso's SPARQL compiler runs out of memory near 5000 triples in one statement (measured). */
export const TRIPLES_PER_STATEMENT = 1000;

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
    loads: 'nquads' in entry,
    inserts: 'nquads' in entry ? insertsFor(entry.graph, entry.nquads) : [],
  }));
}

/**
 * Blank nodes are not allowed in Virtuoso's INSERT DATA; a template with WHERE {} scopes them to
 * the entry, so an entry with blank nodes stays one statement whatever its size.
 */
function insertsFor(graph: RDF.NamedNode, text: string): string[] {
  const quads = parseEntry(graph, text);
  const writer = new Writer({ format: 'N-Triples' });
  const block = (part: readonly RDF.Quad[]): string =>
    `GRAPH <${graph.value}> {\n${writer.quadsToString([...part])}}`;
  if (quads.some((q) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode')) {
    return [`INSERT {\n${block(quads)}\n} WHERE {}`];
  }
  const inserts: string[] = [];
  for (let at = 0; at < quads.length; at += TRIPLES_PER_STATEMENT) {
    inserts.push(`INSERT DATA {\n${block(quads.slice(at, at + TRIPLES_PER_STATEMENT))}\n}`);
  }
  return inserts;
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
