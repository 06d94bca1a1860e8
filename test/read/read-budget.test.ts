// budget_list exports: the phase stated by the file name or the envelope head, the envelope's
// record count checked against its rows, and recognition by name or columns.
import { describe, expect, it } from 'vitest';
import { budgetFixture, readAll, readFailure, scratchDirectory } from './harness.ts';

const scratch = scratchDirectory();
const csv = budgetFixture('2024_supplementary-1_budget_list.csv');
const json = budgetFixture('2024_supplementary-1_budget_list.json');

const ROW = {
  accnut_year: '2024',
  accnut_se_code: '100',
  accnut_se_nm: '일반회계',
  realm_code: '070',
  sect_code: '073',
  dept_code: '6110201',
  detail_bsns_code: 'D2024-0731',
  detail_bsns_nm: '저공해 조치 지원',
  budget_crntam: '1000',
};

function envelope(head: object[], rows: object[]): string {
  return JSON.stringify({ BudgetExpenditureList: [{ head }, { row: rows }] });
}

describe('reading a budget_list export', () => {
  it('adds the phase the file name states to every CSV row', async () => {
    const { records, rejects } = await readAll(csv);
    expect(rejects).toEqual([]);
    expect(records.map((r) => [r.kind, r.line, r.fields['budget_phase']])).toEqual([
      ['budget_list', 2, 'supplementary-1'],
      ['budget_list', 3, 'supplementary-1'],
    ]);
  });

  it('reads the envelope rows with the phase from its head, in Korean or as notation', async () => {
    const { records, rejects } = await readAll(json);
    expect(rejects).toEqual([]);
    expect(
      records.map((r) => [r.line, r.fields['budget_phase'], r.fields['budget_crntam']]),
    ).toEqual([
      [1, 'supplementary-1', '4250000000'],
      [2, 'supplementary-1', '24000000'],
    ]);
    expect(records[1]?.fields['nxndr']).toBe('');
  });

  it('takes the phase from the head when the file name has none', async () => {
    const path = await scratch(
      'seoul_budget_list.json',
      envelope([{ list_total_count: 1 }, { budget_phase: 'settlement' }], [ROW]),
    );
    const { records } = await readAll(path);
    expect(records[0]?.fields['budget_phase']).toBe('settlement');
  });

  it('reports an envelope whose count disagrees with its rows, and still reads the rows', async () => {
    const path = await scratch(
      '2023_original_budget_list.json',
      envelope([{ list_total_count: 3 }], [ROW, { ...ROW, detail_bsns_code: 'D2' }]),
    );
    const { records, rejects } = await readAll(path);
    expect(records).toHaveLength(2);
    expect(rejects).toEqual([
      {
        file: '2023_original_budget_list.json',
        line: 0,
        field: 'list_total_count',
        reason: 'envelope head declares 3 records but the file holds 2 (the 2 were read)',
      },
    ]);
  });

  it('reports a list_total_count that is not a count', async () => {
    const path = await scratch(
      '2023_settlement_budget_list.json',
      envelope([{ list_total_count: 'many' }], [ROW]),
    );
    const { rejects } = await readAll(path);
    expect(rejects).toEqual([expect.objectContaining({ line: 0, field: 'list_total_count' })]);
  });

  it('refuses a file that states no phase, or two different ones', async () => {
    const none = await scratch('budget_list.csv', 'accnut_year,detail_bsns_code\n2024,D1\n');
    expect((await readFailure(none)).reason).toMatch(/^budget phase not stated/);
    const both = await scratch(
      '2024_original_budget_list.json',
      envelope([{ list_total_count: 1 }, { budget_phase: '결산' }], [ROW]),
    );
    const error = await readFailure(both);
    expect(error.reason).toBe(
      'the file name says budget phase original but the envelope head says settlement',
    );
    expect(error.field).toBe('budget_phase');
  });

  it('refuses an unknown phase in the file name', async () => {
    const path = await scratch('2024_draft-2_budget_list.csv', 'accnut_year\n2024\n');
    // `draft-2` is no phase: the name states none, so the file says nothing about its phase
    expect((await readFailure(path)).reason).toMatch(/^budget phase not stated/);
    const bad = await scratch(
      'x_budget_list.json',
      envelope([{ list_total_count: 1 }, { budget_phase: '가예산' }], [ROW]),
    );
    expect((await readFailure(bad)).reason).toMatch(
      /^envelope head: unknown budget phase "가예산"/,
    );
  });

  it('lets a budget_phase column state the phase row by row', async () => {
    const path = await scratch(
      'export.csv',
      'accnut_year,detail_bsns_code,budget_phase\n2024,D1,original\n2024,D1,supplementary-2\n',
    );
    const { records } = await readAll(path);
    expect(records.map((r) => [r.kind, r.fields['budget_phase']])).toEqual([
      ['budget_list', 'original'],
      ['budget_list', 'supplementary-2'],
    ]);
  });
});
