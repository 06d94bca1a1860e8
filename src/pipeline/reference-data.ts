// The ontology and its concept schemes, loaded into a store beside the records (one graph per
// file), so that queries can reach the labels of grades, legal grounds and code lists. Blank
// nodes (OWL unions, RDF lists) are skolemised to stable IRIs (RDF 1.1 §3.5): the stores then hold
// no blank nodes at all, and every load gives byte-identical dumps and answers.
import type * as RDF from '@rdfjs/types';
import { DataFactory, type Quad } from 'n3';
import type { IriMinter } from '../vocab/iri.ts';
import { parseOntologyFile, turtleFilesIn } from '../vocab/ontology-files.ts';
import { toNTriples } from './ntriples.ts';
import type { GraphChange } from './projector.ts';

export function referenceGraphs(iri: IriMinter): GraphChange[] {
  return ['plaza.ttl', ...turtleFilesIn('schemes')].map((file) => {
    const graph = iri.ontologyGraph(file);
    // The parser's labels count across parses: number blank nodes by first use in the file.
    const labels = new Map<string, string>();
    const skolem = <T extends RDF.Term>(t: T): T => {
      if (t.termType !== 'BlankNode') return t;
      let label = labels.get(t.value);
      if (label === undefined) labels.set(t.value, (label = `b${labels.size}`));
      return iri.skolem(graph, label) as unknown as T;
    };
    const quads: Quad[] = parseOntologyFile(file, iri.base).map((q) =>
      DataFactory.quad(skolem(q.subject), q.predicate, skolem(q.object)),
    );
    return { graph, nquads: toNTriples(quads), quads };
  });
}
