// research_list (정책연구자료) → plaza:ResearchReport; `job_se` D deletes the record.
import { bibo, dct, plaza, rico } from '../src/vocab/namespaces.ts';
import type { SourceMapping } from './mapping.ts';
import {
  parseLicence,
  parseSourceUrl,
  type LicenceNotation,
  type SourcePage,
} from './parse/codes.ts';
import { FieldReader, type Coded } from './parse/field-reader.ts';
import {
  cleanText,
  FieldError,
  optionalDate,
  parseDateTime,
  parseYear,
  required,
  type LocalDate,
  type LocalDateTime,
} from './parse/fields.ts';
import { parseKey } from './parse/keys.ts';
import { departmentAttempt } from './policy/link-attempts.ts';
import { linkPolicyContext } from './policy/link-context.ts';
import { GraphBuilder } from './rdf/graph-builder.ts';

const VERSION = 'research_list@2';

interface StandardNumber {
  readonly kind: 'isbn' | 'issn';
  readonly value: string;
}

export interface ResearchReport {
  readonly nid: string;
  readonly title: string;
  readonly registered: LocalDateTime | undefined;
  readonly field: string;
  readonly creationYear: number | undefined;
  readonly category: string;
  readonly region: string;
  readonly standardNumber: Coded<StandardNumber>;
  readonly producingBody: string;
  readonly authors: string;
  readonly produced: LocalDate | undefined;
  readonly licence: Coded<LicenceNotation>;
  readonly page: SourcePage | undefined;
}

function parseJobType(field: string, value: string | undefined): 'upsert' | 'delete' {
  const v = cleanText(value).toUpperCase();
  if (v === '' || v === 'I' || v === 'U') return 'upsert';
  if (v === 'D') return 'delete';
  throw new FieldError(field, `unknown job type ${JSON.stringify(value)} (expected I, U or D)`);
}

/**
 * ISBN-10/13 or ISSN, hyphens allowed, the `ISBN`/`ISSN` label optional; a Korean ISBN often
 * carries its 5-digit add-on code (`979-11-6231-123-4 93350`): the first ISBN or ISSN in the text is
 * taken. Anything else is reported (the row is not rejected for it).
 */
function parseStandardNumber(field: string, value: string | undefined): StandardNumber | undefined {
  const raw = cleanText(value).replace(/^(ISBN|ISSN)[:\s]*/i, '');
  if (raw === '') return undefined;
  const compact = raw.replace(/[-\s]/g, '');
  if (/^\d{4}-?\d{3}[\dXx]$/.test(raw)) return { kind: 'issn', value: raw.toUpperCase() };
  if (/^(\d{9}[\dXx]|\d{13})$/.test(compact)) return { kind: 'isbn', value: raw.toUpperCase() };
  const isbn = /(?<![\d-])(97[89](?:-?\d){10})(?![\d-])/.exec(raw);
  if (isbn?.[1]) return { kind: 'isbn', value: isbn[1] };
  const issn = /(?<![\d-])(\d{4}-\d{3}[\dXx])(?![\d-])/.exec(raw);
  if (issn?.[1]) return { kind: 'issn', value: issn[1].toUpperCase() };
  throw new FieldError(field, `neither an ISBN nor an ISSN: ${JSON.stringify(value)}`);
}

export const researchReportMapping: SourceMapping<ResearchReport> = {
  kind: 'research_list',
  version: VERSION,

  parse(fields) {
    const f = new FieldReader(fields);
    const nid = f.get('nid', parseKey);
    const op = f.get('job_se', parseJobType);
    if (op === 'delete') {
      f.finish();
      return { key: nid as string, op: 'delete', record: emptyReport(nid as string) };
    }
    const title = f.get('title', required);
    const registered = f.get('regist_dt', parseDateTime);
    const creationYear = f.get('creat_yr', (field, v) =>
      cleanText(v) === '' ? undefined : parseYear(field, v),
    );
    const standardNumber = f.lenient('isbn', parseStandardNumber);
    const produced = f.get('doc_prdctn_dt', optionalDate);
    const licence = f.lenient('cpyrht', parseLicence);
    const page = f.get('url', parseSourceUrl);
    f.finish();
    return {
      key: nid as string,
      op: 'upsert',
      record: {
        nid: nid as string,
        title: title as string,
        registered,
        field: cleanText(fields['relm']),
        creationYear,
        category: cleanText(fields['category']),
        region: cleanText(fields['region']),
        standardNumber,
        producingBody: cleanText(fields['relte_area']),
        authors: cleanText(fields['writer']),
        produced,
        licence,
        page,
      },
    };
  },

  subject: (key, iri) => iri.report(key),

  map(rec, meta, ctx) {
    const s = ctx.iri.report(rec.nid);
    const g = new GraphBuilder(s, meta, ctx);
    g.record(
      [plaza('ResearchReport'), rico('Record')],
      'research-report',
      rec.nid,
      rec.title,
      VERSION,
    );
    g.dateTime(s, dct('issued'), rec.registered);
    g.date(s, dct('created'), rec.produced);
    g.typed(s, plaza('creationYear'), rec.creationYear?.toString(), 'gYear');
    g.text(s, plaza('researchField'), rec.field, 'ko');
    g.text(s, plaza('category'), rec.category, 'ko');
    g.text(s, plaza('region'), rec.region, 'ko');
    const number = rec.standardNumber;
    if (number.value) g.text(s, bibo(number.value.kind), number.value.value);
    else if (number.problem !== undefined) g.notice(number.field, number.problem);
    g.text(s, plaza('producingBody'), rec.producingBody, 'ko');
    // A report names only the body that commissioned it: linked when that department's
    // initiatives of the time share one ancestor, reported otherwise.
    linkPolicyContext(g, [
      departmentAttempt(ctx, 'relte_area', rec.producingBody, rec.produced ?? rec.registered),
    ]);
    g.text(s, plaza('authorStatement'), rec.authors, 'ko');
    g.licence(rec.licence);
    g.page(rec.page);
    g.disclosure({ grade: 'public', items: [] }, rec.produced);
    return g.result();
  },
};

function emptyReport(nid: string): ResearchReport {
  return {
    nid,
    title: '',
    registered: undefined,
    field: '',
    creationYear: undefined,
    category: '',
    region: '',
    standardNumber: { field: 'isbn', raw: '', value: undefined },
    producingBody: '',
    authors: '',
    produced: undefined,
    licence: { field: 'cpyrht', raw: '', value: undefined },
    page: undefined,
  };
}
