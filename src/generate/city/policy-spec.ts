// The compact table form the spine's policies are written in, and the departments and accounts they use.
import type { BudgetAccount, Period } from './types.ts';

/** Org-chart codes of the departments the spine uses (src/generate/org-units.ts). */
// prettier-ignore
export const D = {
  planning: '6110110', budget: '6110120', organisation: '6110130', legal: '6110140',
  generalAffairs: '6110210', personnel: '6110220', localAutonomy: '6110230', disclosure: '6110240', civilPetitions: '6110250',
  finance: '6110310', taxPolicy: '6110320', taxCollection: '6110330',
  climatePolicy: '6110410', airQuality: '6110420', greenEnergyOld: '6110430', climateActionNew: '6110440', resourceCirculation: '6110450',
  welfarePlanning: '6110510', seniorWelfare: '6110520', disabilityWelfare: '6110530', selfSufficiency: '6110540',
  womenPolicy: '6110610', childcareOld: '6110620', childcareNew: '6110630', family: '6110640',
  transportPolicy: '6110710', bus: '6110720', taxiFreight: '6110730', parking: '6110740',
  safety: '6110810', roads: '6110820', bridges: '6110830',
  housingPolicy: '6110910', building: '6110920', publicHousing: '6110930',
  economicPolicy: '6111010', smallBusiness: '6111020', jobs: '6111030',
  publicHealth: '6111110', foodSafety: '6111120', infectiousDisease: '6111130',
  culture: '6111210', museums: '6111220', sports: '6111230',
  fireAdministration: '6111310', firePrevention: '6111320', disasterResponse: '6111330',
  waterCycle: '6111410', rivers: '6111420',
  landscape: '6111510', parks: '6111520',
  audit: '6111610', inspection: '6111620',
  waterBilling: '6111710', waterSupply: '6111720',
  archives: '6111800',
} as const;

/** Budget accounts; codes are Plaza's own (opaque), names are the city's account names. */
// prettier-ignore
export const ACCOUNTS = {
  general: { code: '100', nameKo: '일반회계', nameEn: 'General account' },
  transport: { code: '210', nameKo: '교통사업특별회계', nameEn: 'Transport projects special account' },
  housing: { code: '220', nameKo: '주택사업특별회계', nameEn: 'Housing projects special account' },
  water: { code: '310', nameKo: '상수도사업특별회계', nameEn: 'Water supply enterprise special account' },
} as const satisfies Record<string, BudgetAccount>;

export type AccountKey = keyof typeof ACCOUNTS;

/** 분야/부문 codes, e.g. `['080', '084']`. */
export type FunctionCodes = readonly [realm: string, sect: string];

export interface ProjectSpec {
  readonly nameKo: string;
  readonly nameEn: string;
  readonly tasks: readonly string[];
  /** Defaults to the programme's department. */
  readonly dept?: string;
  /** Defaults to the programme's period. */
  readonly period?: Period;
  /** Defaults to the programme's 분야/부문. */
  readonly fn?: FunctionCodes;
  /** Ko names of the detail projects when there are several (default: one, named like the project). */
  readonly details?: readonly string[];
}

export interface ProgrammeSpec {
  readonly nameKo: string;
  readonly nameEn: string;
  readonly dept: string;
  readonly fn: FunctionCodes;
  readonly projects: readonly ProjectSpec[];
  /** Defaults to the policy's period. */
  readonly period?: Period;
  readonly account?: AccountKey;
}

export interface PolicySpec {
  readonly no: number;
  readonly nameKo: string;
  readonly nameEn: string;
  readonly dept: string;
  readonly period: Period;
  readonly programmes: readonly ProgrammeSpec[];
}

/** The 8th elected term (민선 8기): most policies run for it. */
export const TERM: Period = { from: '2022-07-01', to: '2026-06-30' };
/** The halves of a term split by the 2024 reorganisation (old and new department names). */
export const BEFORE_REORG: Period = { from: '2022-07-01', to: '2023-12-31' };
export const AFTER_REORG: Period = { from: '2024-01-01', to: '2026-06-30' };

export const pol = (
  no: number,
  nameKo: string,
  nameEn: string,
  dept: string,
  period: Period,
  programmes: readonly ProgrammeSpec[],
): PolicySpec => ({ no, nameKo, nameEn, dept, period, programmes });

export const prg = (
  nameKo: string,
  nameEn: string,
  dept: string,
  fn: FunctionCodes,
  projects: readonly ProjectSpec[],
  extra: Pick<ProgrammeSpec, 'period' | 'account'> = {},
): ProgrammeSpec => ({ nameKo, nameEn, dept, fn, projects, ...extra });

export const prj = (
  nameKo: string,
  nameEn: string,
  tasks: readonly string[],
  extra: Pick<ProjectSpec, 'dept' | 'period' | 'fn' | 'details'> = {},
): ProjectSpec => ({ nameKo, nameEn, tasks, ...extra });
