// Bulk whole-graph replacement over one Oxigraph store, all or nothing (see Store.replaceGraphs).
import type * as RDF from '@rdfjs/types';
import { DataFactory } from 'n3';
import * as oxigraph from 'oxigraph';
import { rdfError } from './oxigraph-errors.ts';
import type { GraphReplacement, ReplaceResult } from './store.ts';
import { StoreError, throwIfAborted } from './store-error.ts';

/** Characters an IRIREF cannot hold: rejecting them keeps DROP statements injection-free. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
const UNSAFE_IRI = /[\u0000-\u0020<>"{}|^`\\]/;
const DROP_STATEMENTS_PER_UPDATE = 1000;
/** Entries between yields to the event loop (abort checks, timers, lock refresh). */
const ENTRIES_PER_SLICE = 2000;

/** Oxigraph reads any RDF/JS term at run time; its typings only name its own classes. */
export function oxigraphTerm<T extends oxigraph.Term>(term: RDF.Term): T {
  return term as unknown as T;
}

const nextTick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function collapse(batch: Iterable<GraphReplacement>): Map<string, GraphReplacement> {
  const entries = new Map<string, GraphReplacement>();
  for (const entry of batch) {
    const { graph } = entry;
    if (graph.termType !== 'NamedNode' || UNSAFE_IRI.test(graph.value)) {
      throw new StoreError(
        'INVALID_TERM',
        `not a usable graph IRI: ${JSON.stringify(graph.value)}`,
        {
          graph: graph.value,
        },
      );
    }
    entries.delete(graph.value); // the last entry for a graph wins, in its position
    entries.set(graph.value, entry);
  }
  return entries;
}

function dropGraphs(store: oxigraph.Store, iris: Iterable<string>): void {
  let statements: string[] = [];
  const flush = (): void => {
    if (statements.length > 0) store.update(statements.join(' ;\n'));
    statements = [];
  };
  for (const iri of iris) {
    statements.push(`DROP SILENT GRAPH <${iri}>`);
    if (statements.length === DROP_STATEMENTS_PER_UPDATE) flush();
  }
  flush();
}

/** N-Triples fast path; N-Quads naming this very graph go through a scratch store. */
function loadGraph(store: oxigraph.Store, graph: RDF.NamedNode, text: string): void {
  const target = oxigraphTerm<oxigraph.NamedNode>(graph);
  try {
    store.load(text, { format: 'nt', to_graph_name: target });
    return;
  } catch {
    // not plain N-Triples: fall through and parse it as N-Quads
  }
  const scratch = new oxigraph.Store();
  try {
    try {
      scratch.load(text, { format: 'nq', to_graph_name: target });
    } catch (error) {
      throw rdfError(error, graph.value);
    }
    const own = scratch.dump({ format: 'nt', from_graph_name: target });
    if (countLines(own) !== scratch.size) {
      throw new StoreError('FOREIGN_GRAPH', `the content of <${graph.value}> names another graph`, {
        graph: graph.value,
      });
    }
    store.load(own, { format: 'nt', to_graph_name: target });
  } finally {
    (scratch as unknown as { free(): void }).free();
  }
}

function countLines(text: string): number {
  let lines = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}

export async function replaceGraphsIn(
  store: oxigraph.Store,
  batch: Iterable<GraphReplacement>,
  signal: AbortSignal | undefined,
): Promise<ReplaceResult> {
  throwIfAborted(signal);
  const entries = collapse(batch);
  // Graphs that hold quads are backed up (for the rollback) and dropped; the dump is also the
  // existence test: ~5 µs for an absent graph, and unlike match() it makes no WASM wrappers.
  const backups = new Map<string, string>();
  for (const [iri, { graph }] of entries) {
    const held = store.dump({ format: 'nt', from_graph_name: oxigraphTerm(graph) });
    if (held !== '') backups.set(iri, held);
  }
  // One chance to stop before anything changes: the one-call load below cannot be interrupted.
  await nextTick();
  throwIfAborted(signal);
  dropGraphs(store, backups.keys());
  const bulk = bulkLoadable(entries);
  const loadedAtOnce = loadAllAtOnce(store, bulk);
  const loaded: string[] = loadedAtOnce ? [...bulk.keys()] : [];
  let current: string | undefined;
  try {
    let sinceYield = 0;
    for (const [iri, entry] of entries) {
      if (++sinceYield === ENTRIES_PER_SLICE) {
        sinceYield = 0;
        await nextTick();
        throwIfAborted(signal);
      }
      if (!('nquads' in entry) || (loadedAtOnce && bulk.has(iri))) continue;
      current = iri;
      loaded.push(iri);
      loadGraph(store, entry.graph, entry.nquads);
    }
  } catch (error) {
    dropGraphs(store, loaded);
    for (const [iri, text] of backups) {
      store.load(text, { format: 'nt', to_graph_name: oxigraphTerm(DataFactory.namedNode(iri)) });
    }
    throw rdfError(error, current);
  }
  return summarise(loaded, backups);
}

function summarise(loaded: readonly string[], backups: ReadonlyMap<string, string>): ReplaceResult {
  let replaced = 0;
  for (const iri of loaded) if (backups.has(iri)) replaced++;
  return { loaded: loaded.length, replaced, deleted: backups.size - replaced };
}

const CHUNK_BYTES = 1 << 20;

/**
 * Entries the one-call path may take: no braces (which could close their TriG block) and no blank
 * nodes (a TriG document scopes blank-node labels to the whole document, so `_:b` in two entries
 * would become one node). Those go one load call each, which scopes labels to the entry.
 */
function bulkLoadable(entries: ReadonlyMap<string, GraphReplacement>): Map<string, string> {
  const bulk = new Map<string, string>();
  for (const [iri, entry] of entries) {
    if ('nquads' in entry && !/[{}]|_:/.test(entry.nquads)) bulk.set(iri, entry.nquads);
  }
  return bulk;
}

/**
 * The fast path: every entry becomes a TriG block `<graph> { … }` around its N-Triples, all
 * loaded in one transactional call. A line that is not a triple (a quad naming another graph, a
 * truncated statement) fails the whole load and leaves the store untouched; the caller then takes
 * the per-entry path, which names the entry.
 */
function loadAllAtOnce(store: oxigraph.Store, bulk: ReadonlyMap<string, string>): boolean {
  const chunks: Buffer[] = [];
  let parts: string[] = [];
  let size = 0;
  for (const [iri, text] of bulk) {
    parts.push(`<${iri}> {\n`, text, '\n}\n');
    size += text.length + iri.length + 8;
    if (size >= CHUNK_BYTES) {
      chunks.push(Buffer.from(parts.join('')));
      parts = [];
      size = 0;
    }
  }
  if (parts.length > 0) chunks.push(Buffer.from(parts.join('')));
  if (chunks.length === 0) return true;
  try {
    store.load(chunks, { format: 'trig' });
    return true;
  } catch {
    return false;
  }
}
