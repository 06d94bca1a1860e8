// Evaluates a publisher's SPARQL update on a scratch store that holds only the graphs it names,
// in a worker (the HTTP thread never runs a query), so its effect is known as whole new graphs
// before anything is logged. A runaway update is stopped by terminating the scratch worker.
import type * as RDF from '@rdfjs/types';
import { DataFactory } from 'n3';
import type { Store } from '../store/store.ts';
import { StoreError } from '../store/store-error.ts';
import { toNTriples } from './ntriples.ts';

export interface ScratchOptions {
  readonly scratch: () => Store;
  readonly timeoutMs: number;
}

/** The new content of every graph in `before` after the update (empty: the graph is gone). */
export async function evaluateUpdate(
  sparql: string,
  before: ReadonlyMap<string, readonly RDF.Quad[]>,
  options: ScratchOptions,
): Promise<Map<string, RDF.Quad[]>> {
  const store = options.scratch();
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await store.replaceGraphs(
      [...before]
        .filter(([, quads]) => quads.length > 0)
        .map(([graph, quads]) => ({
          graph: DataFactory.namedNode(graph),
          nquads: toNTriples(quads),
        })),
    );
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new StoreError('TIMEOUT', `the update ran past ${options.timeoutMs} ms`));
        void store.close(); // terminates the worker: the synchronous update cannot hear an abort
      }, options.timeoutMs);
    });
    await Promise.race([store.update(sparql).catch(asClientError), timedOut]);
    // The analysis named every graph the update may touch; anything else means it missed one.
    const stray = (await store.graphs()).filter((g) => !before.has(g.value));
    if (
      stray.length > 0 ||
      (await store.match(null, null, null, DataFactory.defaultGraph())).length > 0
    )
      throw new StoreError(
        'QUERY_UNSUPPORTED',
        `the update wrote ${stray.length > 0 ? `graph <${stray[0]!.value}>, which it does not name` : 'into the default graph'}`,
      );
    const after = new Map<string, RDF.Quad[]>();
    for (const graph of before.keys()) {
      const quads = await store.match(null, null, null, DataFactory.namedNode(graph));
      after.set(
        graph,
        quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object)),
      );
    }
    return after;
  } finally {
    clearTimeout(timer);
    await store.close();
  }
}

/**
 * The scratch store holds only the update's own graphs, so an update it rejects (CREATE of a
 * graph that exists, say) failed by its own terms: the publisher's error, said back as a 400.
 */
function asClientError(error: unknown): never {
  if (error instanceof StoreError && error.code === 'STORE_ERROR')
    throw new StoreError('QUERY_UNSUPPORTED', error.message, { cause: error });
  throw error;
}
