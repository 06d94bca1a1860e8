// policy_list: row rejects with every bad field, the whole-file hierarchy check, unknown owners.
import { describe, expect, it } from 'vitest';
import { RowError, type FileRow } from '../../mappings/mapping.ts';
import { policyInitiativeMapping } from '../../mappings/policy-initiative.ts';
import { IriMinter } from '../../src/vocab/iri.ts';
import { BASE } from '../support/rdf.ts';
import { INGESTED_AT, INITIATIVES, ORGS } from './cases.ts';

const POLICY = { id: 'POL-03', level: 'policy', name_ko: '맑은 하늘 서울', dept_code: '6110201' };
const PROGRAMME = { ...POLICY, id: 'PRG-03-1', level: 'programme', parent_id: 'POL-03' };
const PROJECT = { ...POLICY, id: 'PRJ-03-1-1', level: 'project', parent_id: 'PRG-03-1' };

function rowErrors(fields: Record<string, string>): string[] {
  try {
    policyInitiativeMapping.parse(fields);
  } catch (error) {
    if (error instanceof RowError) return error.errors.map((e) => `${e.field}: ${e.message}`);
    throw error;
  }
  return [];
}

describe('policy_list rows', () => {
  it('keys a row by level and id, and accepts the Korean level names', () => {
    expect(policyInitiativeMapping.parse({ ...PROJECT, level: '세부사업' }).key).toBe(
      'project/PRJ-03-1-1',
    );
    expect(policyInitiativeMapping.subject('programme/PRG-03-1', new IriMinter(BASE)).value).toBe(
      `${BASE}id/programme/PRG-03-1`,
    );
  });

  it('names every missing key field of a row at once', () => {
    expect(rowErrors({ id: ' ', level: '', name_ko: '' })).toEqual([
      'id: missing key',
      'level: required value is missing',
      'name_ko: required value is missing',
    ]);
  });

  it('rejects an unknown level and ids unsafe in an IRI', () => {
    expect(rowErrors({ ...POLICY, id: 'POL 03', level: '과제' })).toEqual([
      'id: key "POL 03" has characters other than letters, digits and . _ ~ -',
      'level: unknown level "과제" (expected policy, programme or project; 정책, 사업 or 세부사업)',
    ]);
  });

  it('rejects bad dates and a period that ends before it starts', () => {
    expect(rowErrors({ ...POLICY, start_date: '2024-02-30', end_date: '2024-13-01' })).toEqual([
      'start_date: not a calendar date: "2024-02-30"',
      'end_date: not a calendar date: "2024-13-01"',
    ]);
    expect(rowErrors({ ...POLICY, start_date: '20250101', end_date: '2024-12-31' })).toEqual([
      'end_date: ends (2024-12-31) before it starts (2025-01-01)',
    ]);
  });

  it('wants a parent exactly below the top, and codes where they belong', () => {
    expect(rowErrors({ ...POLICY, parent_id: 'POL-01' })).toEqual([
      'parent_id: a policy has no parent (given POL-01)',
    ]);
    expect(rowErrors({ ...PROJECT, parent_id: '' })).toEqual([
      'parent_id: a project needs its parent programme',
    ]);
    expect(
      rowErrors({ ...PROGRAMME, realm_code: '070', sect_code: '084', detail_bsns_code: '12;3a' }),
    ).toEqual([
      'detail_bsns_code: not a budget code (digits): 3a',
      'sect_code: sector 084 is not in field 070',
    ]);
    expect(rowErrors({ ...PROJECT, policy_bsns_code: '1031', detail_bsns_code: '103101' })).toEqual(
      ['policy_bsns_code: only programmes carry a programme code'],
    );
  });
});

describe('policy_list whole-file check', () => {
  const check = (rows: Record<string, string>[]) =>
    policyInitiativeMapping.checkFile?.(
      rows.map((fields, i): FileRow => ({ line: i + 2, fields })),
    );

  it('passes a well-formed hierarchy in any row order', () => {
    expect(check([PROJECT, PROGRAMME, POLICY])).toEqual([]);
  });

  it('rejects exactly the rows on a cycle, an unknown parent, a wrong-level parent and a duplicate', () => {
    const rejects = check([
      POLICY, // line 2
      { ...PROGRAMME, id: 'PRG-A', parent_id: 'PRG-B' }, // 3: on the cycle
      { ...PROGRAMME, id: 'PRG-B', parent_id: 'PRG-A' }, // 4: on the cycle
      { ...PROJECT, id: 'PRJ-TAIL', parent_id: 'PRG-A' }, // 5: hangs off the cycle, kept
      { ...PROGRAMME, id: 'PRG-SELF', parent_id: 'PRG-SELF' }, // 6: its own parent
      { ...PROJECT, id: 'PRJ-LOST', parent_id: 'PRG-99' }, // 7: parent not in the file
      { ...PROJECT, id: 'PRJ-HIGH', parent_id: 'POL-03' }, // 8: a project under a policy
      { ...POLICY, name_ko: '중복 정책' }, // 9: same id as line 2
      { ...PROJECT, id: 'PRJ-OK', parent_id: 'PRG-03-1' }, // 10: parent row does not parse
      { ...PROGRAMME, name_ko: '' }, // 11: rejected by parse, not here
    ]);
    expect(rejects).toEqual([
      { line: 3, field: 'parent_id', reason: 'cycle in the hierarchy: PRG-A → PRG-B → PRG-A' },
      { line: 4, field: 'parent_id', reason: 'cycle in the hierarchy: PRG-A → PRG-B → PRG-A' },
      { line: 6, field: 'parent_id', reason: 'cycle in the hierarchy: PRG-SELF → PRG-SELF' },
      { line: 7, field: 'parent_id', reason: 'parent PRG-99 is not in this file' },
      {
        line: 8,
        field: 'parent_id',
        reason: 'parent POL-03 is a policy; a project belongs to a programme',
      },
      { line: 9, field: 'id', reason: 'id POL-03 is already given at line 2' },
    ]);
  });
});

describe('policy_list mapping', () => {
  it('reports an owner missing from the organisation chart and states no responsible unit', () => {
    const parsed = policyInitiativeMapping.parse({ ...PROJECT, dept_code: '6119999' });
    const meta = { key: parsed.key, file: 'p.csv', line: 4, format: 'csv' as const };
    const out = policyInitiativeMapping.map(
      parsed.record,
      { ...meta, ingestedAt: INGESTED_AT },
      { iri: new IriMinter(BASE), orgs: ORGS, initiatives: INITIATIVES },
    );
    expect(out.notices).toEqual([
      {
        file: 'p.csv',
        line: 4,
        field: 'dept_code',
        message: 'department 6119999 is not in the organisation chart',
      },
    ]);
    expect(out.quads.some((q) => q.predicate.value.endsWith('#responsibleUnit'))).toBe(false);
  });
});
