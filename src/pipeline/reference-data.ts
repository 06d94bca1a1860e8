// The ontology and its concept schemes, loaded into a store beside the records (one graph per
// file), so that queries can reach the labels of grades, legal grounds and code lists.
import { Writer, DataFactory } from 'n3';
import type { IriMinter } from '../vocab/iri.ts';
import { parseOntologyFile, turtleFilesIn } from '../vocab/ontology-files.ts';
import type { GraphChange } from './projector.ts';

export function referenceGraphs(iri: IriMinter): GraphChange[] {
  return ['plaza.ttl', ...turtleFilesIn('schemes')].map((file) => {
    const quads = parseOntologyFile(file, iri.base).map((q) =>
      DataFactory.quad(q.subject, q.predicate, q.object),
    );
    return {
      graph: iri.ontologyGraph(file),
      nquads: new Writer({ format: 'N-Triples' }).quadsToString(quads),
      quads,
    };
  });
}
