// public_list (사전정보공표) → plaza:ProactiveDisclosure, classified by its taxonomy path.
import { dct, plaza, rico } from '../src/vocab/namespaces.ts';
import type { SourceMapping } from './mapping.ts';
import {
  parseLicence,
  parseSourceUrl,
  type LicenceNotation,
  type SourcePage,
} from './parse/codes.ts';
import { FieldReader, type Coded } from './parse/field-reader.ts';
import { cleanText, parseDateTime, required, type LocalDateTime } from './parse/fields.ts';
import { parseKey } from './parse/keys.ts';
import { departmentAttempt, unitTaskAttempt } from './policy/link-attempts.ts';
import { linkPolicyContext } from './policy/link-context.ts';
import { GraphBuilder } from './rdf/graph-builder.ts';

const VERSION = 'public_list@2';

export interface ProactiveDisclosure {
  readonly nid: string;
  readonly category: string;
  readonly title: string;
  readonly writer: string;
  readonly department: string;
  readonly registered: LocalDateTime | undefined;
  readonly taxonomy: string;
  readonly phone: string;
  readonly licence: Coded<LicenceNotation>;
  readonly page: SourcePage | undefined;
}

export const proactiveDisclosureMapping: SourceMapping<ProactiveDisclosure> = {
  kind: 'public_list',
  version: VERSION,

  parse(fields) {
    const f = new FieldReader(fields);
    const nid = f.get('nid', parseKey);
    const title = f.get('title', required);
    const registered = f.get('regist_dt', parseDateTime);
    const licence = f.lenient('cpyrht', parseLicence);
    const page = f.get('url', parseSourceUrl);
    f.finish();
    return {
      key: nid as string,
      op: 'upsert',
      record: {
        nid: nid as string,
        category: cleanText(fields['category']),
        title: title as string,
        writer: cleanText(fields['writer']),
        department: cleanText(fields['dept_nm']),
        registered,
        taxonomy: cleanText(fields['taxonomy']),
        phone: cleanText(fields['telno']),
        licence,
        page,
      },
    };
  },

  subject: (key, iri) => iri.disclosure(key),

  map(rec, meta, ctx) {
    const s = ctx.iri.disclosure(rec.nid);
    const g = new GraphBuilder(s, meta, ctx);
    g.record(
      [plaza('ProactiveDisclosure'), rico('Record')],
      'proactive-disclosure',
      rec.nid,
      rec.title,
      VERSION,
    );
    g.dateTime(s, dct('issued'), rec.registered);
    g.text(s, plaza('category'), rec.category, 'ko');
    g.text(s, plaza('responsibleOfficial'), rec.writer, 'ko');
    g.text(s, plaza('contactPhone'), rec.phone);
    g.functionPath(rec.taxonomy);
    g.department('dept_nm', rec.department, rec.registered);
    // The taxonomy's leaf is a unit task of the department; else what the department owns then.
    const leaf = rec.taxonomy.split('>').at(-1)?.trim() ?? '';
    linkPolicyContext(g, [
      unitTaskAttempt(ctx, 'taxonomy', leaf, rec.department, rec.registered),
      departmentAttempt(ctx, 'dept_nm', rec.department, rec.registered),
    ]);
    g.licence(rec.licence);
    g.page(rec.page);
    // A proactive disclosure is published by definition: its grade is public.
    g.disclosure({ grade: 'public', items: [] }, rec.registered);
    return g.result();
  },
};
