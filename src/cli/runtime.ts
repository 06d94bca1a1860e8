// Builds the real dependencies for one process: record log, internal store (from its snapshot plus
// the log tail), projector. The only place they are constructed.
import type { SourceFormat, SourceKind } from '../../mappings/types.ts';
import type { Config } from '../config/config.ts';
import { RecordLog } from '../log/record-log.ts';
import { loadSnapshot, writeSnapshot } from '../log/snapshot.ts';
import { Projector } from '../pipeline/projector.ts';
import { referenceGraphs } from '../pipeline/reference-data.ts';
import { replay } from '../pipeline/replay.ts';
import type { Store } from '../store/store.ts';
import { WorkerStore } from '../store/worker-store.ts';
import { IriMinter } from '../vocab/iri.ts';

export interface Runtime {
  readonly config: Config;
  readonly iri: IriMinter;
  readonly log: RecordLog<SourceKind, SourceFormat>;
  readonly store: Store;
  readonly projector: Projector;
  /** Writes a snapshot when the store holds entries the newest snapshot lacks. */
  checkpoint(): Promise<void>;
  close(): Promise<void>;
}

export async function openRuntime(
  config: Config,
  options: { fromScratch?: boolean } = {},
): Promise<Runtime> {
  if (config.store !== 'oxigraph') {
    // Refuse rather than silently use the embedded store when a remote one was asked for.
    throw new Error(
      'PLAZA_STORE=sparql is not available yet (the remote SPARQL store adapter arrives with the endpoint issue); unset it to use the embedded Oxigraph store',
    );
  }
  const iri = new IriMinter(config.baseIri);
  // A crashed process's lock goes stale after 10 s; a new command waits that long rather than
  // failing, so "run the same ingest again" works right after a crash.
  const log = await RecordLog.open<SourceKind, SourceFormat>(config.dataDir, {
    lockStaleMs: 10_000,
    lockWaitMs: 12_000,
  });
  const store = new WorkerStore();
  try {
    const projector = new Projector(iri);
    const snapshotSeq = options.fromScratch ? 0 : await loadSnapshot(config.dataDir, store);
    await replay(log, store, projector, snapshotSeq);
    // Reference data comes from the repository, not the log: refreshed on every start.
    await store.replaceGraphs(referenceGraphs(iri));
    // A rebuild always writes a fresh snapshot; otherwise only when the log has moved past it.
    let savedSeq = options.fromScratch ? -1 : snapshotSeq;
    return {
      config,
      iri,
      log,
      store,
      projector,
      async checkpoint() {
        if (savedSeq === log.lastSeq) return;
        await writeSnapshot(config.dataDir, store, log.lastSeq);
        savedSeq = log.lastSeq;
      },
      async close() {
        await store.close();
        await log.close();
      },
    };
  } catch (error) {
    await store.close();
    await log.close();
    throw error;
  }
}
