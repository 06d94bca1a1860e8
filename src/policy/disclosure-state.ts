// Which records a graph holds, what their disclosure decision says as of a given day, and which
// record governs each resource of the graph (its parts `{record}#…` and sub-resources `{record}/…`).
import type * as RDF from '@rdfjs/types';
import type { IriMinter } from '../vocab/iri.ts';
import { plaza } from '../vocab/namespaces.ts';

/**
 * - published: public, grade not stated, or partially disclosed (the public parts are published);
 * - withheld: non-public and its scheduled release has not come (a stub is published);
 * - released: withheld until a scheduled release that has come (published in full).
 */
export type Disposition = 'published' | 'withheld' | 'released';

export interface RecordState {
  readonly record: string;
  readonly decision: string | undefined;
  readonly disposition: Disposition;
  /** The decision's legal grounds (IRIs), in the order given. */
  readonly grounds: readonly RDF.NamedNode[];
  /** The scheduled release date (`YYYY-MM-DD`), when the decision has one. */
  readonly release: string | undefined;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The city's offset from UTC (Korea Standard Time, no daylight saving). */
export const CITY_UTC_OFFSET_MS = 9 * 3_600_000;

/** `asOf` as the city's calendar day (`YYYY-MM-DD`, KST) against which release dates compare. */
export function dayOf(asOf: Date): string {
  return new Date(asOf.getTime() + CITY_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

/** Reads every record of one graph (a subject with plaza:disclosure) and decides its disposition. */
export function recordStates(
  quads: readonly RDF.Quad[],
  iri: IriMinter,
  asOfDay: string,
): Map<string, RecordState> {
  const decisionOf = new Map<string, string>();
  const status = new Map<string, string>();
  const grounds = new Map<string, RDF.NamedNode[]>();
  const release = new Map<string, string>();
  for (const q of quads) {
    const p = q.predicate.value;
    if (p === plaza('disclosure').value) decisionOf.set(q.subject.value, q.object.value);
    else if (p === plaza('disclosureStatus').value) status.set(q.subject.value, q.object.value);
    else if (p === plaza('legalGround').value && q.object.termType === 'NamedNode') {
      const list = grounds.get(q.subject.value) ?? [];
      list.push(q.object);
      grounds.set(q.subject.value, list);
    } else if (p === plaza('scheduledRelease').value) release.set(q.subject.value, q.object.value);
  }
  const nonPublic = iri.concept('disclosure-grade', 'non-public').value;
  const restricted = iri.concept('disclosure-grade', 'restricted').value;
  const states = new Map<string, RecordState>();
  for (const [record, decision] of decisionOf) {
    const grade = status.get(decision);
    const date = release.get(decision);
    const due = date !== undefined && DATE.test(date) && date <= asOfDay;
    let disposition: Disposition = 'published';
    // A decision whose grade cannot be read is treated as non-public: closed by default.
    if (grade === nonPublic || grade === undefined) disposition = due ? 'released' : 'withheld';
    else if (grade === restricted && due) disposition = 'released';
    states.set(record, {
      record,
      decision,
      disposition,
      grounds: grounds.get(decision) ?? [],
      release: date,
    });
  }
  return states;
}

/**
 * The record that governs `subject`: the record itself, or the longest record IRI of which the
 * subject is a part (`{record}#…`) or a sub-resource (`{record}/…`). Undefined for resources no
 * record of the graph owns (concepts, organisations).
 */
export function governingRecord(
  subject: string,
  states: ReadonlyMap<string, RecordState>,
): RecordState | undefined {
  const own = states.get(subject);
  if (own) return own;
  let best: RecordState | undefined;
  for (const state of states.values()) {
    const r = state.record;
    if (subject.length > r.length && subject.startsWith(r) && '#/'.includes(subject[r.length]!)) {
      if (!best || r.length > best.record.length) best = state;
    }
  }
  return best;
}
