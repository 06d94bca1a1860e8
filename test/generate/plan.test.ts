// The run plan: exact row spreading, weekly/monthly file ranges, the 50,000-row limit, big runs.
import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../../src/generate/calendar.ts';
import { planExports } from '../../src/generate/index.ts';
import {
  fileStem,
  MAX_ROWS_PER_FILE,
  planFiles,
  planWindow,
  spreadOverDays,
} from '../../src/generate/plan.ts';

describe('spreadOverDays', () => {
  it('spreads exactly the total, weekends lighter', () => {
    const window = { firstDay: dayFromIso('2024-01-01'), lastDay: dayFromIso('2024-01-14') };
    const days = spreadOverDays(1000, window, 0.12);
    expect(days.reduce((sum, d) => sum + d.count, 0)).toBe(1000);
    expect(days[5]?.count).toBeLessThan(days[4]?.count ?? 0);
  });
});

describe('planFiles', () => {
  it('cuts info_list into Monday–Sunday weeks', () => {
    const window = { firstDay: dayFromIso('2024-01-01'), lastDay: dayFromIso('2024-01-21') };
    const files = planFiles('info_list', spreadOverDays(300, window, 0.12));
    expect(files.map(fileStem)).toEqual([
      '20240101_20240107_info_list',
      '20240108_20240114_info_list',
      '20240115_20240121_info_list',
    ]);
  });

  it('names whole months for the monthly kinds', () => {
    const window = { firstDay: dayFromIso('2024-01-15'), lastDay: dayFromIso('2024-02-10') };
    const files = planFiles('expense_list', spreadOverDays(100, window, 0.3));
    expect(files.map(fileStem)).toEqual([
      '20240101_20240131_expense_list',
      '20240201_20240229_expense_list',
    ]);
  });

  it('splits a week over the row limit at day boundaries, into contiguous ranges', () => {
    const monday = dayFromIso('2024-01-01');
    const days = Array.from({ length: 7 }, (_, i) => ({ day: monday + i, count: 20_000 }));
    const files = planFiles('info_list', days);
    expect(files.map((f) => f.rows)).toEqual([40_000, 40_000, 40_000, 20_000]);
    expect(files.map(fileStem)).toEqual([
      '20240101_20240102_info_list',
      '20240103_20240104_info_list',
      '20240105_20240106_info_list',
      '20240107_20240107_info_list',
    ]);
  });
});

describe('planExports', () => {
  it('plans a million documents in files of at most 50,000 rows, counts exact', () => {
    const files = planExports({ records: 1_000_000 });
    expect(Math.max(...files.map((f) => f.rows))).toBeLessThanOrEqual(MAX_ROWS_PER_FILE);
    const total = (kind: string): number =>
      files.filter((f) => f.kind === kind).reduce((sum, f) => sum + f.rows, 0);
    expect([
      total('info_list'),
      total('public_list'),
      total('research_list'),
      total('expense_list'),
    ]).toEqual([1_000_000, 400_000, 200_000, 600_000]);
    expect(new Set(files.map(fileStem)).size).toBe(files.length);
  });

  it('keeps expense months under the limit for ten million documents, and refuses far more', () => {
    const months = planExports({ records: 10_000_000, kinds: ['expense_list'] });
    expect(Math.max(...months.map((f) => f.rows))).toBeLessThanOrEqual(MAX_ROWS_PER_FILE);
    expect(() => planWindow(50_000_000)).toThrow(RangeError);
    expect(() => planExports({ records: -1 })).toThrow(RangeError);
  });
});
