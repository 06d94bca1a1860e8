// Publication: each changed internal graph is redacted (one way), checked by the gate, and only
// then replaces its graph in the separate public store. Incremental: only the graphs given.
import type * as RDF from '@rdfjs/types';
import { Parser, type Quad } from 'n3';
import { dayOf } from '../policy/disclosure-state.ts';
import type { GateViolation, PublicationGate } from '../policy/publication-gate.ts';
import type { RedactedGraph, Redactor } from '../policy/redactor.ts';
import type { GraphReplacement } from '../store/store.ts';
import { toNTriples } from './ntriples.ts';

/** A graph to publish: its internal content (quads, or N-Triples), or its deletion. */
export type PublishChange =
  | { readonly graph: RDF.NamedNode; readonly delete: true }
  | { readonly graph: RDF.NamedNode; readonly quads: readonly RDF.Quad[] }
  | {
      readonly graph: RDF.NamedNode;
      readonly nquads: string;
      readonly quads?: readonly RDF.Quad[];
    };

/** A graph the gate refused: it is withdrawn from the public store, never published unmasked. */
export interface BlockedGraph {
  readonly graph: string;
  readonly violations: readonly GateViolation[];
}

export interface PublishReport {
  /** Graphs replaced or created in the public store. */
  published: number;
  /** Graphs removed because their internal graph was deleted. */
  deleted: number;
  /** Records published as stubs (non-public, release not yet due). */
  withheld: number;
  /** Records whose withholding has ended, published in full. */
  released: number;
  /** Redaction placeholders written. */
  redactions: number;
  readonly blocked: BlockedGraph[];
}

/** A write to the public store: the graphs replaced or deleted ('all' after a clear). */
export interface PublishedChange {
  readonly version: number;
  readonly graphs: readonly string[] | 'all';
  readonly at: Date;
}

export function emptyPublishReport(): PublishReport {
  return { published: 0, deleted: 0, withheld: 0, released: 0, redactions: 0, blocked: [] };
}

/** What publication needs from the public store. */
export interface PublicSink {
  replaceGraphs(changes: Iterable<GraphReplacement>): Promise<unknown>;
  clear(): Promise<void>;
}

export interface PublisherDeps {
  readonly store: PublicSink;
  readonly redactor: Redactor;
  readonly gate: PublicationGate;
  /** Today, for scheduled releases: injected, never read inside the redactor. */
  readonly clock: () => Date;
}

export class Publisher {
  /** Everything published since this publisher was created. */
  readonly totals: PublishReport = emptyPublishReport();
  /** Grows with every write to the public store: caches (ETags) key on it. */
  version = 0;
  /** When the public store was last written (undefined before the first publish). */
  lastPublishedAt: Date | undefined;
  private readonly listeners = new Set<(change: PublishedChange) => void>();

  constructor(private readonly deps: PublisherDeps) {}

  async publish(changes: readonly PublishChange[]): Promise<PublishReport> {
    const report = emptyPublishReport();
    const day = dayOf(this.deps.clock());
    const replacements: GraphReplacement[] = [];
    const passed: { graph: RDF.NamedNode; redacted: RedactedGraph }[] = [];
    for (const change of changes) {
      if ('delete' in change) {
        replacements.push({ graph: change.graph, delete: true });
        report.deleted++;
        continue;
      }
      let redacted: RedactedGraph;
      let violations: GateViolation[];
      try {
        const quads = change.quads ?? parseGraph((change as { nquads: string }).nquads);
        redacted = this.deps.redactor.redact(quads, day);
        violations = this.deps.gate.check(redacted);
      } catch (error) {
        // A graph that cannot be redacted is never published unmasked: it is withdrawn, reported.
        const reason = `redaction failed: ${error instanceof Error ? error.name : 'error'}`;
        report.blocked.push({
          graph: change.graph.value,
          violations: [{ subject: change.graph.value, reason }],
        });
        replacements.push({ graph: change.graph, delete: true });
        continue;
      }
      if (violations.length > 0) {
        report.blocked.push({ graph: change.graph.value, violations });
        replacements.push({ graph: change.graph, delete: true });
      } else passed.push({ graph: change.graph, redacted });
    }
    const refused = await this.shapeViolations(passed);
    for (const { graph, redacted } of passed) {
      const violations = refused.get(graph.value);
      if (violations) {
        report.blocked.push({ graph: graph.value, violations });
        replacements.push({ graph, delete: true });
        continue;
      }
      replacements.push({ graph, nquads: toNTriples(redacted.quads) });
      report.published++;
      report.redactions += redacted.redactions;
      for (const r of redacted.records) {
        if (r.disposition === 'withheld') report.withheld++;
        else if (r.disposition === 'released') report.released++;
      }
    }
    await this.deps.store.replaceGraphs(replacements);
    addInto(this.totals, report);
    this.touched(replacements.map((r) => r.graph.value));
    return report;
  }

  async clear(): Promise<void> {
    await this.deps.store.clear();
    this.touched('all');
  }

  /**
   * Tells `listener` after every write to the public store which graphs changed (search index,
   * dumps, feeds keep in step with it). Returns the unsubscribe function.
   */
  onPublished(listener: (change: PublishedChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private touched(graphs: readonly string[] | 'all'): void {
    this.version++;
    this.lastPublishedAt = this.deps.clock();
    const change: PublishedChange = { version: this.version, graphs, at: this.lastPublishedAt };
    for (const listener of this.listeners) listener(change);
  }

  /** The SHACL part of the gate, over the whole batch at once; violations by graph. */
  private async shapeViolations(
    passed: readonly { graph: RDF.NamedNode; redacted: RedactedGraph }[],
  ): Promise<Map<string, GateViolation[]>> {
    const byGraph = new Map<string, GateViolation[]>();
    if (passed.length === 0) return byGraph;
    const graphOfSubject = new Map<string, string>();
    for (const { graph, redacted } of passed) {
      for (const q of redacted.quads) graphOfSubject.set(q.subject.value, graph.value);
    }
    const violations = await this.deps.gate.checkShapes(passed.flatMap((p) => p.redacted.quads));
    for (const v of violations) {
      // A focus node the batch does not describe cannot be attributed: refuse the whole batch.
      const graphs = graphOfSubject.has(v.subject)
        ? [graphOfSubject.get(v.subject)!]
        : passed.map((p) => p.graph.value);
      for (const g of graphs) byGraph.set(g, [...(byGraph.get(g) ?? []), v]);
    }
    return byGraph;
  }
}

/** Adds one report's counts and blocked graphs to a running total. */
export function addInto(into: PublishReport, add: PublishReport): void {
  into.published += add.published;
  into.deleted += add.deleted;
  into.withheld += add.withheld;
  into.released += add.released;
  into.redactions += add.redactions;
  into.blocked.push(...add.blocked);
}

function parseGraph(ntriples: string): Quad[] {
  return new Parser({ format: 'N-Triples' }).parse(ntriples);
}
