// A crash in the middle of `plaza ingest` (SIGKILL), then the same ingest again: nothing that was
// acknowledged is lost, nothing is duplicated, and the graph is whole.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { generateExports } from '../../src/generate/index.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'plaza-crash-'));
  await generateExports({
    records: 30_000,
    outDir: join(work, 'exports'),
    kinds: ['info_list', 'org_chart'],
  });
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const env = () => ({ ...process.env, PLAZA_DATA_DIR: join(work, 'var') });

it('survives SIGKILL mid-ingest: the re-run completes with every row once', async () => {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'bin/plaza.js'), 'ingest', join(work, 'exports')],
    {
      cwd: ROOT,
      env: env(),
      stdio: 'ignore',
    },
  );
  const log = join(work, 'var', 'log', 'records.jsonl');
  // Kill once some batches were acknowledged (appended and fsynced), well before the end.
  for (let i = 0; i < 600; i++) {
    await new Promise((r) => setTimeout(r, 50));
    const lines = await readFile(log, 'utf8').then(
      (t) => t.split('\n').length - 1,
      () => 0,
    );
    if (lines >= 5000) break;
  }
  child.kill('SIGKILL');
  await new Promise((r) => child.on('exit', r));
  const acknowledged = (await readFile(log, 'utf8'))
    .split('\n')
    .filter((l) => l.startsWith('{')).length;
  expect(acknowledged).toBeGreaterThanOrEqual(5000);

  const again = spawnSync(
    process.execPath,
    [join(ROOT, 'bin/plaza.js'), 'ingest', join(work, 'exports'), '--json'],
    {
      cwd: ROOT,
      env: env(),
      encoding: 'utf8',
      maxBuffer: 2 ** 28, // the --json report lists every notice
    },
  );
  expect(again.stderr).toBe('');
  // On failure, show the report (counts, rejects, failures) rather than only the exit code.
  const report = again.status === 0 ? '' : again.stdout.slice(0, 3000);
  expect({ status: again.status, report }).toEqual({ status: 0, report: '' });

  const entries = (await readFile(log, 'utf8'))
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as { seq: number; kind: string; key: string });
  const keys = new Set(entries.map((e) => `${e.kind}/${e.key}`));
  expect(keys.size).toBe(entries.length); // no record logged twice
  expect(entries.map((e) => e.seq)).toEqual(entries.map((_, i) => i + 1));

  const count = spawnSync(
    process.execPath,
    [join(ROOT, 'bin/plaza.js'), 'query', '-', '--format', 'csv'],
    {
      cwd: ROOT,
      env: env(),
      input:
        'SELECT (COUNT(?d) AS ?n) (COUNT(DISTINCT ?d) AS ?distinct) WHERE { ?d a <https://w3id.org/plaza/def#ApprovalDocument> }',
      encoding: 'utf8',
    },
  );
  const [, row] = count.stdout.trim().split('\r\n');
  const documents = entries.filter((e) => e.kind === 'info_list').length;
  expect(row).toBe(`${documents},${documents}`);
}, 180_000); // a correctness test (kill, re-run, compare), not a timed one
