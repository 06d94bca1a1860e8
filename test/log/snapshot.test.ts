// Snapshots: a round trip gives an isomorphic store; corrupt snapshots are skipped; two are kept.
import type * as RDF from '@rdfjs/types';
import { DataFactory } from 'n3';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isomorphic } from 'rdf-isomorphic';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSnapshot, writeSnapshot, type SnapshotManifest } from '../../src/log/snapshot.ts';
import { OxigraphStore } from '../../src/store/oxigraph-store.ts';

const EX = 'http://example.org/';
const graph = (n: number): RDF.NamedNode => DataFactory.namedNode(`${EX}graph/${n}`);

async function filledStore(records: number): Promise<OxigraphStore> {
  const store = new OxigraphStore();
  await store.replaceGraphs(
    Array.from({ length: records }, (_, i) => ({
      graph: graph(i),
      nquads:
        `<${EX}id/${i}> <${EX}title> "제목 ${i}\\n\\"인용\\""@ko .\n` +
        `<${EX}id/${i}> <${EX}amount> "${i}"^^<http://www.w3.org/2001/XMLSchema#integer> .\n` +
        `<${EX}id/${i}> <${EX}part> _:p .\n_:p <${EX}label> "part of ${i}" .\n`,
    })),
  );
  await store.update(`INSERT DATA { <${EX}s> <${EX}p> "in the default graph" }`);
  return store;
}

let dir: string;
const stores: OxigraphStore[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plaza-snap-'));
});
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  await rm(dir, { recursive: true, force: true });
});

function track(store: OxigraphStore): OxigraphStore {
  stores.push(store);
  return store;
}

describe('snapshots', () => {
  it('round-trips the store (blank nodes, literals, named and default graphs) with its seq', async () => {
    const store = track(await filledStore(50));
    const at = new Date('2026-03-01T00:00:00Z');
    const manifest = await writeSnapshot(dir, store, 42, { createdAt: at });
    expect(manifest).toMatchObject({ seq: 42, file: 'internal-42.nq', quads: 201 });
    const onDisk = JSON.parse(
      await readFile(join(dir, 'snapshots', 'internal-42.json'), 'utf8'),
    ) as SnapshotManifest;
    expect(onDisk).toEqual({ ...manifest, createdAt: at.toISOString() });

    const restored = track(new OxigraphStore());
    expect(await loadSnapshot(dir, restored)).toBe(42);
    expect(isomorphic(await restored.match(), await store.match())).toBe(true);
  });

  it('falls back to the older snapshot when the newest is corrupt, and to none after that', async () => {
    const store = track(await filledStore(5));
    await writeSnapshot(dir, store, 1);
    await store.replaceGraphs([{ graph: graph(0), delete: true }]);
    await writeSnapshot(dir, store, 2);
    const newest = join(dir, 'snapshots', 'internal-2.nq');
    const text = await readFile(newest, 'utf8');
    await writeFile(newest, text.replace('제목', '제묵'));

    const rejected: string[] = [];
    const restored = track(new OxigraphStore());
    const seq = await loadSnapshot(dir, restored, {
      onRejected: (f, why) => rejected.push(`${f}: ${why}`),
    });
    expect(seq).toBe(1);
    expect(rejected).toEqual(['internal-2.json: sha256 mismatch']);
    expect(await restored.size()).toBe(5 * 4 + 1);

    await writeFile(join(dir, 'snapshots', 'internal-1.json'), '{"seq":1,');
    const empty = track(new OxigraphStore());
    expect(await loadSnapshot(dir, empty)).toBe(0);
    expect(await empty.size()).toBe(0);
  });

  it('keeps the newest two snapshots and removes leftovers of interrupted writes', async () => {
    const store = track(await filledStore(3));
    await writeFile(join(dir, 'unrelated.txt'), 'kept');
    for (const seq of [1, 2, 3]) await writeSnapshot(dir, store, seq);
    await writeFile(join(dir, 'snapshots', 'internal-4.nq.tmp'), 'half');
    await writeSnapshot(dir, store, 5);
    expect((await readdir(join(dir, 'snapshots'))).sort()).toEqual([
      'internal-3.json',
      'internal-3.nq',
      'internal-5.json',
      'internal-5.nq',
    ]);
  });

  it('loads only into an empty store', async () => {
    const store = track(await filledStore(1));
    await writeSnapshot(dir, store, 1);
    await expect(loadSnapshot(dir, store)).rejects.toMatchObject({ code: 'STORE_NOT_EMPTY' });
  });
});
