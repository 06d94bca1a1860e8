// The audit log of internal-graph access: append-only JSON lines, fsynced, chained by sha256 so
// that an edited, removed or reordered line is detected; a line torn by a crash is dropped.
import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditLog } from '../../src/log/audit-log.ts';
import { LogError } from '../../src/log/log-error.ts';

const event = (detail: string) => ({
  who: 'kim.official',
  role: 'official',
  action: 'query',
  target: 'internal',
  detail,
});

describe('AuditLog', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'plaza-audit-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function write(n: number): Promise<string> {
    const log = await AuditLog.open(dir);
    for (let i = 0; i < n; i++)
      await log.append(event(`SELECT ${i}`), new Date(Date.UTC(2026, 10, 27, i)));
    await log.close();
    return log.path;
  }

  it('records who, when and what, in order, across reopenings', async () => {
    await write(2);
    const path = await write(1);
    const lines = (await readFile(path, 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l['seq'])).toEqual([1, 2, 3]);
    expect(lines[0]).toMatchObject({
      who: 'kim.official',
      role: 'official',
      action: 'query',
      target: 'internal',
      detail: 'SELECT 0',
      at: '2026-11-27T00:00:00.000Z',
    });
    expect(lines[0]?.['prev']).toBe('0'.repeat(64));
    expect(lines[1]?.['prev']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('cuts very long requests to 4 000 characters', async () => {
    const log = await AuditLog.open(dir);
    const entry = await log.append(event('x'.repeat(10_000)), new Date());
    await log.close();
    expect(entry.detail).toHaveLength(4000);
  });

  it('refuses to open a log whose chain was broken by an edit or a removed line', async () => {
    const path = await write(3);
    const lines = (await readFile(path, 'utf8')).split('\n');
    await writeFile(path, [lines[0], lines[2], ''].join('\n'));
    await expect(AuditLog.open(dir)).rejects.toThrow(LogError);
    await writeFile(
      path,
      [lines[0], lines[1]!.replace('SELECT 1', 'SELECT 9'), lines[2], ''].join('\n'),
    );
    await expect(AuditLog.open(dir)).rejects.toThrow(/audit chain broken/);
  });

  it('drops a line torn by a crash (never acknowledged) and goes on', async () => {
    const path = await write(2);
    await appendFile(path, '{"seq":3,"at":"2026-');
    const log = await AuditLog.open(dir);
    expect((await log.append(event('after'), new Date())).seq).toBe(3);
    await log.close();
    expect((await readFile(path, 'utf8')).trim().split('\n')).toHaveLength(3);
  });
});
