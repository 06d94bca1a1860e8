// Builds the real dependencies for one process: record log, the internal and the public store
// (each from its snapshot plus the log tail), projector and publisher. The only place they are
// constructed.
import { readFile } from 'node:fs/promises';
import type { LogFormat, LogKind } from '../../mappings/types.ts';
import type { Config } from '../config/config.ts';
import { RecordLog } from '../log/record-log.ts';
import { loadSnapshot, writeSnapshot } from '../log/snapshot.ts';
import { Projector } from '../pipeline/projector.ts';
import { Publisher, type PublishReport } from '../pipeline/publish.ts';
import { PublishingSink } from '../pipeline/publishing-sink.ts';
import { referenceGraphs } from '../pipeline/reference-data.ts';
import { releaseDue, republishAll, type ReleaseDeps } from '../pipeline/release.ts';
import { replay } from '../pipeline/replay.ts';
import { LeakScanner } from '../policy/leak-scanner.ts';
import { MaskingPolicy } from '../policy/masking-policy.ts';
import { PublicationGate } from '../policy/publication-gate.ts';
import { Redactor } from '../policy/redactor.ts';
import { QueryPool, type QueryPoolStats } from '../store/query-pool.ts';
import type { Store } from '../store/store.ts';
import { WorkerStore } from '../store/worker-store.ts';
import { IriMinter } from '../vocab/iri.ts';
import { loadOntologyQuads } from '../vocab/ontology-files.ts';

export interface Runtime {
  readonly config: Config;
  readonly iri: IriMinter;
  readonly log: RecordLog<LogKind, LogFormat>;
  /** The internal graph: full data, officials only. */
  readonly store: Store;
  /** The public graph: what the redactor let through. Everything public reads this. */
  readonly publicStore: Store;
  readonly projector: Projector;
  readonly publisher: Publisher;
  /** Where ingest writes: the internal store, then publication of the same graphs. */
  readonly sink: PublishingSink;
  readonly scanner: LeakScanner;
  readonly gate: PublicationGate;
  readonly clock: () => Date;
  /** Re-publishes the records whose withholding has ended by the clock's day. */
  release(): Promise<PublishReport>;
  /** What the release scheduler of a server needs. */
  readonly releaseDeps: ReleaseDeps;
  /** The read replicas' state per store, when the runtime has them (a serving runtime). */
  replicaStats(): { readonly internal?: QueryPoolStats; readonly public?: QueryPoolStats };
  /** Writes snapshots of both stores when they hold entries the newest snapshot lacks. */
  checkpoint(): Promise<void>;
  close(): Promise<void>;
}

export interface RuntimeOptions {
  readonly fromScratch?: boolean;
  /** Today, for scheduled releases (tests inject it). */
  readonly clock?: () => Date;
  /**
   * Read replicas of the public store (the internal one gets one), in which a runaway query can
   * be terminated. The server sets it; other commands leave it out and pay for no replicas.
   */
  readonly queryWorkers?: number;
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

export async function readCanaries(file: string | undefined): Promise<string[]> {
  if (file === undefined) return [];
  const text = await readFile(file, 'utf8');
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

export async function openRuntime(config: Config, options: RuntimeOptions = {}): Promise<Runtime> {
  if (config.store !== 'oxigraph') {
    // Refuse rather than silently use the embedded store when a remote one was asked for.
    throw new Error(
      'PLAZA_STORE=sparql is not available yet (the remote SPARQL store adapter arrives with the endpoint issue); unset it to use the embedded Oxigraph store',
    );
  }
  const clock = options.clock ?? (() => new Date());
  const iri = new IriMinter(config.baseIri);
  const policy = MaskingPolicy.fromOntology(loadOntologyQuads(config.baseIri));
  const scanner = new LeakScanner(await readCanaries(config.canariesFile));
  // A crashed process's lock goes stale after 10 s; a new command waits that long rather than
  // failing, so "run the same ingest again" works right after a crash.
  const log = await RecordLog.open<LogKind, LogFormat>(config.dataDir, {
    lockStaleMs: 10_000,
    lockWaitMs: 12_000,
  });
  const [store, publicStore, pools] = servedStores(options.queryWorkers);
  try {
    const projector = new Projector(iri);
    const gate = new PublicationGate(policy, scanner, config.baseIri);
    const publisher = new Publisher({
      store: publicStore,
      redactor: new Redactor(policy, iri),
      gate,
      clock,
    });
    const sink = new PublishingSink(store, publisher);
    const releaseDeps: ReleaseDeps = { internal: store, public: publicStore, publisher, clock };
    const snapshotSeq = options.fromScratch ? 0 : await loadSnapshot(config.dataDir, store);
    const publicSeq = options.fromScratch
      ? 0
      : await loadSnapshot(config.dataDir, publicStore, { name: 'public' });
    if (publicSeq === snapshotSeq) {
      await replay(log, sink, projector, snapshotSeq);
    } else {
      // The public snapshot does not match the internal one: publish everything again.
      await replay(log, store, projector, snapshotSeq);
      await republishAll(releaseDeps);
    }
    // Reference data comes from the repository, not the log: refreshed on every start.
    await sink.replaceGraphs(referenceGraphs(iri));
    // Withholdings may have ended since the snapshot was written.
    await releaseDue(releaseDeps);
    // Replicas copy the loaded state once, rather than repeating every load of the start.
    await Promise.all(pools.map((pool) => pool.start()));
    // A rebuild always writes a fresh snapshot; otherwise only when the log has moved past it.
    let savedSeq = options.fromScratch ? -1 : snapshotSeq;
    return {
      config,
      iri,
      log,
      store,
      publicStore,
      projector,
      publisher,
      sink,
      scanner,
      gate,
      clock,
      release: () => releaseDue(releaseDeps),
      releaseDeps,
      replicaStats: () =>
        pools.length === 0 ? {} : { internal: pools[0]!.stats, public: pools[1]!.stats },
      async checkpoint() {
        if (savedSeq === log.lastSeq) return;
        // (a pool's dumps read its primary)
        await writeSnapshot(config.dataDir, store, log.lastSeq);
        await writeSnapshot(config.dataDir, publicStore, log.lastSeq, { name: 'public' });
        savedSeq = log.lastSeq;
      },
      async close() {
        await Promise.all([store.close(), publicStore.close()]);
        await log.close();
      },
    };
  } catch (error) {
    await Promise.all([store.close(), publicStore.close()]);
    await log.close();
    throw error;
  }
}
