// The embedded Store: one in-memory Oxigraph (WASM) instance, its calls serialized.
import type * as RDF from '@rdfjs/types';
import { DataFactory } from 'n3';
import { closeSync, openSync, readSync } from 'node:fs';
import * as oxigraph from 'oxigraph';
import { sparqlError, rdfError } from './oxigraph-errors.ts';
import { oxigraphTerm, replaceGraphsIn } from './oxigraph-replace.ts';
import { plainQuads, plainRow } from './oxigraph-terms.ts';
import { queryForm } from './query-form.ts';
import { SerialQueue } from './serial-queue.ts';
import type {
  CallOptions,
  DumpFormat,
  GraphReplacement,
  LoadFormat,
  QueryOptions,
  QueryResult,
  ReplaceResult,
  ResultFormat,
  Store,
} from './store.ts';
import { StoreError, throwIfAborted } from './store-error.ts';

const FILE_CHUNK_BYTES = 1 << 20;
/** Per-graph dump pieces are gathered up to this size before they are handed on. */
const DUMP_PIECE_CHARS = 1 << 20;
const GRAPH_NAMES = 'SELECT ?g WHERE { GRAPH ?g {} }';

/** Reads a file as Buffer chunks on demand: Oxigraph's load takes a synchronous iterable. */
function* fileChunks(path: string): Generator<Buffer> {
  const fd = openSync(path, 'r');
  try {
    for (;;) {
      const chunk = Buffer.allocUnsafe(FILE_CHUNK_BYTES);
      const read = readSync(fd, chunk, 0, FILE_CHUNK_BYTES, null);
      if (read === 0) return;
      yield chunk.subarray(0, read);
    }
  } finally {
    closeSync(fd);
  }
}

export class OxigraphStore implements Store {
  private readonly queue = new SerialQueue();
  private store: oxigraph.Store | undefined = new oxigraph.Store();

  query(sparql: string, options: QueryOptions & { readonly format: ResultFormat }): Promise<string>;
  query(sparql: string, options?: QueryOptions): Promise<QueryResult>;
  query(sparql: string, options: QueryOptions = {}): Promise<QueryResult | string> {
    return this.call(options, (store) => {
      const { format, dataset } = options;
      let result: ReturnType<oxigraph.Store['query']>;
      try {
        result = store.query(sparql, {
          // Oxigraph's union flag overrides FROM: an explicit dataset goes without it.
          ...(dataset
            ? {
                default_graph: dataset.defaultGraphs.map((g) => oxigraph.namedNode(g.value)),
                named_graphs: dataset.namedGraphs.map((g) => oxigraph.namedNode(g.value)),
              }
            : { use_default_graph_as_union: true }),
          ...(format === undefined ? {} : { results_format: format }),
        });
      } catch (error) {
        throw sparqlError(error, 'query');
      }
      if (typeof result === 'string') return result;
      if (typeof result === 'boolean') return { type: 'boolean', value: result };
      const first = result[0];
      // An empty array is the same for SELECT and CONSTRUCT: the query form tells them apart.
      const quads = first === undefined ? isGraphForm(sparql) : !(first instanceof Map);
      return quads
        ? { type: 'quads', quads: plainQuads(result as oxigraph.Quad[]) }
        : { type: 'solutions', rows: (result as Map<string, oxigraph.Term>[]).map(plainRow) };
    });
  }

  update(sparql: string, options: CallOptions = {}): Promise<void> {
    return this.call(options, (store) => {
      try {
        store.update(sparql);
      } catch (error) {
        throw sparqlError(error, 'update');
      }
    });
  }

  replaceGraphs(
    batch: Iterable<GraphReplacement>,
    options: CallOptions = {},
  ): Promise<ReplaceResult> {
    return this.call(options, (store) => replaceGraphsIn(store, batch, options.signal));
  }

  match(
    subject: RDF.Term | null = null,
    predicate: RDF.Term | null = null,
    object: RDF.Term | null = null,
    graph: RDF.Term | null = null,
    options: CallOptions = {},
  ): Promise<RDF.Quad[]> {
    const term = (t: RDF.Term | null): oxigraph.Term | null => (t ? oxigraphTerm(t) : null);
    return this.call(options, (store) =>
      plainQuads(store.match(term(subject), term(predicate), term(object), term(graph))),
    );
  }

  dump(format: DumpFormat, options: CallOptions = {}): Promise<string> {
    return this.call(options, (store) => store.dump({ format }));
  }

  async *dumpStream(format: DumpFormat, options: CallOptions = {}): AsyncGenerator<string> {
    // The queue is held for the whole iteration, so the dump is one consistent state.
    const release = await this.queue.acquire();
    try {
      const store = this.open(options);
      let piece = '';
      for (const name of [null, ...graphNames(store)]) {
        throwIfAborted(options.signal);
        const graph = name === null ? DataFactory.defaultGraph() : graphTerm(name);
        // Oxigraph writes one triple per line, each ending in " .\n", with newlines in literals
        // escaped: so the graph term can be spliced in before every line end.
        const triples = store.dump({ format: 'nt', from_graph_name: oxigraphTerm(graph) });
        if (triples === '') continue;
        if (name === null) piece += triples;
        else if (format === 'nq') piece += triples.replaceAll(' .\n', ` ${name} .\n`);
        else piece += `${name} {\n${triples}}\n`;
        if (piece.length >= DUMP_PIECE_CHARS) {
          yield piece;
          piece = '';
        }
      }
      if (piece !== '') yield piece;
    } finally {
      release();
    }
  }

  loadFile(path: string, options: CallOptions & { readonly format: LoadFormat }): Promise<void> {
    return this.call(options, (store) => {
      try {
        store.load(fileChunks(path), { format: options.format });
      } catch (error) {
        throw rdfError(error);
      }
    });
  }

  size(options: CallOptions = {}): Promise<number> {
    return this.call(options, (store) => store.size);
  }

  graphs(options: CallOptions = {}): Promise<RDF.NamedNode[]> {
    return this.call(options, (store) =>
      graphNames(store)
        .filter((name) => name.startsWith('<'))
        .map((name) => DataFactory.namedNode(name.slice(1, -1))),
    );
  }

  clear(options: CallOptions = {}): Promise<void> {
    // A fresh instance is instant and hands the old one's WASM memory back to the allocator.
    return this.call(options, (store) => {
      freeStore(store);
      this.store = new oxigraph.Store();
    });
  }

  close(): Promise<void> {
    return this.queue.run(() => {
      if (this.store) freeStore(this.store);
      this.store = undefined;
    });
  }

  private call<T>(
    options: CallOptions,
    work: (store: oxigraph.Store) => T | Promise<T>,
  ): Promise<T> {
    return this.queue.run(async () => {
      try {
        return await work(this.open(options));
      } catch (error) {
        // e.g. a WASM trap ("unreachable" when memory runs out): never leak a bare Error
        if (error instanceof StoreError) throw error;
        throw new StoreError('STORE_ERROR', `store call failed: ${String(error)}`, {
          cause: error,
        });
      }
    });
  }

  private open(options: CallOptions): oxigraph.Store {
    throwIfAborted(options.signal);
    if (!this.store) throw new StoreError('STORE_CLOSED', 'the store has been closed');
    return this.store;
  }
}

function freeStore(store: oxigraph.Store): void {
  (store as unknown as { free(): void }).free();
}

function isGraphForm(sparql: string): boolean {
  const form = queryForm(sparql);
  return form === 'CONSTRUCT' || form === 'DESCRIBE';
}

/** Graph names as N-Quads terms (`<iri>` or `_:id`), read from TSV so no WASM wrappers are made. */
function graphNames(store: oxigraph.Store): string[] {
  const tsv = store.query(GRAPH_NAMES, { results_format: 'tsv' }) as string;
  return tsv.split('\n').slice(1, -1);
}

function graphTerm(name: string): RDF.NamedNode | RDF.BlankNode {
  return name.startsWith('_:')
    ? DataFactory.blankNode(name.slice(2))
    : DataFactory.namedNode(name.slice(1, -1));
}
