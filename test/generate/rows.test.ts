// The pure row builders: determinism, field shapes, check digits, and org resolution across 2024.
import { describe, expect, it } from 'vitest';
import { dayFromIso, isoDate } from '../../src/generate/calendar.ts';
import { ApprovalRowFactory } from '../../src/generate/approval-rows.ts';
import { DisclosureRowFactory } from '../../src/generate/disclosure-rows.ts';
import { ExpenseReportFactory } from '../../src/generate/expense-rows.ts';
import {
  COLUMNS,
  generateApprovalRows,
  generateExpenseRows,
  generateResearchRows,
  orgChartRows,
} from '../../src/generate/index.ts';
import { Rng } from '../../src/generate/prng.ts';
import { ResearchRowFactory } from '../../src/generate/research-rows.ts';
import { departmentOf, OrgChartIndex, rowDay } from './org-resolver.ts';

describe('generateApprovalRows', () => {
  const rows = generateApprovalRows(500, 7);

  it('is deterministic for a seed', () => {
    expect(generateApprovalRows(500, 7)).toEqual(rows);
    expect(generateApprovalRows(500, 8)).not.toEqual(rows);
  });

  it('fills every column with values of the published shapes', () => {
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(COLUMNS.info_list);
      expect(row['package_id']).toMatch(/^\d{15}$/);
      expect(row['doc_prdctn_dt']).toMatch(/^\d{8}$/);
      expect(row['othbc_pd']).toMatch(/^(1년|3년|5년|10년|30년|준영구|영구)$/);
      expect(row['othbc_se']).toMatch(/^(공개|부분공개|비공개)(\(\d(,\d)*\))?$/);
      expect(row['cpyrht']).toMatch(/^(CC BY(-ND|-NC|-NC-ND)?)?$/);
      expect(row['url']).toMatch(/^https:\/\/opengov\.seoul\.go\.kr\/sanction\/(\d+)?$/);
      expect(row['src_dept_doc_no']).toMatch(/^\S+-\d+$/);
      expect(row['writer']?.trim()).toMatch(/^\S+ [가-힣]{3}$/);
    }
    expect(new Set(rows.map((row) => row['package_id'])).size).toBe(rows.length);
  });
});

describe('generateResearchRows', () => {
  it('writes ISBN-13s and ISSNs with correct check digits', () => {
    const numbers = generateResearchRows(300, 3).map((row) => row['isbn'] ?? '');
    const isbns = numbers.filter((n) => n.startsWith('97'));
    const issns = numbers.filter((n) => /^\d{4}-\d{3}[\dX]$/.test(n));
    expect(isbns.length).toBeGreaterThan(100);
    expect(issns.length).toBeGreaterThan(20);
    for (const isbn of isbns) {
      const digits = [...isbn.replaceAll('-', '')].map(Number);
      expect(digits).toHaveLength(13);
      expect(digits.reduce((sum, d, i) => sum + d * (i % 2 === 0 ? 1 : 3), 0) % 10).toBe(0);
    }
    for (const issn of issns) {
      const chars = [...issn.replace('-', '')];
      const sum = chars.reduce((acc, c, i) => acc + (c === 'X' ? 10 : Number(c)) * (8 - i), 0);
      expect(sum % 11).toBe(0);
    }
  });
});

describe('generateExpenseRows', () => {
  it('groups lines into reports whose execution is the sum of their lines', () => {
    const rows = generateExpenseRows(10, 5);
    const byReport = new Map<string, typeof rows>();
    for (const row of rows)
      byReport.set(row['nid'] ?? '', [...(byReport.get(row['nid'] ?? '') ?? []), row]);
    expect(byReport.size).toBe(10);
    for (const lines of byReport.values()) {
      const sum = lines.reduce((acc, row) => acc + Number(row['exec_amount']), 0);
      expect(lines.every((row) => Number(row['expense_execution']) === sum)).toBe(true);
      expect(Number(lines[0]?.['expense_budget'])).toBeGreaterThanOrEqual(sum);
      expect(lines.every((row) => row['dept_nm_lvl_1'] === '서울특별시')).toBe(true);
      expect(lines.every((row) => /^(카드|현금|제로페이)$/.test(row['payment_method'] ?? ''))).toBe(
        true,
      );
    }
  });
});

describe('row builders around the 2024-01-01 reorganisation', () => {
  const chart = new OrgChartIndex(orgChartRows());
  const days = Array.from({ length: 40 }, (_, i) => dayFromIso('2023-12-12') + i);

  it('name departments that resolve at the row’s date (old names before, new after)', () => {
    const approvals = new ApprovalRowFactory(new Rng(1));
    const disclosures = new DisclosureRowFactory(new Rng(2));
    const research = new ResearchRowFactory(new Rng(3));
    const expenses = new ExpenseReportFactory(new Rng(4));
    const rows: [string, Record<string, string>][] = days.flatMap((day) => [
      ...Array.from({ length: 30 }, (): [string, Record<string, string>] => [
        'info_list',
        approvals.row(day),
      ]),
      ['public_list', disclosures.row(day)],
      ['research_list', research.row(day)],
    ]);
    for (const month of ['2023-12-01', '2024-01-01']) {
      const first = dayFromIso(month);
      for (const unit of expenses.unitsFor(first, 200)) {
        for (const row of expenses.report(unit, first, first + 27, 2))
          rows.push(['expense_list', row]);
      }
    }
    for (const [kind, row] of rows) {
      const dept = departmentOf(kind, row);
      const day = rowDay(kind, row) ?? '';
      if (!dept) continue;
      const outcome =
        'path' in dept ? chart.resolvePath(dept.path, day) : chart.resolveName(dept.name, day);
      expect({ kind, dept, day, outcome }).toEqual({ kind, dept, day, outcome: 'resolved' });
    }
    const names = rows.map(([, row]) => row['rspnber_dept_nm'] ?? '');
    expect(names).toContain('기후환경본부 녹색에너지과');
    expect(names).toContain('기후환경본부 기후변화대응과');
    expect(isoDate(days[0] ?? 0)).toBe('2023-12-12');
  });
});
