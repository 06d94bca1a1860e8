// A Store over a primary (writes, dumps, internal reads) and read replicas (queries): a query past
// its deadline is stopped by terminating its replica's worker, which is rebuilt from the primary.
import type * as RDF from '@rdfjs/types';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReplicaQueue } from './replica-queue.ts';
import { ReplicaSet, type Replica, type ReplicaStore, type Write } from './replica-set.ts';
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
import { isTimeoutReason, StoreError } from './store-error.ts';

export type { ReplicaStore } from './replica-set.ts';

export interface QueryPoolOptions {
  /** How many read replicas (each a full copy of the primary); at least 1. */
  readonly replicas: number;
  /**
   * A fresh, empty store. It must run calls in the order they are made (WorkerStore and
   * OxigraphStore do: a write posted before a query is applied before it) and close() must stop
   * it at once, mid-query (a worker's terminate).
   */
  readonly makeReplica: () => ReplicaStore;
  /** Queries waiting for a free replica beyond this many fail at once with STORE_UNAVAILABLE. */
  readonly maxQueued?: number;
  /** A query that waited this long without a free replica fails with STORE_UNAVAILABLE. */
  readonly maxWaitMs?: number;
}

export interface QueryPoolStats {
  readonly replicas: number;
  readonly replicasReady: number;
  readonly queued: number;
  /** Queries stopped at their deadline (each one restarted a replica). */
  readonly timeouts: number;
  /** Queries whose caller went away mid-query (each one restarted a replica). */
  readonly aborts: number;
  readonly restarts: number;
  /** Queries refused because no replica was free (queue full or waited too long). */
  readonly unavailable: number;
}

/**
 * Until start() it passes everything to the primary, so a runtime loads and replays once and only
 * then copies the result into its replicas.
 */
export class QueryPool implements Store {
  private replicas: ReplicaSet | undefined;
  private started: Promise<void> | undefined;
  private dir: string | undefined;
  private readonly waiting: ReplicaQueue<Replica>;
  private closed = false;
  private readonly counts = { timeouts: 0, aborts: 0 };

  /**
   * The primary copy, for the application's own background readers (search index, dumps): their
   * long reads must not take a replica from the public's queries.
   */
  get background(): Store {
    return this.primary;
  }

  constructor(
    private readonly primary: Store,
    private readonly options: QueryPoolOptions,
  ) {
    if (!Number.isInteger(options.replicas) || options.replicas < 1)
      throw new RangeError('a QueryPool needs at least one replica');
    this.waiting = new ReplicaQueue(options.maxQueued ?? 256, options.maxWaitMs ?? 30_000);
  }

  /** A pool over the primary's current content, its replicas ready. */
  static async open(primary: Store, options: QueryPoolOptions): Promise<QueryPool> {
    const pool = new QueryPool(primary, options);
    try {
      await pool.start();
    } catch (error) {
      await pool.close();
      throw error;
    }
    return pool;
  }

  /** Builds the replicas from the primary's content; from then on queries run only on them. */
  start(): Promise<void> {
    this.started ??= this.build();
    return this.started;
  }

  private async build(): Promise<void> {
    const dir = await mkdtemp(join(tmpdir(), 'plaza-pool-'));
    this.dir = dir;
    if (this.closed) {
      await rm(dir, { recursive: true, force: true });
      return;
    }
    const replicas = new ReplicaSet(this.primary, this.options.makeReplica, dir, (r) =>
      this.release(r),
    );
    this.replicas = replicas;
    const fresh = await replicas.add(this.options.replicas);
    if (fresh.some((r) => r.state === 'loading'))
      throw new StoreError('STORE_ERROR', 'a query replica failed to load');
  }

  get stats(): QueryPoolStats {
    const list = this.replicas?.list ?? [];
    return {
      replicas: list.length,
      replicasReady: list.filter((r) => r.state !== 'loading').length,
      queued: this.waiting.length,
      ...this.counts,
      restarts: this.replicas?.restarts ?? 0,
      unavailable: this.waiting.refused,
    };
  }

  query(sparql: string, options: QueryOptions & { readonly format: ResultFormat }): Promise<string>;
  query(sparql: string, options?: QueryOptions): Promise<QueryResult>;
  async query(sparql: string, options: QueryOptions = {}): Promise<QueryResult | string> {
    const { signal, ...unsignalled } = options; // format and dataset
    if (!this.replicas) return this.primary.query(sparql, options); // not started: startup's reads
    if (this.closed) throw new StoreError('STORE_CLOSED', 'the store is closed');
    if (signal?.aborted) throw new StoreError('ABORTED', 'the call was aborted');
    const replica = this.idleReplica() ?? (await this.waiting.wait(signal));
    // The replica gets no signal: its query cannot hear one; runOn terminates it instead.
    return this.runOn(replica, (store) => store.query(sparql, unsignalled), signal);
  }

  update(sparql: string, options: CallOptions = {}): Promise<void> {
    return this.write((s, o) => s.update(sparql, o), options);
  }

  replaceGraphs(
    batch: Iterable<GraphReplacement>,
    options: CallOptions = {},
  ): Promise<ReplaceResult> {
    const list = [...batch]; // every replica replays the same entries
    return this.write((s, o) => s.replaceGraphs(list, o), options);
  }

  loadFile(path: string, options: CallOptions & { readonly format: LoadFormat }): Promise<void> {
    // The caller may remove the file once this resolves: wait for loading replicas too.
    const { format } = options;
    return this.write((s, o) => s.loadFile(path, { ...o, format }), options, true);
  }

  clear(options: CallOptions = {}): Promise<void> {
    return this.write((s, o) => s.clear(o), options);
  }

  match(
    subject?: RDF.Term | null,
    predicate?: RDF.Term | null,
    object?: RDF.Term | null,
    graph?: RDF.Term | null,
    options?: CallOptions,
  ): Promise<RDF.Quad[]> {
    return this.primary.match(subject, predicate, object, graph, options);
  }

  dump(format: DumpFormat, options?: CallOptions): Promise<string> {
    return this.primary.dump(format, options);
  }

  dumpStream(format: DumpFormat, options?: CallOptions): AsyncIterable<string> {
    return this.primary.dumpStream(format, options);
  }

  size(options?: CallOptions): Promise<number> {
    return this.primary.size(options);
  }

  graphs(options?: CallOptions): Promise<RDF.NamedNode[]> {
    return this.primary.graphs(options);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.waiting.failAll(new StoreError('STORE_CLOSED', 'the store is closed'));
    await Promise.allSettled([this.primary.close(), this.replicas?.close()]);
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
  }

  private write<T>(op: Write<T>, options: CallOptions, waitForLoading = false): Promise<T> {
    return this.replicas
      ? this.replicas.write(op, options, waitForLoading)
      : op(this.primary, options);
  }

  /** Runs one query alone on a replica; when the signal fires first, the replica is replaced. */
  private runOn<T>(
    replica: Replica,
    work: (store: Store) => Promise<T>,
    signal: AbortSignal | undefined,
  ): Promise<T> {
    replica.state = 'busy';
    if (signal?.aborted) {
      // fired while the replica was being handed over: nothing ran
      this.release(replica);
      return Promise.reject(new StoreError('ABORTED', 'the call was aborted'));
    }
    return new Promise<T>((resolve, reject) => {
      const onAbort = (): void => {
        const timedOut = isTimeoutReason(signal?.reason);
        this.counts[timedOut ? 'timeouts' : 'aborts']++;
        const cause = signal?.reason as unknown;
        reject(
          timedOut
            ? new StoreError('TIMEOUT', 'the query ran past its time limit', { cause })
            : new StoreError('ABORTED', 'the query was aborted', { cause }),
        );
        // Oxigraph's query is synchronous: only terminating the worker stops it.
        this.replicas?.replace(replica);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      work(replica.store)
        .then(resolve, (error: Error) => {
          if (replica.store.alive === false) this.replicas?.replace(replica);
          reject(error);
        })
        .finally(() => {
          signal?.removeEventListener('abort', onAbort);
          if (replica.state === 'busy' && this.replicas?.list.includes(replica))
            this.release(replica);
        });
    });
  }

  private idleReplica(): Replica | undefined {
    if (this.waiting.length > 0) return undefined; // first come, first served
    return this.replicas?.list.find((r) => r.state === 'idle');
  }

  /** A replica is free: the longest-waiting query gets it, else it idles. */
  private release(replica: Replica): void {
    replica.state = this.waiting.handOver(replica) ? 'busy' : 'idle';
  }
}
