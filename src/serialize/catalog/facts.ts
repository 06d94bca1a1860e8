// What the VoID description and the DCAT-AP catalogue say about the public graph: figures read
// from the public store (by the HTTP layer, once per data version) and the deployment's addresses.
import type { RecordKind } from './record-kinds.ts';

export interface KindFacts {
  readonly kind: RecordKind;
  /** Distinct members (instances of the kind's class) in the public graph. */
  readonly entities: number;
  /** Temporal coverage as ISO days (from the kind's dates), when it has dated members. */
  readonly from?: string;
  readonly to?: string;
  /** The latest ingest time among its members (xsd:dateTime lexical form). */
  readonly modified?: string;
  /** Licences its members state (IRIs of the licence concepts' exact matches, else the concepts). */
  readonly licences: readonly string[];
  /** One member, for void:exampleResource. */
  readonly example?: string;
}

export interface PublisherFacts {
  /** The city as an organisation of the public graph (its root unit), when the chart has it. */
  readonly iri?: string;
  readonly names: Readonly<Record<string, string>>;
}

export interface CatalogueFacts {
  readonly base: string;
  /** Distinct triples of the public graph (across its named graphs). */
  readonly triples: number;
  /** Distinct subjects that are instance IRIs (`{base}id/…`). */
  readonly entities: number;
  readonly classes: number;
  readonly properties: number;
  readonly distinctSubjects: number;
  readonly distinctObjects: number;
  readonly kinds: readonly KindFacts[];
  readonly publisher: PublisherFacts;
  /** Namespaces of the predicates and classes in use (void:vocabulary). */
  readonly vocabularies: readonly string[];
  /** When the public graph was last written (xsd:dateTime lexical form), if known. */
  readonly modified?: string;
}
