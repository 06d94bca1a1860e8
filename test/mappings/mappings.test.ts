// Each mapping, by graph isomorphism against hand-checked TriG, and its row-level rejects.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAPPINGS } from '../../mappings/index.ts';
import { RowError } from '../../mappings/mapping.ts';
import { IriMinter } from '../../src/vocab/iri.ts';
import { BASE, expectIsomorphic, parseTrig } from '../support/rdf.ts';
import { CASES, INGESTED_AT, INITIATIVES, ORGS } from './cases.ts';
import { withoutLinkNotices } from '../support/notices.ts';
import { isPolicyContextNotice } from '../../mappings/policy/link-context.ts';

const iri = new IriMinter(BASE);
const meta = (key: string) => ({
  key,
  file: 'case.csv',
  line: 2,
  format: 'csv' as const,
  ingestedAt: INGESTED_AT,
});

describe('mappings produce the expected graph', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const mapping = MAPPINGS[c.kind];
      const parsed = mapping.parse(c.fields);
      const key = parsed.numberedWithin === undefined ? parsed.key : c.key;
      const out = mapping.map(parsed.record, meta(key), {
        iri,
        orgs: ORGS,
        initiatives: INITIATIVES,
      });
      const expected = readFileSync(new URL(`expected/${c.expected}`, import.meta.url), 'utf8');
      expectIsomorphic([...out.quads, ...out.shared.flatMap((r) => r.quads)], parseTrig(expected));
      expect(out.graph.value).toBe(iri.graphOf(out.subject).value);
      expect(out.quads.every((q) => q.graph.equals(out.graph))).toBe(true);
      for (const r of out.shared) {
        expect(r.graph.value).toBe(iri.graphOf(r.subject).value);
        expect(r.quads.every((q) => q.graph.equals(r.graph))).toBe(true);
      }
    });
  }

  it('reports an unresolved department without dropping its name', () => {
    const c = CASES.find((x) => x.expected === 'approval-document-unresolved.trig');
    if (!c) throw new Error('case missing');
    const out = MAPPINGS.info_list.map(MAPPINGS.info_list.parse(c.fields).record, meta(c.key), {
      iri,
      orgs: ORGS,
      initiatives: INITIATIVES,
    });
    expect(withoutLinkNotices(out.notices)).toEqual([
      {
        file: 'case.csv',
        line: 2,
        field: 'rspnber_dept_nm',
        message: 'department "미래전략과" is not in the organisation chart',
      },
    ]);
  });
});

function rowErrors(kind: keyof typeof MAPPINGS, fields: Record<string, string>): string[] {
  try {
    MAPPINGS[kind].parse(fields);
  } catch (error) {
    if (error instanceof RowError) return error.errors.map((e) => `${e.field}: ${e.message}`);
    throw error;
  }
  return [];
}

describe('bad rows are rejected with every bad field named', () => {
  const doc = CASES[0]?.fields ?? {};

  it('info_list: missing key, impossible date and unknown grade in one row', () => {
    expect(
      rowErrors('info_list', {
        ...doc,
        package_id: ' ',
        doc_prdctn_dt: '20241399',
        othbc_se: '일부공개',
      }),
    ).toEqual([
      'package_id: missing key',
      'doc_prdctn_dt: not a calendar date: "20241399"',
      'othbc_se: unknown disclosure grade "일부공개"',
    ]);
  });

  it('info_list: an unknown retention label or licence does not reject the row; it is reported and kept', () => {
    const fields = { ...doc, othbc_pd: '7년', cpyrht: '공공누리 제1유형' };
    expect(rowErrors('info_list', fields)).toEqual([]);
    const out = MAPPINGS.info_list.map(
      MAPPINGS.info_list.parse(fields).record,
      meta('000000000012345'),
      { iri, orgs: ORGS, initiatives: INITIATIVES },
    );
    expect(withoutLinkNotices(out.notices).map((n) => `${n.field}: ${n.message}`)).toEqual([
      'othbc_pd: unknown retention period "7년"',
      'cpyrht: unknown licence "공공누리 제1유형": kept as dct:rights text',
    ]);
    const rights = out.quads.find((q) => q.predicate.value === 'http://purl.org/dc/terms/rights');
    expect(rights?.object.value).toBe('공공누리 제1유형');
    expect(out.quads.some((q) => q.predicate.value.endsWith('#retentionPeriod'))).toBe(false);
  });

  it('info_list: a key that cannot be an IRI segment', () => {
    expect(rowErrors('info_list', { ...doc, package_id: '12 34/5' })[0]).toMatch(
      /^package_id: key "12 34\/5" has characters/,
    );
  });

  it('research_list: D deletes with only the key, an unknown job type is rejected', () => {
    const parsed = MAPPINGS.research_list.parse({ nid: '9001', job_se: 'D', title: '' });
    expect([parsed.key, parsed.op]).toEqual(['9001', 'delete']);
    expect(
      rowErrors('research_list', { nid: '9001', job_se: 'X', title: 't', regist_dt: '20240101' }),
    ).toEqual(['job_se: unknown job type "X" (expected I, U or D)']);
    expect(rowErrors('research_list', { nid: '9002', title: 't', isbn: '12345' })).toEqual([
      'regist_dt: required date is missing',
    ]);
  });

  it('research_list: an ISBN with its add-on code is read; an unreadable one is reported, not fatal', () => {
    const row = { nid: '9003', title: 't', regist_dt: '20240101', isbn: '979-11-6231-123-4 93350' };
    const parsed = MAPPINGS.research_list.parse(row);
    const out = MAPPINGS.research_list.map(parsed.record, meta('9003'), {
      iri,
      orgs: ORGS,
      initiatives: INITIATIVES,
    });
    expect(out.quads.find((q) => q.predicate.value.endsWith('/isbn'))?.object.value).toBe(
      '979-11-6231-123-4',
    );
    const bad = MAPPINGS.research_list.parse({ ...row, isbn: '12345' });
    const notices = MAPPINGS.research_list
      .map(bad.record, meta('9003'), {
        iri,
        orgs: ORGS,
        initiatives: INITIATIVES,
      })
      .notices.filter((n) => !isPolicyContextNotice(n.message));
    expect(notices.map((n) => n.message)).toEqual(['neither an ISBN nor an ISSN: "12345"']);
  });

  it('expense_list: unparseable amount and date-time', () => {
    const line = CASES.find((c) => c.kind === 'expense_list')?.fields ?? {};
    expect(
      rowErrors('expense_list', { ...line, exec_amount: '십만원', exec_dt: '2024-03-14 25:00' }),
    ).toEqual([
      'exec_dt: not a time of day: "2024-03-14 25:00"',
      'exec_amount: not an amount: "십만원"',
    ]);
  });

  it('expense_list: with every level column empty, the full department name stands in', () => {
    const line = CASES.find((c) => c.kind === 'expense_list')?.fields ?? {};
    const fields = {
      ...line,
      dept_nm_lvl_1: '',
      dept_nm_lvl_2: '',
      dept_nm_lvl_3: '',
      dept_nm_full: '서울특별시 기후환경본부 대기정책과',
    };
    const out = MAPPINGS.expense_list.map(
      MAPPINGS.expense_list.parse(fields).record,
      meta('77001/2'),
      { iri, orgs: ORGS, initiatives: INITIATIVES },
    );
    const report = out.shared.flatMap((r) => r.quads);
    expect(report.find((q) => q.predicate.value.endsWith('#responsibleUnit'))?.object.value).toBe(
      iri.org('6110201').value,
    );
  });

  it('org_chart: unknown type and level', () => {
    const unit = CASES.find((c) => c.kind === 'org_chart')?.fields ?? {};
    expect(rowErrors('org_chart', { ...unit, org_type: 'ministry', org_level: 'x' })).toEqual([
      'org_level: not an organisation level (1–9): "x"',
      'org_type: unknown organisation type "ministry" (expected municipality, bureau, division, team, field-office, committee)',
    ]);
  });
});
