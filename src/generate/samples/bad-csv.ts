// The broken CSV exports: info_list and expense_list rows with wrong field counts and bad values.
import { dayFromIso } from '../calendar.ts';
import { COLUMNS } from '../columns.ts';
import { csvRecord } from '../encode.ts';
import type { RowSources } from '../render.ts';
import { assemble, bad, csvOf, insertAt, type BadSample, type Entry } from './bad-assemble.ts';

export function badInfoList(sources: RowSources): BadSample {
  const day = dayFromIso('2024-02-05');
  const rows = Array.from({ length: 16 }, (_, i) => sources.approval.row(day + (i % 5)));
  const [a, b, c, d, e] = rows.splice(0, 5).map((row) => csvOf('info_list', row));
  const title = 3;
  return assemble(
    'info_list',
    '20240205_20240211_info_list.csv',
    { format: 'csv' },
    insertAt(rows, {
      2: bad('', '12 fields where the header has 11 (unquoted comma in the title)', () =>
        csvRecord([
          ...(a ?? []).slice(0, title),
          '2024년 상반기 직원 교육',
          ' 훈련 계획 보고',
          ...(a ?? []).slice(title + 1),
        ]),
      ),
      4: bad('doc_prdctn_dt', 'unparseable date "20241399" (month 13, day 99)', () =>
        csvRecord((b ?? []).map((v, i) => (i === 1 ? '20241399' : v))),
      ),
      6: bad('othbc_se', 'unknown disclosure grade "일부공개"', () =>
        csvRecord((c ?? []).map((v, i) => (i === 8 ? '일부공개' : v))),
      ),
      8: bad('package_id', 'missing key: package_id is empty', () =>
        csvRecord((d ?? []).map((v, i) => (i === 0 ? '' : v))),
      ),
      10: bad('', '10 fields where the header has 11 (row cut short)', () =>
        csvRecord((e ?? []).slice(0, 10)),
      ),
    }),
  );
}

export function badExpenseList(sources: RowSources): BadSample {
  const first = dayFromIso('2024-04-01');
  const units = sources.expense.unitsFor(first, 2);
  const rows = units.flatMap((unit) => sources.expense.report(unit, first, first + 29, 7, 0));
  const line = (at: number, column: string, value: string): string[] =>
    csvOf('expense_list', rows[at] ?? {}).map((v, i) =>
      COLUMNS.expense_list[i] === column ? value : v,
    );
  const loc = COLUMNS.expense_list.indexOf('exec_loc');
  const split = csvOf('expense_list', rows[2] ?? {});
  split.splice(loc, 1, '다동칼국수(중구 다동길 24)', ' 2층');
  const broken: Record<number, Entry> = {
    2: bad(
      '',
      '21 fields where the header has 20 (unquoted comma in exec_loc)',
      () => split.join(',') + '\r\n',
    ),
    5: bad('exec_dt', 'unparseable date-time "20241399" (expected YYYY-MM-DD hh:mm)', () =>
      csvRecord(line(5, 'exec_dt', '20241399')),
    ),
    9: bad('exec_amount', 'amount "미정" is not a number of won', () =>
      csvRecord(line(9, 'exec_amount', '미정')),
    ),
    11: bad('nid', 'missing key: nid is empty', () => csvRecord(line(11, 'nid', ''))),
  };
  const entries: Entry[] = rows.map((row, i) => broken[i] ?? { row });
  return assemble(
    'expense_list',
    '20240401_20240430_expense_list.csv',
    { format: 'csv', bom: true },
    entries,
  );
}
