// InitiativeDirectory: lookups by id, budget code, unit task (department and date) and department.
import { describe, expect, it } from 'vitest';
import { InitiativeDirectory } from '../../mappings/policy/initiative-directory.ts';
import { parseInitiative } from '../../mappings/policy/parse-initiative.ts';

const row = (fields: Record<string, string>) => parseInitiative(fields);
const FAMILY = '6110640';
const CHILDCARE_OLD = '6110620';
const CHILDCARE_NEW = '6110630';

// A policy owned by a stable division; its childcare programmes split by the reorganisation.
const directory = new InitiativeDirectory([
  row({
    id: 'POL-01',
    level: 'policy',
    name_ko: '아이 키우기 좋은 서울',
    dept_code: FAMILY,
    start_date: '2022-07-01',
    end_date: '2026-06-30',
    unit_tasks: '아동학대예방',
  }),
  row({
    id: 'PRG-01-1',
    parent_id: 'POL-01',
    level: 'programme',
    name_ko: '확충 1단계',
    dept_code: CHILDCARE_OLD,
    start_date: '2022-07-01',
    end_date: '2023-12-31',
    unit_tasks: '보육시설운영지원',
    policy_bsns_code: '1011',
  }),
  row({
    id: 'PRJ-01-1-1',
    parent_id: 'PRG-01-1',
    level: 'project',
    name_ko: '신규 설치',
    dept_code: CHILDCARE_OLD,
    unit_tasks: '보육시설운영지원',
    detail_bsns_code: '10110101;10110102',
  }),
  row({
    id: 'PRG-01-2',
    parent_id: 'POL-01',
    level: 'programme',
    name_ko: '확충 2단계',
    dept_code: CHILDCARE_NEW,
    start_date: '2024-01-01',
    end_date: '2026-06-30',
    unit_tasks: '보육시설운영지원',
  }),
  row({
    id: 'PRJ-01-2-1',
    parent_id: 'PRG-01-2',
    level: 'project',
    name_ko: '운영 지원',
    dept_code: CHILDCARE_NEW,
    start_date: '2024-01-01',
    end_date: '2026-06-30',
    unit_tasks: '보육시설운영지원',
    detail_bsns_code: '10120101',
  }),
  row({
    id: 'PRJ-01-2-2',
    parent_id: 'PRG-01-2',
    level: 'project',
    name_ko: '키즈카페',
    dept_code: CHILDCARE_NEW,
    start_date: '2024-03-01',
    end_date: '2026-06-30',
    unit_tasks: '보육시설운영지원',
    detail_bsns_code: '10120201',
  }),
  row({
    id: 'PRG-01-3',
    parent_id: 'POL-01',
    level: 'programme',
    name_ko: '아동학대 예방',
    dept_code: FAMILY,
    unit_tasks: '아동학대예방',
  }),
  row({
    id: 'PRJ-01-3-1',
    parent_id: 'PRG-01-3',
    level: 'project',
    name_ko: '통합 지원',
    dept_code: FAMILY,
    unit_tasks: '아동학대예방',
    detail_bsns_code: '10130101',
  }),
  row({
    id: 'POL-09',
    level: 'policy',
    name_ko: '다른 정책',
    dept_code: '6111210',
    unit_tasks: '문화예술진흥',
  }),
  row({
    id: 'PRJ-DUP',
    parent_id: 'PRG-X',
    level: 'project',
    name_ko: '중복 코드',
    dept_code: '6111210',
    detail_bsns_code: '10130101',
  }),
]);
const day = (iso: string) => {
  const [year, month, dayOfMonth] = iso.split('-').map(Number);
  return { year: year ?? 0, month: month ?? 0, day: dayOfMonth ?? 0 };
};

describe('InitiativeDirectory', () => {
  it('finds an initiative by its id, and says when there is none', () => {
    expect(directory.byIdentifier('PRG-01-2')).toMatchObject({
      status: 'resolved',
      initiative: { id: 'PRG-01-2', level: 'programme' },
    });
    expect(directory.byIdentifier('PRG-77')).toEqual({
      status: 'unresolved',
      reason: 'no policy, programme or project "PRG-77"',
    });
  });

  it('finds a project by any of its detail codes and a programme by its programme code', () => {
    expect(directory.byBudgetCode('10110102')).toMatchObject({ initiative: { id: 'PRJ-01-1-1' } });
    expect(directory.byBudgetCode('1011')).toMatchObject({ initiative: { id: 'PRG-01-1' } });
    expect(directory.byBudgetCode('999')).toMatchObject({ status: 'unresolved' });
    expect(directory.byBudgetCode('10130101')).toEqual({
      status: 'ambiguous',
      reason: 'budget code 10130101 is given to 2 initiatives (PRJ-01-3-1, PRJ-DUP)',
      candidates: [
        { id: 'PRJ-01-3-1', level: 'project' },
        { id: 'PRJ-DUP', level: 'project' },
      ],
    });
  });

  it('resolves a unit task through the department valid on the date (before and after the reorganisation)', () => {
    const task = '보육시설운영지원';
    expect(directory.byUnitTask(task, CHILDCARE_OLD, day('2023-12-20'))).toMatchObject({
      status: 'resolved',
      initiative: { id: 'PRJ-01-1-1' },
    });
    expect(directory.byUnitTask(task, CHILDCARE_NEW, day('2024-01-15'))).toMatchObject({
      status: 'resolved',
      initiative: { id: 'PRJ-01-2-1' },
    });
    expect(directory.byUnitTask(task, CHILDCARE_OLD, day('2024-01-15'))).toEqual({
      status: 'unresolved',
      reason: `no initiative of department ${CHILDCARE_OLD} covers unit task "${task}" on 2024-01-15`,
    });
  });

  it('links several covering projects to the programme that holds them all, saying so', () => {
    const r = directory.byUnitTask('보육시설운영지원', CHILDCARE_NEW, day('2024-06-01'));
    expect(r).toEqual({
      status: 'resolved',
      initiative: { id: 'PRG-01-2', level: 'programme' },
      candidates: [
        { id: 'PRJ-01-2-1', level: 'project' },
        { id: 'PRJ-01-2-2', level: 'project' },
      ],
      note: '2 initiatives match (PRJ-01-2-1, PRJ-01-2-2); linked to PRG-01-2, which holds them all',
    });
  });

  it('reads a task card with a prefix and stray spaces as its unit task', () => {
    expect(directory.byUnitTask(' [500] 아동학대예방 ', FAMILY, day('2024-06-01'))).toMatchObject({
      initiative: { id: 'PRJ-01-3-1' },
    });
  });

  it('prefers the most specific initiative when a policy and its project cover the same task', () => {
    expect(directory.byUnitTask('아동학대예방', FAMILY, day('2024-06-01'))).toMatchObject({
      initiative: { id: 'PRJ-01-3-1', level: 'project' },
    });
  });

  it('resolves a department to the nearest initiative holding everything it owns', () => {
    expect(directory.byDepartment(FAMILY)).toMatchObject({ initiative: { id: 'POL-01' } });
    expect(directory.byDepartment(CHILDCARE_OLD, day('2023-01-02'))).toMatchObject({
      initiative: { id: 'PRG-01-1' },
    });
    expect(directory.byDepartment('6111210')).toMatchObject({
      status: 'ambiguous',
      reason: '2 initiatives of different policies match (POL-09, PRJ-DUP)',
    });
    expect(directory.byDepartment('6110110')).toEqual({
      status: 'unresolved',
      reason: 'department 6110110 owns no initiative',
    });
  });

  it('resolves several departments together (a bureau through its divisions), or says they differ', () => {
    expect(directory.byDepartments([CHILDCARE_OLD, CHILDCARE_NEW, FAMILY])).toMatchObject({
      status: 'resolved',
      initiative: { id: 'POL-01' },
    });
    expect(directory.byDepartments([FAMILY, '6111210'])).toMatchObject({ status: 'ambiguous' });
    expect(directory.byDepartments(['6110110', '6110120'], day('2024-01-01'))).toEqual({
      status: 'unresolved',
      reason: 'departments 6110110, 6110120 own no initiative on 2024-01-01',
    });
  });
});
