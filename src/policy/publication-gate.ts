// The publication gate: a redacted graph is checked before it may enter the public store — no
// personal-data property left unredacted, no PII pattern, no withheld content, no canary (code
// checks), and the public-graph SHACL shapes (placeholders closed, stubs closed).
import type * as RDF from '@rdfjs/types';
import { DataFactory, Store as N3Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { plaza, rdf } from '../vocab/namespaces.ts';
import { governingRecord, type RecordState } from './disclosure-state.ts';
import type { LeakKind, LeakScanner } from './leak-scanner.ts';
import type { PiiField } from './pii/index.ts';
import type { MaskingPolicy } from './masking-policy.ts';
import { officialNames, type RedactedGraph } from './redactor.ts';
import { publicGraphShapes } from './public-shapes.ts';
import { isTextLiteral } from './text-literal.ts';

export interface GateViolation {
  readonly subject: string;
  readonly predicate?: string;
  /** Says what is wrong, never the offending value. */
  readonly reason: string;
}

const CLEAN_IRI_CACHE = 200_000;

export class PublicationGate {
  private validator: SHACLValidator | undefined;
  private shapeRuns: Promise<unknown> = Promise.resolve();
  /** IRIs already found clean (concepts, organisations … recur in every graph). */
  private readonly cleanIris = new Set<string>();
  /** Texts already found clean in a field (department names, categories, bylines … recur). */
  private readonly cleanTexts = new Set<string>();

  constructor(
    private readonly policy: MaskingPolicy,
    private readonly scanner: LeakScanner,
    private readonly base: string,
  ) {}

  /** The code checks of one redacted graph. */
  check(graph: {
    readonly quads: readonly RDF.Quad[];
    readonly records: RedactedGraph['records'];
  }): GateViolation[] {
    const violations: GateViolation[] = [];
    const states = new Map<string, RecordState>(graph.records.map((r) => [r.record, r]));
    const officials = officialNames(graph.quads, this.policy);
    const redacted = new Set(
      graph.quads
        .filter((q) => q.predicate.equals(rdf('type')) && q.object.equals(plaza('Redacted')))
        .map((q) => q.subject.value),
    );
    const iris = new Set<string>();
    for (const q of graph.quads) {
      const p = q.predicate.value;
      const rule = this.policy.of(p);
      const subject = q.subject.value;
      iris.add(subject);
      if (q.object.termType === 'NamedNode') iris.add(q.object.value);
      if (q.object.termType === 'Literal') {
        // Numbers, dates and booleans are checked for canaries only: a 13-digit amount is not a
        // resident number, and the datatype (checked by SHACL) says what the value is.
        const text = isTextLiteral(q.object);
        const leak = text
          ? this.scanText(q.object.value, rule.field, officials)
          : this.scanner.scanCanaries(q.object.value);
        if (leak) violations.push({ subject, predicate: p, reason: `${leak} in a literal value` });
      }
      if (rule.treatment === 'withhold' && !redacted.has(q.object.value)) {
        violations.push({ subject, predicate: p, reason: 'personal-data property not redacted' });
      }
      if (governingRecord(subject, states)?.disposition === 'withheld' && !rule.stub) {
        violations.push({ subject, predicate: p, reason: 'content of a withheld record' });
      }
    }
    for (const iri of iris) {
      if (this.cleanIris.has(iri)) continue;
      const leak = this.scanner.scan(decodeIri(iri));
      if (leak) violations.push({ subject: iri, reason: `${leak} in an IRI` });
      else {
        if (this.cleanIris.size >= CLEAN_IRI_CACHE) this.cleanIris.clear();
        this.cleanIris.add(iri);
      }
    }
    return violations;
  }

  private scanText(
    value: string,
    field: PiiField,
    officials: readonly string[],
  ): LeakKind | undefined {
    const key = `${field}\u0000${officials.join(' ')}\u0000${value}`;
    if (this.cleanTexts.has(key)) return undefined;
    const leak = this.scanner.scan(value, { field, officialNames: officials });
    if (!leak) {
      if (this.cleanTexts.size >= CLEAN_IRI_CACHE) this.cleanTexts.clear();
      this.cleanTexts.add(key);
    }
    return leak;
  }

  /**
   * The public-graph SHACL shapes over a batch of redacted graphs (merged: one data graph). Only
   * what the shapes target is handed over (placeholders, personal-data properties and stubs):
   * validation time grows with the data graph, not with the focus nodes.
   */
  async checkShapes(quads: readonly RDF.Quad[]): Promise<GateViolation[]> {
    this.validator ??= new SHACLValidator(new N3Store(publicGraphShapes(this.policy, this.base)));
    const focus = new Set<string>();
    for (const q of quads) {
      const p = q.predicate.value;
      if (p === WITHHELD_CONTENT) focus.add(q.subject.value);
      if (p === RDF_TYPE && q.object.value === REDACTED) focus.add(q.subject.value);
    }
    const data = new N3Store();
    for (const q of quads) {
      const targeted =
        focus.has(q.subject.value) || this.policy.of(q.predicate.value).treatment === 'withhold';
      if (targeted) data.addQuad(DataFactory.quad(q.subject, q.predicate, q.object));
    }
    // One validation at a time: the validator keeps its data graph and report on itself.
    const validator = this.validator;
    const run = this.shapeRuns.then(() => validator.validate(data));
    this.shapeRuns = run.catch(() => undefined);
    const report = await run;
    return report.results.map((r) => ({
      subject: r.focusNode?.value ?? '',
      ...(r.path?.value ? { predicate: r.path.value } : {}),
      reason: `shape ${r.sourceShape?.value ?? '?'}: ${r.message.find((m) => m.termType === 'Literal' && m.language === 'en')?.value ?? 'violation'}`,
    }));
  }
}

const WITHHELD_CONTENT = plaza('withheldContent').value;
const RDF_TYPE = rdf('type').value;
const REDACTED = plaza('Redacted').value;

function decodeIri(iri: string): string {
  try {
    return decodeURIComponent(iri);
  } catch {
    return iri;
  }
}
