// The narrow async Store interface every adapter (embedded Oxigraph, worker-hosted, remote SPARQL) implements.
import type * as RDF from '@rdfjs/types';

/** Serializations of SELECT/ASK results (the short names of serialize/formats.ts and Oxigraph). */
export const SOLUTIONS_FORMATS = ['json', 'xml', 'csv', 'tsv'] as const;
export type SolutionsFormat = (typeof SOLUTIONS_FORMATS)[number];

/** Serializations of CONSTRUCT/DESCRIBE results: N-Triples, Turtle, N-Quads, TriG, RDF/XML, JSON-LD. */
export const GRAPH_FORMATS = ['nt', 'ttl', 'nq', 'trig', 'rdf', 'jsonld'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

export type ResultFormat = SolutionsFormat | GraphFormat;

/** Every call takes an optional signal: adapters stop as early as they can and reject with ABORTED. */
export interface CallOptions {
  readonly signal?: AbortSignal;
}

/**
 * An explicit RDF dataset (the protocol's default-graph-uri/named-graph-uri, or the query's own
 * FROM/FROM NAMED): the default graph is the merge of `defaultGraphs` and only `namedGraphs` are
 * visible to GRAPH patterns. Without it the default graph is the union of all named graphs.
 */
export interface QueryDataset {
  readonly defaultGraphs: readonly RDF.NamedNode[];
  readonly namedGraphs: readonly RDF.NamedNode[];
}

export interface QueryOptions extends CallOptions {
  /** When given, the result is the adapter's serialization, passed through untouched. */
  readonly format?: ResultFormat;
  readonly dataset?: QueryDataset;
}

export interface SolutionsResult {
  readonly type: 'solutions';
  /** One map per solution; unbound variables are absent from the map. */
  readonly rows: ReadonlyArray<ReadonlyMap<string, RDF.Term>>;
}
export interface BooleanResult {
  readonly type: 'boolean';
  readonly value: boolean;
}
export interface QuadsResult {
  readonly type: 'quads';
  readonly quads: readonly RDF.Quad[];
}
/** A query's parsed result, by form: SELECT → solutions, ASK → boolean, CONSTRUCT/DESCRIBE → quads. */
export type QueryResult = SolutionsResult | BooleanResult | QuadsResult;

/**
 * One entry of a bulk graph replacement. `nquads` is the graph's whole new content as N-Triples
 * lines (N-Quads lines are accepted only when they name `graph` itself); it replaces every quad
 * the graph held. `delete` empties the graph.
 */
export type GraphReplacement =
  | { readonly graph: RDF.NamedNode; readonly nquads: string }
  | { readonly graph: RDF.NamedNode; readonly delete: true };

export interface ReplaceResult {
  /** Entries that loaded content (after collapsing repeated graphs: the last entry wins). */
  readonly loaded: number;
  /** Of those, graphs that held quads before (an update rather than a creation). */
  readonly replaced: number;
  /** Delete entries whose graph held quads. */
  readonly deleted: number;
}

/** Dataset serializations for dumps and bulk loads (line-based ones stream). */
export type DumpFormat = 'nq' | 'trig';
export type LoadFormat = 'nq' | 'nt';

export interface Store {
  /**
   * SPARQL 1.1 query; the default graph is the union of all named graphs. With a format the
   * store's own serialization comes back untouched (RESULT_FORMAT when it does not fit the form).
   */
  query(sparql: string, options: QueryOptions & { readonly format: ResultFormat }): Promise<string>;
  query(sparql: string, options?: QueryOptions): Promise<QueryResult>;

  /** SPARQL 1.1 Update (no LOAD, no SERVICE). */
  update(sparql: string, options?: CallOptions): Promise<void>;

  /**
   * Replaces whole named graphs in bulk: the ingest path. All or nothing: when an entry fails to
   * parse (or the call is aborted) the store is left as it was and the error names the graph.
   */
  replaceGraphs(batch: Iterable<GraphReplacement>, options?: CallOptions): Promise<ReplaceResult>;

  /** Quads matching a pattern; null or absent is a wildcard. */
  match(
    subject?: RDF.Term | null,
    predicate?: RDF.Term | null,
    object?: RDF.Term | null,
    graph?: RDF.Term | null,
    options?: CallOptions,
  ): Promise<RDF.Quad[]>;

  /** The whole dataset as one string: fine for small stores, see dumpStream for large ones. */
  dump(format: DumpFormat, options?: CallOptions): Promise<string>;

  /** The whole dataset, one piece per graph, so a large store never becomes one string. */
  dumpStream(format: DumpFormat, options?: CallOptions): AsyncIterable<string>;

  /** Bulk-loads a dataset file (blank nodes are scoped to the file). */
  loadFile(path: string, options: CallOptions & { readonly format: LoadFormat }): Promise<void>;

  /** Number of quads. */
  size(options?: CallOptions): Promise<number>;

  /** Named graphs that exist in the store (blank-node graph names are left out). */
  graphs(options?: CallOptions): Promise<RDF.NamedNode[]>;

  /** Removes every quad and graph (a rebuild starts from here). */
  clear(options?: CallOptions): Promise<void>;

  /** Releases the store's memory/connections; further calls reject with STORE_CLOSED. */
  close(): Promise<void>;
}
