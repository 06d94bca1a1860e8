// The internal and the public store of one process, and how they come back at start: embedded
// Oxigraph from snapshots in the data directory; remote SPARQL stores, durable themselves, from
// the record-log position each keeps in its own state graph.
import type { Config } from '../config/config.ts';
import { loadSnapshot, writeSnapshot } from '../log/snapshot.ts';
import { StoreLogPosition, type LogPosition } from '../store/log-position.ts';
import { QueryPool, type QueryPoolStats } from '../store/query-pool.ts';
import { createSparqlStore } from '../store/sparql-store.ts';
import type { Store } from '../store/store.ts';
import { WorkerStore } from '../store/worker-store.ts';
import type { IriMinter } from '../vocab/iri.ts';

/** What the stores need to know of the record log. */
export interface PositionedLog {
  readonly lastSeq: number;
  entries(fromSeq?: number): AsyncIterable<{ readonly seq: number; readonly at: string }>;
}

/** The log positions the two stores reflect after `restore`. */
export interface Restored {
  readonly internal: number;
  /** Equal to `internal` when the public store matches it; otherwise it is republished whole. */
  readonly public: number;
}

export interface StorePair {
  /** The internal graph: full data, officials only. */
  readonly store: Store;
  /** The public graph. */
  readonly publicStore: Store;
  /** The public graph for the server's own background readers (never a query replica). */
  readonly publicReader: Store;
  /** Cheap enough to save at every start (so a query after a crash replays once, not each time). */
  readonly saveOnOpen: boolean;
  /** Brings back what the stores held; `fromScratch` empties them instead. */
  restore(log: PositionedLog, fromScratch: boolean): Promise<Restored>;
  /** Records that both stores now reflect the log up to its last entry. */
  save(log: PositionedLog): Promise<void>;
  /** Starts the read replicas, once the start's loading is done. */
  start(): Promise<void>;
  /** The read replicas' state per store (none for remote stores). */
  replicaStats(): { readonly internal?: QueryPoolStats; readonly public?: QueryPoolStats };
  close(): Promise<void>;
}

/** `queryWorkers`: read replicas of embedded stores (a remote store stops runaway queries itself). */
export function openStores(
  config: Config,
  iri: IriMinter,
  queryWorkers: number | undefined,
): StorePair {
  return config.store === 'sparql'
    ? remoteStores(config, iri)
    : embeddedStores(config, queryWorkers);
}

/** Without query workers the stores themselves; with them, pools that start once loaded. */
function servedStores(queryWorkers: number | undefined): [Store, Store, QueryPool[]] {
  if (!queryWorkers) return [new WorkerStore(), new WorkerStore(), []];
  const makeReplica = (): WorkerStore => new WorkerStore();
  const pools = [
    new QueryPool(new WorkerStore(), { replicas: 1, makeReplica }),
    new QueryPool(new WorkerStore(), { replicas: queryWorkers, makeReplica }),
  ] as const;
  return [pools[0], pools[1], [...pools]];
}

function embeddedStores(config: Config, queryWorkers: number | undefined): StorePair {
  const [store, publicStore, pools] = servedStores(queryWorkers);
  return {
    store,
    publicStore,
    publicReader: publicStore instanceof QueryPool ? publicStore.background : publicStore,
    saveOnOpen: false,
    async restore(_log, fromScratch) {
      if (fromScratch) return { internal: 0, public: 0 };
      const internal = await loadSnapshot(config.dataDir, store);
      return {
        internal,
        public: await loadSnapshot(config.dataDir, publicStore, { name: 'public' }),
      };
    },
    async save(log) {
      // (a pool's dumps read its primary)
      await writeSnapshot(config.dataDir, store, log.lastSeq);
      await writeSnapshot(config.dataDir, publicStore, log.lastSeq, { name: 'public' });
    },
    start: () => Promise.all(pools.map((pool) => pool.start())).then(() => undefined),
    replicaStats: () =>
      pools.length === 0 ? {} : { internal: pools[0]!.stats, public: pools[1]!.stats },
    close: () => Promise.all([store.close(), publicStore.close()]).then(() => undefined),
  };
}

function remoteStores(config: Config, iri: IriMinter): StorePair {
  const state = iri.storeState();
  // The state graph is hidden from every query, dump and count, and goes with clear().
  const hidden = { hiddenGraphs: [state.graph.value] };
  const store = createSparqlStore(config, 'internal', hidden);
  const publicStore = createSparqlStore(config, 'public', hidden);
  const internalAt = new StoreLogPosition(store, state);
  const publicAt = new StoreLogPosition(publicStore, state);
  return {
    store,
    publicStore,
    publicReader: publicStore,
    saveOnOpen: true,
    async restore(log, fromScratch) {
      // Two endpoints reaching one database would put the internal graph in public view.
      if (await internalAt.sharedWith(publicStore)) {
        throw new Error(
          'PLAZA_PUBLIC_* and PLAZA_INTERNAL_* reach the same SPARQL store: the public graph needs a database of its own',
        );
      }
      const [internalPos, publicPos] = fromScratch
        ? [undefined, undefined]
        : await Promise.all([internalAt.read(), publicAt.read()]);
      if (internalPos === undefined || !(await reflects(log, internalPos))) {
        // No position, or one of another log (a data directory replaced or shared): start over.
        await store.clear();
        await publicStore.clear();
        return { internal: 0, public: 0 };
      }
      const same = publicPos?.seq === internalPos.seq && publicPos.entryAt === internalPos.entryAt;
      return { internal: internalPos.seq, public: same ? internalPos.seq : -1 };
    },
    async save(log) {
      const position = await positionOf(log, log.lastSeq);
      // Internal first: a crash between the two leaves them different, and the next start
      // republishes (never a public position ahead of the data it describes).
      await internalAt.write(position);
      await publicAt.write(position);
    },
    start: () => Promise.resolve(),
    replicaStats: () => ({}),
    close: () => Promise.all([store.close(), publicStore.close()]).then(() => undefined),
  };
}

/** Whether a stored position names an entry of this log (same seq, same ingest time). */
async function reflects(log: PositionedLog, position: LogPosition): Promise<boolean> {
  if (position.seq > log.lastSeq) return false;
  const own = await positionOf(log, position.seq);
  return own.entryAt === position.entryAt;
}

async function positionOf(log: PositionedLog, seq: number): Promise<LogPosition> {
  if (seq === 0) return { seq, entryAt: '' };
  for await (const entry of log.entries(seq)) return { seq, entryAt: entry.at };
  throw new Error(`the record log has no entry ${seq}`);
}
