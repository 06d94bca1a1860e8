// `npm run bench`: the benchmark harness. Every figure is reported against a baseline measured in
// the same run on the same machine (the machines are noisy; absolute numbers travel badly).
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateExports } from '../src/generate/index.ts';
import { runEndpointBench } from './endpoint.ts';
import { runSearchBench } from './search.ts';

const ROWS = Number(process.env['BENCH_ROWS'] ?? 100_000);
/** The endpoint part: Plaza against Virtuoso. BENCH_ROWS there defaults to 5 000 (≈100 public
 * quads each: keep it under ~50 000 for the embedded store's 4 GiB); BENCH_SECONDS per load run. */
const endpointBench = (): Promise<void> =>
  runEndpointBench({
    rows: Number(process.env['BENCH_ROWS'] ?? 5_000),
    seconds: Number(process.env['BENCH_SECONDS'] ?? 5),
  });

// `npm run bench -- endpoint`: the endpoint part alone (it runs its own ingest).
if (process.argv[2] === 'endpoint') {
  await endpointBench();
  process.exit(0);
}

// `npm run bench -- search`: the search part alone (it needs no ingest).
if (process.argv[2] === 'search') {
  runSearchBench();
  process.exit(0);
}

interface E2e {
  rows: number;
  quads: number;
  seconds: number;
  rssDeltaMb: number;
  rejects: number;
}
interface Published {
  quads: number;
  seconds: number;
  graphs: number;
  blocked: number;
  oneRecordMs: number;
  oneRecordQuads: number;
}
interface Raw {
  quads: number;
  seconds: number;
  rssDeltaMb: number;
}

function measure<T>(args: string[]): T {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/ingest.ts', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 2 ** 26,
  });
  const last = out.trim().split('\n').at(-1) ?? '{}';
  return JSON.parse(last) as T;
}

const work = await mkdtemp(join(tmpdir(), 'plaza-bench-'));
try {
  console.log(`ingest: generating ${ROWS} approval-document rows …`);
  await generateExports({
    records: ROWS,
    outDir: join(work, 'exports'),
    kinds: ['info_list', 'org_chart'],
  });
  const dump = join(work, 'graph.nq');
  const e2e = measure<E2e>(['e2e', join(work, 'exports'), join(work, 'var'), dump]);
  const raw = measure<Raw>(['raw', join(work, 'exports'), join(work, 'var'), dump]);
  const pubDump = join(work, 'graph-pub.nq');
  const e2ePub = measure<E2e & { blocked: number }>([
    'e2e-pub',
    join(work, 'exports'),
    join(work, 'var-pub'),
    pubDump,
  ]);
  const pub = measure<Published>([
    'publish',
    join(work, 'exports'),
    join(work, 'var-pub'),
    pubDump,
  ]);
  const e2eRate = e2e.quads / e2e.seconds;
  const rawRate = raw.quads / raw.seconds;
  const rows = [
    [
      'end-to-end ingest',
      `${Math.round(e2e.rows / e2e.seconds)} rows/s`,
      `${Math.round(e2eRate)} triples/s`,
      `${((e2e.rssDeltaMb * 2 ** 20) / e2e.quads).toFixed(0)} B/triple (RSS)`,
    ],
    [
      'raw oxigraph load (same triples, N-Triples chunks)',
      '',
      `${Math.round(rawRate)} triples/s`,
      `${((raw.rssDeltaMb * 2 ** 20) / raw.quads).toFixed(0)} B/triple (RSS)`,
    ],
  ];
  const e2ePubRate = e2ePub.quads / e2ePub.seconds;
  const pubRate = pub.quads / pub.seconds;
  rows.push(
    [
      'end-to-end ingest + publication (plaza ingest)',
      `${Math.round(e2ePub.rows / e2ePub.seconds)} rows/s`,
      `${Math.round(e2ePubRate)} internal triples/s`,
      `${((e2ePub.rssDeltaMb * 2 ** 20) / e2ePub.quads).toFixed(0)} B/triple (RSS, both stores)`,
    ],
    [
      'public-graph publish (redact → gate → public store), whole store',
      `${Math.round(pub.graphs / pub.seconds)} graphs/s`,
      `${Math.round(pubRate)} internal triples/s`,
      `${pub.blocked} blocked`,
    ],
  );
  for (const r of rows) console.log(r.filter((c) => c !== '').join(' | '));
  console.log(
    `ingest ratio: end-to-end / raw load = ${(e2eRate / rawRate).toFixed(2)} (goal ≥ 0.5); ${e2e.rows} rows, ${e2e.quads} quads, ${e2e.rejects} rejects`,
  );
  console.log(
    `publication ratios: ingest+publish / raw load = ${(e2ePubRate / rawRate).toFixed(2)}; publish / raw load = ${(pubRate / rawRate).toFixed(2)}`,
  );
  console.log(
    `incremental: one record (${pub.oneRecordQuads} quads) republished in ${pub.oneRecordMs.toFixed(1)} ms (median of 25) vs ${pub.seconds.toFixed(1)} s for all ${pub.graphs} graphs = ${((pub.oneRecordMs / 1000 / pub.seconds) * pub.graphs).toFixed(2)}× the per-graph cost of a full publish`,
  );
} finally {
  await rm(work, { recursive: true, force: true });
}
runSearchBench();
await endpointBench();
