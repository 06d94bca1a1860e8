// The units that file monthly expense reports: divisions, bureau heads and some teams, with their paths.
import { BUREAUS, ROOT_NAME, type StaffSeries } from './org-units.ts';
import { departments, isValidOn, orgUnits, type OrgUnit } from './org-chart.ts';

export interface ExpenseUnit {
  readonly unit: OrgUnit;
  /** `서울특별시`, then the unit's path: the `dept_nm_lvl_1…5` values (unused levels empty). */
  readonly levels: readonly string[];
  readonly series: StaffSeries;
  /** Topics its expense purposes mention. */
  readonly tasks: readonly string[];
  /** Report category: bureau heads spend on institution running, others on policies or upkeep. */
  readonly categories: readonly string[];
}

function buildExpenseUnits(): ExpenseUnit[] {
  const result: ExpenseUnit[] = [];
  const levels = (unit: OrgUnit): string[] => [ROOT_NAME, ...unit.path, '', '', '', ''].slice(0, 5);
  for (const bureau of BUREAUS) {
    const unit = orgUnits().find((candidate) => candidate.code === bureau.code);
    if (!unit || bureau.divisions.length === 0) continue;
    result.push({
      unit,
      levels: levels(unit),
      series: bureau.name === '소방재난본부' ? 'fire' : 'admin',
      tasks: bureau.divisions.flatMap((division) => division.tasks),
      categories: ['기관운영업무추진비'],
    });
  }
  for (const dept of departments()) {
    result.push({
      unit: dept.unit,
      levels: levels(dept.unit),
      series: dept.series,
      tasks: dept.tasks,
      categories: ['시책추진업무추진비', '시책추진업무추진비', '부서운영업무추진비'],
    });
    for (const team of dept.teams) {
      result.push({
        unit: team,
        levels: levels(team),
        series: dept.series,
        tasks: dept.tasks,
        categories: ['부서운영업무추진비'],
      });
    }
  }
  return result;
}

const EXPENSE_UNITS = buildExpenseUnits();

export function expenseUnits(): readonly ExpenseUnit[] {
  return EXPENSE_UNITS;
}

export function expenseUnitsOn(dayNum: number): ExpenseUnit[] {
  return EXPENSE_UNITS.filter((entry) => isValidOn(entry.unit, dayNum));
}
