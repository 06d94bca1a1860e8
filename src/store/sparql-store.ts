// The remote Store: a SPARQL 1.1 Query/Update endpoint (Virtuoso in deployment) behind the Store interface.
import type * as RDF from '@rdfjs/types';
import { DataFactory, Parser, Writer } from 'n3';
import { readFile } from 'node:fs/promises';
import type { Config } from '../config/config.ts';
import { queryForm } from './query-form.ts';
import { type Credentials, SparqlHttp } from './sparql-http.ts';
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

export interface SparqlStoreOptions {
  readonly queryUrl: string;
  readonly updateUrl: string;
  readonly credentials?: Credentials | undefined;
  /** Per request, including reading the answer. */
  readonly timeoutMs: number;
  /**
   * Speak Virtuoso's dialect (the default): `define input:*-graph-exclude` pragmas hide its system
   * graphs from every default graph and `GRAPH ?g`, and DESCRIBE is asked for a CBD (without the
   * pragma Virtuoso 7.2 describes nothing, measured). Off: plain SPARQL 1.1, and the remote must
   * serve the union of its named graphs as the default graph itself.
   */
  readonly virtuoso?: boolean;
  /** The graphs Virtuoso's dialect hides (VIRTUOSO_SYSTEM_GRAPHS by default). */
  readonly systemGraphs?: readonly string[];
  /** Rows per request for match and dumps: at most the remote's own row cap (Virtuoso: ResultSetMaxRows). */
  readonly pageSize?: number;
}

/** What a fresh Virtuoso 7.2 database holds (measured): its mapping schema, LDP, the URIQA graph. */
export const VIRTUOSO_SYSTEM_GRAPHS = [
  'http://www.openlinksw.com/schemas/virtrdf#',
  'http://www.w3.org/ns/ldp#',
  'http://localuriqaserver/sparql',
];

const ACCEPT: Readonly<Record<ResultFormat, string>> = {
  json: 'application/sparql-results+json',
  xml: 'application/sparql-results+xml',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  nt: 'application/n-triples',
  // a constructed graph has no graph names: N-Triples is valid N-Quads, Turtle is valid TriG
  nq: 'application/n-triples',
  ttl: 'text/turtle',
  trig: 'text/turtle',
  rdf: 'application/rdf+xml',
  jsonld: 'application/ld+json',
};
/**
 * A constant graph name (`GRAPH <…>`, `GRAPH ex:g`). Virtuoso 7.2 answers nothing from such a
 * pattern under the exclusion pragmas (measured; ASK still works): such requests go without
 * them, so only a default-graph pattern in the same query could see system graphs.
 */
const CONSTANT_GRAPH = /\bGRAPH\s*(?:<|[A-Za-z_][\w.-]*:|:)/i;
const FORM_URLENCODED = 'application/x-www-form-urlencoded';
const DROPS_PER_REQUEST = 200;
const UPDATE_CHARS_PER_REQUEST = 1 << 20;

export class SparqlStore implements Store {
  private readonly http: SparqlHttp;
  private readonly prologue: string;
  private readonly describeMode: string;
  private readonly pageSize: number;
  private closed = false;

  constructor(private readonly options: SparqlStoreOptions) {
    this.http = new SparqlHttp(options.timeoutMs, options.credentials);
    const virtuoso = options.virtuoso ?? true;
    const system = virtuoso ? (options.systemGraphs ?? VIRTUOSO_SYSTEM_GRAPHS).map(sparqlIri) : [];
    this.describeMode = virtuoso ? 'define sql:describe-mode "CBD" ' : '';
    // One line with no line break, so the remote's error positions still match the caller's text.
    this.prologue = system
      .flatMap((g) => [
        `define input:default-graph-exclude ${g} `,
        `define input:named-graph-exclude ${g} `,
      ])
      .join('');
    this.pageSize = options.pageSize ?? 10_000;
  }

  query(sparql: string, options: QueryOptions & { readonly format: ResultFormat }): Promise<string>;
  query(sparql: string, options?: QueryOptions): Promise<QueryResult>;
  async query(sparql: string, options: QueryOptions = {}): Promise<QueryResult | string> {
    this.open(options);
    refuseRemoteFetches(sparql);
    const { format, signal } = options;
    const form = queryForm(sparql);
    const graphForm = form === 'CONSTRUCT' || form === 'DESCRIBE';
    if (format !== undefined && form !== undefined) {
      if (graphForm !== (GRAPH_FORMATS as readonly string[]).includes(format)) {
        throw new StoreError('RESULT_FORMAT', 'the requested format does not fit the query form');
      }
    }
    if (format === 'tsv' && form !== 'ASK') {
      return jsonToTsv(await this.select(sparql, ACCEPT.json, signal));
    }
    if (format !== undefined && form !== 'ASK') return this.select(sparql, ACCEPT[format], signal);
    if (graphForm) {
      const text = await this.select(sparql, ACCEPT.nt, signal);
      return { type: 'quads', quads: new Parser({ format: 'N-Triples' }).parse(text) };
    }
    const result = parseJsonResults(await this.select(sparql, ACCEPT.json, signal));
    // Virtuoso's own ASK serializations are result sets: clients get the standard boolean form.
    if (format !== undefined && result.type === 'boolean') {
      return serializeBoolean(result.value, format as SolutionsFormat);
    }
    return result;
  }

  async update(sparql: string, options: CallOptions = {}): Promise<void> {
    this.open(options);
    refuseRemoteFetches(sparql);
    await this.send(sparql, options.signal);
  }

  async replaceGraphs(
    batch: Iterable<GraphReplacement>,
    options: CallOptions = {},
  ): Promise<ReplaceResult> {
    this.open(options);
    const prepared = prepareReplacement(batch); // every entry checked before the first request
    const held = await this.graphsHolding(
      prepared.map((entry) => entry.iri),
      options.signal,
    );
    const statements: string[] = [];
    for (const { iri, insert } of prepared) {
      statements.push(`DROP SILENT GRAPH <${iri}>`);
      if (insert !== undefined) statements.push(insert);
    }
    await this.sendInBatches(statements, options.signal);
    const loaded = prepared.filter((entry) => entry.insert !== undefined);
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
    // A bound graph goes in VALUES, not `GRAPH <g>` (see CONSTANT_GRAPH).
    const values = graph ? ` VALUES ?g { ${sparqlTerm(graph)} }` : '';
    const where = `GRAPH ?g { ${slot(subject, 's')} ${slot(predicate, 'p')} ${slot(object, 'o')} }${values}`;
    const quads: RDF.Quad[] = [];
    for await (const rows of this.pages(`SELECT * WHERE { ${where} }`, options.signal)) {
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
    for (const graph of await this.graphs(options)) {
      const iri = sparqlIri(graph.value);
      const where = `SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } VALUES ?g { ${iri} } }`;
      if (format === 'trig') yield `${iri} {\n`;
      for await (const rows of this.pages(where, options.signal)) {
        const quads = rows.map((row) =>
          DataFactory.quad(
            row.get('s') as RDF.Quad_Subject,
            row.get('p') as RDF.Quad_Predicate,
            row.get('o') as RDF.Quad_Object,
            format === 'nq' ? graph : DataFactory.defaultGraph(),
          ),
        );
        yield new Writer({ format: format === 'nq' ? 'N-Quads' : 'N-Triples' }).quadsToString(
          quads,
        );
      }
      if (format === 'trig') yield '}\n';
    }
  }

  async loadFile(
    path: string,
    options: CallOptions & { readonly format: LoadFormat },
  ): Promise<void> {
    this.open(options);
    const text = await readFile(path, 'utf8');
    const byGraph = new Map<string, string[]>();
    try {
      for (const quad of new Parser({
        format: options.format === 'nq' ? 'N-Quads' : 'N-Triples',
      }).parse(text)) {
        if (quad.graph.termType !== 'NamedNode') {
          throw new StoreError(
            'QUERY_UNSUPPORTED',
            'the remote store keeps no default graph to load into',
          );
        }
        const line = new Writer({ format: 'N-Triples' }).quadToString(
          quad.subject,
          quad.predicate,
          quad.object,
        );
        byGraph.set(quad.graph.value, [...(byGraph.get(quad.graph.value) ?? []), line]);
      }
    } catch (error) {
      if (error instanceof StoreError) throw error;
      throw new StoreError('RDF_SYNTAX', `RDF syntax error in ${path}`, { cause: error });
    }
    const statements = [...byGraph].map(
      ([iri, lines]) => `INSERT { GRAPH ${sparqlIri(iri)} {\n${lines.join('')}} } WHERE {}`,
    );
    await this.sendInBatches(statements, options.signal);
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
    // Graph by graph, never DROP ALL: on Virtuoso that would also drop its own system graphs.
    const graphs = await this.graphs(options);
    await this.sendInBatches(
      graphs.map((g) => `DROP SILENT GRAPH ${sparqlIri(g.value)}`),
      options.signal,
    );
  }

  close(): Promise<void> {
    this.closed = true;
    return Promise.resolve();
  }

  /** Query protocol, POST with a form body (Virtuoso 7.2 never answers a direct `application/sparql-query` POST: measured). */
  private async select(sparql: string, accept: string, signal?: AbortSignal): Promise<string> {
    const body = new URLSearchParams({ query: this.scoped(sparql) }).toString();
    const { text } = await this.http.post({
      url: this.options.queryUrl,
      body,
      contentType: FORM_URLENCODED,
      accept,
      signal,
    });
    return text;
  }

  /** Update protocol, POST `application/sparql-update`. */
  private async send(sparql: string, signal?: AbortSignal): Promise<void> {
    await this.http.post({
      url: this.options.updateUrl,
      body: this.scoped(sparql),
      contentType: 'application/sparql-update',
      signal,
    });
  }

  private async sendInBatches(statements: readonly string[], signal?: AbortSignal): Promise<void> {
    let batch: string[] = [];
    let chars = 0;
    for (const statement of statements) {
      batch.push(statement);
      chars += statement.length;
      if (chars >= UPDATE_CHARS_PER_REQUEST || batch.length >= DROPS_PER_REQUEST) {
        throwIfAborted(signal);
        await this.send(batch.join(' ;\n'), signal);
        batch = [];
        chars = 0;
      }
    }
    if (batch.length > 0) {
      throwIfAborted(signal);
      await this.send(batch.join(' ;\n'), signal);
    }
  }

  /** Of the given graphs, those that hold quads now. */
  private async graphsHolding(iris: readonly string[], signal?: AbortSignal): Promise<Set<string>> {
    const held = new Set<string>();
    for (let at = 0; at < iris.length; at += DROPS_PER_REQUEST) {
      const values = iris.slice(at, at + DROPS_PER_REQUEST).map((iri) => `<${iri}>`);
      const text = await this.select(
        `SELECT DISTINCT ?g WHERE { VALUES ?g { ${values.join(' ')} } GRAPH ?g { ?s ?p ?o } }`,
        ACCEPT.json,
        signal,
      );
      const result = parseJsonResults(text);
      if (result.type === 'solutions')
        for (const row of result.rows) held.add(row.get('g')?.value ?? '');
    }
    return held;
  }

  /** SELECT rows a page at a time, so no answer runs into the remote's row cap. */
  private async *pages(
    select: string,
    signal?: AbortSignal,
  ): AsyncGenerator<ReadonlyArray<ReadonlyMap<string, RDF.Term>>> {
    for (let offset = 0; ; offset += this.pageSize) {
      throwIfAborted(signal);
      const text = await this.select(
        `${select} LIMIT ${this.pageSize} OFFSET ${offset}`,
        ACCEPT.json,
        signal,
      );
      const result = parseJsonResults(text);
      const rows = result.type === 'solutions' ? result.rows : [];
      if (rows.length > 0) yield rows;
      if (rows.length < this.pageSize) return;
    }
  }

  private scoped(sparql: string): string {
    const describe = queryForm(sparql) === 'DESCRIBE' ? this.describeMode : '';
    return describe + (CONSTANT_GRAPH.test(sparql) ? '' : this.prologue) + sparql;
  }

  private open(options: CallOptions): void {
    if (this.closed) throw new StoreError('STORE_CLOSED', 'the store has been closed');
    throwIfAborted(options.signal);
  }
}

/** The runtime's entry point: the public or the internal store from the configuration (DESIGN §4). */
export function createSparqlStore(config: Config, which: 'public' | 'internal'): SparqlStore {
  const { remote } = config;
  const queryUrl = which === 'public' ? remote.publicQueryUrl : remote.internalQueryUrl;
  const updateUrl = which === 'public' ? remote.publicUpdateUrl : remote.internalUpdateUrl;
  if (!queryUrl || !updateUrl) {
    throw new StoreError('STORE_ERROR', `no ${which} query and update URLs are configured`);
  }
  const credentials =
    remote.user !== undefined ? { user: remote.user, password: remote.password ?? '' } : undefined;
  return new SparqlStore({ queryUrl, updateUrl, credentials, timeoutMs: config.queryTimeoutMs });
}
