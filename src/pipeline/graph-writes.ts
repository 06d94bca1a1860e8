// The publisher's writes (Graph Store protocol, SPARQL Update): each is a set of whole-graph
// replacements of publisher graphs, appended to the record log (fsynced: the acknowledgement),
// projected into the internal graph and published through the redactor and the gate — exactly
// like an ingest, so a rebuild from the log replays them.
import { randomUUID } from 'node:crypto';
import type * as RDF from '@rdfjs/types';
import { DataFactory, Parser } from 'n3';
import {
  graphStoreFields,
  type GraphWrite,
  type GraphWriteOutcome,
  type WriteReport,
} from '../../mappings/graph-store.ts';
import { GRAPH_STORE_KIND } from '../../mappings/types.ts';
import { SerialQueue } from '../store/serial-queue.ts';
import type { Store } from '../store/store.ts';
import { StoreError } from '../store/store-error.ts';
import type { IriMinter } from '../vocab/iri.ts';
import type { AppendingLog, PendingEntry } from './ingest.ts';
import { canonicalNTriples } from './ntriples.ts';
import type { GraphChange, Projector } from './projector.ts';
import type { PublishReport } from './publish.ts';
import { evaluateUpdate } from './scratch-update.ts';

export interface GraphWritesDeps {
  readonly log: AppendingLog & { readonly lastSeq: number };
  readonly projector: Projector;
  /** The internal store, then publication (PublishingSink). */
  readonly sink: { replaceGraphs(changes: Iterable<GraphChange>): Promise<PublishReport> };
  readonly internal: Pick<Store, 'match'>;
  readonly iri: IriMinter;
  readonly clock: () => Date;
  /** A fresh, empty store for evaluating one update; closed afterwards. */
  readonly scratch: () => Store;
  readonly updateTimeoutMs: number;
}

export class GraphWrites {
  /** One write at a time: a merge or an update reads the graphs it then replaces. */
  private readonly queue = new SerialQueue();

  constructor(private readonly deps: GraphWritesDeps) {}

  /** Whether a publisher graph exists (holds triples), by the record log. */
  exists(graph: string): boolean {
    return this.deps.log.current(GRAPH_STORE_KIND, graph)?.op === 'upsert';
  }

  write(changes: readonly GraphWrite[], who: { readonly name: string }): Promise<WriteReport> {
    return this.queue.run(async () => {
      const resolved = new Map<string, RDF.Quad[] | 'delete'>();
      for (const change of changes) {
        this.assertWritable(change.graph);
        if ('delete' in change) resolved.set(change.graph, 'delete');
        else {
          const added = this.parse(change.graph, change.ntriples);
          const current = change.merge ? await this.content(change.graph) : [];
          resolved.set(change.graph, [...current, ...added]);
        }
      }
      return this.commit(resolved, who);
    });
  }

  /**
   * Evaluates a SPARQL update on a scratch store holding only `graphs` (every graph it reads or
   * writes, named by the caller's analysis), then writes back those graphs' new content.
   */
  update(
    sparql: string,
    graphs: readonly string[],
    who: { readonly name: string },
  ): Promise<WriteReport> {
    return this.queue.run(async () => {
      for (const g of graphs) this.assertWritable(g);
      const before = new Map<string, readonly RDF.Quad[]>();
      for (const g of graphs) before.set(g, await this.content(g));
      const after = await evaluateUpdate(sparql, before, {
        scratch: this.deps.scratch,
        timeoutMs: this.deps.updateTimeoutMs,
      });
      const resolved = new Map<string, RDF.Quad[] | 'delete'>();
      for (const [g, quads] of after) resolved.set(g, this.skolemise(g, quads));
      return this.commit(resolved, who);
    });
  }

  private async commit(
    resolved: ReadonlyMap<string, RDF.Quad[] | 'delete'>,
    who: { readonly name: string },
  ): Promise<WriteReport> {
    // A unique provenance per write: the log's "superseded version from the same file" rule must
    // never skip a publisher writing back content it wrote before.
    const file = `graph-store/${who.name}/${randomUUID()}`;
    const entries: PendingEntry[] = [];
    const existed = new Map<string, boolean>();
    const triples = new Map<string, number>();
    for (const [graph, content] of resolved) {
      existed.set(graph, this.exists(graph));
      const ntriples = content === 'delete' ? '' : canonicalNTriples(content);
      const count = ntriples === '' ? 0 : ntriples.split('\n').length - 1;
      triples.set(graph, count);
      // Plaza's stores keep no empty graphs: emptying a graph deletes it.
      if (count === 0) {
        if (!existed.get(graph)) continue;
        entries.push({ ...this.entry(graph, file), op: 'delete', fields: {} });
      } else
        entries.push({
          ...this.entry(graph, file),
          op: 'upsert',
          fields: graphStoreFields(ntriples),
        });
    }
    const { appended } = await this.deps.log.append(entries, this.deps.clock());
    let report: PublishReport | undefined;
    if (appended.length > 0) {
      report = await this.deps.sink.replaceGraphs(this.deps.projector.project(appended).changes);
    }
    const written = new Map(appended.map((e) => [e.key, e.op]));
    const blocked = new Map((report?.blocked ?? []).map((b) => [b.graph, b.violations]));
    const graphs: GraphWriteOutcome[] = [...resolved.keys()].map((graph) => {
      const op = written.get(graph);
      const was = existed.get(graph) ?? false;
      const count = triples.get(graph) ?? 0;
      const violations = (blocked.get(graph) ?? []).map((v) => v.reason);
      if (op === undefined) {
        const change = count === 0 && !was ? 'absent' : 'unchanged';
        return { graph, change, triples: count, publication: 'unchanged', violations };
      }
      if (op === 'delete')
        return { graph, change: 'deleted', triples: 0, publication: 'removed', violations };
      const change = was ? 'replaced' : 'created';
      const publication = violations.length > 0 ? 'blocked' : 'published';
      return { graph, change, triples: count, publication, violations };
    });
    return { seq: this.deps.log.lastSeq, redactions: report?.redactions ?? 0, graphs };
  }

  private entry(graph: string, file: string): Omit<PendingEntry, 'op' | 'fields'> {
    return { kind: GRAPH_STORE_KIND, key: graph, file, line: 0, format: 'nt' };
  }

  /** The internal graph's current triples. */
  private async content(graph: string): Promise<RDF.Quad[]> {
    const quads = await this.deps.internal.match(null, null, null, DataFactory.namedNode(graph));
    return quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object));
  }

  private parse(graph: string, ntriples: string): RDF.Quad[] {
    return this.skolemise(graph, new Parser({ format: 'N-Triples' }).parse(ntriples));
  }

  /**
   * Blank nodes become fresh Skolem IRIs (RDF 1.1 §3.5): the redactor names its placeholders
   * after subjects, and a merge must never join a new blank node with an old one.
   */
  private skolemise(graph: string, quads: readonly RDF.Quad[]): RDF.Quad[] {
    const write = randomUUID();
    const labels = new Map<string, RDF.NamedNode>();
    const node = DataFactory.namedNode(graph);
    const skolem = <T extends RDF.Term>(t: T): T => {
      if (t.termType !== 'BlankNode') return t;
      let iri = labels.get(t.value);
      if (!iri) labels.set(t.value, (iri = this.deps.iri.skolem(node, `${write}-${labels.size}`)));
      return iri as unknown as T;
    };
    return quads.map((q) => DataFactory.quad(skolem(q.subject), q.predicate, skolem(q.object)));
  }

  private assertWritable(graph: string): void {
    // The HTTP layer refuses these with a 403 first; this guards every other caller.
    if (!this.deps.iri.isPublisherGraph(graph))
      throw new StoreError('INVALID_TERM', `not a publisher graph: ${graph}`, { graph });
  }
}
