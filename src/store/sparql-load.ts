// Streams a dataset file into SPARQL Update statements for the remote store, a bounded piece at a time.
import type * as RDF from '@rdfjs/types';
import { StreamParser, Writer } from 'n3';
import { createReadStream } from 'node:fs';
import { sparqlIri, TRIPLES_PER_STATEMENT } from './sparql-replace.ts';
import type { LoadFormat } from './store.ts';
import { StoreError } from './store-error.ts';

/**
 * INSERT statements for the file's quads, in file order. Triples without blank nodes go out as
 * they come; triples with blank nodes wait, per graph, for one template at the end, because a
 * label is one node across the file and only one template keeps it one node on the remote.
 */
export async function* loadStatements(path: string, format: LoadFormat): AsyncGenerator<string> {
  const plain = new Map<string, string[]>();
  const withBlanks = new Map<string, string[]>();
  const writer = new Writer({ format: 'N-Triples' });
  const parser = new StreamParser({ format: format === 'nq' ? 'N-Quads' : 'N-Triples' });
  try {
    for await (const quad of createReadStream(path).pipe(parser) as AsyncIterable<RDF.Quad>) {
      if (quad.graph.termType !== 'NamedNode') {
        throw new StoreError('QUERY_UNSUPPORTED', 'the remote store keeps no default graph');
      }
      const line = writer.quadToString(quad.subject, quad.predicate, quad.object);
      const blank = quad.subject.termType === 'BlankNode' || quad.object.termType === 'BlankNode';
      const into = blank ? withBlanks : plain;
      const lines = into.get(quad.graph.value) ?? [];
      into.set(quad.graph.value, lines);
      lines.push(line);
      if (!blank && lines.length === TRIPLES_PER_STATEMENT) {
        yield insertData(quad.graph.value, lines);
        plain.delete(quad.graph.value);
      }
    }
  } catch (error) {
    if (error instanceof StoreError) throw error;
    const line = (error as { context?: { line?: number } }).context?.line;
    throw new StoreError('RDF_SYNTAX', `RDF syntax error in the file to load: ${String(error)}`, {
      cause: error,
      ...(line === undefined ? {} : { line }),
    });
  }
  for (const [iri, lines] of plain) yield insertData(iri, lines);
  for (const [iri, lines] of withBlanks) {
    yield `INSERT { GRAPH ${sparqlIri(iri)} {\n${lines.join('')}} } WHERE {}`;
  }
}

function insertData(iri: string, lines: readonly string[]): string {
  return `INSERT DATA { GRAPH ${sparqlIri(iri)} {\n${lines.join('')}} }`;
}
