// The city spine's initiatives and the look-ups the generators use to draw on them.
import { buildPolicy } from './build.ts';
import { POLICIES_CITY } from './policies-city.ts';
import { POLICIES_PEOPLE } from './policies-people.ts';
import type { BudgetCode, CityInitiative, InitiativeLevel } from './types.ts';

const INITIATIVES: readonly CityInitiative[] = [...POLICIES_PEOPLE, ...POLICIES_CITY].flatMap(
  buildPolicy,
);
const BY_ID = new Map(INITIATIVES.map((i) => [i.id, i]));

/** Every policy, programme and project, each policy followed by its programmes and their projects. */
export function cityInitiatives(): readonly CityInitiative[] {
  return INITIATIVES;
}

export function cityInitiativesAt(level: InitiativeLevel): readonly CityInitiative[] {
  return INITIATIVES.filter((i) => i.level === level);
}

export function cityInitiative(id: string): CityInitiative | undefined {
  return BY_ID.get(id);
}

export function childrenOf(id: string): readonly CityInitiative[] {
  return INITIATIVES.filter((i) => i.parentId === id);
}

/** Whether an ISO date (`YYYY-MM-DD`; ISO strings compare in date order) falls in the period. */
export function isActiveOn(initiative: CityInitiative, isoDate: string): boolean {
  return initiative.period.from <= isoDate && isoDate <= initiative.period.to;
}

/** Whether the initiative runs for at least part of a fiscal (calendar) year. */
export function isActiveInYear(initiative: CityInitiative, year: number): boolean {
  return initiative.period.from <= `${year}-12-31` && `${year}-01-01` <= initiative.period.to;
}

/** The projects a department's document on a unit task belongs to on a day (usually one). */
export function projectsCovering(
  deptCode: string,
  unitTask: string,
  isoDate: string,
): readonly CityInitiative[] {
  return INITIATIVES.filter(
    (i) =>
      i.level === 'project' &&
      i.deptCode === deptCode &&
      i.unitTasks.includes(unitTask) &&
      isActiveOn(i, isoDate),
  );
}

/** Every detail project (세부사업) of the budget with the project it funds. */
export function cityBudgetCodes(): readonly {
  readonly projectId: string;
  readonly code: BudgetCode;
}[] {
  return INITIATIVES.flatMap((i) => i.budget.map((code) => ({ projectId: i.id, code })));
}
