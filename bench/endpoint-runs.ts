// The endpoint benchmark's timed parts: load at 1 and 32 connections against both endpoints,
// point lookups while runaway queries are being timed out, and analytic queries through the
// remote-store adapter against Virtuoso direct.
import { SparqlStore } from '../src/store/sparql-store.ts';
import { JSON_RESULTS, NTRIPLES } from './endpoint-checks.ts';
import { load, median, queryPaths, settle, type LoadResult } from './endpoint-load.ts';
import {
  ANALYTIC,
  ANALYTIC_PROBE,
  pointLookup,
  RUNAWAY,
  unitDocuments,
  unitDocumentsGraph,
} from './endpoint-queries.ts';

export interface Endpoints {
  readonly plaza: string;
  readonly virtuoso: string;
}

/** Plaza's recovery after each of its load runs (see settle), in ms. */
export type Recoveries = number[];

export interface LoadRow {
  readonly query: string;
  readonly connections: number;
  readonly plaza: LoadResult;
  readonly virtuoso: LoadResult;
}

/** Point lookups while runaway queries are sent: their results, and each runaway's answer. */
export interface RunawayWindow {
  readonly lookups: LoadResult;
  readonly statuses: number[];
  readonly answeredMs: number[];
}

export interface RunawayFigures {
  readonly without: LoadResult;
  /** One runaway query, sent as the window opens. */
  readonly one: RunawayWindow;
  /** A client that sends the runaway again as soon as it is answered (a retrying script). */
  readonly retried: RunawayWindow;
}

export interface AnalyticRow {
  readonly query: string;
  readonly virtuosoMs: number;
  readonly adapterMs: number;
  readonly plazaMs: number;
}

/** Load runs over the three query kinds, Plaza and Virtuoso back to back (order alternating). */
export async function loadRuns(
  at: Endpoints,
  targets: readonly string[],
  unit: string,
  seconds: number,
  recoveries: Recoveries,
): Promise<LoadRow[]> {
  const probe = pointLookup(targets[0] ?? '');
  const settled = async (side: 'plaza' | 'virtuoso'): Promise<void> => {
    const ms = await settle(at[side], probe, JSON_RESULTS);
    if (side === 'plaza') recoveries.push(ms);
  };
  const kinds = [
    { query: 'point lookup (JSON)', queries: targets.map(pointLookup), accept: JSON_RESULTS },
    { query: 'SELECT 100 rows (JSON)', queries: [unitDocuments(unit)], accept: JSON_RESULTS },
    { query: 'CONSTRUCT (N-Triples)', queries: [unitDocumentsGraph(unit)], accept: NTRIPLES },
  ];
  const rows: LoadRow[] = [];
  let turn = 0;
  for (const kind of kinds) {
    const paths = {
      plaza: queryPaths(at.plaza, kind.queries),
      virtuoso: queryPaths(at.virtuoso, kind.queries),
    };
    // Warm-up (JIT, query plans, caches) at full concurrency, not counted.
    for (const side of ['plaza', 'virtuoso'] as const) {
      await settled(side);
      await load(at[side], paths[side], { connections: 32, seconds: 2, accept: kind.accept });
    }
    for (const connections of [1, 32]) {
      const run = async (side: 'plaza' | 'virtuoso'): Promise<LoadResult> => {
        await settled(side);
        return load(at[side], paths[side], { connections, seconds, accept: kind.accept });
      };
      const order =
        turn++ % 2 === 0 ? (['plaza', 'virtuoso'] as const) : (['virtuoso', 'plaza'] as const);
      const first = await run(order[0]);
      const second = await run(order[1]);
      const plaza = order[0] === 'plaza' ? first : second;
      const virtuoso = order[0] === 'plaza' ? second : first;
      rows.push({ query: kind.query, connections, plaza, virtuoso });
      console.log(
        `  ${kind.query} × ${connections}: Plaza ${plaza.reqPerSec.toFixed(0)} req/s, Virtuoso ${virtuoso.reqPerSec.toFixed(0)} req/s`,
      );
    }
  }
  return rows;
}

/** Point lookups while runaways are sent (one, or again and again) until the window closes. */
async function runawayWindow(
  plaza: string,
  paths: readonly string[],
  seconds: number,
  retry: boolean,
): Promise<RunawayWindow> {
  const stop = new AbortController();
  const statuses: number[] = [];
  const answeredMs: number[] = [];
  const url = `${plaza}?${new URLSearchParams({ query: RUNAWAY }).toString()}`;
  const runaways = (async () => {
    do {
      const t0 = performance.now();
      try {
        const response = await fetch(url, {
          headers: { accept: JSON_RESULTS },
          signal: stop.signal,
        });
        await response.text();
        statuses.push(response.status);
        answeredMs.push(performance.now() - t0);
      } catch {
        // aborted at the end of the window: that one was never answered
      }
    } while (retry && !stop.signal.aborted);
  })();
  // A lookup that fails meanwhile is a figure here, not a broken run.
  const options = { connections: 32, seconds, accept: JSON_RESULTS, failuresExpected: true };
  const lookups = await load(plaza, paths, options);
  stop.abort();
  await runaways;
  return { lookups, statuses, answeredMs };
}

/** Point lookups at 32 connections: alone, with one runaway query, with a retried one. */
export async function runawayRun(
  plaza: string,
  targets: readonly string[],
  seconds: number,
  recoveries: Recoveries,
): Promise<RunawayFigures> {
  const paths = queryPaths(plaza, targets.map(pointLookup));
  const probe = pointLookup(targets[0] ?? '');
  const settled = async (): Promise<void> => {
    recoveries.push(await settle(plaza, probe, JSON_RESULTS));
  };
  await settled();
  const without = await load(plaza, paths, { connections: 32, seconds, accept: JSON_RESULTS });
  await settled();
  const one = await runawayWindow(plaza, paths, seconds, false);
  await settled();
  const retried = await runawayWindow(plaza, paths, seconds, true);
  return { without, one, retried };
}

/** Median times of each analytic query: Virtuoso direct, through SparqlStore, and Plaza's own endpoint. */
export async function analyticRuns(at: Endpoints, repetitions: number): Promise<AnalyticRow[]> {
  await settle(at.plaza, ANALYTIC_PROBE, JSON_RESULTS);
  const adapter = new SparqlStore({
    queryUrl: at.virtuoso,
    updateUrl: at.virtuoso,
    timeoutMs: 120_000,
  });
  const post = async (endpoint: string, query: string): Promise<void> => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: JSON_RESULTS },
      body: new URLSearchParams({ query }).toString(),
    });
    const text = await response.text();
    if (!response.ok)
      throw new Error(`${endpoint} answered ${response.status}: ${text.slice(0, 300)}`);
  };
  const timed = async (fn: () => Promise<unknown>): Promise<number> => {
    const t0 = performance.now();
    await fn();
    return performance.now() - t0;
  };
  const rows: AnalyticRow[] = [];
  try {
    for (const [query, sparql] of Object.entries(ANALYTIC)) {
      const times = { virtuoso: [] as number[], adapter: [] as number[], plaza: [] as number[] };
      // The first round warms each up and is not counted; the rest interleave.
      for (let round = 0; round <= repetitions; round++) {
        const v = await timed(() => post(at.virtuoso, sparql));
        const a = await timed(() => adapter.query(sparql, { format: 'json' }));
        const p = await timed(() => post(at.plaza, sparql));
        if (round === 0) continue;
        times.virtuoso.push(v);
        times.adapter.push(a);
        times.plaza.push(p);
      }
      rows.push({
        query,
        virtuosoMs: median(times.virtuoso),
        adapterMs: median(times.adapter),
        plazaMs: median(times.plaza),
      });
    }
  } finally {
    await adapter.close();
  }
  return rows;
}
