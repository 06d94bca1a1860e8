// The remote Store: a SPARQL 1.1 Query/Update endpoint (Virtuoso in deployment) behind the Store interface.
import type * as RDF from '@rdfjs/types';
import { DataFactory, Parser, Writer } from 'n3';
import type { Config } from '../config/config.ts';
import { queryForm } from './query-form.ts';
import { ACCEPT, SparqlEndpoint, type SparqlStoreOptions } from './sparql-endpoint.ts';
import { loadStatements } from './sparql-load.ts';
import { prepareReplacement, sparqlIri } from './sparql-replace.ts';
import { jsonToTsv, parseJsonResults, serializeBoolean } from './sparql-results.ts';
import { refuseRemoteFetches, sparqlTerm } from './sparql-terms.ts';
import {
  GRAPH_FORMATS,
  type CallOptions,
  type DumpFormat,
  type GraphReplacement,
  type LoadFormat,
  type QueryOptions,
  type QueryResult,
  type ReplaceResult,
  type ResultFormat,
  type SolutionsFormat,
  type Store,
} from './store.ts';
import { StoreError, throwIfAborted } from './store-error.ts';

export type { SparqlStoreOptions } from './sparql-endpoint.ts';
export { VIRTUOSO_SYSTEM_GRAPHS } from './sparql-endpoint.ts';

/** Graphs per DELETE statement and per dump request. */
const GRAPHS_PER_STATEMENT = 200;

/**
 * Statements that empty the given graphs. One DROP per graph costs ~3 ms each on Virtuoso
 * (measured); one DELETE over a VALUES block empties a group of them.
 */
function emptyGraphs(iris: readonly string[]): string[] {
  return [...chunks(iris, GRAPHS_PER_STATEMENT)].map(
    (group) =>
      `DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { VALUES ?g { ${group.map(sparqlIri).join(' ')} } GRAPH ?g { ?s ?p ?o } }`,
  );
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let at = 0; at < items.length; at += size) yield items.slice(at, at + size);
}

/**
 * Where it differs from the embedded store (measured on Virtuoso 7.2.5):
 * - replaceGraphs checks every entry before the first request, so bad input changes nothing; but
 *   a large batch takes several update requests and Virtuoso applies each as it comes: a remote
 *   failure or an abort part-way leaves the graphs done so far replaced.
 * - No default graph of its own: quads live in named graphs; match on the default graph is empty.
 * - Blank nodes come back with Virtuoso's labels (`nodeID://b10000` → `_:b10000`).
 * - Virtuoso stores typed literals by value: lexical forms come back canonical ("-0.5e3" as
 *   "-500.0"), and language tags lower-cased ("ko-KR" as "ko-kr").
 * - CSV and XML are Virtuoso's own; TSV and every ASK serialization are rewritten to the standard.
 * - A query naming a constant graph goes without the exclusion pragmas (see sparql-endpoint.ts).
 */
export class SparqlStore implements Store {
  private readonly endpoint: SparqlEndpoint;
  private closed = false;

  constructor(private readonly options: SparqlStoreOptions) {
    this.endpoint = new SparqlEndpoint(options);
  }

  query(sparql: string, options: QueryOptions & { readonly format: ResultFormat }): Promise<string>;
  query(sparql: string, options?: QueryOptions): Promise<QueryResult>;
  async query(sparql: string, options: QueryOptions = {}): Promise<QueryResult | string> {
    this.open(options);
    refuseRemoteFetches(sparql);
    const { format, signal, dataset } = options;
    const form = queryForm(sparql);
    const graphForm = form === 'CONSTRUCT' || form === 'DESCRIBE';
    if (format !== undefined && form !== undefined) {
      if (graphForm !== (GRAPH_FORMATS as readonly string[]).includes(format)) {
        throw new StoreError('RESULT_FORMAT', 'the requested format does not fit the query form');
      }
    }
    if (format === 'tsv' && form !== 'ASK') {
      return jsonToTsv(await this.endpoint.select(sparql, ACCEPT.json, signal, dataset));
    }
    if (format !== undefined && form !== 'ASK')
      return this.endpoint.select(sparql, ACCEPT[format], signal, dataset);
    if (graphForm) {
      const text = await this.endpoint.select(sparql, ACCEPT.nt, signal, dataset);
      return { type: 'quads', quads: new Parser({ format: 'N-Triples' }).parse(text) };
    }
    const result = parseJsonResults(
      await this.endpoint.select(sparql, ACCEPT.json, signal, dataset),
    );
    // Virtuoso's own ASK serializations are result sets: clients get the standard boolean form.
    if (format !== undefined && result.type === 'boolean') {
      return serializeBoolean(result.value, format as SolutionsFormat);
    }
    return result;
  }

  async update(sparql: string, options: CallOptions = {}): Promise<void> {
    this.open(options);
    refuseRemoteFetches(sparql);
    await this.endpoint.send(sparql, options.signal);
  }

  async replaceGraphs(
    batch: Iterable<GraphReplacement>,
    options: CallOptions = {},
  ): Promise<ReplaceResult> {
    this.open(options);
    const prepared = prepareReplacement(batch); // every entry checked before the first request
    const held = await this.endpoint.graphsHolding(
      prepared.map((entry) => entry.iri),
      options.signal,
    );
    const statements = emptyGraphs([...held]);
    for (const { inserts } of prepared) statements.push(...inserts);
    await this.endpoint.sendInBatches(statements, options.signal);
    const loaded = prepared.filter((entry) => entry.loads);
    const replaced = loaded.filter((entry) => held.has(entry.iri)).length;
    return { loaded: loaded.length, replaced, deleted: held.size - replaced };
  }

  async match(
    subject: RDF.Term | null = null,
    predicate: RDF.Term | null = null,
    object: RDF.Term | null = null,
    graph: RDF.Term | null = null,
    options: CallOptions = {},
  ): Promise<RDF.Quad[]> {
    this.open(options);
    // Virtuoso keeps no default graph: every quad is in a named graph.
    if (graph?.termType === 'DefaultGraph') return [];
    const slot = (term: RDF.Term | null, name: string): string =>
      term ? sparqlTerm(term) : `?${name}`;
    // A bound graph goes in VALUES, not `GRAPH <g>` (see CONSTANT_GRAPH in sparql-endpoint.ts).
    const values = graph ? ` VALUES ?g { ${sparqlTerm(graph)} }` : '';
    const where = `GRAPH ?g { ${slot(subject, 's')} ${slot(predicate, 'p')} ${slot(object, 'o')} }${values}`;
    const quads: RDF.Quad[] = [];
    // ?g is always a variable (bound by VALUES when given). The variables are named, not `*`:
    // Virtuoso 7.2 misaligns a `SELECT *` column under ORDER BY (measured: ?g values of other rows).
    const vars = [
      'g',
      ...(
        [
          [subject, 's'],
          [predicate, 'p'],
          [object, 'o'],
        ] as const
      )
        .filter(([term]) => !term)
        .map(([, name]) => name),
    ];
    const select = `SELECT ${vars.map((v) => `?${v}`).join(' ')} WHERE { ${where} }`;
    for await (const rows of this.endpoint.pages(select, vars, options.signal)) {
      for (const row of rows) {
        const term = (given: RDF.Term | null, name: string): RDF.Term =>
          given ?? (row.get(name) as RDF.Term);
        quads.push(
          DataFactory.quad(
            term(subject, 's') as RDF.Quad_Subject,
            term(predicate, 'p') as RDF.Quad_Predicate,
            term(object, 'o') as RDF.Quad_Object,
            term(graph, 'g') as RDF.Quad_Graph,
          ),
        );
      }
    }
    return quads;
  }

  async dump(format: DumpFormat, options: CallOptions = {}): Promise<string> {
    let text = '';
    for await (const piece of this.dumpStream(format, options)) text += piece;
    return text;
  }

  async *dumpStream(format: DumpFormat, options: CallOptions = {}): AsyncGenerator<string> {
    // Read page by page while the store may change: a consistent snapshot needs a quiet store.
    // Graphs go a group at a time (one request per group and page, not per graph).
    const writer = new Writer({ format: format === 'nq' ? 'N-Quads' : 'N-Triples' });
    for (const group of chunks(await this.graphs(options), GRAPHS_PER_STATEMENT)) {
      const values = group.map((g) => sparqlIri(g.value)).join(' ');
      const select = `SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } VALUES ?g { ${values} } }`;
      for await (const rows of this.endpoint.pages(select, ['g', 's', 'p', 'o'], options.signal)) {
        let piece = '';
        let open: string | undefined;
        for (const row of rows) {
          const graph = row.get('g') as RDF.NamedNode;
          const triple = writer.quadToString(
            row.get('s') as RDF.Quad_Subject,
            row.get('p') as RDF.Quad_Predicate,
            row.get('o') as RDF.Quad_Object,
            format === 'nq' ? graph : undefined,
          );
          // TriG: a block per run of one graph (a graph may come back in several blocks)
          if (format === 'trig' && open !== graph.value) {
            piece += `${open === undefined ? '' : '}\n'}<${graph.value}> {\n`;
            open = graph.value;
          }
          piece += triple;
        }
        yield open === undefined ? piece : `${piece}}\n`;
      }
    }
  }

  async loadFile(
    path: string,
    options: CallOptions & { readonly format: LoadFormat },
  ): Promise<void> {
    this.open(options);
    await this.endpoint.sendInBatches(loadStatements(path, options.format), options.signal);
  }

  async size(options: CallOptions = {}): Promise<number> {
    this.open(options);
    const result = await this.query(
      'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }',
      options,
    );
    const n = result.type === 'solutions' ? result.rows[0]?.get('n')?.value : undefined;
    return Number(n ?? 0);
  }

  async graphs(options: CallOptions = {}): Promise<RDF.NamedNode[]> {
    this.open(options);
    // `GRAPH ?g {}` finds nothing on Virtuoso (measured): graphs are known by their triples.
    const result = await this.query('SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }', options);
    if (result.type !== 'solutions') return [];
    return result.rows
      .map((row) => row.get('g'))
      .filter((g): g is RDF.NamedNode => g?.termType === 'NamedNode');
  }

  async clear(options: CallOptions = {}): Promise<void> {
    this.open(options);
    // The hidden graphs first: state that describes the data must never outlive it, even when
    // the clear is interrupted part-way.
    const hidden = (this.options.hiddenGraphs ?? []).map(
      (g) => `CLEAR SILENT GRAPH ${sparqlIri(g)}`,
    );
    if (hidden.length > 0) await this.endpoint.sendInBatches(hidden, options.signal);
    // Graph by graph, never DROP ALL / CLEAR ALL: on Virtuoso those take its system graphs too.
    const graphs = (await this.graphs(options)).map((g) => g.value);
    await this.endpoint.sendInBatches(emptyGraphs(graphs), options.signal);
  }

  close(): Promise<void> {
    this.closed = true;
    return Promise.resolve();
  }

  private open(options: CallOptions): void {
    if (this.closed) throw new StoreError('STORE_CLOSED', 'the store has been closed');
    throwIfAborted(options.signal);
  }
}

/** The runtime's entry point: the public or the internal store from the configuration (DESIGN §4). */
export function createSparqlStore(
  config: Config,
  which: 'public' | 'internal',
  extra: Pick<SparqlStoreOptions, 'hiddenGraphs'> = {},
): SparqlStore {
  const { remote } = config;
  const queryUrl = which === 'public' ? remote.publicQueryUrl : remote.internalQueryUrl;
  const updateUrl = which === 'public' ? remote.publicUpdateUrl : remote.internalUpdateUrl;
  if (!queryUrl || !updateUrl) {
    throw new StoreError('STORE_ERROR', `no ${which} query and update URLs are configured`);
  }
  const credentials =
    remote.user !== undefined ? { user: remote.user, password: remote.password ?? '' } : undefined;
  return new SparqlStore({
    queryUrl,
    updateUrl,
    credentials,
    timeoutMs: config.queryTimeoutMs,
    ...extra,
  });
}
