// info_list (결재문서 목록) → plaza:ApprovalDocument with its classification and disclosure decision.
import { dct, plaza, rico } from '../src/vocab/namespaces.ts';
import type { SourceMapping } from './mapping.ts';
import {
  parseGrade,
  parseLicence,
  parseRetention,
  parseSourceUrl,
  type GradeValue,
  type LicenceNotation,
  type RetentionNotation,
  type SourcePage,
} from './parse/codes.ts';
import { FieldReader, type Coded } from './parse/field-reader.ts';
import { cleanText, parseDate, required, type LocalDate } from './parse/fields.ts';
import { parseKey } from './parse/keys.ts';
import { departmentAttempt, unitTaskAttempt } from './policy/link-attempts.ts';
import { linkPolicyContext } from './policy/link-context.ts';
import { GraphBuilder } from './rdf/graph-builder.ts';

const VERSION = 'info_list@2';

export interface ApprovalDocument {
  readonly packageId: string;
  readonly produced: LocalDate;
  readonly unitTask: string;
  readonly title: string;
  readonly documentNumber: string;
  readonly writer: string;
  readonly retention: Coded<RetentionNotation>;
  readonly department: string;
  readonly grade: GradeValue;
  readonly licence: Coded<LicenceNotation>;
  readonly page: SourcePage | undefined;
}

export const approvalDocumentMapping: SourceMapping<ApprovalDocument> = {
  kind: 'info_list',
  version: VERSION,

  parse(fields) {
    const f = new FieldReader(fields);
    const packageId = f.get('package_id', parseKey);
    const produced = f.get('doc_prdctn_dt', parseDate);
    const title = f.get('title', required);
    const grade = f.get('othbc_se', parseGrade);
    const retention = f.lenient('othbc_pd', parseRetention);
    const licence = f.lenient('cpyrht', parseLicence);
    const page = f.get('url', parseSourceUrl);
    f.finish();
    return {
      key: packageId as string,
      op: 'upsert',
      record: {
        packageId: packageId as string,
        produced: produced as LocalDate,
        unitTask: cleanText(fields['tkcrd_nm']),
        title: title as string,
        documentNumber: cleanText(fields['src_dept_doc_no']),
        writer: cleanText(fields['writer']),
        retention,
        department: cleanText(fields['rspnber_dept_nm']),
        grade: grade as GradeValue,
        licence,
        page,
      },
    };
  },

  subject: (key, iri) => iri.document(key),

  map(doc, meta, ctx) {
    const s = ctx.iri.document(doc.packageId);
    const g = new GraphBuilder(s, meta, ctx);
    g.record(
      [plaza('ApprovalDocument'), rico('Record')],
      'approval-document',
      doc.packageId,
      doc.title,
      VERSION,
    );
    g.date(s, dct('created'), doc.produced);
    g.text(s, plaza('documentNumber'), doc.documentNumber);
    g.text(s, plaza('responsibleOfficial'), doc.writer, 'ko');
    g.text(s, plaza('unitTaskLabel'), doc.unitTask, 'ko');
    g.unitTask(doc.unitTask);
    g.department('rspnber_dept_nm', doc.department, doc.produced);
    // The unit task its department works on that day names the project; a task no initiative
    // covers (pay, running costs) falls back to what the department owns then, as disclosures do.
    linkPolicyContext(g, [
      unitTaskAttempt(ctx, 'tkcrd_nm', doc.unitTask, doc.department, doc.produced),
      departmentAttempt(ctx, 'rspnber_dept_nm', doc.department, doc.produced),
    ]);
    g.retention(doc.retention);
    g.licence(doc.licence);
    g.page(doc.page);
    g.disclosure(doc.grade, doc.produced);
    return g.result();
  },
};
