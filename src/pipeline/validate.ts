// SHACL validation of record graphs against ontology/shapes, with the concept schemes loaded so
// that class constraints on code-list concepts can be checked.
import SHACLValidator from 'rdf-validate-shacl';
import type * as RDF from '@rdfjs/types';
import { DataFactory, Store as N3Store } from 'n3';
import { loadOntologyQuads, loadShapeQuads } from '../vocab/ontology-files.ts';

export interface Violation {
  readonly focusNode: string;
  readonly path: string | undefined;
  readonly message: string;
  readonly severity: string;
  readonly shape: string;
}

export interface ValidationReport {
  readonly conforms: boolean;
  readonly triples: number;
  readonly violations: Violation[];
}

/** Something that can hand over its quads (the internal store). */
export interface QuadSource {
  match(): Promise<readonly RDF.Quad[]>;
}

const local = (iri: string): string => iri.replace(/^.*[#/]/, '');

/** Builds a validator once per base (shapes parsing is the expensive part of small validations). */
export class GraphValidator {
  private readonly validator: SHACLValidator;
  private readonly ontology: RDF.Quad[];

  constructor(base: string) {
    this.validator = new SHACLValidator(new N3Store(loadShapeQuads(base)));
    this.ontology = loadOntologyQuads(base);
  }

  /** Validates quads as one data graph (named graphs are merged: every record is one graph). */
  async validate(quads: Iterable<RDF.Quad>, maxErrors?: number): Promise<ValidationReport> {
    const data = new N3Store();
    let triples = 0;
    for (const q of quads) {
      data.addQuad(DataFactory.quad(q.subject, q.predicate, q.object));
      triples++;
    }
    for (const q of this.ontology) data.addQuad(DataFactory.quad(q.subject, q.predicate, q.object));
    const report = await this.validator.validate(data);
    const violations = report.results.slice(0, maxErrors).map((r) => ({
      focusNode: r.focusNode?.value ?? '',
      path: r.path?.value,
      message: r.message.map((m) => m.value).join(' / '),
      severity: local(r.severity?.value ?? ''),
      shape: r.sourceShape?.value ?? '',
    }));
    return { conforms: report.conforms, triples, violations };
  }
}

export async function validateGraph(store: QuadSource, base: string): Promise<ValidationReport> {
  return new GraphValidator(base).validate(await store.match());
}

export function formatValidation(report: ValidationReport, max = 100): string {
  if (report.conforms) return `conforms: ${report.triples} triples, no violations`;
  const lines = report.violations
    .slice(0, max)
    .map((v) => `${v.severity} ${v.focusNode}${v.path ? ` ${v.path}` : ''}: ${v.message}`);
  if (report.violations.length > max) lines.push(`… and ${report.violations.length - max} more`);
  return [`${report.violations.length} violations in ${report.triples} triples`, ...lines].join(
    '\n',
  );
}
