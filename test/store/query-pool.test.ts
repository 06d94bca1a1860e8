// QueryPool through real workers and Oxigraph: the shared suite, runaway queries stopped while
// others are served, bounded waiting instead of hangs, and no worker left after close.
import type * as RDF from '@rdfjs/types';
import { DataFactory } from 'n3';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { QueryPool, type QueryPoolOptions } from '../../src/store/query-pool.ts';
import type { GraphReplacement, QueryResult } from '../../src/store/store.ts';
import { WorkerStore } from '../../src/store/worker-store.ts';
import { describeStoreContract, rejection } from './store-contract.ts';

const EX = 'http://example.org/';
const graph = (n: number): RDF.NamedNode => DataFactory.namedNode(`${EX}graph/${n}`);
/** `graphs` graphs of `perGraph` quads each. */
function batch(graphs: number, perGraph: number, value = 'v'): GraphReplacement[] {
  return Array.from({ length: graphs }, (_, gi) => ({
    graph: graph(gi),
    nquads: Array.from(
      { length: perGraph },
      (_, i) => `<${EX}s/${gi}/${i}> <${EX}p> "${value} ${i}" .\n`,
    ).join(''),
  }));
}
/** A cross product the size of the data cubed: minutes of work on a few thousand quads. */
const RUNAWAY = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }';
const COUNT = 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }';
const countOf = (result: QueryResult): string | undefined =>
  result.type === 'solutions' ? result.rows[0]?.get('n')?.value : undefined;
const threads = (): number =>
  Number(/Threads:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]);

let pool: QueryPool | undefined;
const made: WorkerStore[] = [];
async function openPool(options: Partial<QueryPoolOptions> = {}): Promise<QueryPool> {
  const makeReplica = (): WorkerStore => {
    const store = new WorkerStore();
    made.push(store);
    return store;
  };
  pool = await QueryPool.open(new WorkerStore(), { replicas: 2, makeReplica, ...options });
  return pool;
}
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}
afterEach(async () => {
  await pool?.close();
  pool = undefined;
  made.length = 0;
});

describeStoreContract('QueryPool', () =>
  QueryPool.open(new WorkerStore(), { replicas: 2, makeReplica: () => new WorkerStore() }),
);

describe('QueryPool', () => {
  it('refuses to exist without replicas', async () => {
    const primary = new WorkerStore();
    await expect(
      QueryPool.open(primary, { replicas: 0, makeReplica: () => primary }),
    ).rejects.toThrow(RangeError);
    await primary.close();
  });

  it('passes everything to the primary until started, then copies it once into the replicas', async () => {
    const makeReplica = (): WorkerStore => {
      const store = new WorkerStore();
      made.push(store);
      return store;
    };
    pool = new QueryPool(new WorkerStore(), { replicas: 2, makeReplica });
    await pool.replaceGraphs(batch(2, 100));
    expect(countOf(await pool.query(COUNT))).toBe('200');
    expect([made.length, pool.stats.replicas]).toEqual([0, 0]);
    await pool.start();
    expect(pool.stats).toMatchObject({ replicas: 2, replicasReady: 2 });
    expect(made).toHaveLength(2);
    expect((await Promise.all([pool.query(COUNT), pool.query(COUNT)])).map(countOf)).toEqual([
      '200',
      '200',
    ]);
  });

  it('stops a runaway query at its deadline while other queries are answered, then restarts the replica with every write', async () => {
    const p = await openPool();
    await p.replaceGraphs(batch(6, 500)); // 3000 quads
    const started = Date.now();
    let stoppedAt = 0;
    const runaway = rejection(
      p.query(RUNAWAY, { signal: AbortSignal.timeout(300) }).finally(() => {
        stoppedAt = Date.now();
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 50)); // the runaway is computing now
    expect(countOf(await p.query(COUNT))).toBe('3000');
    const answeredAt = Date.now();
    expect(stoppedAt).toBe(0);

    const error = await runaway;
    expect(error.code).toBe('TIMEOUT');
    expect(stoppedAt - started).toBeLessThan(2000);
    expect(answeredAt).toBeLessThan(stoppedAt);
    // The replacement loads in the background; a write issued now reaches it after its load.
    expect(p.stats).toMatchObject({ timeouts: 1, restarts: 1, replicas: 2, replicasReady: 1 });
    await p.replaceGraphs([...batch(1, 10, 'new'), { graph: graph(5), delete: true }]);
    expect(p.stats.replicasReady).toBe(1);
    const readyAt = Date.now();
    await until(() => p.stats.replicasReady === 2);
    expect(stoppedAt).toBeLessThan(readyAt);

    // Two queries at once run on two replicas, the fresh one among them: both see the same data.
    const probe = `SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(STRSTARTS(?o, "new")) }`;
    const answers = await Promise.all([p.query(COUNT), p.query(COUNT), p.query(probe)]);
    expect(answers.map(countOf)).toEqual(['2010', '2010', '10']);
    expect(made).toHaveLength(3);
    expect(made.map((s) => s.alive)).toEqual([false, true, true]);
    expect(countOf(await p.query(probe))).toBe('10');
    expect(await p.size()).toBe(2010);
  });

  it('answers STORE_UNAVAILABLE when every replica is busy, instead of hanging', async () => {
    const p = await openPool({ replicas: 1, maxQueued: 1, maxWaitMs: 400 });
    await p.replaceGraphs(batch(3, 1000));
    const runaway = rejection(p.query(RUNAWAY, { signal: AbortSignal.timeout(1500) }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const waited = Date.now();
    const queued = rejection(p.query(COUNT));
    const full = await rejection(p.query(COUNT));
    expect([full.code, p.stats.queued]).toEqual(['STORE_UNAVAILABLE', 1]);
    const late = await queued;
    expect(late.code).toBe('STORE_UNAVAILABLE');
    expect(Date.now() - waited).toBeLessThan(1400); // gave up at its bound, not when the runaway did
    // A deadline spent waiting is unavailability too; the runaway itself times out.
    const deadline = await rejection(p.query(COUNT, { signal: AbortSignal.timeout(100) }));
    expect(deadline.code).toBe('STORE_UNAVAILABLE');
    expect((await runaway).code).toBe('TIMEOUT');
    expect(p.stats).toMatchObject({ timeouts: 1, restarts: 1, unavailable: 3 });
  });

  it('restarts the replica of a caller that went away; a query meanwhile waits for it', async () => {
    const p = await openPool({ replicas: 1 });
    await p.replaceGraphs(batch(3, 1000));
    const controller = new AbortController();
    const gone = rejection(p.query(RUNAWAY, { signal: controller.signal }));
    setTimeout(() => controller.abort(), 100);
    expect((await gone).code).toBe('ABORTED');
    expect(p.stats).toMatchObject({ aborts: 1, restarts: 1, replicasReady: 0 });
    expect(countOf(await p.query(COUNT))).toBe('3000');
    expect(made.map((s) => s.alive)).toEqual([false, true]);
  });

  it('terminates every worker on close, a running query included', async () => {
    const before = threads();
    const p = await openPool();
    expect(threads()).toBeGreaterThanOrEqual(before + 3);
    await p.replaceGraphs(batch(3, 1000));
    const running = rejection(p.query(RUNAWAY));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await p.close();
    expect((await running).code).toBe('STORE_CLOSED');
    expect(made.map((s) => s.alive)).toEqual([false, false]);
    expect(threads()).toBeLessThanOrEqual(before);
    expect((await rejection(p.query(COUNT))).code).toBe('STORE_CLOSED');
    expect((await rejection(p.size())).code).toBe('STORE_CLOSED');
    expect((await rejection(p.update('CLEAR ALL'))).code).toBe('STORE_CLOSED');
  });
});
