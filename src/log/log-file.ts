// The log's file: JSON lines appended in bursts and fsynced, read back as a stream, torn tail cut.
import { createReadStream } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { fsyncDir } from './durable-file.ts';
import { LogError } from './log-error.ts';
import { cutTornTail, type TornTail } from './torn-tail.ts';

/** Lines per write() call: few calls, without doubling a huge batch in memory. */
const WRITE_CHUNK_LINES = 20_000;

export class LogFile {
  private failed: unknown;

  private constructor(
    readonly path: string,
    private readonly handle: FileHandle,
    /** Length of the acknowledged content: readers never go past it. */
    private size: number,
    /** Set when open() cut a torn last line. */
    readonly tornTail: TornTail | undefined,
  ) {}

  /** Opens (creating it durably) and cuts a torn last line left by a crash. */
  static async open(path: string): Promise<LogFile> {
    const existed = await stat(path).then(
      () => true,
      () => false,
    );
    const handle = await open(path, 'a+');
    try {
      if (!existed) {
        await fsyncDir(dirname(path));
        await fsyncDir(dirname(dirname(path)));
      }
      const torn = await cutTornTail(handle);
      const { size } = await handle.stat();
      return new LogFile(path, handle, size, torn);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  get bytes(): number {
    return this.size;
  }

  /** Lines of the acknowledged content as of the call, numbered from 1 (the file may be GBs). */
  async *lines(): AsyncGenerator<[string, number]> {
    const end = this.size;
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

  /** Appends lines and fsyncs; resolves only once they are durable. */
  async append(lines: readonly string[]): Promise<void> {
    if (this.failed !== undefined) {
      throw new LogError('LOG_WRITE', `${this.path} had a write failure; reopen the log`, {
        file: this.path,
        cause: this.failed,
      });
    }
    let written = 0;
    try {
      for (let i = 0; i < lines.length; i += WRITE_CHUNK_LINES) {
        const chunk = Buffer.from(`${lines.slice(i, i + WRITE_CHUNK_LINES).join('\n')}\n`);
        for (let off = 0; off < chunk.length;) {
          off += (await this.handle.write(chunk, off, chunk.length - off)).bytesWritten;
        }
        written += chunk.length;
      }
      await this.handle.sync();
      this.size += written;
    } catch (error) {
      // After a failed write or fsync the file's state is unknown: cut back and stop appending.
      this.failed = error;
      await this.handle.truncate(this.size).catch(() => undefined);
      throw new LogError('LOG_WRITE', `appending to ${this.path} failed; reopen the log`, {
        file: this.path,
        cause: error,
      });
    }
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}
