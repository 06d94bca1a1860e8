// A graph's content as N-Triples: the form every graph replacement takes (the graph is named by
// the replacement, not by each line).
import type * as RDF from '@rdfjs/types';
import { DataFactory, Writer, type Quad } from 'n3';

export function toNTriples(quads: readonly RDF.Quad[]): string {
  return new Writer({ format: 'N-Triples' }).quadsToString(
    quads.map((q) =>
      DataFactory.quad(
        q.subject as Quad['subject'],
        q.predicate as Quad['predicate'],
        q.object as Quad['object'],
      ),
    ),
  );
}

/**
 * A graph's content in one canonical form: N-Triples lines sorted and unique, so the same graph
 * always gives the same text (and the record log sees a rewrite of equal content as unchanged).
 */
export function canonicalNTriples(quads: readonly RDF.Quad[]): string {
  const lines = [
    ...new Set(
      toNTriples(quads)
        .split('\n')
        .filter((l) => l !== ''),
    ),
  ].sort();
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
