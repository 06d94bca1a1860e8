// The organisation chart as units, departments and name paths, derived once from the unit table.
import { dayFromIso } from './calendar.ts';
import {
  BASELINE_VALID_FROM,
  BUREAUS,
  ROOT_CODE,
  ROOT_NAME,
  REORGANISATION_DAY,
  ROOT_VALID_FROM,
  type StaffSeries,
} from './org-units.ts';

export type OrgType =
  'municipality' | 'bureau' | 'division' | 'team' | 'field-office' | 'committee';

export interface OrgUnit {
  readonly code: string;
  readonly name: string;
  readonly parentCode: string;
  readonly level: 1 | 2 | 3 | 4;
  readonly type: OrgType;
  readonly validFrom: string;
  /** Empty when the unit is current. */
  readonly validTo: string;
  /** org_chart `change_type` as the export writes it (개칭, 통합 …); empty when none. */
  readonly changeType: string;
  /** org_chart `successor_codes`: `;`-separated codes of the units that took over. */
  readonly successorCodes: string;
  /** Names from the level-2 unit down to this one (the root is implied). */
  readonly path: readonly string[];
}

/** A unit that produces documents, disclosures and expense reports: a division or a lone office. */
export interface Department {
  readonly unit: OrgUnit;
  /** How the lists name it: `기후환경본부 대기정책과`, or `서울기록원`. */
  readonly displayName: string;
  readonly taxonomy: string;
  readonly tasks: readonly string[];
  readonly series: StaffSeries;
  readonly teams: readonly OrgUnit[];
  readonly index: number;
}

/** A team name deliberately used under two bureaus (bare in info_list: ambiguous). */
export const AMBIGUOUS_TEAM_NAME = '기획팀';
/** A task force that info_list names but the chart does not know (reported, not dropped). */
export const UNKNOWN_DEPARTMENT_NAME = '도시외교추진단';

function buildChart(): { units: OrgUnit[]; departments: Department[] } {
  const root: OrgUnit = {
    code: ROOT_CODE,
    name: ROOT_NAME,
    parentCode: '',
    level: 1,
    type: 'municipality',
    validFrom: ROOT_VALID_FROM,
    validTo: '',
    changeType: '',
    successorCodes: '',
    path: [],
  };
  const units: OrgUnit[] = [root];
  const departments: Department[] = [];
  for (const bureau of BUREAUS) {
    const top: OrgUnit = {
      code: bureau.code,
      name: bureau.name,
      parentCode: ROOT_CODE,
      level: 2,
      type: bureau.type,
      validFrom: BASELINE_VALID_FROM,
      validTo: '',
      changeType: '',
      successorCodes: '',
      path: [bureau.name],
    };
    units.push(top);
    if (bureau.producer) {
      const { taxonomy, tasks, series } = bureau.producer;
      const index = departments.length;
      departments.push({
        unit: top,
        displayName: top.name,
        taxonomy,
        tasks,
        series,
        teams: [],
        index,
      });
    }
    for (const division of bureau.divisions) {
      const unit: OrgUnit = {
        code: division.code,
        name: division.name,
        parentCode: bureau.code,
        level: 3,
        type: 'division',
        validFrom: division.validFrom ?? BASELINE_VALID_FROM,
        validTo: division.validTo ?? '',
        changeType: division.change?.type ?? '',
        successorCodes: division.change?.successors ?? '',
        path: [bureau.name, division.name],
      };
      const teams = (division.teams ?? []).map((name, i): OrgUnit => ({
        ...unit,
        code: String(Number(division.code) + i + 1),
        name,
        parentCode: division.code,
        level: 4,
        type: 'team',
        changeType: '',
        successorCodes: '',
        path: [...unit.path, name],
      }));
      units.push(unit, ...teams);
      departments.push({
        unit,
        displayName: unit.path.join(' '),
        taxonomy: division.taxonomy,
        tasks: division.tasks,
        series: division.series,
        teams,
        index: departments.length,
      });
    }
    for (const former of bureau.formerDivisions ?? []) {
      units.push({
        code: former.code,
        name: former.name,
        parentCode: bureau.code,
        level: 3,
        type: 'division',
        validFrom: former.validFrom ?? BASELINE_VALID_FROM,
        validTo: former.validTo,
        changeType: former.change?.type ?? '',
        successorCodes: former.change?.successors ?? '',
        path: [bureau.name, former.name],
      });
    }
  }
  return { units, departments };
}

const CHART = buildChart();

export function orgUnits(): readonly OrgUnit[] {
  return CHART.units;
}

export function departments(): readonly Department[] {
  return CHART.departments;
}

/** Whether a unit existed on a day (validity bounds inclusive). */
export function isValidOn(unit: OrgUnit, dayNum: number): boolean {
  return (
    dayFromIso(unit.validFrom) <= dayNum &&
    (unit.validTo === '' || dayNum <= dayFromIso(unit.validTo))
  );
}

const byEra = new Map<boolean, readonly Department[]>();

/** The departments that existed on a day (the chart changes only at the reorganisation). */
export function departmentsOn(dayNum: number): readonly Department[] {
  const afterReorganisation = dayNum >= dayFromIso(REORGANISATION_DAY);
  let cached = byEra.get(afterReorganisation);
  if (!cached) {
    cached = CHART.departments.filter((dept) => isValidOn(dept.unit, dayNum));
    byEra.set(afterReorganisation, cached);
  }
  return cached;
}

/** The chart as Plaza's org_chart.csv rows. */
export function orgChartRows(): Record<string, string>[] {
  return CHART.units.map((unit) => ({
    org_code: unit.code,
    org_nm: unit.name,
    upper_org_code: unit.parentCode,
    org_level: String(unit.level),
    org_type: unit.type,
    valid_from: unit.validFrom,
    valid_to: unit.validTo,
    change_type: unit.changeType,
    successor_codes: unit.successorCodes,
  }));
}
