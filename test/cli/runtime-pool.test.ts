// The runtime with query workers: replicas are built once the startup load is done, every later
// write reaches them, and snapshots still come from the primaries.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openRuntime } from '../../src/cli/runtime.ts';
import { loadConfig } from '../../src/config/config.ts';
import { ingestFiles } from '../../src/pipeline/ingest-files.ts';
import { QueryPool } from '../../src/store/query-pool.ts';
import type { Store } from '../../src/store/store.ts';

const EXPENSES = new URL(
  '../../data/expense_list/20240101_20240131_expense_list.csv',
  import.meta.url,
).pathname;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plaza-runtime-pool-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Two queries at once, so that each replica of a two-replica pool answers one. */
async function counts(store: Store): Promise<number[]> {
  const query = 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }';
  const results = await Promise.all([store.query(query), store.query(query)]);
  return results.map((r) => Number(r.type === 'solutions' && r.rows[0]?.get('n')?.value));
}

it('queries replicas built after the startup load, and ingests reach them', async () => {
  const config = loadConfig({ PLAZA_DATA_DIR: dir });
  const rt = await openRuntime(config, { queryWorkers: 2 });
  let published: number;
  try {
    const [pub, internal] = [rt.publicStore, rt.store];
    if (!(pub instanceof QueryPool) || !(internal instanceof QueryPool))
      throw new Error('expected query pools');
    expect(pub.stats).toMatchObject({ replicas: 2, replicasReady: 2, restarts: 0 });
    expect(internal.stats).toMatchObject({ replicas: 1, replicasReady: 1 });
    const start = await pub.size(); // the reference data, loaded before the replicas existed
    expect(start).toBeGreaterThan(0);
    expect(await counts(pub)).toEqual([start, start]);

    const clock = (): Date => new Date('2026-11-27T10:00:00Z');
    const deps = { log: rt.log, store: rt.sink, projector: rt.projector, clock };
    expect((await ingestFiles([EXPENSES], deps)).accepted).toBeGreaterThan(0);
    published = await pub.size();
    expect(published).toBeGreaterThan(start);
    expect(await counts(pub)).toEqual([published, published]);
    const [own] = await counts(internal);
    expect(own).toBe(await internal.size());
    await rt.checkpoint();
  } finally {
    await rt.close();
  }
  // The snapshot the pool wrote is its primary's content; a plain runtime loads it.
  const plain = await openRuntime(config);
  try {
    expect(plain.publicStore).not.toBeInstanceOf(QueryPool);
    expect(await plain.publicStore.size()).toBe(published);
  } finally {
    await plain.close();
  }
});
