// A real crash: a child appends in a loop and is SIGKILLed mid-way; every acknowledged batch
// must survive, with no duplicate seq and no corrupt line, over several kill/reopen rounds.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecordLog } from '../../src/log/record-log.ts';

const CHILD = join(import.meta.dirname, 'fixtures', 'append-loop.ts');
const BATCH_SIZE = 2000;

interface Ack {
  round: number;
  batch: number;
  lastSeq: number;
}

/** Runs the child until it has acknowledged `acks` batches (plus a random delay), then kills it. */
function runAndKill(dataDir: string, round: number, acks: number): Promise<Ack[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, String(round)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const seen: Ack[] = [];
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const [, r, b, s] = line.split(' ');
      seen.push({ round: Number(r), batch: Number(b), lastSeq: Number(s) });
      if (seen.length === acks) {
        setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * 40));
      }
    });
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(seen);
      else reject(new Error(`child exited without being killed:\n${stderr}`));
    });
  });
}

describe('record log under SIGKILL', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'plaza-crash-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('keeps every acknowledged batch across kill/reopen rounds', async () => {
    const acked: Ack[] = [];
    for (let round = 0; round < 3; round++) {
      acked.push(...(await runAndKill(dir, round, 4 + round)));
      // The killed child's lock is left behind: reopening waits until it goes stale.
      const log = await RecordLog.open(dir, { lockStaleMs: 2000, lockWaitMs: 15_000 });
      try {
        let expected = 1;
        for await (const entry of log.entries()) {
          expect(entry.seq).toBe(expected++); // contiguous: no gap, no duplicate
        }
        expect(log.lastSeq).toBe(expected - 1);
        for (const { round: r, batch, lastSeq } of acked) {
          expect(log.lastSeq).toBeGreaterThanOrEqual(lastSeq);
          for (const i of [0, BATCH_SIZE - 1]) {
            expect(log.current('info_list', `r${r}-b${batch}-${i}`)?.seq).toBeLessThanOrEqual(
              lastSeq,
            );
          }
        }
      } finally {
        await log.close();
      }
    }
    expect(acked.length).toBeGreaterThanOrEqual(4 + 5 + 6);
  });
});
