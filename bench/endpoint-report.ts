// The endpoint benchmark's report: a table on stdout, and every figure as JSON in bench/out/.
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { median } from './endpoint-load.ts';
import type { AnalyticRow, LoadRow, RunawayFigures, RunawayWindow } from './endpoint-runs.ts';

export interface EndpointReport {
  readonly rows: number;
  readonly publicQuads: number;
  readonly queryWorkers: number;
  readonly queryTimeoutMs: number;
  readonly checks: string[];
  readonly load: LoadRow[];
  readonly runaway: RunawayFigures;
  readonly analytic: AnalyticRow[];
  /** ms until Plaza answered quickly again before each of its runs (after the previous one). */
  readonly recoveries: number[];
  readonly machine: { cpus: number; loadBefore: number[]; loadAfter: number[] };
}

const ms = (n: number): string => `${n.toFixed(n < 10 ? 1 : 0)} ms`;
const x = (n: number): string => `${n.toFixed(2)}×`;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

export function machine(loadBefore: number[]): EndpointReport['machine'] {
  return { cpus: cpus().length, loadBefore, loadAfter: loadavg() };
}

export async function report(r: EndpointReport, outDir: string): Promise<string> {
  console.log(
    `\nendpoint: ${r.rows} rows ingested, ${r.publicQuads} public quads in both stores; Plaza with ${r.queryWorkers} query workers, timeout ${r.queryTimeoutMs} ms`,
  );
  for (const check of r.checks) console.log(`  same answers — ${check}`);
  console.log(
    table(
      [
        'query',
        'conns',
        'Plaza req/s',
        'p50',
        'p99',
        'Virtuoso req/s',
        'p50',
        'p99',
        'Plaza/Virtuoso req/s',
      ],
      r.load.map((l) => [
        l.query,
        String(l.connections),
        l.plaza.reqPerSec.toFixed(0),
        ms(l.plaza.p50),
        ms(l.plaza.p99),
        l.virtuoso.reqPerSec.toFixed(0),
        ms(l.virtuoso.p50),
        ms(l.virtuoso.p99),
        x(l.plaza.reqPerSec / l.virtuoso.reqPerSec),
      ]),
    ),
  );
  const failed = r.load.flatMap((l) => [l.plaza, l.virtuoso]).some((f) => f.failed > 0);
  if (failed) console.log('WARNING: some runs had non-2xx answers or errors (see the JSON)');
  const goal = r.load.find((l) => l.query.startsWith('point') && l.connections === 32);
  if (goal) {
    const ratio = goal.plaza.reqPerSec / goal.virtuoso.reqPerSec;
    const met = ratio >= 8 && goal.plaza.p99 < 20;
    console.log(
      `goal (point lookups, 32 connections: ≥ 8× Virtuoso's req/s, p99 < 20 ms): ${x(ratio)}, p99 ${ms(goal.plaza.p99)} — ${met ? 'met' : 'NOT met'}`,
    );
  }
  const slowest = Math.max(...r.recoveries);
  console.log(
    `recovery: after a load run drops its in-flight requests, Plaza answered quickly again within ${ms(slowest)} (slowest of ${r.recoveries.length}; median ${ms(median(r.recoveries))})`,
  );
  const { without, one, retried } = r.runaway;
  const window = (name: string, w: RunawayWindow): string =>
    `${name}: ${w.lookups.reqPerSec.toFixed(0)} req/s, p99 ${ms(w.lookups.p99)} (${x(w.lookups.p99 / without.p99)}), ${w.lookups.failed} failed; runaways answered ${w.statuses.join(',') || 'never'} after ${w.answeredMs.map((t) => (t / 1000).toFixed(1)).join(', ')} s`;
  console.log(
    `point lookups × 32 without a runaway: ${without.reqPerSec.toFixed(0)} req/s, p99 ${ms(without.p99)}\n  ${window('with one runaway query', one)}\n  ${window('with a runaway resent as soon as answered', retried)}`,
  );
  console.log(
    table(
      [
        'analytic query (median)',
        'Virtuoso direct',
        'through SparqlStore',
        'adapter/direct',
        'Plaza (Oxigraph)',
      ],
      r.analytic.map((a) => [
        a.query,
        ms(a.virtuosoMs),
        ms(a.adapterMs),
        x(a.adapterMs / a.virtuosoMs),
        ms(a.plazaMs),
      ]),
    ),
  );
  console.log(
    `machine: ${r.machine.cpus} cores, load average ${r.machine.loadBefore.map((l) => l.toFixed(1)).join('/')} before, ${r.machine.loadAfter.map((l) => l.toFixed(1)).join('/')} after`,
  );
  await mkdir(outDir, { recursive: true });
  const file = join(outDir, `endpoint-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  await writeFile(file, `${JSON.stringify(r, null, 2)}\n`);
  console.log(`figures written to ${file}`);
  return file;
}
