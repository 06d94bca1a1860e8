// Load for the endpoint benchmark: autocannon against a SPARQL endpoint (GET, one query or a
// rotation), and one-off requests for checking answers and timing single queries.
import autocannon from 'autocannon';

export interface LoadResult {
  /** Answered with 2xx per second over the run. */
  readonly reqPerSec: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly ok: number;
  /** Non-2xx answers and connection errors/timeouts: a run with any is not a valid figure. */
  readonly failed: number;
  readonly seconds: number;
}

export interface LoadOptions {
  readonly connections: number;
  readonly seconds: number;
  readonly accept: string;
  /** Count non-2xx answers and errors instead of failing the run on the first one. */
  readonly failuresExpected?: boolean;
}

/** `GET <endpoint>?query=…` paths, one per query, for a rotation. */
export function queryPaths(endpoint: string, queries: readonly string[]): string[] {
  const { pathname } = new URL(endpoint);
  return queries.map((q) => `${pathname}?${new URLSearchParams({ query: q }).toString()}`);
}

/** Runs autocannon over the paths in rotation (each request takes the next one). */
export async function load(
  endpoint: string,
  paths: readonly string[],
  options: LoadOptions,
): Promise<LoadResult> {
  let next = 0;
  const result = await autocannon({
    url: new URL(endpoint).origin,
    connections: options.connections,
    duration: options.seconds,
    headers: { accept: options.accept },
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] ?? '/' }),
      },
    ],
  });
  const failed = result.non2xx + result.errors;
  if (failed > 0 && !options.failuresExpected) {
    const statuses = JSON.stringify(result.statusCodeStats ?? {});
    throw new Error(
      `${endpoint}: ${failed} of ${result.requests.total} requests failed (${statuses}, ${result.errors} errors)`,
    );
  }
  return {
    reqPerSec: result['2xx'] / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    ok: result['2xx'],
    failed,
    seconds: result.duration,
  };
}

/**
 * Waits until the endpoint answers a query quickly again, five times in a row; returns how long
 * that took. Plaza needs it after a load run: autocannon drops its in-flight requests at the end,
 * and Plaza stops (and rebuilds) the replica of each query whose client went away.
 */
export async function settle(endpoint: string, query: string, accept: string): Promise<number> {
  const t0 = performance.now();
  const url = `${endpoint}?${new URLSearchParams({ query }).toString()}`;
  for (let fast = 0; fast < 5;) {
    if (performance.now() - t0 > 120_000) throw new Error(`${endpoint} did not settle in 2 min`);
    const t = performance.now();
    const response = await fetch(url, { headers: { accept } });
    await response.arrayBuffer();
    fast = response.ok && performance.now() - t < 200 ? fast + 1 : 0;
  }
  return performance.now() - t0;
}

/** One GET; the body when it is 2xx, an error naming the endpoint otherwise. */
export async function ask(endpoint: string, query: string, accept: string): Promise<string> {
  const url = `${endpoint}?${new URLSearchParams({ query }).toString()}`;
  const response = await fetch(url, { headers: { accept } });
  const text = await response.text();
  if (!response.ok)
    throw new Error(`${endpoint} answered ${response.status} to ${query}:\n${text.slice(0, 500)}`);
  return text;
}

/** The bindings of a SPARQL JSON answer, each variable's value as a string. */
export function rowsOf(json: string): Record<string, string>[] {
  const parsed = JSON.parse(json) as {
    results: { bindings: Record<string, { value: string }>[] };
  };
  return parsed.results.bindings.map((b) =>
    Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])),
  );
}

/** Triples in an N-Triples answer. */
export function triplesOf(ntriples: string): number {
  return ntriples.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#')).length;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}
