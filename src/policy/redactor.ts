// The one-way redactor: one internal record graph in, its public version out. Pure: the policy
// comes from the ontology, the day from the caller. Withheld values leave no trace (no part,
// length, hash or count); what was redacted, and under which ground, is stated instead.
import type * as RDF from '@rdfjs/types';
import { DataFactory, type NamedNode, type Quad } from 'n3';
import type { IriMinter } from '../vocab/iri.ts';
import { plaza, rdf, xsd } from '../vocab/namespaces.ts';
import { governingRecord, recordStates, type RecordState } from './disclosure-state.ts';
import type { MaskingPolicy } from './masking-policy.ts';
import { detectPii, maskPii, PUBLIC_BY_LAW_RULES } from './pii/index.ts';
import { isTextLiteral } from './text-literal.ts';

const { quad, literal, namedNode } = {
  quad: DataFactory.quad.bind(DataFactory),
  literal: DataFactory.literal.bind(DataFactory),
  namedNode: DataFactory.namedNode.bind(DataFactory),
};

/** Art. 9(1)6: personal information. */
const PERSONAL_INFORMATION_ITEM = 6;

export type RedactionReason = 'personal-data' | 'pii-in-text' | 'withheld-content';

export interface RedactedGraph {
  readonly quads: Quad[];
  /** The records of the graph and what was published of each. */
  readonly records: readonly RecordState[];
  /** Redaction placeholders written (one per resource and property, plus one per stub). */
  readonly redactions: number;
}

export class Redactor {
  constructor(
    private readonly policy: MaskingPolicy,
    private readonly iri: IriMinter,
  ) {}

  /** The public version of one graph's quads (a record graph or a shared resource's graph). */
  redact(quads: readonly RDF.Quad[], asOfDay: string): RedactedGraph {
    const states = recordStates(quads, this.iri, asOfDay);
    const out = new Output(this.iri);
    const officials = officialNames(quads, this.policy);
    const stubs = this.stubQuads(quads, states);
    for (const q of quads) {
      const state = governingRecord(q.subject.value, states);
      if (state?.disposition === 'withheld') {
        if (stubs.has(q)) this.publishValue(out, q, officials);
        continue;
      }
      this.publishValue(out, q, officials);
    }
    for (const state of states.values()) {
      const record = namedNode(state.record);
      if (state.disposition === 'withheld') {
        const node = this.iri.withheld(record);
        out.add(quad(record, plaza('withheldContent'), node));
        out.placeholder(node, 'withheld-content', state.grounds, state.release);
      } else if (state.disposition === 'released' && state.decision && state.release) {
        const date = literal(state.release, xsd('date'));
        out.add(quad(namedNode(state.decision), plaza('releasedOn'), date));
      }
    }
    return { quads: out.quads, records: [...states.values()], redactions: out.placeholders };
  }

  /**
   * What a withheld record keeps: stub-metadata statements about the record, and about the parts
   * reachable from it through such statements (its decision, provenance, context links).
   */
  private stubQuads(
    quads: readonly RDF.Quad[],
    states: ReadonlyMap<string, RecordState>,
  ): Set<RDF.Quad> {
    const kept = new Set<RDF.Quad>();
    const bySubject = new Map<string, RDF.Quad[]>();
    for (const q of quads) {
      const list = bySubject.get(q.subject.value) ?? [];
      list.push(q);
      bySubject.set(q.subject.value, list);
    }
    for (const state of states.values()) {
      if (state.disposition !== 'withheld') continue;
      const seen = new Set<string>([state.record]);
      const queue = [state.record];
      for (let s = queue.pop(); s !== undefined; s = queue.pop()) {
        for (const q of bySubject.get(s) ?? []) {
          if (!this.policy.of(q.predicate.value).stub) continue;
          kept.add(q);
          const o = q.object.value;
          if (q.object.termType === 'NamedNode' && !seen.has(o) && bySubject.has(o)) {
            if (governingRecord(o, states)?.record === state.record) {
              seen.add(o);
              queue.push(o);
            }
          }
        }
      }
    }
    return kept;
  }

  private publishValue(out: Output, q: RDF.Quad, officials: readonly string[]): void {
    const rule = this.policy.of(q.predicate.value);
    const s = q.subject as NamedNode;
    const p = q.predicate as NamedNode;
    if (rule.treatment === 'withhold') {
      const node = this.iri.redaction(s, p);
      out.add(quad(s, p, node));
      out.redaction(s, p, node, 'personal-data', this.iri.legalGround(PERSONAL_INFORMATION_ITEM));
      return;
    }
    // Annotated free text is where personal data is expected (and the field says how to read it);
    // every other text value is read too, so that a name or number in an unexpected place is
    // masked rather than published.
    if (isTextLiteral(q.object)) {
      const findings = detectPii(q.object.value, {
        field: rule.field,
        officialNames: officials,
      }).filter((f) => !PUBLIC_BY_LAW_RULES.has(f.rule));
      if (findings.length > 0) {
        const masked = maskPii(q.object.value, findings);
        const o = q.object;
        const value = o.language ? literal(masked, o.language) : literal(masked, o.datatype);
        out.add(quad(s, p, value));
        const node = this.iri.redaction(s, p);
        out.redaction(s, p, node, 'pii-in-text', this.iri.legalGround(PERSONAL_INFORMATION_ITEM));
        return;
      }
    }
    out.add(quad(s, p, q.object as Quad['object']));
  }
}

/**
 * The responsible officials' names in a graph (the values of properties the detector reads as
 * bylines): public by law where the text itself marks them as officials'.
 */
export function officialNames(quads: readonly RDF.Quad[], policy: MaskingPolicy): string[] {
  const names: string[] = [];
  for (const q of quads) {
    if (policy.of(q.predicate.value).field !== 'official') continue;
    for (const word of q.object.value.split(/\s+/))
      if (/^[가-힣]{2,4}$/.test(word)) names.push(word);
  }
  return names;
}

/** The public graph being written: quads once each, placeholders described once each. */
class Output {
  readonly quads: Quad[] = [];
  private readonly keys = new Set<string>();
  private readonly described = new Set<string>();
  placeholders = 0;

  constructor(private readonly iri: IriMinter) {}

  add(q: Quad): void {
    const o = q.object;
    const key = `${q.subject.value} ${q.predicate.value} ${o.termType} ${o.value} ${
      o.termType === 'Literal' ? `${o.language}|${o.datatype.value}` : ''
    }`;
    if (this.keys.has(key)) return;
    this.keys.add(key);
    this.quads.push(q);
  }

  /** A redaction of (s, p): one placeholder however many values or findings it stands for. */
  redaction(
    s: NamedNode,
    p: NamedNode,
    node: NamedNode,
    reason: RedactionReason,
    ground: NamedNode,
  ): void {
    this.add(quad(s, plaza('redaction'), node));
    if (!this.placeholder(node, reason, [ground], undefined)) return;
    this.add(quad(node, plaza('redactedProperty'), p));
  }

  /** Describes a placeholder once; false when it already was. */
  placeholder(
    node: NamedNode,
    reason: RedactionReason,
    grounds: readonly RDF.NamedNode[],
    release: string | undefined,
  ): boolean {
    if (this.described.has(node.value)) return false;
    this.described.add(node.value);
    this.placeholders++;
    this.add(quad(node, rdf('type'), plaza('Redacted')));
    this.add(quad(node, plaza('redactionReason'), this.iri.concept('redaction-reason', reason)));
    const list = grounds.length > 0 ? grounds : [this.iri.legalGroundNotStated()];
    for (const g of list) this.add(quad(node, plaza('legalGround'), g as NamedNode));
    if (release !== undefined) {
      this.add(quad(node, plaza('scheduledRelease'), literal(release, xsd('date'))));
    }
    return true;
  }
}
