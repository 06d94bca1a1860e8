// The public graph as one gzipped N-Quads file, rebuilt off the request path after each publish
// (bursts coalesced): written to a temporary file, scanned by the leak alarm as text on the way
// (the alarm cannot read gzip), and renamed into place only when complete and clean.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { LeakKind } from '../policy/leak-scanner.ts';
import type { Store } from '../store/store.ts';

export const DUMP_FILE = 'public.nq.gz';

export interface DumpFile {
  readonly path: string;
  /** Strong ETag: a hash of the file's bytes. */
  readonly etag: string;
  /** When the data in it was published. */
  readonly lastModified: Date;
  readonly size: number;
  /** The file's inode: a reader checks it opened this build's file, not a newer one. */
  readonly ino: number;
}

export type DumpStatus = 'ready' | 'building' | 'withheld';

export interface PublicDumpDeps {
  readonly store: Pick<Store, 'dumpStream'>;
  /** Where the dump lives (`{dataDir}/dumps`). */
  readonly dir: string;
  /** The leak alarm's check of a text. */
  readonly scan: (text: string) => LeakKind | undefined;
  readonly onPublished: (listener: () => void) => () => void;
  readonly lastPublishedAt: () => Date | undefined;
  readonly logger: {
    info(obj: object, msg: string): void;
    error(obj: object, msg: string): void;
  };
  /** Quiet time after a publish before the rebuild starts (a burst of publishes, one build). */
  readonly debounceMs?: number;
}

class LeakFound extends Error {
  constructor(readonly kind: LeakKind) {
    super(`leak alarm (${kind})`);
  }
}

export class PublicDumpBuilder {
  private file: DumpFile | undefined;
  private withheld = false;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private dirty = false;
  private closed = false;
  private builds = 0;
  private unsubscribe: (() => void) | undefined;
  private waiters: (() => void)[] = [];

  constructor(private readonly deps: PublicDumpDeps) {}

  /** Listens for publishes and builds the first dump now (a file left by an earlier run is not trusted). */
  start(): this {
    this.unsubscribe = this.deps.onPublished(() => this.schedule());
    this.dirty = true;
    this.run();
    return this;
  }

  /** The last complete, leak-checked dump; undefined before the first build and after a leak. */
  current(): DumpFile | undefined {
    return this.file;
  }

  status(): DumpStatus {
    if (this.file) return 'ready';
    return this.withheld ? 'withheld' : 'building';
  }

  /** Resolves once no build is pending or running (tests wait on it instead of sleeping). */
  whenIdle(): Promise<void> {
    if (this.idle()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  async close(): Promise<void> {
    this.closed = true;
    this.unsubscribe?.();
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
    this.settle();
  }

  private idle(): boolean {
    return this.timer === undefined && this.running === undefined;
  }

  private settle(): void {
    if (!this.idle()) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }

  private schedule(): void {
    if (this.closed) return;
    this.dirty = true;
    if (this.running) return; // picked up when the running build ends
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.run();
    }, this.deps.debounceMs ?? 1000);
  }

  private run(): void {
    if (this.closed || this.running || !this.dirty) return this.settle();
    this.dirty = false;
    this.running = this.build().finally(() => {
      this.running = undefined;
      if (this.dirty && !this.closed) this.schedule();
      else this.settle();
    });
  }

  private async build(): Promise<void> {
    const { dir, store, scan, logger } = this.deps;
    const publishedAt = this.deps.lastPublishedAt() ?? new Date();
    const started = Date.now();
    await mkdir(dir, { recursive: true });
    if (this.builds++ === 0) await removeTemporaries(dir);
    const tmp = join(dir, `.${DUMP_FILE}.${process.pid}.${this.builds}.tmp`);
    const final = join(dir, DUMP_FILE);
    const hash = createHash('sha256');
    async function* scanned(): AsyncGenerator<string> {
      for await (const piece of store.dumpStream('nq')) {
        const leak = scan(piece);
        if (leak) throw new LeakFound(leak);
        yield piece;
      }
    }
    const tap = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(Readable.from(scanned()), createGzip(), tap, createWriteStream(tmp));
      await rename(tmp, final);
      const { size, ino } = await stat(final);
      const etag = `"${hash.digest('base64url').slice(0, 22)}"`;
      this.file = { path: final, etag, lastModified: publishedAt, size, ino };
      this.withheld = false;
      logger.info({ bytes: size, ms: Date.now() - started }, 'public dump rebuilt');
    } catch (error) {
      await rm(tmp, { force: true });
      if (!(error instanceof LeakFound)) {
        // The previous dump stays: it was complete and clean for the data it reflects.
        logger.error({ err: error }, 'public dump build failed; the previous dump is kept');
        return;
      }
      // The public graph itself tripped the alarm: no dump goes out until a clean build.
      this.file = undefined;
      this.withheld = true;
      await rm(final, { force: true });
      logger.error({ kind: error.kind }, 'leak alarm: public dump withheld');
    }
  }
}

async function removeTemporaries(dir: string): Promise<void> {
  for (const name of await readdir(dir))
    if (name.startsWith(`.${DUMP_FILE}.`) && name.endsWith('.tmp'))
      await rm(join(dir, name), { force: true });
}
