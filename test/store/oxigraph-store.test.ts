// The shared Store suite over the in-process OxigraphStore and the worker-hosted WorkerStore, plus their own extras.
import { DataFactory, Parser } from 'n3';
import { isomorphic } from 'rdf-isomorphic';
import { describe, expect, it } from 'vitest';
import { OxigraphStore } from '../../src/store/oxigraph-store.ts';
import type { Store } from '../../src/store/store.ts';
import { WorkerStore } from '../../src/store/worker-store.ts';
import { describeStoreContract } from './store-contract.ts';

describeStoreContract('OxigraphStore', () => new OxigraphStore());
describeStoreContract('WorkerStore', () => new WorkerStore());

describe.each<[string, () => Store]>([
  ['OxigraphStore', () => new OxigraphStore()],
  ['WorkerStore', () => new WorkerStore()],
])('%s default graph', (_name, make) => {
  it('keeps quads in the default graph apart and dumps them too', async () => {
    const store = make();
    try {
      const EX = 'http://example.org/';
      await store.update(`INSERT DATA { <${EX}s> <${EX}p> _:b . _:b <${EX}p> "d\\n2" }`);
      const defaults = await store.match(null, null, null, DataFactory.defaultGraph());
      expect(defaults).toHaveLength(2);
      const dumped = new Parser({ format: 'N-Quads' }).parse(await store.dump('nq'));
      expect(isomorphic(defaults, dumped)).toBe(true);
    } finally {
      await store.close();
    }
  });
});
