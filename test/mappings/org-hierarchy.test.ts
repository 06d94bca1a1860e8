// The organisation chart's row-level change rules and its file-level hierarchy checks: cycles,
// unknown parents and successors, conflicting changes, children valid outside their parents.
import { describe, expect, it } from 'vitest';
import { MAPPINGS } from '../../mappings/index.ts';
import { RowError, type FileRow } from '../../mappings/mapping.ts';
import { OrgDirectory, type OrgUnit } from '../../mappings/org/directory.ts';
import { checkHierarchy } from '../../mappings/org/hierarchy.ts';

const mapping = MAPPINGS.org_chart;

/** A chart file as CSV-like rows (header on line 1): code, name, parent, level, from, to, change. */
function rows(table: string[][]): FileRow<OrgUnit>[] {
  return table.map(([code, name, parent, level, from, to, type, successors], i) => ({
    line: i + 2,
    record: mapping.parse({
      org_code: code ?? '',
      org_nm: name ?? '',
      upper_org_code: parent ?? '',
      org_level: level ?? '',
      org_type: level === '1' ? 'municipality' : 'division',
      valid_from: from ?? '',
      valid_to: to ?? '',
      change_type: type ?? '',
      successor_codes: successors ?? '',
    }).record as OrgUnit,
  }));
}

function rowErrors(fields: Record<string, string>): string[] {
  const base = {
    org_code: '6110430',
    org_nm: '녹색에너지과',
    upper_org_code: '6110400',
    org_level: '3',
    org_type: 'division',
    valid_from: '2012-01-01',
    valid_to: '2023-12-31',
  };
  try {
    mapping.parse({ ...base, ...fields });
    return [];
  } catch (error) {
    if (error instanceof RowError) return error.errors.map((e) => `${e.field}: ${e.message}`);
    throw error;
  }
}

const EMPTY = new OrgDirectory([]);

describe('org_chart change columns (per row)', () => {
  it('accepts each change type with the successors it implies', () => {
    expect(rowErrors({ change_type: '개칭', successor_codes: '6110440' })).toEqual([]);
    expect(rowErrors({ change_type: '명칭변경', successor_codes: '6110440' })).toEqual([]);
    expect(rowErrors({ change_type: '분할', successor_codes: '6110440; 6110450' })).toEqual([]);
    expect(rowErrors({ change_type: '폐지', successor_codes: '' })).toEqual([]);
    expect(rowErrors({ change_type: '신설', valid_to: '' })).toEqual([]);
    expect(rowErrors({})).toEqual([]);
  });

  it('rejects change types and successors that do not fit together', () => {
    expect(rowErrors({ change_type: '이관', successor_codes: '6110440' })).toEqual([
      'change_type: unknown change type "이관" (expected 신설, 개칭, 명칭변경, 통합, 분할, 폐지)',
    ]);
    expect(rowErrors({ successor_codes: '6110440' })).toEqual([
      'successor_codes: successors are given without a change_type',
    ]);
    expect(rowErrors({ change_type: '통합', successor_codes: '6110440;6110450' })).toEqual([
      'successor_codes: a merged unit names exactly one successor (got 2)',
    ]);
    expect(rowErrors({ change_type: '분할', successor_codes: '6110440' })).toEqual([
      'successor_codes: a split unit names at least two successors (got 1)',
    ]);
    expect(rowErrors({ change_type: '개칭', successor_codes: '6110430' })).toEqual([
      'successor_codes: a unit cannot succeed itself',
    ]);
    expect(rowErrors({ change_type: '폐지', successor_codes: '6110440', valid_to: '' })).toEqual([
      'successor_codes: an abolished unit names no successor (got 1)',
      'valid_to: an abolished unit states valid_to (its last day)',
    ]);
    expect(rowErrors({ change_type: '분할', successor_codes: '6110440;6110440' })).toEqual([
      'successor_codes: successor 6110440 is listed twice',
    ]);
  });
});

describe('org_chart hierarchy (per file)', () => {
  const chart = [
    ['6110000', '서울특별시', '', '1', '1949-08-15'],
    ['6110400', '기후환경본부', '6110000', '2', '2012-01-01'],
    ['6110430', '녹색에너지과', '6110400', '3', '2012-01-01', '2023-12-31', '통합', '6110440'],
    ['6110460', '에너지시민협력과', '6110400', '3', '2012-01-01', '2023-12-31', '통합', '6110440'],
    ['6110440', '기후변화대응과', '6110400', '3', '2024-01-01'],
  ];

  it('finds nothing to say about a consistent chart', () => {
    expect(checkHierarchy(rows(chart), EMPTY)).toEqual({ rejects: [], notices: [] });
  });

  it('rejects exactly the rows on a cycle, naming it; a child of the cycle is kept and reported', () => {
    const found = checkHierarchy(
      rows([
        ...chart,
        ['6110900', '주택정책실', '6110920', '2', '2012-01-01'],
        ['6110910', '주택정책과', '6110900', '3', '2012-01-01'],
        ['6110920', '건축기획과', '6110910', '3', '2012-01-01'],
        ['6110921', '건축허가팀', '6110920', '4', '2012-01-01'],
        ['6110999', '자기참조과', '6110999', '3', '2012-01-01'],
      ]),
      EMPTY,
    );
    const cycle =
      'cycle in the organisation hierarchy: 6110900 → 6110920 → 6110910 → 6110900 (unit → upper_org_code)';
    expect(found.rejects).toEqual([
      { line: 7, field: 'upper_org_code', reason: cycle },
      { line: 8, field: 'upper_org_code', reason: cycle },
      { line: 9, field: 'upper_org_code', reason: cycle },
      {
        line: 11,
        field: 'upper_org_code',
        reason: 'cycle in the organisation hierarchy: 6110999 → 6110999 (unit → upper_org_code)',
      },
    ]);
    expect(found.notices).toEqual([
      {
        line: 10,
        field: 'upper_org_code',
        message:
          'parent unit 6110920 was rejected: the unit is kept, org:unitOf points at that code',
      },
    ]);
  });

  it('reports (keeps) a parent that is nowhere in the chart; one ingested before is fine', () => {
    const orphan = rows([['6111900', '도시외교과', '6111800', '3', '2012-01-01']]);
    expect(checkHierarchy(orphan, EMPTY)).toEqual({
      rejects: [],
      notices: [
        {
          line: 2,
          field: 'upper_org_code',
          message:
            'parent unit 6111800 is not in the organisation chart: the unit is kept, org:unitOf points at that code',
        },
      ],
    });
    const known = new OrgDirectory([
      { code: '6111800', name: '서울기록원', level: 2, type: 'field-office' },
    ]);
    expect(checkHierarchy(orphan, known)).toEqual({ rejects: [], notices: [] });
  });

  it('rejects a successor code that does not exist', () => {
    const found = checkHierarchy(
      rows([
        ...chart,
        [
          '6110450',
          '자원순환과',
          '6110400',
          '3',
          '2012-01-01',
          '2023-12-31',
          '분할',
          '6110451;6110452',
        ],
      ]),
      new OrgDirectory([{ code: '6110451', name: '자원회수과', level: 3, type: 'division' }]),
    );
    expect(found.rejects).toEqual([
      {
        line: 7,
        field: 'successor_codes',
        reason: 'successor not in the organisation chart: 6110452',
      },
    ]);
  });

  it('rejects a rename into a unit that others are merged into, and a merge result called 신설', () => {
    const found = checkHierarchy(
      rows([
        ...chart.slice(0, 4),
        ['6110440', '기후변화대응과', '6110400', '3', '2024-01-01', '', '신설'],
        ['6110470', '탄소중립과', '6110400', '3', '2012-01-01', '2023-12-31', '개칭', '6110440'],
      ]),
      EMPTY,
    );
    expect(found.rejects).toEqual([
      {
        line: 6,
        field: 'change_type',
        reason: 'change 6110440-2024-01-01 is stated as merged on line 4 and as established here',
      },
      {
        line: 7,
        field: 'change_type',
        reason:
          '6110440 on 2024-01-01 takes over 3 units (6110430, 6110460, 6110470): a merge (통합), not a rename',
      },
    ]);
  });

  it('reports a child valid outside its parent', () => {
    const found = checkHierarchy(
      rows([
        ...chart,
        ['6110441', '기후적응팀', '6110440', '4', '2023-07-01'],
        ['6110431', '태양광팀', '6110430', '4', '2012-01-01'],
      ]),
      EMPTY,
    );
    expect(found.rejects).toEqual([]);
    expect(found.notices).toEqual([
      {
        line: 7,
        field: 'valid_from',
        message:
          'unit 6110441 is valid 2023-07-01 – (current), outside its parent 6110440 (2024-01-01 – (current))',
      },
      {
        line: 8,
        field: 'valid_to',
        message:
          'unit 6110431 is valid 2012-01-01 – (current), outside its parent 6110430 (2012-01-01 – 2023-12-31)',
      },
    ]);
  });
});
