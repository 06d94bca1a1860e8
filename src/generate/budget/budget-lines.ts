// Budget lines (budget_list rows) of one fiscal year × phase, drawn from the city spine: every
// active project's detail projects in its department, plus each department's running costs and
// business-expense (업무추진비) lines, which the expense reports execute.
import { cityInitiative, cityInitiativesAt, isActiveInYear } from '../city/index.ts';
import type { BudgetCode, CityInitiative } from '../city/index.ts';
import { dayNumber } from '../calendar.ts';
import { departmentsOn, orgUnits, isValidOn, type OrgUnit } from '../org-chart.ts';
import { BUREAUS } from '../org-units.ts';
import { Rng, seedFor } from '../prng.ts';
import { BUDGET_FUNCTION_NAMES } from './function-names.ts';

export type BudgetPhaseNotation = 'original' | 'supplementary-1' | 'settlement';
export type BudgetRow = Record<string, string>;

/** The running-cost programme every department has (정책사업 `9000` 행정운영경비). */
const RUNNING_PROGRAMME = { code: '9000', name: '행정운영경비' };
const GENERAL = { code: '100', nameKo: '일반회계' };
/** The business-expense budget items; an expense report's category names one of them. */
export const EXPENSE_ITEMS = {
  division: ['부서운영업무추진비', '시책추진업무추진비'],
  bureau: ['기관운영업무추진비'],
} as const;

/** The date the figures stand at: none before execution, mid-year, or year end. */
const AS_OF: Readonly<Record<BudgetPhaseNotation, string>> = {
  original: '',
  'supplementary-1': '0630',
  settlement: '1231',
};
const PHASE_DAY: Readonly<Record<BudgetPhaseNotation, [number, number]>> = {
  original: [1, 1],
  'supplementary-1': [6, 30],
  settlement: [12, 31],
};

interface LineSpec {
  readonly realm: string;
  readonly sect: string;
  readonly account: { readonly code: string; readonly nameKo: string };
  readonly dept: OrgUnit | undefined;
  readonly deptCode: string;
  readonly programme: { readonly code: string; readonly name: string };
  readonly unit: { readonly code: string; readonly name: string };
  readonly detail: { readonly code: string; readonly name: string };
  /** Order of magnitude of the organised amount, in won. */
  readonly scale: number;
}

const units = new Map(orgUnits().map((u) => [u.code, u]));
const thousands = (won: number): number => Math.round(won / 1000) * 1000;

/** The amounts of a line in a phase; the same line keeps its base amount across phases. */
function amounts(spec: LineSpec, year: number, phase: BudgetPhaseNotation): BudgetRow {
  const base = new Rng(seedFor(year, `budget:${spec.deptCode}:${spec.detail.code}`));
  const organisedOriginal = thousands(spec.scale * (0.4 + base.float() * 1.6));
  const nationalRate = spec.realm === '080' || spec.realm === '090' ? base.float() * 0.5 : 0;
  const revision = 1 + (base.float() - 0.3) * 0.3;
  const transfer = base.chance(0.3) ? thousands(organisedOriginal * (base.float() - 0.6) * 0.1) : 0;
  const organised =
    phase === 'original' ? organisedOriginal : thousands(organisedOriginal * revision);
  const other = phase === 'original' ? 0 : transfer;
  const current = organised + other;
  const national = thousands(organised * nationalRate);
  const executedRate =
    phase === 'settlement' ? 0.82 + base.float() * 0.17 : 0.35 + base.float() * 0.2;
  return {
    budget_crntam: String(current),
    nxndr: national > 0 ? String(national) : '',
    cty: String(organised - national),
    signgunon: '',
    etc_crntam: other !== 0 ? String(other) : '',
    expndtram: phase === 'original' ? '' : String(thousands(current * executedRate)),
    orgnztnam: String(organised),
    excut_de: AS_OF[phase] === '' ? '' : `${year}${AS_OF[phase]}`,
  };
}

function row(spec: LineSpec, year: number, phase: BudgetPhaseNotation): BudgetRow {
  return {
    accnut_year: String(year),
    accnut_se_code: spec.account.code,
    accnut_se_nm: spec.account.nameKo,
    realm_code: spec.realm,
    realm_nm: BUDGET_FUNCTION_NAMES[spec.realm] ?? '',
    sect_code: spec.sect,
    sect_nm: BUDGET_FUNCTION_NAMES[spec.sect] ?? '',
    dept_code: spec.deptCode,
    dept_nm: spec.dept?.name ?? '',
    plcy_bsns_code: spec.programme.code,
    plcy_bsns_nm: spec.programme.name,
    unit_bsns_code: spec.unit.code,
    unit_bsns_nm: spec.unit.name,
    detail_bsns_code: spec.detail.code,
    detail_bsns_nm: spec.detail.name,
    ...amounts(spec, year, phase),
  };
}

function projectLine(project: CityInitiative, code: BudgetCode): LineSpec {
  const programme = cityInitiative(project.parentId);
  return {
    realm: code.realmCode,
    sect: code.sectCode,
    account: code.account,
    dept: units.get(project.deptCode),
    deptCode: project.deptCode,
    programme: { code: code.programmeCode, name: programme?.nameKo ?? '' },
    unit: { code: code.unitCode, name: project.nameKo },
    detail: { code: code.detailCode, name: code.detailNameKo },
    scale: 3_000_000_000,
  };
}

/** A department's (or bureau's) running-cost and business-expense lines: `B{dept}{nn}`. */
function runningLines(unit: OrgUnit, head: boolean, extra: number): LineSpec[] {
  const items = head ? EXPENSE_ITEMS.bureau : EXPENSE_ITEMS.division;
  const names = [
    ...(head ? [] : [`${unit.name} 기본경비`]),
    ...items,
    ...Array.from({ length: extra }, (_, i) => `${unit.name} 현안사업 ${i + 1}`),
  ];
  return names.map((name, i) => ({
    realm: '010',
    sect: '016',
    account: GENERAL,
    dept: unit,
    deptCode: unit.code,
    programme: RUNNING_PROGRAMME,
    unit: {
      code: `${RUNNING_PROGRAMME.code}${name.endsWith('업무추진비') ? '02' : '01'}`,
      name: name.endsWith('업무추진비') ? '업무추진비' : '기본경비',
    },
    detail: { code: `B${unit.code}${String(i + 1).padStart(2, '0')}`, name },
    scale: name.endsWith('업무추진비') ? 30_000_000 : 400_000_000,
  }));
}

/**
 * Every line of a year × phase: the spine's active projects, then the running costs of the
 * bureaus and departments that exist on the phase's date. `extraPerDepartment` adds further
 * lines per department (for `plaza generate` at scale).
 */
export function budgetLineRows(
  year: number,
  phase: BudgetPhaseNotation,
  extraPerDepartment = 0,
): BudgetRow[] {
  const [month, day] = PHASE_DAY[phase];
  const on = dayNumber(year, month, day);
  const projects = cityInitiativesAt('project').filter((p) => isActiveInYear(p, year));
  const specs = projects.flatMap((p) => p.budget.map((code) => projectLine(p, code)));
  // the level-2 units that file 기관운영 expense reports: those with divisions (expense-units.ts)
  const heads = new Set(BUREAUS.filter((b) => b.divisions.length > 0).map((b) => b.code));
  const bureaus = orgUnits().filter((u) => heads.has(u.code) && isValidOn(u, on));
  for (const bureau of bureaus) specs.push(...runningLines(bureau, true, 0));
  for (const dept of departmentsOn(on))
    specs.push(...runningLines(dept.unit, false, extraPerDepartment));
  return specs.map((spec) => row(spec, year, phase));
}
