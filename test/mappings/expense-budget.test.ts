// Business-expense reports → the budget lines they execute: derived from department, fiscal year
// and category through the budget directory; reported when not determinable; coherent on data/.
import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { budgetMapping } from '../../mappings/budget.ts';
import { BudgetLineDirectory, type KnownBudgetLine } from '../../mappings/budget/directory.ts';
import { expenseMapping } from '../../mappings/expense.ts';
import { OrgDirectory } from '../../mappings/org/directory.ts';
import { organisationMapping } from '../../mappings/organisation.ts';
import { readExport } from '../../mappings/read/read-export.ts';
import type { RawRecord } from '../../mappings/types.ts';
import { orgChartRows } from '../../src/generate/index.ts';
import { IriMinter } from '../../src/vocab/iri.ts';
import { PLAZA_NS } from '../../src/vocab/namespaces.ts';
import { BASE } from '../support/rdf.ts';
import { CASES, INGESTED_AT, INITIATIVES, ORGS } from './cases.ts';
import { withoutLinkNotices } from '../support/notices.ts';

const iri = new IriMinter(BASE);
const EXECUTES = `${PLAZA_NS}executesBudgetLine`;
const line = (
  deptCode: string,
  detailName: string,
  phase = 'original',
  year = '2024',
): KnownBudgetLine => ({
  year,
  phase,
  deptCode,
  detailName,
  lineKey: `100.${deptCode}.B${deptCode}${detailName.length}`,
});
const TEAM_ORGS = new OrgDirectory([
  { code: '6110000', name: '서울특별시', level: 1, type: 'municipality' },
  { code: '6110200', name: '기후환경본부', parentCode: '6110000', level: 2, type: 'bureau' },
  { code: '6110201', name: '대기정책과', parentCode: '6110200', level: 3, type: 'division' },
  { code: '6110202', name: '대기기획팀', parentCode: '6110201', level: 4, type: 'team' },
]);

describe('BudgetLineDirectory.expenseItem', () => {
  const directory = new BudgetLineDirectory([
    line('6110201', '부서운영업무추진비'),
    line('6110201', '부서운영업무추진비', 'supplementary-1'),
    line('6110201', '시책추진 업무추진비'),
    line('6110201', '대기정책과 기본경비'),
    line('6110200', '기관운영업무추진비'),
  ]);

  it('finds the one item named after the category, in every phase', () => {
    const found = directory.expenseItem('2024', '6110201', '부서운영업무추진비', TEAM_ORGS);
    expect(found.status).toBe('resolved');
    if (found.status === 'resolved')
      expect(found.lines.map((l) => l.phase)).toEqual(['original', 'supplementary-1']);
    // spacing in the detail-project name does not matter
    expect(directory.expenseItem('2024', '6110201', '시책추진업무추진비', TEAM_ORGS).status).toBe(
      'resolved',
    );
  });

  it("spends a team's expenses from its division's budget", () => {
    const found = directory.expenseItem('2024', '6110202', '부서운영업무추진비', TEAM_ORGS);
    expect(found.status === 'resolved' && found.lines[0]?.deptCode).toBe('6110201');
  });

  it('says why when the item cannot be determined', () => {
    expect(directory.expenseItem('2024', '6110201', '기관운영업무추진비', TEAM_ORGS)).toEqual({
      status: 'unresolved',
      reason: 'no budget line named "기관운영업무추진비" in fiscal year 2024, department 6110201',
    });
    expect(directory.expenseItem('2023', '6110201', '부서운영업무추진비', TEAM_ORGS)).toEqual({
      status: 'unresolved',
      reason: 'no budget line of fiscal year 2023 for department 6110201 or the units above it',
    });
    expect(directory.expenseItem('2024', '6110201', '업무추진비', TEAM_ORGS).status).toBe(
      'ambiguous',
    );
  });
});

describe('expense mapping with budget lines known', () => {
  const expense = CASES.find((c) => c.kind === 'expense_list');
  if (!expense) throw new Error('expense case missing');
  const map = (budget: BudgetLineDirectory, category: string) => {
    const parsed = expenseMapping.parse({ ...expense.fields, category });
    const meta = { key: expense.key, file: 'e.csv', line: 3, format: 'csv' as const };
    return expenseMapping.map(
      parsed.record,
      { ...meta, ingestedAt: INGESTED_AT },
      { iri, orgs: ORGS, initiatives: INITIATIVES, budget },
    );
  };
  const budget = new BudgetLineDirectory([
    line('6110201', '부서운영업무추진비'),
    line('6110201', '부서운영업무추진비', 'supplementary-1'),
  ]);

  it('links the report (in its own graph) to the line of each phase', () => {
    const out = map(budget, '부서운영업무추진비');
    const report = out.shared.find((r) => r.subject.value.endsWith('/expense-report/77001'));
    const links = report?.quads.filter((q) => q.predicate.value === EXECUTES) ?? [];
    expect(links.map((q) => q.object.value).sort()).toEqual([
      `${BASE}id/budget/2024/original/100.6110201.B61102019`,
      `${BASE}id/budget/2024/supplementary-1/100.6110201.B61102019`,
    ]);
    expect(withoutLinkNotices(out.notices)).toEqual([]);
  });

  it('reports a report whose budget line is not determinable, and links nothing', () => {
    const out = map(budget, '시책추진업무추진비');
    expect(out.shared.flatMap((r) => r.quads).some((q) => q.predicate.value === EXECUTES)).toBe(
      false,
    );
    expect(withoutLinkNotices(out.notices)).toEqual([
      {
        file: 'e.csv',
        line: 3,
        field: 'category',
        message:
          'budget line not determinable: no budget line named "시책추진업무추진비" in fiscal year 2024, department 6110201',
      },
    ]);
  });
});

async function recordsIn(dir: string): Promise<RawRecord[]> {
  const url = new URL(`../../data/${dir}/`, import.meta.url);
  const out: RawRecord[] = [];
  for (const name of (await readdir(url)).filter((n) => /\.(csv|json|xml)$/.test(n)).sort()) {
    for await (const item of readExport(new URL(name, url).pathname))
      if (item.type === 'record') out.push(item.record);
  }
  return out;
}

describe('data/: expense reports and the budget', () => {
  it('links every sample expense report to its 업무추진비 budget line', async () => {
    const orgs = new OrgDirectory(
      orgChartRows().map((row) => organisationMapping.parse(row).record),
    );
    const budget = new BudgetLineDirectory(
      (await recordsIn('budget_list')).map((r) => {
        const rec = budgetMapping.parse(r.fields).record;
        const { year, phase, lineKey, deptCode } = rec;
        return { year, phase, lineKey, deptCode, detailName: rec.detail.name };
      }),
    );
    const linked = new Set<string>();
    const reports = new Set<string>();
    const notices: string[] = [];
    for (const r of await recordsIn('expense_list')) {
      const parsed = expenseMapping.parse(r.fields);
      const meta = { ...r, key: `${parsed.key}/1`, ingestedAt: INGESTED_AT };
      const out = expenseMapping.map(parsed.record, meta, {
        iri,
        orgs,
        initiatives: INITIATIVES,
        budget,
      });
      reports.add(parsed.key);
      if (out.shared.some((s) => s.quads.some((q) => q.predicate.value === EXECUTES)))
        linked.add(parsed.key);
      notices.push(
        ...withoutLinkNotices(out.notices)
          .filter((n) => n.field === 'category')
          .map((n) => n.message),
      );
    }
    expect(reports.size).toBeGreaterThan(50);
    expect([...new Set(notices)]).toEqual([]);
    expect(linked.size).toBe(reports.size);
  });
});
