// RecordLog: durable appends, idempotent re-ingest, torn-tail repair, strict replay, the dir lock.
import { appendFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewLogEntry } from '../../src/log/log-entry.ts';
import { LogError } from '../../src/log/log-error.ts';
import { RecordLog } from '../../src/log/record-log.ts';

const T1 = new Date('2026-03-01T09:00:00.000Z');
const T2 = new Date('2026-03-02T09:00:00.000Z');

function record(
  key: string,
  fields: Record<string, string> = { title: `제목 ${key}` },
): NewLogEntry {
  return { kind: 'info_list', key, op: 'upsert', file: 'list.csv', line: 2, format: 'csv', fields };
}

async function rejection(promise: Promise<unknown>): Promise<LogError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LogError);
  return error as LogError;
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

let dir: string;
let logFile: string;
const open: RecordLog[] = [];
async function openLog(): Promise<RecordLog> {
  const log = await RecordLog.open(dir);
  open.push(log);
  return log;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plaza-log-'));
  logFile = join(dir, 'log', 'records.jsonl');
});
afterEach(async () => {
  for (const log of open.splice(0)) await log.close();
  await rm(dir, { recursive: true, force: true });
});

describe('RecordLog', () => {
  it('appends with increasing seq and rebuilds the same state on reopen', async () => {
    const log = await openLog();
    const result = await log.append([record('a'), record('b')], T1);
    expect(result.appended.map((e) => [e.seq, e.key, e.at])).toEqual([
      [1, 'a', T1.toISOString()],
      [2, 'b', T1.toISOString()],
    ]);
    await log.append([{ ...record('a'), op: 'delete', fields: {} }], T2);
    await log.close();

    const again = await openLog();
    expect(again.lastSeq).toBe(3);
    expect(again.current('info_list', 'a')).toMatchObject({ seq: 3, op: 'delete' });
    expect(again.current('info_list', 'b')).toMatchObject({ seq: 2, at: T1.toISOString() });
    expect((await collect(again.entries())).map((e) => e.seq)).toEqual([1, 2, 3]);
    expect((await collect(again.entries(3))).map((e) => e.key)).toEqual(['a']);
    const [line] = (await readFile(logFile, 'utf8')).split('\n');
    expect(Object.keys(JSON.parse(line ?? '{}') as object)).toEqual([
      ...['seq', 'at', 'kind', 'key', 'op', 'file', 'line', 'format', 'fields', 'hash'],
    ]);
  });

  it('skips entries whose content is unchanged: re-ingest appends nothing, keeps the first time', async () => {
    const log = await openLog();
    await log.append([record('a', { title: 't', org: 'o' }), record('b')], T1);
    const size = (await stat(logFile)).size;
    // the same record from another file, with its fields in another order, is still unchanged
    const moved = { ...record('a', { org: 'o', title: 't' }), file: 'other.csv', line: 9 };
    const result = await log.append([record('b'), moved], T2);
    expect(result.appended).toEqual([]);
    expect(result.unchanged).toBe(2);
    expect(result.unchangedEntries).toEqual([
      { kind: 'info_list', key: 'b', seq: 2 },
      { kind: 'info_list', key: 'a', seq: 1 },
    ]);
    expect((await stat(logFile)).size).toBe(size);
    expect(log.current('info_list', 'a')?.at).toBe(T1.toISOString());
  });

  it('appends changed fields as a new entry; repeats within one batch collapse', async () => {
    const log = await openLog();
    await log.append([record('a')], T1);
    const changed = record('a', { title: '새 제목' });
    const result = await log.append([changed, changed, record('c'), record('c')], T2);
    expect(result.appended.map((e) => [e.seq, e.key])).toEqual([
      [2, 'a'],
      [3, 'c'],
    ]);
    expect(result.unchanged).toBe(2);
    expect(log.current('info_list', 'a')).toMatchObject({ seq: 2, at: T2.toISOString() });
  });

  it('does not bring back a superseded version when an older export is ingested again', async () => {
    const log = await openLog();
    const inserted = { ...record('a', { title: 'v1' }), file: 'monday.csv' };
    const updated = { ...record('a', { title: 'v2' }), file: 'tuesday.csv' };
    await log.append([inserted], T1);
    await log.append([updated], T2);
    const again = await log.append([inserted, updated], T2); // both exports re-ingested
    expect(again.appended).toEqual([]);
    expect(again.unchangedEntries.map((e) => e.seq)).toEqual([2, 2]);
    await log.close();
    const reopened = await openLog(); // the rule survives a restart (rebuilt from the log)
    expect((await reopened.append([inserted], T2)).appended).toEqual([]);
    // the old content in a newer export is a real change back
    const revert = { ...inserted, file: 'wednesday.csv' };
    expect((await reopened.append([revert], T2)).appended.map((e) => e.seq)).toEqual([3]);
  });

  it('cuts a torn last line on open, keeps everything before it, and reports it', async () => {
    const log = await openLog();
    await log.append([record('a'), record('b')], T1);
    await log.close();
    const intact = (await stat(logFile)).size;
    await appendFile(logFile, '{"seq":3,"at":"2026-03-0');
    const again = await openLog();
    expect(again.repairedTail).toEqual({ offset: intact, bytes: 24, line: 3 });
    expect(again.lastSeq).toBe(2);
    expect((await stat(logFile)).size).toBe(intact);
    const next = await again.append([record('c')], T2);
    expect(next.appended[0]?.seq).toBe(3);
  });

  it('refuses any other corrupt line, naming it', async () => {
    const log = await openLog();
    await log.append([record('a'), record('b'), record('c')], T1);
    await log.close();
    const lines = (await readFile(logFile, 'utf8')).split('\n');
    lines[1] = lines[1]!.replace('제목 b', '제목 B'); // content no longer matches its hash
    await writeFile(logFile, lines.join('\n'));
    const error = await rejection(RecordLog.open(dir));
    expect(error.code).toBe('LOG_CORRUPT');
    expect(error.line).toBe(2);
    expect(error.message).toContain(`${logFile}:2`);
    expect(error.message).toContain('hash mismatch');
  });

  it('rejects malformed entries and invalid times before writing anything', async () => {
    const log = await openLog();
    const bad = { ...record('a'), key: '' };
    expect((await rejection(log.append([record('z'), bad], T1))).code).toBe('INVALID_ENTRY');
    expect((await rejection(log.append([record('z')], new Date(NaN)))).code).toBe('INVALID_ENTRY');
    expect(log.lastSeq).toBe(0);
    expect((await stat(logFile)).size).toBe(0);
  });

  it('locks the data directory: a second open fails with a clear error until the first closes', async () => {
    const log = await openLog();
    const error = await rejection(RecordLog.open(dir));
    expect(error.code).toBe('LOCKED');
    expect(error.message).toContain(dir);
    await log.close();
    await expect(openLog()).resolves.toBeInstanceOf(RecordLog);
    await expect(log.append([record('a')], T1)).rejects.toMatchObject({ code: 'LOG_CLOSED' });
  });

  it('takes 100k entries in one batch with one write burst and one fsync', async () => {
    const log = await openLog();
    const batch = Array.from({ length: 100_000 }, (_, i) =>
      record(`k${i}`, { title: `제목 ${i}`, org: `org-${i % 97}`, date: '2026-03-01' }),
    );
    const result = await log.append(batch, T1);
    expect(result.lastSeq).toBe(100_000);
    expect((await log.append(batch, T2)).appended).toHaveLength(0);
    await log.close();
    const again = await openLog();
    expect(again.current('info_list', 'k99999')?.seq).toBe(100_000);
    let count = 0;
    for await (const entry of again.entries(99_001)) count += entry.seq > 99_000 ? 1 : 0;
    expect(count).toBe(1000);
  });
});
