// What the redactor does with each property, derived from the ontology's annotations only
// (plaza:personalData, plaza:publicByLaw, plaza:mayContainPersonalData): the single source of
// truth for masking (DESIGN §6). No second list of sensitive properties exists anywhere.
import type * as RDF from '@rdfjs/types';
import { PLAZA_NS } from '../vocab/namespaces.ts';

/** withhold: replaced by a plaza:Redacted placeholder; scan: published after the PII detector. */
export type Treatment = 'withhold' | 'scan' | 'publish';

export interface PropertyPolicy {
  readonly treatment: Treatment;
  /** The DPV category the values hold, when the ontology names one. */
  readonly personalData?: string;
  /** The legal exception that keeps personal values public. */
  readonly publicByLaw?: string;
}

export class MaskingPolicy {
  private constructor(private readonly properties: ReadonlyMap<string, PropertyPolicy>) {}

  /** Reads the annotations from the ontology's quads (plaza.ttl as loaded by vocab/ontology-files). */
  static fromOntology(quads: Iterable<RDF.Quad>): MaskingPolicy {
    const personal = new Map<string, string>();
    const exceptions = new Map<string, string>();
    const scanned = new Set<string>();
    for (const q of quads) {
      const p = q.predicate.value;
      if (p === `${PLAZA_NS}personalData`) personal.set(q.subject.value, q.object.value);
      else if (p === `${PLAZA_NS}publicByLaw`) exceptions.set(q.subject.value, q.object.value);
      else if (p === `${PLAZA_NS}mayContainPersonalData` && q.object.value === 'true')
        scanned.add(q.subject.value);
    }
    const properties = new Map<string, PropertyPolicy>();
    for (const iri of new Set([...personal.keys(), ...exceptions.keys(), ...scanned])) {
      const personalData = personal.get(iri);
      const publicByLaw = exceptions.get(iri);
      const treatment: Treatment =
        personalData !== undefined && publicByLaw === undefined
          ? 'withhold'
          : scanned.has(iri)
            ? 'scan'
            : 'publish';
      properties.set(iri, {
        treatment,
        ...(personalData === undefined ? {} : { personalData }),
        ...(publicByLaw === undefined ? {} : { publicByLaw }),
      });
    }
    return new MaskingPolicy(properties);
  }

  /** The policy for a predicate; a property the ontology does not annotate is published as is. */
  of(predicate: string): PropertyPolicy {
    return this.properties.get(predicate) ?? { treatment: 'publish' };
  }

  /** Every annotated property, for reports and for the publication gate's shapes. */
  entries(): ReadonlyMap<string, PropertyPolicy> {
    return this.properties;
  }
}
