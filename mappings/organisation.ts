// org_chart (조직도) → org:Organization units with level, type, validity period and the
// reorganisation that ended them (org:ChangeEvent); the same rows feed the OrgDirectory that
// resolves department names in every other source. Hierarchy checks run over the whole file.
import { DataFactory } from 'n3';
import { dct, org, plaza, rdf, skos } from '../src/vocab/namespaces.ts';
import type { SourceMapping } from './mapping.ts';
import { checkChange, describeChange, parseChangeType, parseSuccessorCodes } from './org/change.ts';
import type { OrgUnit } from './org/directory.ts';
import { checkHierarchy } from './org/hierarchy.ts';
import { FieldReader } from './parse/field-reader.ts';
import { cleanText, FieldError, optionalDate, required } from './parse/fields.ts';
import { parseKey } from './parse/keys.ts';
import { GraphBuilder } from './rdf/graph-builder.ts';

const literal = DataFactory.literal.bind(DataFactory);
const VERSION = 'org_chart@2';
const ORG_TYPES = ['municipality', 'bureau', 'division', 'team', 'field-office', 'committee'];

function parseLevel(field: string, value: string | undefined): number {
  const v = cleanText(value);
  if (!/^[1-9]$/.test(v))
    throw new FieldError(field, `not an organisation level (1–9): ${JSON.stringify(value)}`);
  return Number(v);
}

function parseOrgType(field: string, value: string | undefined): string {
  const v = cleanText(value).toLowerCase();
  if (!ORG_TYPES.includes(v)) {
    throw new FieldError(
      field,
      `unknown organisation type ${JSON.stringify(value)} (expected ${ORG_TYPES.join(', ')})`,
    );
  }
  return v;
}

export const organisationMapping: SourceMapping<OrgUnit> = {
  kind: 'org_chart',
  version: VERSION,

  parse(fields) {
    const f = new FieldReader(fields);
    const code = f.get('org_code', parseKey);
    const name = f.get('org_nm', required);
    const parentCode = f.get('upper_org_code', (field, v) =>
      cleanText(v) === '' ? undefined : parseKey(field, v),
    );
    const level = f.get('org_level', parseLevel);
    const type = f.get('org_type', parseOrgType);
    const validFrom = f.get('valid_from', optionalDate);
    const validUntil = f.get('valid_to', optionalDate);
    const changeType = f.get('change_type', parseChangeType);
    const successors = f.get('successor_codes', parseSuccessorCodes);
    if (
      code !== undefined &&
      successors !== undefined &&
      ['change_type', 'valid_from', 'valid_to'].every((field) => !f.failed(field))
    ) {
      const change = { code, changeType, successors, validFrom, validUntil };
      for (const error of checkChange(change)) f.fail(error);
    }
    f.finish();
    const unit: OrgUnit = {
      code: code as string,
      name: name as string,
      level: level as number,
      type: type as string,
      ...(parentCode === undefined ? {} : { parentCode }),
      ...(validFrom === undefined ? {} : { validFrom }),
      ...(validUntil === undefined ? {} : { validUntil }),
      ...(changeType === undefined ? {} : { changeType }),
      ...(successors === undefined || successors.length === 0
        ? {}
        : { successorCodes: successors }),
    };
    return { key: unit.code, op: 'upsert', record: unit };
  },

  checkFile: (rows, ctx) => checkHierarchy(rows, ctx.orgs),

  subject: (key, iri) => iri.org(key),

  map(unit, meta, ctx) {
    const s = ctx.iri.org(unit.code);
    const g = new GraphBuilder(s, meta, ctx);
    const types = [org('Organization'), org('OrganizationalUnit')];
    g.provenance(VERSION);
    for (const t of types) g.add(s, rdf('type'), t);
    g.add(s, dct('identifier'), literal(unit.code));
    g.text(s, skos('prefLabel'), unit.name, 'ko');
    if (unit.parentCode !== undefined) g.add(s, org('unitOf'), ctx.iri.org(unit.parentCode));
    g.add(s, plaza('orgType'), ctx.iri.concept('org-type', unit.type));
    g.typed(s, plaza('orgLevel'), String(unit.level), 'integer');
    g.date(s, plaza('validFrom'), unit.validFrom);
    g.date(s, plaza('validUntil'), unit.validUntil);
    describeChange(g, unit);
    return g.result();
  },
};
