// The endpoint part of `npm run bench`: the same public graph served by Plaza (`plaza start`, in a
// child process) and by a private Virtuoso (bulk-loaded), checked to give the same answers, then
// loaded with autocannon from this process. Figures are ratios against Virtuoso in the same run.
import { spawn, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { generateExports } from '../src/generate/index.ts';
import { checkSameAnswers, JSON_RESULTS } from './endpoint-checks.ts';
import { ask, rowsOf } from './endpoint-load.ts';
import { BUSIEST_UNIT, lookupTargets } from './endpoint-queries.ts';
import { machine, report } from './endpoint-report.ts';
import { analyticRuns, loadRuns, runawayRun } from './endpoint-runs.ts';
import { virtuosoWith } from './endpoint-virtuoso.ts';

const PLAZA = new URL('endpoint-plaza.ts', import.meta.url).pathname;
const OUT = new URL('out/', import.meta.url).pathname;
/** Short enough that a runaway is stopped several times within one load window. */
const QUERY_TIMEOUT_MS = 2000;
const LOOKUP_TARGETS = 2000;

export interface EndpointBenchOptions {
  /** info_list rows to generate (the other kinds scale with it; ≈100 public quads per row). */
  readonly rows: number;
  /** Length of each load run. */
  readonly seconds: number;
}

/** Starts `plaza start` over a data directory in a child process; resolves with its URL. */
async function servePlaza(
  dataDir: string,
  env: Record<string, string>,
): Promise<{ child: ChildProcess; url: string; queryWorkers: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', PLAZA, 'serve', dataDir], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const orphan = (): void => void child.kill('SIGKILL');
  process.once('exit', orphan);
  child.once('exit', () => process.off('exit', orphan));
  for await (const line of createInterface({ input: child.stdout })) {
    if (!line.startsWith('{')) continue;
    const { url, queryWorkers } = JSON.parse(line) as { url?: string; queryWorkers: number };
    if (url) return { child, url, queryWorkers };
  }
  throw new Error(`Plaza exited (${child.exitCode}) before listening`);
}

async function stopPlaza(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  const late = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await once(child, 'exit');
  clearTimeout(late);
}

export async function runEndpointBench({ rows, seconds }: EndpointBenchOptions): Promise<void> {
  const loadBefore = loadavg();
  const work = await mkdtemp(join(tmpdir(), 'plaza-bench-endpoint-'));
  const cleanup: (() => Promise<void>)[] = [];
  try {
    console.log(`endpoint: generating exports for ${rows} approval-document rows …`);
    const exportsDir = join(work, 'exports');
    await generateExports({ records: rows, outDir: exportsDir });
    const dataDir = join(work, 'var');
    const dump = join(work, 'public.nq');
    console.log('endpoint: plaza ingest (with publication), public graph dumped as N-Quads …');
    const ingestOut = execFileSync(
      process.execPath,
      ['--import', 'tsx', PLAZA, 'ingest', exportsDir, dataDir, dump],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
        maxBuffer: 2 ** 26,
      },
    );
    const ingested = JSON.parse(ingestOut.trim().split('\n').at(-1) ?? '{}') as {
      rows: number;
      publicQuads: number;
    };
    console.log(
      `endpoint: ${ingested.rows} records, ${ingested.publicQuads} public quads; bulk-loading Virtuoso, starting Plaza …`,
    );
    const [loaded, plaza] = await Promise.all([
      virtuosoWith(dump),
      servePlaza(dataDir, {
        PLAZA_QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS),
        PLAZA_LOG_LEVEL: 'warn',
        // One client sends everything here: the limiter stays on the path, its limit out of the way.
        PLAZA_RATE_LIMIT: String(1e9),
      }),
    ]);
    cleanup.push(
      () => loaded.virtuoso.stop(),
      () => stopPlaza(plaza.child),
    );
    if (loaded.quads !== ingested.publicQuads)
      throw new Error(
        `Virtuoso holds ${loaded.quads} quads after the bulk load, Plaza's public graph ${ingested.publicQuads}`,
      );
    console.log(
      `endpoint: Virtuoso loaded ${loaded.quads} quads in ${loaded.loadSeconds.toFixed(1)} s`,
    );
    const at = { plaza: `${plaza.url}sparql`, virtuoso: loaded.virtuoso.sparqlUrl };

    const targets = rowsOf(await ask(at.plaza, lookupTargets(LOOKUP_TARGETS), JSON_RESULTS)).map(
      (r) => r['doc'] ?? '',
    );
    const unit = rowsOf(await ask(at.plaza, BUSIEST_UNIT, JSON_RESULTS))[0]?.['unit'];
    if (!unit || targets.length === 0)
      throw new Error('the generated data has no approval documents');
    const checks = await checkSameAnswers(at.plaza, at.virtuoso, targets, unit);

    console.log(
      `endpoint: load runs of ${seconds} s (rotating over ${targets.length} documents for lookups) …`,
    );
    const recoveries: number[] = [];
    const loadRows = await loadRuns(at, targets, unit, seconds, recoveries);
    console.log(
      `endpoint: point lookups while runaway queries are timed out (${QUERY_TIMEOUT_MS} ms) …`,
    );
    const runaway = await runawayRun(at.plaza, targets, seconds * 2, recoveries);
    console.log('endpoint: analytic queries …');
    const analytic = await analyticRuns(at, 7);
    await report(
      {
        rows: ingested.rows,
        publicQuads: ingested.publicQuads,
        queryWorkers: plaza.queryWorkers,
        queryTimeoutMs: QUERY_TIMEOUT_MS,
        checks,
        load: loadRows,
        runaway,
        analytic,
        recoveries,
        machine: machine(loadBefore),
      },
      OUT,
    );
  } finally {
    for (const step of cleanup.reverse()) await step().catch((e: unknown) => console.error(e));
    await rm(work, { recursive: true, force: true });
  }
}
