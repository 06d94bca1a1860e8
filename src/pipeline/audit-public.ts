// Re-checks the whole public store as the publication gate checks each graph on its way in: the
// code checks per graph (no PII, no canary, no unredacted personal data, stubs closed) and the
// public-graph SHACL shapes. Used by `plaza validate`; a clean store gives no violations.
import type * as RDF from '@rdfjs/types';
import { dayOf, recordStates } from '../policy/disclosure-state.ts';
import type { GateViolation, PublicationGate } from '../policy/publication-gate.ts';
import type { IriMinter } from '../vocab/iri.ts';

export interface PublicAudit {
  readonly graphs: number;
  readonly violations: readonly (GateViolation & { readonly graph: string })[];
}

export async function auditPublicGraph(
  quads: readonly RDF.Quad[],
  gate: PublicationGate,
  iri: IriMinter,
  asOf: Date,
): Promise<PublicAudit> {
  const byGraph = new Map<string, RDF.Quad[]>();
  for (const q of quads) {
    const list = byGraph.get(q.graph.value) ?? [];
    list.push(q);
    byGraph.set(q.graph.value, list);
  }
  const day = dayOf(asOf);
  const violations: (GateViolation & { graph: string })[] = [];
  for (const [graph, graphQuads] of byGraph) {
    const records = [...recordStates(graphQuads, iri, day).values()];
    for (const v of gate.check({ quads: graphQuads, records })) {
      violations.push({ graph, ...v });
    }
  }
  for (const v of await gate.checkShapes(quads)) violations.push({ graph: '', ...v });
  return { graphs: byGraph.size, violations };
}
