// The graph_store log kind: a publisher's write of one named graph (Graph Store protocol or SPARQL
// Update), logged as the graph's whole new content and mapped identically back into that graph;
// and the contract of such writes between the HTTP layer and the pipeline.
import { DataFactory, Parser, type NamedNode, type Quad } from 'n3';
import type { Fields } from './mapping.ts';

/** The one field of an upsert: the graph's content as canonical N-Triples (sorted, unique). */
export const GRAPH_CONTENT_FIELD = 'ntriples';

export function graphStoreFields(ntriples: string): Fields {
  return { [GRAPH_CONTENT_FIELD]: ntriples };
}

export interface MappedGraph {
  readonly graph: NamedNode;
  readonly quads: Quad[];
}

/** The graph an entry writes (its key) and its quads (pure: the content is parsed, nothing else). */
export function mapGraphStoreEntry(key: string, fields: Fields): MappedGraph {
  const graph = DataFactory.namedNode(key);
  const ntriples = fields[GRAPH_CONTENT_FIELD];
  if (ntriples === undefined) throw new Error(`graph_store entry ${key} has no content field`);
  const quads = new Parser({ format: 'N-Triples' })
    .parse(ntriples)
    .map((q) => DataFactory.quad(q.subject, q.predicate, q.object));
  return { graph, quads };
}

/** A graph's new content as N-Triples (blank nodes allowed), merged into it, or its deletion. */
export type GraphWrite =
  | { readonly graph: string; readonly ntriples: string; readonly merge?: boolean }
  | { readonly graph: string; readonly delete: true };

export interface GraphWriteOutcome {
  readonly graph: string;
  /** absent: a deletion of a graph that did not exist (nothing was logged). */
  readonly change: 'created' | 'replaced' | 'deleted' | 'unchanged' | 'absent';
  /** Triples the internal graph holds now. */
  readonly triples: number;
  /** The public graph: published (redacted), withdrawn by the gate, removed, or as it was. */
  readonly publication: 'published' | 'blocked' | 'removed' | 'unchanged';
  /** Why the gate withdrew it (reasons only, never the values). */
  readonly violations: readonly string[];
}

export interface WriteReport {
  /** The record log's last sequence number once the write was durable. */
  readonly seq: number;
  /** Redaction placeholders written into the public graph. */
  readonly redactions: number;
  readonly graphs: readonly GraphWriteOutcome[];
}
