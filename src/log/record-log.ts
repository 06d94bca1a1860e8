// The durable, append-only record log ({dataDir}/log/records.jsonl): the source of truth.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { lockDataDir, type DataDirLock, type LockOptions } from './data-dir-lock.ts';
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
import { LogFile } from './log-file.ts';
import { RecordIndex } from './record-index.ts';

export class RecordLog<Kind extends string = string, Format extends string = string> {
  private readonly index = new RecordIndex();
  private tail: Promise<unknown> = Promise.resolve();
  private closed = false;
  private seq = 0;
  private repair: RepairedTail | undefined;

  private constructor(
    private readonly file: LogFile,
    private readonly lock: DataDirLock,
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
    let file: LogFile | undefined;
    try {
      file = await LogFile.open(join(logDir, 'records.jsonl'));
      const log = new RecordLog<Kind, Format>(file, lock);
      const lines = await log.replay();
      if (file.tornTail) log.repair = { ...file.tornTail, line: lines + 1 };
      return log;
    } catch (error) {
      await file?.close();
      await lock.release();
      throw error;
    }
  }

  get path(): string {
    return this.file.path;
  }

  get lastSeq(): number {
    return this.seq;
  }

  /** Set when open() cut a torn last line (left by a crash during an unacknowledged append). */
  get repairedTail(): RepairedTail | undefined {
    return this.repair;
  }

  current(kind: string, key: string): CurrentEntry | undefined {
    return this.index.get(kind, key);
  }

  /**
   * Appends the entries whose (kind, key) does not already hold the same hash (and that are not a
   * version, from the same file, that a later entry already superseded), and resolves only after
   * they are fsynced: that is the acknowledgement. One write burst and one fsync per call.
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
    for await (const [text, lineNo] of this.file.lines()) {
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
    await this.file.close();
    await this.lock.release();
  }

  private async replay(): Promise<number> {
    let count = 0;
    for await (const [text, lineNo] of this.file.lines()) {
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
      this.index.set(entry.kind, entry.key, { seq, hash, at, op, file });
      count = lineNo;
    }
    return count;
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
    // Decisions see earlier entries of the same batch; the index learns them once they are durable.
    const staged = new RecordIndex();
    const appended: LogEntry<Kind, Format>[] = [];
    const unchangedEntries: UnchangedEntry[] = [];
    let seq = this.seq;
    for (const [i, entry] of entries.entries()) {
      const problem = entryProblem(entry);
      if (problem) throw new LogError('INVALID_ENTRY', `entry ${i} of the batch: ${problem}`);
      const { kind, key, op, file, line, format, fields } = entry;
      const hash = entryHash(kind, op, fields);
      const current = staged.get(kind, key) ?? this.index.get(kind, key);
      if (
        current?.hash === hash ||
        staged.isSuperseded(kind, key, hash, file) ||
        this.index.isSuperseded(kind, key, hash, file)
      ) {
        unchangedEntries.push({ kind, key, seq: current?.seq ?? 0 });
        continue;
      }
      seq++;
      appended.push({ seq, at: atIso, kind, key, op, file, line, format, fields, hash });
      staged.set(kind, key, { seq, hash, at: atIso, op, file }, current);
    }
    if (appended.length > 0) {
      await this.file.append(appended.map(entryLine));
      for (const { kind, key, seq, hash, op, file } of appended) {
        this.index.set(kind, key, { seq, hash, at: atIso, op, file });
      }
      this.seq = seq;
    }
    const unchanged = unchangedEntries.length;
    return { appended, unchanged, unchangedEntries, lastSeq: this.seq };
  }

  private assertWritable(): void {
    if (this.closed) throw new LogError('LOG_CLOSED', `${this.path} is closed`);
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
