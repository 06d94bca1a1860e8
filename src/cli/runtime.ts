// Builds the real dependencies for one process: record log, the internal and the public store
// (each from its snapshot, or a remote store from the log position it holds, plus the log tail),
// projector and publisher. The only place they are constructed.
import { readFile } from 'node:fs/promises';
import type { LogFormat, LogKind } from '../../mappings/types.ts';
import type { Config } from '../config/config.ts';
import { RecordLog } from '../log/record-log.ts';
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
import type { QueryPoolStats } from '../store/query-pool.ts';
import type { Store } from '../store/store.ts';
import { IriMinter } from '../vocab/iri.ts';
import { loadOntologyQuads } from '../vocab/ontology-files.ts';
import { openStores } from './stores.ts';

export interface Runtime {
  readonly config: Config;
  readonly iri: IriMinter;
  readonly log: RecordLog<LogKind, LogFormat>;
  /** The internal graph: full data, officials only. */
  readonly store: Store;
  /** The public graph: what the redactor let through. Everything public reads this. */
  readonly publicStore: Store;
  /** The same graph for the server's background readers (search index): no query replica. */
  readonly publicReader: Store;
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
  /**
   * Saves how far both stores reflect the log, when it has moved: snapshots of embedded stores,
   * the log position kept in each remote store (which every start also writes).
   */
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
   * Embedded stores only: a remote store stops a runaway query itself.
   */
  readonly queryWorkers?: number;
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
  const clock = options.clock ?? (() => new Date());
  const fromScratch = options.fromScratch === true;
  const iri = new IriMinter(config.baseIri);
  const policy = MaskingPolicy.fromOntology(loadOntologyQuads(config.baseIri));
  const scanner = new LeakScanner(await readCanaries(config.canariesFile));
  // A crashed process's lock goes stale after 10 s; a new command waits that long rather than
  // failing, so "run the same ingest again" works right after a crash.
  const log = await RecordLog.open<LogKind, LogFormat>(config.dataDir, {
    lockStaleMs: 10_000,
    lockWaitMs: 12_000,
  });
  const stores = openStores(config, iri, options.queryWorkers);
  const { store, publicStore } = stores;
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
    const restored = await stores.restore(log, fromScratch);
    if (restored.public === restored.internal) {
      await replay(log, sink, projector, restored.internal);
    } else {
      // The public store does not match the internal one: publish everything again.
      await replay(log, store, projector, restored.internal);
      await republishAll(releaseDeps);
    }
    // Reference data comes from the repository, not the log: refreshed on every start.
    await sink.replaceGraphs(referenceGraphs(iri));
    // Withholdings may have ended since the stores were last saved.
    await releaseDue(releaseDeps);
    // A rebuild always saves; otherwise only when the log has moved past what both stores held.
    let savedSeq = !fromScratch && restored.public === restored.internal ? restored.internal : -1;
    const checkpoint = async (): Promise<void> => {
      if (savedSeq === log.lastSeq) return;
      await stores.save(log);
      savedSeq = log.lastSeq;
    };
    if (stores.saveOnOpen) await checkpoint();
    // Replicas copy the loaded state once, rather than repeating every load of the start.
    await stores.start();
    return {
      config,
      iri,
      log,
      store,
      publicStore,
      publicReader: stores.publicReader,
      projector,
      publisher,
      sink,
      scanner,
      gate,
      clock,
      release: () => releaseDue(releaseDeps),
      releaseDeps,
      replicaStats: () => stores.replicaStats(),
      checkpoint,
      async close() {
        await stores.close();
        await log.close();
      },
    };
  } catch (error) {
    await stores.close();
    await log.close();
    throw error;
  }
}
