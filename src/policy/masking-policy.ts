// What the redactor does with each property, derived from the ontology's annotations only
// (plaza:personalData, plaza:publicByLaw, plaza:mayContainPersonalData, plaza:piiField,
// plaza:stubMetadata): the single source of truth for masking (DESIGN §6). No second list of
// sensitive properties exists anywhere.
import type * as RDF from '@rdfjs/types';
import { PLAZA_NS } from '../vocab/namespaces.ts';
import type { PiiField } from './pii/index.ts';

const PII_FIELDS: ReadonlySet<string> = new Set<PiiField>([
  'title',
  'contact',
  'place',
  'purpose',
  'participants',
  'authors',
  'official',
  'free-text',
]);

/** withhold: replaced by a plaza:Redacted placeholder; scan: published after the PII detector. */
export type Treatment = 'withhold' | 'scan' | 'publish';

export interface PropertyPolicy {
  readonly treatment: Treatment;
  /** The DPV category the values hold, when the ontology names one. */
  readonly personalData?: string;
  /** The legal exception that keeps personal values public. */
  readonly publicByLaw?: string;
  /** How the PII detector reads the values (plaza:piiField); free text when not stated. */
  readonly field: PiiField;
  /** Kept in the stub of a withheld record (plaza:stubMetadata); left out otherwise. */
  readonly stub: boolean;
}

/** An annotation the policy cannot apply: better to refuse to start than to mask wrongly. */
export class MaskingPolicyError extends Error {
  readonly code = 'MASKING_POLICY';
}

const UNANNOTATED: PropertyPolicy = { treatment: 'publish', field: 'free-text', stub: false };

export class MaskingPolicy {
  private constructor(private readonly properties: ReadonlyMap<string, PropertyPolicy>) {}

  /** Reads the annotations from the ontology's quads (plaza.ttl as loaded by vocab/ontology-files). */
  static fromOntology(quads: Iterable<RDF.Quad>): MaskingPolicy {
    const personal = new Map<string, string>();
    const exceptions = new Map<string, string>();
    const scanned = new Set<string>();
    const stub = new Set<string>();
    const fields = new Map<string, PiiField>();
    for (const q of quads) {
      const p = q.predicate.value;
      const s = q.subject.value;
      if (p === `${PLAZA_NS}personalData`) personal.set(s, q.object.value);
      else if (p === `${PLAZA_NS}publicByLaw`) exceptions.set(s, q.object.value);
      else if (p === `${PLAZA_NS}mayContainPersonalData` && q.object.value === 'true')
        scanned.add(s);
      else if (p === `${PLAZA_NS}stubMetadata` && q.object.value === 'true') stub.add(s);
      else if (p === `${PLAZA_NS}piiField`) {
        if (!PII_FIELDS.has(q.object.value)) {
          throw new MaskingPolicyError(
            `${s}: unknown plaza:piiField ${JSON.stringify(q.object.value)}`,
          );
        }
        fields.set(s, q.object.value as PiiField);
      }
    }
    const properties = new Map<string, PropertyPolicy>();
    const annotated = [
      ...personal.keys(),
      ...exceptions.keys(),
      ...scanned,
      ...stub,
      ...fields.keys(),
    ];
    for (const iri of new Set(annotated)) {
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
        field: fields.get(iri) ?? 'free-text',
        stub: stub.has(iri),
        ...(personalData === undefined ? {} : { personalData }),
        ...(publicByLaw === undefined ? {} : { publicByLaw }),
      });
    }
    return new MaskingPolicy(properties);
  }

  /** The policy for a predicate; a property the ontology does not annotate is published as is. */
  of(predicate: string): PropertyPolicy {
    return this.properties.get(predicate) ?? UNANNOTATED;
  }

  /** Every annotated property, for reports and for the publication gate's shapes. */
  entries(): ReadonlyMap<string, PropertyPolicy> {
    return this.properties;
  }
}
