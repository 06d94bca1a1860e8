// The broken organisation chart: part of the real chart, plus a cycle in upper_org_code, a rename
// to a code that does not exist and an unknown change type (rejected), and rows the hierarchy
// check reports but keeps (a child of the cycle, an unknown parent, a child outliving its parent).
import { orgChartRows } from '../org-chart.ts';
import { csvRecord } from '../encode.ts';
import type { ExportRow } from '../columns.ts';
import {
  assemble,
  bad,
  csvOf,
  type BadSample,
  type Entry,
  type ExpectedNotice,
} from './bad-assemble.ts';

const unit = (
  code: string,
  name: string,
  parent: string,
  level: number,
  validFrom: string,
  extra: Partial<Record<'valid_to' | 'change_type' | 'successor_codes', string>> = {},
): ExportRow => ({
  org_code: code,
  org_nm: name,
  upper_org_code: parent,
  org_level: String(level),
  org_type: level === 4 ? 'team' : 'division',
  valid_from: validFrom,
  valid_to: '',
  change_type: '',
  successor_codes: '',
  ...extra,
});

const raw = (row: ExportRow) => (): string => csvRecord(csvOf('org_chart', row));
const CYCLE = '6119100 → 6119120 → 6119110 → 6119100';
const cycleReject = (row: ExportRow): Entry =>
  bad(
    'upper_org_code',
    `cycle in the organisation hierarchy: ${CYCLE} (unit → upper_org_code)`,
    raw(row),
  );

export function badOrgChart(): BadSample {
  // The city, 기획조정실 and 기후환경본부 (with its 2024 merge) as the chart gives them.
  const good = orgChartRows().filter((r) => /^6110(000|1|4)/.test(r['org_code'] ?? ''));
  const entries: Entry[] = [
    ...good.map((row) => ({ row })),
    cycleReject(unit('6119100', '미래혁신단', '6119120', 3, '2024-01-01')),
    cycleReject(unit('6119110', '혁신기획팀', '6119100', 4, '2024-01-01')),
    { row: unit('6119111', '혁신홍보팀', '6119110', 4, '2024-01-01') },
    cycleReject(unit('6119120', '혁신사업팀', '6119110', 4, '2024-01-01')),
    bad(
      'successor_codes',
      'successor not in the organisation chart: 6119299',
      raw(
        unit('6119200', '스마트도시과', '6110400', 3, '2012-01-01', {
          valid_to: '2023-12-31',
          change_type: '개칭',
          successor_codes: '6119299',
        }),
      ),
    ),
    bad(
      'change_type',
      'unknown change type "이관" (expected 신설, 개칭, 명칭변경, 통합, 분할, 폐지)',
      raw(
        unit('6119210', '탄소중립과', '6110400', 3, '2012-01-01', {
          valid_to: '2023-12-31',
          change_type: '이관',
          successor_codes: '6110440',
        }),
      ),
    ),
    { row: unit('6119300', '도시외교담당관', '6119000', 3, '2012-01-01') },
    { row: unit('6110431', '태양광보급팀', '6110430', 4, '2012-01-01') },
  ];
  const lineOf = (code: string): number =>
    2 + entries.findIndex((e) => 'row' in e && e.row['org_code'] === code);
  const notices: ExpectedNotice[] = [
    {
      line: lineOf('6119111'),
      field: 'upper_org_code',
      message: 'parent unit 6119110 was rejected: the unit is kept, org:unitOf points at that code',
    },
    {
      line: lineOf('6119300'),
      field: 'upper_org_code',
      message:
        'parent unit 6119000 is not in the organisation chart: the unit is kept, org:unitOf points at that code',
    },
    {
      line: lineOf('6110431'),
      field: 'valid_to',
      message:
        'unit 6110431 is valid 2012-01-01 – (current), outside its parent 6110430 (2012-01-01 – 2023-12-31)',
    },
  ];
  const sample = assemble('org_chart', 'org_chart.csv', { format: 'csv' }, entries);
  return { ...sample, notices };
}
