// The append-only audit log of access to the internal graph (principle 10: who, when, what).
// One JSON line per access, fsynced before the access proceeds, each line chained to the one
// before by sha256 so that an edited or removed line is detectable.
import { createHash } from 'node:crypto';
import { mkdir, open, readFile, truncate, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { LogError } from './log-error.ts';

export interface AuditEvent {
  /** The principal's name from the tokens file. */
  readonly who: string;
  readonly role: string;
  /** What was done: `query`, `update`, `graph-store` … */
  readonly action: string;
  /** What it was done to: `internal`. */
  readonly target: string;
  /** The request itself (a query text, cut to 4 000 characters), for review. */
  readonly detail: string;
}

export interface AuditEntry extends AuditEvent {
  readonly seq: number;
  readonly at: string;
  /** sha256 of the previous line (all zeros for the first). */
  readonly prev: string;
}

const GENESIS = '0'.repeat(64);
const MAX_DETAIL = 4000;
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export class AuditLog {
  private constructor(
    private readonly handle: FileHandle,
    readonly path: string,
    private seq: number,
    private prev: string,
  ) {}

  /** Opens (creating) `{dataDir}/audit/audit.log`, verifying the chain of what is there. */
  static async open(dataDir: string): Promise<AuditLog> {
    const dir = join(dataDir, 'audit');
    await mkdir(dir, { recursive: true });
    const path = join(dir, 'audit.log');
    let text = await readFile(path, 'utf8').catch(() => '');
    const end = text.lastIndexOf('\n') + 1;
    if (end < text.length) {
      // A line cut by a crash was never acknowledged (its access did not proceed): drop it.
      await truncate(path, Buffer.byteLength(text.slice(0, end)));
      text = text.slice(0, end);
    }
    const { seq, prev } = verifyChain(path, text);
    return new AuditLog(await open(path, 'a'), path, seq, prev);
  }

  async append(event: AuditEvent, at: Date): Promise<AuditEntry> {
    const entry: AuditEntry = {
      seq: this.seq + 1,
      at: at.toISOString(),
      prev: this.prev,
      who: event.who,
      role: event.role,
      action: event.action,
      target: event.target,
      detail: event.detail.slice(0, MAX_DETAIL),
    };
    const line = JSON.stringify(entry);
    await this.handle.appendFile(`${line}\n`);
    await this.handle.sync();
    this.seq = entry.seq;
    this.prev = sha256(line);
    return entry;
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}

/** Checks every line's chain link; returns the last seq and the hash the next line must carry. */
export function verifyChain(path: string, text: string): { seq: number; prev: string } {
  let seq = 0;
  let prev = GENESIS;
  const lines = text.split('\n').filter((l) => l !== '');
  lines.forEach((line, i) => {
    let entry: Partial<AuditEntry>;
    try {
      entry = JSON.parse(line) as Partial<AuditEntry>;
    } catch (cause) {
      throw new LogError('AUDIT_CORRUPT', `${path}:${i + 1}: not JSON`, {
        file: path,
        line: i + 1,
        cause,
      });
    }
    if (entry.prev !== prev || entry.seq !== seq + 1) {
      throw new LogError('AUDIT_CORRUPT', `${path}:${i + 1}: audit chain broken`, {
        file: path,
        line: i + 1,
      });
    }
    seq = entry.seq;
    prev = sha256(line);
  });
  return { seq, prev };
}
