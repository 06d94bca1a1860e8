// Policy-context linking per kind, through the mappings with a real InitiativeDirectory: a linked
// case, an ambiguous one and an unresolved one (a notice and a plaza:linkIssue, never a link).
import { describe, expect, it } from 'vitest';
import { BudgetLineDirectory } from '../../mappings/budget/directory.ts';
import { MAPPINGS } from '../../mappings/index.ts';
import type { MappedRecord } from '../../mappings/mapping.ts';
import { OrgDirectory } from '../../mappings/org/directory.ts';
import { InitiativeDirectory } from '../../mappings/policy/initiative-directory.ts';
import { parseInitiative } from '../../mappings/policy/parse-initiative.ts';
import type { SourceKind } from '../../mappings/types.ts';
import { IriMinter } from '../../src/vocab/iri.ts';
import { PLAZA_NS } from '../../src/vocab/namespaces.ts';
import { BASE } from '../support/rdf.ts';
import { CASES, INGESTED_AT } from './cases.ts';

const iri = new IriMinter(BASE);
const AIR = '6110201'; // owns POL-01 → PRG-01-1 → PRJ-01-1-1
const GENERAL = '6110101'; // owns POL-02's project and one of POL-03's: ambiguous
const TAX = '6110301'; // owns nothing, nor do the units around it

const orgs = new OrgDirectory([
  { code: '6110000', name: '서울특별시', level: 1, type: 'municipality' },
  { code: '6110100', name: '행정국', parentCode: '6110000', level: 2, type: 'bureau' },
  { code: GENERAL, name: '총무과', parentCode: '6110100', level: 3, type: 'division' },
  { code: '6110102', name: '인사과', parentCode: '6110100', level: 3, type: 'division' },
  { code: '6110200', name: '기후환경본부', parentCode: '6110000', level: 2, type: 'bureau' },
  { code: AIR, name: '대기정책과', parentCode: '6110200', level: 3, type: 'division' },
  { code: '6110211', name: '대기기획팀', parentCode: AIR, level: 4, type: 'team' },
  { code: '6110300', name: '재무국', parentCode: '6110000', level: 2, type: 'bureau' },
  { code: TAX, name: '세무과', parentCode: '6110300', level: 3, type: 'division' },
]);

const initiative = (id: string, parent: string, dept: string, extra: Record<string, string> = {}) =>
  parseInitiative({
    id,
    parent_id: parent,
    level: id.startsWith('POL') ? 'policy' : id.startsWith('PRG') ? 'programme' : 'project',
    name_ko: id,
    dept_code: dept,
    start_date: '2023-01-01',
    end_date: '2026-12-31',
    ...extra,
  });

const initiatives = new InitiativeDirectory([
  initiative('POL-01', '', AIR),
  initiative('PRG-01-1', 'POL-01', AIR, { policy_bsns_code: '1011' }),
  initiative('PRJ-01-1-1', 'PRG-01-1', AIR, {
    unit_tasks: '대기질개선',
    detail_bsns_code: '10110101',
  }),
  initiative('POL-02', '', '6110102'),
  initiative('PRG-02-1', 'POL-02', '6110102'),
  initiative('PRJ-02-1-1', 'PRG-02-1', GENERAL, {
    unit_tasks: '급여및수당관리',
    detail_bsns_code: '20000001',
  }),
  initiative('POL-03', '', '6110102'),
  initiative('PRG-03-1', 'POL-03', '6110102'),
  initiative('PRJ-03-1-1', 'PRG-03-1', GENERAL, {
    unit_tasks: '급여및수당관리',
    detail_bsns_code: '20000001',
  }),
]);

const budget = new BudgetLineDirectory([
  {
    year: '2024',
    phase: 'original',
    deptCode: AIR,
    detailName: '부서운영업무추진비',
    lineKey: `100.${AIR}.10110101`,
  },
]);

interface Outcome {
  readonly targets: string[];
  readonly bases: string[];
  readonly issues: string[];
  readonly notices: string[];
}

function map(kind: SourceKind, changes: Record<string, string>, directory = initiatives): Outcome {
  const c = CASES.find((x) => x.kind === kind);
  if (!c) throw new Error(`no case for ${kind}`);
  const mapping = MAPPINGS[kind];
  const parsed = mapping.parse({ ...c.fields, ...changes });
  const key = parsed.numberedWithin === undefined ? parsed.key : c.key;
  const meta = { key, file: 'l.csv', line: 2, format: 'csv' as const, ingestedAt: INGESTED_AT };
  const out: MappedRecord = mapping.map(parsed.record, meta, {
    iri,
    orgs,
    initiatives: directory,
    budget,
  });
  const quads = [...out.quads, ...out.shared.flatMap((s) => s.quads)];
  const objects = (p: string) =>
    quads.filter((q) => q.predicate.value === `${PLAZA_NS}${p}`).map((q) => q.object.value);
  return {
    targets: objects('policyContext').filter((_, i, all) => all.indexOf(_) === i),
    bases: objects('linkBasis').map((b) => b.replace(/^.*\//, '')),
    issues: objects('linkIssue'),
    notices: out.notices.map((n) => `${n.field}: ${n.message}`),
  };
}

const id = (path: string) => `${BASE}id/${path}`;

function expectUnlinked(o: Outcome, cause: RegExp, notice: RegExp): void {
  expect(o.targets).toEqual([]);
  expect(o.issues).toHaveLength(1);
  expect(o.issues[0]).toMatch(cause);
  expect(o.notices.some((n) => notice.test(n))).toBe(true);
}

describe('approval documents (info_list): unit task of the department on the day', () => {
  it('links the project covering the unit task', () => {
    const o = map('info_list', { tkcrd_nm: '[지출]대기질개선', rspnber_dept_nm: '대기정책과' });
    expect(o).toMatchObject({ targets: [id('project/PRJ-01-1-1')], bases: ['unit-task'] });
    expect(o.issues).toEqual([]);
  });

  it('does not link a unit task two policies cover, and names the candidates', () => {
    const o = map('info_list', { tkcrd_nm: '급여및수당관리', rspnber_dept_nm: '총무과' });
    expectUnlinked(o, /^unit-task: ambiguous; department: ambiguous — /, /PRJ-02-1-1, PRJ-03-1-1/);
    expect(o.notices).toContain(
      'tkcrd_nm: policy context not linked: 2 initiatives of different policies match (PRJ-02-1-1, PRJ-03-1-1) (candidates: PRJ-02-1-1, PRJ-03-1-1)',
    );
  });

  it('does not link a department that owns nothing, nor does anything around it', () => {
    const o = map('info_list', { tkcrd_nm: '세무조사', rspnber_dept_nm: '세무과' });
    expectUnlinked(
      o,
      /^unit-task: no initiative of the department covers the unit task; department: the department owns no initiative in the period — /,
      /^rspnber_dept_nm: policy context not linked: department 6110301 owns no initiative/,
    );
  });

  it('falls back to what the department owns: their common ancestor, without a notice', () => {
    const o = map('info_list', { tkcrd_nm: '서무관리', rspnber_dept_nm: '대기정책과' });
    expect(o).toMatchObject({ targets: [id('policy/POL-01')], bases: ['department'], issues: [] });
    expect(o.notices.filter((n) => n.includes('policy context'))).toEqual([]);
  });

  it('reports a unit task several projects of one programme cover, linked to the programme', () => {
    const two = new InitiativeDirectory([
      initiative('POL-01', '', AIR),
      initiative('PRG-01-1', 'POL-01', AIR),
      initiative('PRJ-01-1-1', 'PRG-01-1', AIR, { unit_tasks: '대기질개선' }),
      initiative('PRJ-01-1-2', 'PRG-01-1', AIR, { unit_tasks: '대기질개선' }),
    ]);
    const o = map('info_list', { tkcrd_nm: '대기질개선', rspnber_dept_nm: '대기정책과' }, two);
    expect(o).toMatchObject({ targets: [id('programme/PRG-01-1')], bases: ['unit-task'] });
    expect(o.notices).toContain(
      'tkcrd_nm: policy context: 2 initiatives match (PRJ-01-1-1, PRJ-01-1-2); linked to PRG-01-1, which holds them all',
    );
  });
});

describe('proactive disclosures (public_list): taxonomy leaf as unit task, else department', () => {
  it('links by the taxonomy leaf', () => {
    const o = map('public_list', { taxonomy: '환경>대기환경>대기질관리>대기질개선' });
    expect(o).toMatchObject({ targets: [id('project/PRJ-01-1-1')], bases: ['unit-task'] });
  });

  it('reports an ambiguous department', () => {
    const o = map('public_list', { taxonomy: '행정>서무>급여및수당관리', dept_nm: '총무과' });
    expectUnlinked(o, /^unit-task: ambiguous; department: ambiguous/, /^dept_nm: .*candidates/);
  });

  it('reports a department missing from the chart', () => {
    const o = map('public_list', { dept_nm: '미래전략과' });
    expectUnlinked(
      o,
      /^unit-task: department not identified; department: department not identified/,
      /미래전략과/,
    );
  });
});

describe('research reports (research_list): the producing body as a department', () => {
  it('links a bureau through the units under it when one policy holds them all', () => {
    const o = map('research_list', { relte_area: '기후환경본부' });
    expect(o).toMatchObject({ targets: [id('policy/POL-01')], bases: ['department'] });
    expect(o.issues).toEqual([]);
  });

  it('links a team for its division', () => {
    const o = map('research_list', { relte_area: '대기기획팀' });
    expect(o).toMatchObject({ targets: [id('policy/POL-01')], bases: ['department'], issues: [] });
  });

  it('does not link a bureau whose units work for several policies', () => {
    const o = map('research_list', { relte_area: '행정국' });
    expectUnlinked(
      o,
      /^department: ambiguous — relte_area: department 6110100 owns no initiative; the units under it/,
      /candidates/,
    );
  });

  it('does not link a body outside the chart', () => {
    expectUnlinked(
      map('research_list', {}),
      /^department: department not identified/,
      /서울연구원/,
    );
  });
});

describe('budget lines (budget_list): detail-project code, programme code, department', () => {
  it('links the project of the detail-project code', () => {
    const o = map('budget_list', { detail_bsns_code: '10110101', plcy_bsns_code: '1011' });
    expect(o).toMatchObject({ targets: [id('project/PRJ-01-1-1')], bases: ['budget-code'] });
  });

  it('does not link a code two projects claim when the department is ambiguous too', () => {
    const o = map('budget_list', {
      detail_bsns_code: '20000001',
      plcy_bsns_code: '',
      dept_code: GENERAL,
    });
    expectUnlinked(o, /^budget-code: ambiguous; department: ambiguous/, /given to 2 initiatives/);
  });

  it('does not link an unknown code of a department that owns nothing', () => {
    const o = map('budget_list', {
      detail_bsns_code: 'D404',
      plcy_bsns_code: 'PG404',
      dept_code: TAX,
    });
    expectUnlinked(
      o,
      /^budget-code: no project has the budget code; department: the department owns no initiative in the period/,
      /no project has budget code D404/,
    );
  });
});

describe('expense reports and lines (expense_list): the budget line executed, else department', () => {
  it('links report and line to the project of the budget line they execute', () => {
    const o = map('expense_list', {});
    expect(o.targets).toEqual([id('project/PRJ-01-1-1')]);
    expect(o.bases).toEqual(['budget-code', 'budget-code']); // the line's and the report's links
  });

  it('does not link a department with no budget line and initiatives of two policies', () => {
    const o = map('expense_list', { dept_nm_lvl_2: '행정국', dept_nm_lvl_3: '총무과' });
    expect(o.targets).toEqual([]);
    expect(o.issues).toHaveLength(2); // on the line and on the report
    expect(o.issues[0]).toMatch(
      /^budget-code: no single budget line executed; department: ambiguous/,
    );
  });

  it('does not link a department that owns nothing', () => {
    const o = map('expense_list', { dept_nm_lvl_2: '재무국', dept_nm_lvl_3: '세무과' });
    expect(o.targets).toEqual([]);
    expect(o.issues[0]).toMatch(/department: the department owns no initiative in the period/);
  });
});
