// The public dump builder: a complete gzipped N-Quads file renamed into place, one rebuild per
// burst of publishes, and no dump at all while the leak alarm finds something in the graph.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DataFactory, Parser } from 'n3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PublicDumpBuilder, DUMP_FILE } from '../../src/pipeline/public-dump.ts';
import { LeakScanner } from '../../src/policy/leak-scanner.ts';
import { OxigraphStore } from '../../src/store/oxigraph-store.ts';
import { expectIsomorphic } from '../support/rdf.ts';

const CANARY = 'CANARY-7f3a9e21';
const graph = DataFactory.namedNode('http://localhost:3000/graph/document/1');
const triple = (title: string): string =>
  `<http://localhost:3000/id/document/1> <http://purl.org/dc/terms/title> "${title}"@ko .\n`;

const silent = { info: () => undefined, error: () => undefined };

describe('PublicDumpBuilder', () => {
  let dir: string;
  let store: OxigraphStore;
  let listeners: Set<() => void>;
  let dumps: number;
  let builder: PublicDumpBuilder;

  const publish = (): void => {
    for (const l of listeners) l();
  };

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'plaza-dump-'));
    store = new OxigraphStore();
    await store.replaceGraphs([{ graph, nquads: triple('예산 계획') }]);
    listeners = new Set();
    dumps = 0;
    const counting = {
      dumpStream: (format: 'nq' | 'trig') => {
        dumps++;
        return store.dumpStream(format);
      },
    };
    const scanner = new LeakScanner([CANARY]);
    builder = new PublicDumpBuilder({
      store: counting,
      dir,
      scan: (text) => scanner.scanBody(text),
      onPublished: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      lastPublishedAt: () => new Date('2025-06-30T00:00:00Z'),
      logger: silent,
      debounceMs: 20,
    });
  });

  afterEach(async () => {
    await builder.close();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the whole store as gzipped N-Quads and leaves no temporary file', async () => {
    builder.start();
    expect(builder.status()).toBe('building');
    await builder.whenIdle();
    const file = builder.current();
    expect(file?.path).toBe(join(dir, DUMP_FILE));
    const bytes = await readFile(join(dir, DUMP_FILE));
    expect(file?.size).toBe(bytes.length);
    const quads = new Parser({ format: 'application/n-quads' }).parse(gunzipSync(bytes).toString());
    expectIsomorphic(
      quads,
      new Parser({ format: 'application/n-quads' }).parse(await store.dump('nq')),
    );
    expect(await readdir(dir)).toEqual([DUMP_FILE]);
  });

  it('rebuilds once for a burst of publishes, with the change', async () => {
    builder.start();
    await builder.whenIdle();
    const before = builder.current()?.etag;
    await store.replaceGraphs([{ graph, nquads: triple('예산 집행') }]);
    for (let i = 0; i < 5; i++) publish();
    await builder.whenIdle();
    expect(dumps).toBe(2);
    expect(builder.current()?.etag).not.toBe(before);
    const text = gunzipSync(await readFile(join(dir, DUMP_FILE))).toString();
    expect(text).toContain('예산 집행');
  });

  it('withholds the dump while the public graph trips the leak alarm, and recovers', async () => {
    builder.start();
    await builder.whenIdle();
    expect(builder.status()).toBe('ready');
    await store.replaceGraphs([{ graph, nquads: triple(`연락처 ${CANARY}`) }]);
    publish();
    await builder.whenIdle();
    expect(builder.status()).toBe('withheld');
    expect(builder.current()).toBeUndefined();
    expect(existsSync(join(dir, DUMP_FILE))).toBe(false);
    expect(await readdir(dir)).toEqual([]);
    await store.replaceGraphs([{ graph, nquads: triple('예산 계획') }]);
    publish();
    await builder.whenIdle();
    expect(builder.status()).toBe('ready');
  });
});
