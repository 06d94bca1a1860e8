// The worker side of WorkerStore: hosts one OxigraphStore and answers calls from the parent, so
// that parsing, loading and querying never run on the HTTP or ingest thread.
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parentPort } from 'node:worker_threads';
import { DataFactory } from 'n3';
import { OxigraphStore } from './oxigraph-store.ts';
import type { GraphReplacement, ResultFormat } from './store.ts';
import { StoreError } from './store-error.ts';
import { decodeTerm, encodeQuad, encodeTerm, type EncodedTerm } from './term-codec.ts';

export interface WorkerRequest {
  readonly id: number;
  readonly method: string;
  readonly args: readonly unknown[];
}

/** Asks the worker to abort the call with this id (its signal fires inside the worker). */
export interface WorkerAbort {
  readonly abort: number;
}

export type WorkerResponse =
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly error: WireError };

export interface WireError {
  readonly code: string;
  readonly message: string;
  readonly line?: number | undefined;
  readonly column?: number | undefined;
  readonly graph?: string | undefined;
}

interface WireDataset {
  readonly defaultGraphs: readonly string[];
  readonly namedGraphs: readonly string[];
}

type Wire = { graph: string; nquads: string } | { graph: string; delete: true };

const store = new OxigraphStore();

async function dispatch(
  method: string,
  args: readonly unknown[],
  signal: AbortSignal,
): Promise<unknown> {
  switch (method) {
    case 'query': {
      const [sparql, format, wire] = args as [string, ResultFormat | undefined, WireDataset?];
      const dataset = wire && {
        defaultGraphs: wire.defaultGraphs.map((g) => DataFactory.namedNode(g)),
        namedGraphs: wire.namedGraphs.map((g) => DataFactory.namedNode(g)),
      };
      const scope = dataset ? { dataset } : {};
      if (format) return store.query(sparql, { format, signal, ...scope });
      const result = await store.query(sparql, { signal, ...scope });
      if (result.type === 'boolean') return result;
      if (result.type === 'quads') return { type: 'quads', quads: result.quads.map(encodeQuad) };
      return {
        type: 'solutions',
        rows: result.rows.map((row) => [...row].map(([k, t]) => [k, encodeTerm(t)])),
      };
    }
    case 'update':
      return store.update(args[0] as string, { signal });
    case 'replaceGraphs':
      return store.replaceGraphs(
        (args[0] as Wire[]).map((w): GraphReplacement =>
          'delete' in w
            ? { graph: DataFactory.namedNode(w.graph), delete: true }
            : { graph: DataFactory.namedNode(w.graph), nquads: w.nquads },
        ),
        { signal },
      );
    case 'match': {
      const [s, p, o, g] = (args as (EncodedTerm | null)[]).map(decodeTerm);
      return (await store.match(s, p, o, g, { signal })).map(encodeQuad);
    }
    case 'dump':
      return store.dump(args[0] as 'nq' | 'trig');
    case 'dumpPieces': {
      const pieces: string[] = [];
      for await (const piece of store.dumpStream(args[0] as 'nq' | 'trig')) pieces.push(piece);
      return pieces;
    }
    case 'dumpToFile': {
      // Written here, in the worker: a large dump never crosses into (and stalls) the caller's thread.
      const out = createWriteStream(args[0] as string);
      await pipeline(Readable.from(store.dumpStream(args[1] as 'nq' | 'trig')), out);
      return undefined;
    }
    case 'loadFile':
      return store.loadFile(args[0] as string, { format: args[1] as 'nq' | 'nt' });
    case 'size':
      return store.size();
    case 'graphs':
      return (await store.graphs()).map((g) => g.value);
    case 'clear':
      return store.clear();
    default:
      throw new StoreError('STORE_ERROR', `unknown store call ${method}`);
  }
}

const controllers = new Map<number, AbortController>();

function failure(id: number, error: unknown): WorkerResponse {
  const e = error instanceof StoreError ? error : undefined;
  return {
    id,
    ok: false,
    error: {
      code: e?.code ?? 'STORE_ERROR',
      message: error instanceof Error ? error.message : String(error),
      line: e?.line,
      column: e?.column,
      graph: e?.graph,
    },
  };
}

parentPort?.on('message', (message: WorkerRequest | WorkerAbort) => {
  if ('abort' in message) {
    controllers.get(message.abort)?.abort();
    return;
  }
  const { id, method, args } = message;
  const controller = new AbortController();
  controllers.set(id, controller);
  dispatch(method, args, controller.signal)
    .then(
      (value): WorkerResponse => ({ id, ok: true, value }),
      (error: unknown) => failure(id, error),
    )
    .then(
      (response) => {
        controllers.delete(id);
        parentPort?.postMessage(response);
      },
      () => undefined,
    );
});
