// `npm run bench`: the benchmark harness. Every figure is reported against a baseline measured in
// the same run on the same machine (the machines are noisy; absolute numbers travel badly).
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateExports } from '../src/generate/index.ts';

const ROWS = Number(process.env['BENCH_ROWS'] ?? 100_000);

interface E2e {
  rows: number;
  quads: number;
  seconds: number;
  rssDeltaMb: number;
  rejects: number;
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
  for (const r of rows) console.log(r.filter((c) => c !== '').join(' | '));
  console.log(
    `ingest ratio: end-to-end / raw load = ${(e2eRate / rawRate).toFixed(2)} (goal ≥ 0.5); ${e2e.rows} rows, ${e2e.quads} quads, ${e2e.rejects} rejects`,
  );
} finally {
  await rm(work, { recursive: true, force: true });
}
