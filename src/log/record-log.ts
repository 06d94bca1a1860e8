// The durable, append-only record log ({dataDir}/log/records.jsonl): the source of truth.
import { createReadStream } from 'node:fs';
import { mkdir, open, stat, type FileHandle } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { lockDataDir, type DataDirLock, type LockOptions } from './data-dir-lock.ts';
import { fsyncDir } from './durable-file.ts';
import {
  entryHash,
  entryLine,
  entryProblem,
  leadingSeq,
  parseEntryLine,
  type AppendResult,
  type CurrentEntry,
  type LogEntry,
  type NewLogEntry,
  type RepairedTail,
  type UnchangedEntry,
} from './log-entry.ts';
import { LogError } from './log-error.ts';
import { cutTornTail } from './torn-tail.ts';

/** Lines per write() call: big enough to be few, small enough not to double a huge batch in memory. */
const WRITE_CHUNK_LINES = 20_000;

const identity = (kind: string, key: string): string => `${kind}\u0000${key}`;
const versionOf = (id: string, hash: string, file: string): string =>
  `${id}\u0000${hash}\u0000${file}`;

export class RecordLog<Kind extends string = string, Format extends string = string> {
  private readonly index = new Map<string, CurrentEntry>();
  /**
   * Versions that a later entry replaced, by (kind, key, hash, file): re-ingesting an export that
   * was already ingested must not bring back what a newer export superseded (an I row after its
   * U or D row). The same content arriving in a different, newer file is applied as usual.
   */
  private readonly superseded = new Set<string>();
  private tail: Promise<unknown> = Promise.resolve();
  private failed: unknown;
  private closed = false;
  private seq = 0;
  private repair: RepairedTail | undefined;

  private constructor(
    readonly path: string,
    private readonly handle: FileHandle,
    private readonly lock: DataDirLock,
    /** Length of the acknowledged log: readers never go past it. */
    private bytes: number,
  ) {}

  /** Locks the data directory, repairs a torn tail, and replays the log into the index. */
  static async open<Kind extends string = string, Format extends string = string>(
    dataDir: string,
    options: LockOptions = {},
  ): Promise<RecordLog<Kind, Format>> {
    const dir = resolve(dataDir);
    const logDir = join(dir, 'log');
    await mkdir(logDir, { recursive: true });
    const lock = await lockDataDir(dir, options);
    let handle: FileHandle | undefined;
    try {
      const path = join(logDir, 'records.jsonl');
      const existed = await stat(path).then(
        () => true,
        () => false,
      );
      handle = await open(path, 'a+');
      if (!existed) {
        await fsyncDir(logDir);
        await fsyncDir(dir);
      }
      const torn = await cutTornTail(handle);
      const { size } = await handle.stat();
      const log = new RecordLog<Kind, Format>(path, handle, lock, size);
      const lines = await log.replay();
      if (torn) log.repair = { ...torn, line: lines + 1 };
      return log;
    } catch (error) {
      await handle?.close();
      await lock.release();
      throw error;
    }
  }

  get lastSeq(): number {
    return this.seq;
  }

  /** Set when open() cut a torn last line (left by a crash during an unacknowledged append). */
  get repairedTail(): RepairedTail | undefined {
    return this.repair;
  }

  current(kind: string, key: string): CurrentEntry | undefined {
    return this.index.get(identity(kind, key));
  }

  /**
   * Appends the entries whose (kind, key) does not already hold the same hash, and resolves only
   * after they are fsynced: that is the acknowledgement. One write burst and one fsync per call.
   */
  append(
    entries: readonly NewLogEntry<Kind, Format>[],
    at: Date,
  ): Promise<AppendResult<Kind, Format>> {
    const run = this.tail.then(() => this.appendNow(entries, at));
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** Streams the log from `fromSeq` (inclusive) up to the last entry acknowledged at the call. */
  async *entries(fromSeq = 1): AsyncGenerator<LogEntry<Kind, Format>> {
    const last = this.seq;
    for await (const [text, lineNo] of this.lines(this.bytes)) {
      const seq = leadingSeq(text);
      if (seq !== undefined && seq < fromSeq) continue; // skipped without parsing
      if (seq !== undefined && seq > last) return;
      const entry = parseEntryLine<Kind, Format>(text, lineNo, this.path);
      if (entry.seq >= fromSeq && entry.seq <= last) yield entry;
    }
  }

  /** Waits for pending appends, closes the file and releases the data directory. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.tail;
    await this.handle.close();
    await this.lock.release();
  }

  private remember(id: string, entry: CurrentEntry): void {
    const previous = this.index.get(id);
    if (previous) this.superseded.add(versionOf(id, previous.hash, previous.file));
    this.index.set(id, entry);
  }

  private async replay(): Promise<number> {
    let count = 0;
    for await (const [text, lineNo] of this.lines(this.bytes)) {
      const entry = parseEntryLine<Kind, Format>(text, lineNo, this.path);
      if (entry.seq !== this.seq + 1) {
        throw new LogError(
          'LOG_CORRUPT',
          `${this.path}:${lineNo}: seq ${entry.seq} where ${this.seq + 1} was expected`,
          { file: this.path, line: lineNo },
        );
      }
      this.seq = entry.seq;
      const { seq, hash, at, op, file } = entry;
      this.remember(identity(entry.kind, entry.key), { seq, hash, at, op, file });
      count = lineNo;
    }
    return count;
  }

  /** Lines of the first `end` bytes, numbered from 1, read as a stream (the log may be GBs). */
  private async *lines(end: number): AsyncGenerator<[string, number]> {
    if (end === 0) return;
    const input = createReadStream(this.path, { start: 0, end: end - 1 });
    const reader = createInterface({ input, crlfDelay: Infinity });
    let lineNo = 0;
    try {
      for await (const text of reader) yield [text, ++lineNo];
    } finally {
      reader.close();
      input.destroy();
    }
  }

  private async appendNow(
    entries: readonly NewLogEntry<Kind, Format>[],
    at: Date,
  ): Promise<AppendResult<Kind, Format>> {
    this.assertWritable();
    if (Number.isNaN(at.getTime())) {
      throw new LogError('INVALID_ENTRY', 'append needs a valid ingest time');
    }
    const atIso = at.toISOString();
    const pending = new Map<string, CurrentEntry>();
    const appended: LogEntry<Kind, Format>[] = [];
    const unchangedEntries: UnchangedEntry[] = [];
    let seq = this.seq;
    for (const [i, entry] of entries.entries()) {
      const problem = entryProblem(entry);
      if (problem) throw new LogError('INVALID_ENTRY', `entry ${i} of the batch: ${problem}`);
      const { kind, key, op, file, line, format, fields } = entry;
      const id = identity(kind, key);
      const hash = entryHash(kind, op, fields);
      const current = pending.get(id) ?? this.index.get(id);
      if (current?.hash === hash) {
        unchangedEntries.push({ kind, key, seq: current.seq });
        continue;
      }
      if (this.superseded.has(versionOf(id, hash, file))) {
        unchangedEntries.push({ kind, key, seq: current?.seq ?? 0 });
        continue;
      }
      seq++;
      appended.push({ seq, at: atIso, kind, key, op, file, line, format, fields, hash });
      pending.set(id, { seq, hash, at: atIso, op, file });
    }
    if (appended.length > 0) {
      await this.writeDurably(appended);
      for (const e of appended) {
        this.remember(identity(e.kind, e.key), {
          seq: e.seq,
          hash: e.hash,
          at: atIso,
          op: e.op,
          file: e.file,
        });
      }
      this.seq = seq;
    }
    const unchanged = unchangedEntries.length;
    return { appended, unchanged, unchangedEntries, lastSeq: this.seq };
  }

  private async writeDurably(entries: readonly LogEntry[]): Promise<void> {
    let written = 0;
    try {
      for (let i = 0; i < entries.length; i += WRITE_CHUNK_LINES) {
        const lines = entries.slice(i, i + WRITE_CHUNK_LINES).map(entryLine);
        const chunk = Buffer.from(`${lines.join('\n')}\n`);
        for (let off = 0; off < chunk.length;) {
          off += (await this.handle.write(chunk, off, chunk.length - off)).bytesWritten;
        }
        written += chunk.length;
      }
      await this.handle.sync();
      this.bytes += written;
    } catch (error) {
      // After a failed write or fsync the file's state is unknown: cut back and stop appending.
      this.failed = error;
      await this.handle.truncate(this.bytes).catch(() => undefined);
      throw new LogError('LOG_WRITE', `appending to ${this.path} failed; reopen the log`, {
        file: this.path,
        cause: error,
      });
    }
  }

  private assertWritable(): void {
    if (this.closed) throw new LogError('LOG_CLOSED', `${this.path} is closed`);
    if (this.failed !== undefined) {
      throw new LogError('LOG_WRITE', `${this.path} had a write failure; reopen the log`, {
        cause: this.failed,
      });
    }
    const compromised = this.lock.compromised;
    if (compromised) {
      throw new LogError(
        'LOCK_COMPROMISED',
        `lost the lock on the data directory of ${this.path}`,
        {
          cause: compromised,
        },
      );
    }
  }
}
