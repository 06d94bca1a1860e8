// Read replicas kept in step with a primary: every write reaches them in the primary's order, and
// a replica can be thrown away at any moment and rebuilt from a dump of the primary.
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { SerialQueue } from './serial-queue.ts';
import type { CallOptions, Store } from './store.ts';
import { WorkerStore } from './worker-store.ts';

/** A replica store; `alive` false means its worker died (a WorkerStore says so). */
export type ReplicaStore = Store & { readonly alive?: boolean };

export interface Replica {
  readonly store: ReplicaStore;
  state: 'loading' | 'idle' | 'busy';
  /** Set at the dump point in the write order: from there on it receives every write. */
  joined: boolean;
  /** Writes (its initial load included) posted to it and not finished yet. */
  pending: number;
  failed: boolean;
}

export type Write<T> = (store: Store, options: CallOptions) => Promise<T>;

/** A failed rebuild is retried after this long, so a broken primary does not spin. */
const RETRY_MS = 1000;

export class ReplicaSet {
  readonly list: Replica[] = [];
  restarts = 0;
  private readonly writes = new SerialQueue();
  private dumps = 0;
  private closed = false;

  constructor(
    private readonly primary: Store,
    /** A fresh empty store that runs calls in the order they are made. */
    private readonly make: () => ReplicaStore,
    /** Where the primary's dumps are written for fresh replicas to load. */
    private readonly dir: string,
    /** Called when a replica becomes free (loaded, or done with a query). */
    private readonly onFree: (replica: Replica) => void,
  ) {}

  /** Adds `count` replicas loaded from one dump; resolves when each is ready or has failed. */
  async add(count: number): Promise<Replica[]> {
    const fresh = Array.from({ length: count }, () => this.create());
    await this.fill(fresh);
    return fresh;
  }

  /**
   * Runs a write on the primary, then posts it to every replica, one write at a time. Idle
   * replicas are waited for; a busy one may compute for up to the query timeout, and the write is
   * already posted ahead of any later query. `waitForLoading` also waits for replicas still
   * loading (a loadFile's file may be removed once the call resolves).
   */
  write<T>(op: Write<T>, options: CallOptions, waitForLoading = false): Promise<T> {
    return this.writes.run(async () => {
      const result = await op(this.primary, options);
      // Replicas get no signal: the primary has committed, so they must follow.
      const awaited: Promise<void>[] = [];
      for (const r of this.list.filter((r) => r.joined)) {
        const done = this.apply(r, (s) => op(s, {}));
        if (r.state === 'idle' || waitForLoading) awaited.push(done);
      }
      await Promise.all(awaited);
      return result;
    });
  }

  /** Terminates a replica and starts a fresh one in its place (after `delayMs`). */
  replace(old: Replica, delayMs = 0): void {
    const index = this.list.indexOf(old);
    if (index < 0) return; // already replaced
    this.list.splice(index, 1);
    old.store.close().catch(() => undefined);
    const restart = (): void => {
      if (this.closed) return;
      this.restarts++;
      void this.fill([this.create()]);
    };
    if (delayMs === 0) restart();
    else setTimeout(restart, delayMs).unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    const stores = this.list.splice(0).map((r) => r.store);
    await Promise.allSettled(stores.map((s) => s.close()));
  }

  private create(): Replica {
    const replica: Replica = {
      store: this.make(),
      state: 'loading',
      joined: false,
      pending: 0,
      failed: false,
    };
    this.list.push(replica);
    return replica;
  }

  /** Dumps the primary at one point of the write order and loads the dump into fresh replicas. */
  private async fill(fresh: Replica[]): Promise<void> {
    const file = join(this.dir, `primary-${++this.dumps}.nq`);
    try {
      const loads = await this.writes.run(async () => {
        // A worker-hosted primary writes the file itself, off the HTTP thread.
        if (this.primary instanceof WorkerStore) await this.primary.dumpToFile(file, 'nq');
        else await pipeline(Readable.from(this.primary.dumpStream('nq')), createWriteStream(file));
        return fresh.map((r) => {
          r.joined = true;
          return this.apply(r, (s) => s.loadFile(file, { format: 'nq' }));
        });
      });
      await Promise.all(loads);
    } catch {
      // The primary could not be dumped (closed, or its worker died): try again later.
      for (const r of fresh) this.replace(r, RETRY_MS);
    } finally {
      await rm(file, { force: true });
    }
  }

  /** Posts one call to a replica; never rejects: a replica that fails a write is replaced. */
  private apply(replica: Replica, op: (store: Store) => Promise<unknown>): Promise<void> {
    replica.pending++;
    return op(replica.store).then(
      () => this.settle(replica),
      () => {
        replica.failed = true;
        this.settle(replica);
      },
    );
  }

  private settle(replica: Replica): void {
    replica.pending--;
    if (!this.list.includes(replica)) return;
    if (replica.failed) this.replace(replica, replica.state === 'loading' ? RETRY_MS : 0);
    else if (replica.state === 'loading' && replica.joined && replica.pending === 0)
      this.onFree(replica);
  }
}
