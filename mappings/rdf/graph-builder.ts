// Accumulates one record's quads in its named graph, with typed-literal helpers and the parts
// every record shares: provenance, disclosure decision, classification and organisation.
import { DataFactory, type NamedNode, type Quad, type Quad_Object } from 'n3';
import { dct, plaza, prov, rdf, skos, xkos, xsd, foaf } from '../../src/vocab/namespaces.ts';
import { labelNotation, type IriMinter, type LinkBasis } from '../../src/vocab/iri.ts';
import type { MappedRecord, MappingContext, Notice, RecordMeta } from '../mapping.ts';
import { formatDate, formatDateTime, type LocalDate, type LocalDateTime } from '../parse/fields.ts';
import type { GradeValue, SourcePage } from '../parse/codes.ts';
import type { Coded } from '../parse/field-reader.ts';
import { deriveRelease, type ReleaseRule } from '../parse/release.ts';

const quad = DataFactory.quad.bind(DataFactory);
const literal = DataFactory.literal.bind(DataFactory);

export class GraphBuilder {
  readonly graph: NamedNode;

  constructor(
    readonly subject: NamedNode,
    readonly meta: RecordMeta,
    readonly ctx: MappingContext,
    readonly quads: Quad[] = [],
    readonly notices: Notice[] = [],
    readonly sharedResources: Map<string, GraphBuilder> = new Map(),
    graph?: NamedNode,
  ) {
    this.graph = graph ?? ctx.iri.graphOf(subject);
  }

  /**
   * A resource several records point at (a classification concept, an expense report): it is
   * described once, in its own named graph, so the union default graph holds each statement once.
   */
  shared(subject: NamedNode): GraphBuilder {
    let builder = this.sharedResources.get(subject.value);
    if (!builder) {
      builder = new GraphBuilder(
        subject,
        this.meta,
        this.ctx,
        [],
        this.notices,
        this.sharedResources,
      );
      this.sharedResources.set(subject.value, builder);
    }
    return builder;
  }

  /** What the mapping produced: this record's graph and the shared resources it describes. */
  result(): MappedRecord {
    const shared = [...this.sharedResources.values()].map((b) => ({
      subject: b.subject,
      graph: b.graph,
      quads: b.quads,
    }));
    return {
      subject: this.subject,
      graph: this.graph,
      quads: this.quads,
      notices: this.notices,
      shared,
    };
  }

  get iri(): IriMinter {
    return this.ctx.iri;
  }

  add(s: NamedNode, p: NamedNode, o: Quad_Object): this {
    this.quads.push(quad(s, p, o, this.graph));
    return this;
  }

  /** Adds a plain or language-tagged string unless it is empty. */
  text(s: NamedNode, p: NamedNode, value: string | undefined, lang?: string): this {
    if (value !== undefined && value !== '') this.add(s, p, literal(value, lang));
    return this;
  }

  typed(s: NamedNode, p: NamedNode, value: string | undefined, datatype: string): this {
    if (value !== undefined && value !== '') this.add(s, p, literal(value, xsd(datatype)));
    return this;
  }

  date(s: NamedNode, p: NamedNode, value: LocalDate | undefined): this {
    return value ? this.typed(s, p, formatDate(value), 'date') : this;
  }

  dateTime(s: NamedNode, p: NamedNode, value: LocalDateTime | undefined): this {
    return value ? this.typed(s, p, formatDateTime(value), 'dateTime') : this;
  }

  notice(field: string, message: string): this {
    this.notices.push({ file: this.meta.file, line: this.meta.line, field, message });
    return this;
  }

  /** Type, record type, identifier, title and provenance: what every record carries. */
  record(
    types: NamedNode[],
    recordType: string,
    identifier: string,
    title: string | undefined,
    version: string,
  ): this {
    return this.identity(types, recordType, identifier, title).provenance(version);
  }

  identity(types: NamedNode[], recordType: string, identifier: string, title?: string): this {
    const s = this.subject;
    for (const t of types) this.add(s, rdf('type'), t);
    this.add(s, dct('type'), this.iri.concept('record-type', recordType));
    this.add(s, dct('identifier'), literal(identifier));
    return this.text(s, dct('title'), title, 'ko');
  }

  /** The ingest activity and source row this record graph was generated from. */
  provenance(version: string): this {
    const s = this.subject;
    const activity = this.iri.part(s, 'ingest');
    const source = this.iri.part(s, 'source');
    this.add(s, prov('wasGeneratedBy'), activity);
    this.add(activity, rdf('type'), prov('Activity'));
    this.add(
      activity,
      prov('endedAtTime'),
      literal(this.meta.ingestedAt.toISOString(), xsd('dateTime')),
    );
    this.add(activity, plaza('mappingVersion'), literal(version));
    this.add(activity, prov('used'), source);
    this.add(source, rdf('type'), plaza('SourceRow'));
    this.add(source, plaza('sourceFile'), literal(this.meta.file));
    this.add(source, plaza('sourceLine'), literal(String(this.meta.line), xsd('integer')));
    this.add(source, plaza('sourceFormat'), literal(this.meta.format));
    return this;
  }

  /** The disclosure decision; a withholding gets its grounds and a scheduled release date. */
  disclosure(grade: GradeValue, produced: LocalDate | undefined, given?: LocalDate): this {
    const s = this.subject;
    const decision = this.iri.part(s, 'decision');
    const status = this.iri.concept('disclosure-grade', grade.grade);
    this.add(s, dct('accessRights'), status);
    this.add(s, plaza('disclosure'), decision);
    this.add(decision, rdf('type'), plaza('DisclosureDecision'));
    this.add(decision, plaza('disclosureStatus'), status);
    if (grade.grade !== 'restricted' && grade.grade !== 'non-public') return this;
    if (grade.items.length === 0)
      this.add(decision, plaza('legalGround'), this.iri.legalGroundNotStated());
    for (const item of grade.items)
      this.add(decision, plaza('legalGround'), this.iri.legalGround(item));
    const asOf = this.meta.ingestedAt;
    const today = {
      year: asOf.getUTCFullYear(),
      month: asOf.getUTCMonth() + 1,
      day: asOf.getUTCDate(),
    };
    const release: { date: LocalDate; rule: ReleaseRule } = given
      ? { date: given, rule: 'given' }
      : deriveRelease(produced ?? today, today);
    this.date(decision, plaza('scheduledRelease'), release.date);
    this.add(decision, plaza('releaseRule'), this.iri.concept('release-rule', release.rule));
    return this;
  }

  /** Resolves the department to an org unit; the name is kept either way, a miss is reported. */
  department(field: string, name: string | readonly string[], at: LocalDate | undefined): this {
    const display = typeof name === 'string' ? name : name.filter((n) => n !== '').join(' ');
    if (display === '') return this;
    this.text(this.subject, plaza('departmentName'), display, 'ko');
    const r = this.ctx.orgs.resolve(name, at);
    if (r.status === 'resolved') {
      this.add(this.subject, plaza('responsibleUnit'), this.iri.org(r.code));
      if (r.note !== undefined) this.notice(field, r.note);
    } else this.notice(field, r.reason);
    return this;
  }

  /** A unit-task card (`tkcrd_nm`) as a function-classification concept; prefixes like `[지출]` dropped. */
  unitTask(label: string): this {
    const name = label.replace(/^\s*(\[[^\]]*\]\s*)+/u, '').trim();
    if (name === '') return this;
    const concept = this.iri.concept('unit-task', labelNotation(name));
    this.add(this.subject, dct('subject'), concept);
    const c = this.shared(concept);
    c.add(concept, rdf('type'), skos('Concept'));
    c.add(concept, skos('prefLabel'), literal(name, 'ko'));
    c.add(concept, skos('inScheme'), this.iri.scheme('unit-task'));
    return this;
  }

  /** A `>`-separated classification path: one concept per level, linked by skos:broader. */
  functionPath(path: string): this {
    const levels = path
      .split('>')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    let broader: NamedNode | undefined;
    levels.forEach((label, i) => {
      const concept = this.iri.concept('function', labelNotation(levels.slice(0, i + 1).join('>')));
      const c = this.shared(concept);
      c.add(concept, rdf('type'), skos('Concept'));
      c.add(concept, skos('prefLabel'), literal(label, 'ko'));
      c.add(concept, skos('inScheme'), this.iri.scheme('function'));
      c.add(concept, xkos('depth'), literal(String(i + 1), xsd('integer')));
      if (broader) c.add(concept, skos('broader'), broader);
      else c.add(concept, skos('topConceptOf'), this.iri.scheme('function'));
      broader = concept;
    });
    if (broader) this.add(this.subject, dct('subject'), broader);
    return this;
  }

  /** The licence; one the scheme does not know is kept as dct:rights text and reported. */
  licence(licence: Coded<string>): this {
    if (licence.value)
      return this.add(this.subject, dct('license'), this.iri.concept('licence', licence.value));
    if (licence.problem === undefined) return this;
    this.notice(licence.field, `${licence.problem}: kept as dct:rights text`);
    return this.text(this.subject, dct('rights'), licence.raw);
  }

  /** The retention period; an unknown label is reported (the scheme has no concept for it). */
  retention(retention: Coded<string>): this {
    if (retention.value) {
      return this.add(
        this.subject,
        plaza('retentionPeriod'),
        this.iri.concept('retention', retention.value),
      );
    }
    return retention.problem === undefined ? this : this.notice(retention.field, retention.problem);
  }

  /**
   * Links `subject` (this record, or a part of it such as an agenda item) to an initiative of its
   * policy context, with a qualified link node saying how the link was derived and from which
   * field: `plaza:policyContext` for simple queries, `plaza:qualifiedPolicyContext` for provenance.
   */
  policyContext(
    initiative: NamedNode,
    basis: LinkBasis,
    sourceField: string,
    subject: NamedNode = this.subject,
  ): this {
    const link = this.iri.contextLink(subject, initiative);
    this.add(subject, plaza('policyContext'), initiative);
    this.add(subject, plaza('qualifiedPolicyContext'), link);
    this.add(link, rdf('type'), plaza('PolicyContextLink'));
    this.add(link, plaza('linkTarget'), initiative);
    this.add(link, plaza('linkBasis'), this.iri.concept('link-basis', basis));
    return this.add(link, plaza('linkSourceField'), literal(sourceField));
  }

  page(page: SourcePage | undefined): this {
    if (!page) return this;
    this.add(this.subject, foaf('page'), DataFactory.namedNode(page.url));
    return this.add(
      this.subject,
      plaza('fullTextPublished'),
      literal(String(page.fullTextPublished), xsd('boolean')),
    );
  }
}
