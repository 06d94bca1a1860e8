// A Store whose Oxigraph lives in a worker thread: the calling thread never parses, loads or
// queries, and can map the next ingest batch while the worker loads the last one.
// An abort reaches the call inside the worker; a runaway synchronous query cannot hear it: the
// QueryPool stops one by closing (terminating) the replica that runs it.
import { Worker } from 'node:worker_threads';
import type * as RDF from '@rdfjs/types';
import { DataFactory } from 'n3';
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
import { StoreError, type StoreErrorCode } from './store-error.ts';
import type { WorkerAbort, WorkerRequest, WorkerResponse } from './store-worker.ts';
import {
  decodeQuad,
  decodeTerm,
  encodeTerm,
  type EncodedQuad,
  type EncodedTerm,
} from './term-codec.ts';

interface Pending {
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

export class WorkerStore implements Store {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;
  /** Set when the worker died: every later call fails at once instead of waiting forever. */
  private dead: Error | undefined;

  constructor() {
    this.worker = new Worker(new URL('./store-worker-entry.mjs', import.meta.url));
    this.worker.on('message', (response: WorkerResponse) => this.settle(response));
    this.worker.on('error', (error) => {
      this.die(
        new StoreError('STORE_ERROR', `store worker failed: ${error.message}`, { cause: error }),
      );
    });
    this.worker.on('exit', (code) => {
      if (!this.closed)
        this.die(new StoreError('STORE_ERROR', `store worker exited (code ${code})`));
    });
  }

  /** False once the worker has died or been closed: a pool replaces such a replica. */
  get alive(): boolean {
    return !this.closed && this.dead === undefined;
  }

  query(sparql: string, options: QueryOptions & { readonly format: ResultFormat }): Promise<string>;
  query(sparql: string, options?: QueryOptions): Promise<QueryResult>;
  async query(sparql: string, options: QueryOptions = {}): Promise<QueryResult | string> {
    const { dataset } = options;
    const wireDataset = dataset && {
      defaultGraphs: dataset.defaultGraphs.map((g) => g.value),
      namedGraphs: dataset.namedGraphs.map((g) => g.value),
    };
    const value = await this.call('query', [sparql, options.format, wireDataset], options);
    if (options.format) return value as string;
    const result = value as
      | { type: 'boolean'; value: boolean }
      | { type: 'quads'; quads: EncodedQuad[] }
      | { type: 'solutions'; rows: Array<Array<[string, EncodedTerm]>> };
    if (result.type === 'boolean') return result;
    if (result.type === 'quads') return { type: 'quads', quads: result.quads.map(decodeQuad) };
    return {
      type: 'solutions',
      rows: result.rows.map((row) => new Map(row.map(([k, t]) => [k, decodeTerm(t) as RDF.Term]))),
    };
  }

  async update(sparql: string, options: CallOptions = {}): Promise<void> {
    await this.call('update', [sparql], options);
  }

  async replaceGraphs(
    batch: Iterable<GraphReplacement>,
    options: CallOptions = {},
  ): Promise<ReplaceResult> {
    const wire = [...batch].map((e) =>
      'delete' in e
        ? { graph: e.graph.value, delete: true as const }
        : { graph: e.graph.value, nquads: e.nquads },
    );
    return (await this.call('replaceGraphs', [wire], options)) as ReplaceResult;
  }

  async match(
    subject?: RDF.Term | null,
    predicate?: RDF.Term | null,
    object?: RDF.Term | null,
    graph?: RDF.Term | null,
    options: CallOptions = {},
  ): Promise<RDF.Quad[]> {
    const args = [subject, predicate, object, graph].map((t) => encodeTerm(t));
    return ((await this.call('match', args, options)) as EncodedQuad[]).map(decodeQuad);
  }

  async dump(format: DumpFormat, options: CallOptions = {}): Promise<string> {
    return (await this.call('dump', [format], options)) as string;
  }

  async *dumpStream(format: DumpFormat, options: CallOptions = {}): AsyncGenerator<string> {
    // The worker collects the per-graph pieces of one consistent state and hands them over.
    yield* (await this.call('dumpPieces', [format], options)) as string[];
  }

  /** Writes the whole dataset to `path` from inside the worker (nothing crosses to this thread). */
  async dumpToFile(path: string, format: DumpFormat, options: CallOptions = {}): Promise<void> {
    await this.call('dumpToFile', [path, format], options);
  }

  async loadFile(
    path: string,
    options: CallOptions & { readonly format: LoadFormat },
  ): Promise<void> {
    await this.call('loadFile', [path, options.format], options);
  }

  async size(options: CallOptions = {}): Promise<number> {
    return (await this.call('size', [], options)) as number;
  }

  async graphs(options: CallOptions = {}): Promise<RDF.NamedNode[]> {
    return ((await this.call('graphs', [], options)) as string[]).map((g) =>
      DataFactory.namedNode(g),
    );
  }

  async clear(options: CallOptions = {}): Promise<void> {
    await this.call('clear', [], options);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.worker.terminate();
    this.failAll(new StoreError('STORE_CLOSED', 'the store is closed'));
  }

  private call(method: string, args: readonly unknown[], options: CallOptions): Promise<unknown> {
    if (this.closed) return Promise.reject(new StoreError('STORE_CLOSED', 'the store is closed'));
    if (this.dead) return Promise.reject(this.dead);
    if (options.signal?.aborted)
      return Promise.reject(new StoreError('ABORTED', 'the call was aborted'));
    const id = this.nextId++;
    const { signal } = options;
    const onAbort = (): void => this.worker.postMessage({ abort: id } satisfies WorkerAbort);
    signal?.addEventListener('abort', onAbort, { once: true });
    return new Promise<unknown>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, method, args } satisfies WorkerRequest);
    }).finally(() => signal?.removeEventListener('abort', onAbort));
  }

  private settle(response: WorkerResponse): void {
    const pending = this.pending.get(response.id);
    if (!pending) return;
    this.pending.delete(response.id);
    if (response.ok) pending.resolve(response.value);
    else {
      const { code, message, line, column, graph } = response.error;
      pending.reject(
        new StoreError(code as StoreErrorCode, message, {
          ...(line === undefined ? {} : { line }),
          ...(column === undefined ? {} : { column }),
          ...(graph === undefined ? {} : { graph }),
        }),
      );
    }
  }

  private die(error: Error): void {
    this.dead ??= error;
    this.failAll(error);
  }

  private failAll(error: unknown): void {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }
}
