// IRI minting: the only place an instance IRI is built. Keys are opaque source identifiers;
// labels that are not identifiers (unit tasks, classification paths) become short hashes.
import { createHash } from 'node:crypto';
import { DataFactory, type NamedNode } from 'n3';

const namedNode = DataFactory.namedNode.bind(DataFactory);

/** Grades of the disclosure-grade scheme, by notation (aligned with the EU access-right table). */
export type DisclosureGradeNotation = 'public' | 'restricted' | 'non-public' | 'not-stated';

/** Concept schemes minted under `{base}id/concept/{scheme}/{notation}`. */
export type SchemeName =
  | 'disclosure-grade'
  | 'record-type'
  | 'retention'
  | 'licence'
  | 'org-type'
  | 'payment-method'
  | 'release-rule'
  | 'function'
  | 'unit-task'
  | 'budget-function'
  | 'budget-phase'
  | 'budget-account'
  | 'link-basis'
  | 'decision-outcome'
  | 'committee-type'
  | 'meeting-role'
  | 'redaction-reason'
  | 'org-change-type'
  | 'bpmn-element-type'
  | 'document-type';

/** The three levels of the city's policy hierarchy (정책 → 사업 → 세부사업). */
export type InitiativeLevel = 'policy' | 'programme' | 'project';

/** How a record's policy context was found (the link-basis scheme). */
export type LinkBasis =
  | 'explicit-id'
  | 'unit-task'
  | 'budget-code'
  | 'agenda-reference'
  | 'process-sidecar'
  | 'department';

/** A key segment must be non-empty and may not contain characters that break a path segment. */
const SAFE_KEY = /^[A-Za-z0-9._~-]+$/;

export class InvalidKeyError extends Error {
  readonly code = 'INVALID_KEY';
  constructor(
    readonly kind: string,
    readonly key: string,
  ) {
    super(
      `invalid ${kind} key ${JSON.stringify(key)}: expected letters, digits, '.', '_', '~' or '-'`,
    );
  }
}

/** Where the publisher's own graphs live, under the base. */
export const PUBLISHER_GRAPH_PATH = 'graph/publisher/';
// Segments of dots only ('.', '..') are refused: a reader would take them for path steps.
const PUBLISHER_GRAPH_NAME = /^(?!\.+(\/|$))[A-Za-z0-9._~-]+(\/(?!\.+(\/|$))[A-Za-z0-9._~-]+)*$/;

function segment(kind: string, key: string): string {
  if (!SAFE_KEY.test(key)) throw new InvalidKeyError(kind, key);
  return key;
}

function fragment(part: string): string {
  if (!/^[a-z0-9-]+$/.test(part)) throw new InvalidKeyError('fragment', part);
  return part;
}

function positive(kind: string, n: number): string {
  if (!Number.isSafeInteger(n) || n < 1) throw new InvalidKeyError(kind, String(n));
  return String(n);
}

/** A stable, opaque 16-hex-digit notation for a label or path (NFC-normalised, trimmed). */
export function labelNotation(label: string): string {
  return createHash('sha256').update(label.normalize('NFC').trim()).digest('hex').slice(0, 16);
}

/** Mints every instance IRI of one deployment. */
export class IriMinter {
  readonly base: string;

  constructor(base: string) {
    if (!/^https?:\/\/[^\s]+\/$/.test(base)) {
      throw new Error(`base IRI must be an absolute http(s) IRI ending in '/': ${base}`);
    }
    this.base = base;
  }

  private id(path: string): NamedNode {
    return namedNode(`${this.base}id/${path}`);
  }

  document(packageId: string): NamedNode {
    return this.id(`document/${segment('document', packageId)}`);
  }
  disclosure(nid: string): NamedNode {
    return this.id(`disclosure/${segment('disclosure', nid)}`);
  }
  report(nid: string): NamedNode {
    return this.id(`report/${segment('report', nid)}`);
  }
  expenseReport(nid: string): NamedNode {
    return this.id(`expense-report/${segment('expense-report', nid)}`);
  }
  expenseLine(nid: string, line: number): NamedNode {
    return this.id(`expense-report/${segment('expense-report', nid)}/line/${line}`);
  }
  /** A policy, programme or project: `id/{level}/{id}`. */
  initiative(level: InitiativeLevel, id: string): NamedNode {
    return this.id(`${level}/${segment(level, id)}`);
  }
  /** One fiscal year × budget phase of the expenditure budget (a qb:DataSet). */
  budgetDataset(year: string, phase: string): NamedNode {
    return this.id(`budget/${segment('budget year', year)}/${segment('budget phase', phase)}`);
  }
  /** One budget line: `id/budget/{year}/{phase}/{code}` (code = the line's detail-project key). */
  budgetLine(year: string, phase: string, code: string): NamedNode {
    return namedNode(`${this.budgetDataset(year, phase).value}/${segment('budget line', code)}`);
  }
  meeting(id: string): NamedNode {
    return this.id(`meeting/${segment('meeting', id)}`);
  }
  /** A numbered part of a meeting: its agenda items (`/agenda/{n}`) and their decisions. */
  agendaItem(meeting: NamedNode, order: number): NamedNode {
    return namedNode(`${meeting.value}/agenda/${String(order)}`);
  }
  /** What a meeting decided on one agenda item: `{agendaItem}/decision`. */
  decision(agendaItem: NamedNode): NamedNode {
    return namedNode(`${agendaItem.value}/decision`);
  }
  /** The n-th (1-based) attendee of a meeting, by position: never by name (names are masked). */
  attendee(meeting: NamedNode, n: number): NamedNode {
    return namedNode(`${meeting.value}/attendee/${positive('attendee', n)}`);
  }
  /** A meeting's minutes, a record of its own kept in the meeting's graph. */
  minutes(meeting: NamedNode): NamedNode {
    return namedNode(`${meeting.value}/minutes`);
  }
  /** The n-th (1-based) speaker turn of a meeting's minutes. */
  speakerTurn(minutes: NamedNode, n: number): NamedNode {
    return namedNode(`${minutes.value}/turn/${positive('speaker turn', n)}`);
  }
  process(id: string): NamedNode {
    return this.id(`process/${segment('process', id)}`);
  }
  /** A BPMN flow element of a process, by its (XML NCName) id. */
  processElement(process: NamedNode, elementId: string): NamedNode {
    return namedNode(`${process.value}/element/${segment('process element', elementId)}`);
  }
  /**
   * The qualified link from a record to one initiative of its policy context, carrying how the
   * link was found: `{record}#context-{level}-{id}` (one per record and initiative).
   */
  contextLink(record: NamedNode, initiative: NamedNode): NamedNode {
    const path = initiative.value.startsWith(`${this.base}id/`)
      ? initiative.value.slice(this.base.length + 3)
      : '';
    if (!/^(policy|programme|project)\/[A-Za-z0-9._~-]+$/.test(path)) {
      throw new Error(`not a Plaza initiative IRI: ${initiative.value}`);
    }
    return namedNode(`${record.value}#context-${path.replace('/', '-')}`);
  }
  org(code: string): NamedNode {
    return this.id(`org/${segment('org', code)}`);
  }
  /**
   * A reorganisation (org:ChangeEvent) on an ISO day, named by the unit on its single side: the
   * original unit (rename, split, abolition) or the resulting one (merge, establishment).
   */
  orgChange(code: string, day: string): NamedNode {
    if (!/^\d{4}-\d\d-\d\d$/.test(day)) throw new InvalidKeyError('org change date', day);
    return this.id(`org-change/${segment('org', code)}-${day}`);
  }
  concept(scheme: SchemeName, notation: string): NamedNode {
    return this.id(`concept/${scheme}/${segment(scheme, notation)}`);
  }
  scheme(scheme: SchemeName): NamedNode {
    return this.id(`concept/${scheme}`);
  }
  /** Art. 9(1) item n of the Official Information Disclosure Act (ELI-style path). */
  legalGround(item: number): NamedNode {
    if (!Number.isInteger(item) || item < 1 || item > 8) {
      throw new InvalidKeyError('legal ground', String(item));
    }
    return this.id(`legal/opengov-act/art/9/para/1/item/${item}`);
  }
  /** The explicit "the source did not state a legal ground" placeholder. */
  legalGroundNotStated(): NamedNode {
    return this.id('legal/not-stated');
  }
  /** A part of a record (its disclosure decision, its ingest activity): `{record}#{part}`. */
  part(record: NamedNode, part: 'decision' | 'ingest' | 'source'): NamedNode {
    return namedNode(`${record.value}#${part}`);
  }
  /**
   * The placeholder standing in the public graph for the redacted values of one property of a
   * resource: `{s}#redacted-{hash of the property}` (`{s}-redacted-…` when s is itself a part).
   * It depends on the resource and property only, never on the value.
   */
  redaction(subject: NamedNode, predicate: NamedNode): NamedNode {
    const sep = subject.value.includes('#') ? '-' : '#';
    return namedNode(`${subject.value}${sep}redacted-${labelNotation(predicate.value)}`);
  }
  /** The placeholder for all the content left out of a withheld record's stub. */
  withheld(record: NamedNode): NamedNode {
    return namedNode(`${record.value}#withheld`);
  }
  /** The named graph that holds one file of ontology/ (the ontology, a scheme) in a store. */
  ontologyGraph(file: string): NamedNode {
    const name = file.replace(/\.ttl$/, '');
    if (!/^[a-z0-9-]+(\/[a-z0-9-]+)?$/.test(name)) throw new InvalidKeyError('ontology file', file);
    return namedNode(`${this.base}graph/ontology/${name}`);
  }

  /**
   * A Skolem IRI for a blank node of a reference graph (`{base}.well-known/genid/…`), stable as
   * long as the file is: the parser's label is its position in the file.
   */
  skolem(graph: NamedNode, label: string): NamedNode {
    const name = graph.value.slice(`${this.base}graph/`.length).replace(/\//g, '-');
    return namedNode(
      `${this.base}.well-known/genid/${name}-${label.replace(/[^A-Za-z0-9_-]/g, '_')}`,
    );
  }

  /**
   * A graph the publisher writes through the Graph Store protocol or SPARQL Update:
   * `{base}graph/publisher/{name}` (name: path segments of letters, digits, '.', '_', '~', '-').
   * Only these are writable: record and reference graphs are projections of the exports and of
   * the repository, and a write there would be undone by the next ingest or start.
   */
  publisherGraph(name: string): NamedNode {
    if (!PUBLISHER_GRAPH_NAME.test(name)) throw new InvalidKeyError('publisher graph', name);
    return namedNode(`${this.base}${PUBLISHER_GRAPH_PATH}${name}`);
  }

  /** Whether `iri` names a publisher graph (see publisherGraph). */
  isPublisherGraph(iri: string): boolean {
    const prefix = `${this.base}${PUBLISHER_GRAPH_PATH}`;
    return iri.startsWith(prefix) && PUBLISHER_GRAPH_NAME.test(iri.slice(prefix.length));
  }

  /**
   * The graph a remote store keeps its own state in: which record-log position it reflects
   * (`appliedLogSeq`, `appliedLogEntryAt`) and the probe that tells two stores apart. Deployment
   * plumbing, not part of the ontology; "plaza" is no record type, so no record graph collides.
   */
  storeState(): {
    readonly graph: NamedNode;
    readonly appliedLogSeq: NamedNode;
    readonly appliedLogEntryAt: NamedNode;
    readonly probe: NamedNode;
  } {
    const graph = `${this.base}graph/plaza/state`;
    return {
      graph: namedNode(graph),
      appliedLogSeq: namedNode(`${graph}#appliedLogSeq`),
      appliedLogEntryAt: namedNode(`${graph}#appliedLogEntryAt`),
      probe: namedNode(`${graph}#probe`),
    };
  }

  /**
   * The deployment's descriptions of itself, each a document with hash IRIs for what it
   * describes (so every such IRI dereferences to the document that describes it): the DCAT-AP
   * catalogue `{base}catalog#…`, the VoID description `{base}.well-known/void#…`.
   */
  catalogue(part?: string): NamedNode {
    return namedNode(`${this.base}catalog${part === undefined ? '' : `#${fragment(part)}`}`);
  }
  voidDescription(part?: string): NamedNode {
    return namedNode(
      `${this.base}.well-known/void${part === undefined ? '' : `#${fragment(part)}`}`,
    );
  }
  /** Service addresses the catalogue points to: the SPARQL endpoint, the dump, the feed. */
  sparqlEndpoint(): NamedNode {
    return namedNode(`${this.base}sparql`);
  }
  publicDump(): NamedNode {
    return namedNode(`${this.base}dumps/public.nq.gz`);
  }
  feed(): NamedNode {
    return namedNode(`${this.base}feed.atom`);
  }

  /** The named graph that holds one record in the internal and public stores. */
  graphOf(record: NamedNode): NamedNode {
    if (!record.value.startsWith(`${this.base}id/`)) {
      throw new Error(`not a Plaza record IRI: ${record.value}`);
    }
    return namedNode(`${this.base}graph/${record.value.slice(this.base.length + 3)}`);
  }
}
