// The shapes of the city spine: policies → programmes → projects, budget codes, committees, processes.
import type { InitiativeLevel } from '../../vocab/iri.ts';

export type { InitiativeLevel };

/** Inclusive ISO dates (`YYYY-MM-DD`). */
export interface Period {
  readonly from: string;
  readonly to: string;
}

/** A budget account (회계): the general account or a named special account. */
export interface BudgetAccount {
  /** Opaque code minted by Plaza (the city's own account codes are not published). */
  readonly code: string;
  readonly nameKo: string;
  readonly nameEn: string;
}

/** One detail project (세부사업) of the budget, as the budget lines and the policy list name it. */
export interface BudgetCode {
  /** 분야 (three digits, e.g. `080`), from the local-finance functional classification. */
  readonly realmCode: string;
  /** 부문 (three digits, e.g. `084`), a sector of the field. */
  readonly sectCode: string;
  readonly account: BudgetAccount;
  /** 정책사업 code: shared by the projects of one programme. */
  readonly programmeCode: string;
  /** 단위사업 code: one per project. */
  readonly unitCode: string;
  /** 세부사업 code: unique across the city. */
  readonly detailCode: string;
  readonly detailNameKo: string;
}

/** A policy (정책), programme (사업) or project (세부사업) of the city. */
export interface CityInitiative {
  /** `POL-03`, `PRG-03-2`, `PRJ-03-2-1`. */
  readonly id: string;
  readonly level: InitiativeLevel;
  /** Empty for policies. */
  readonly parentId: string;
  readonly nameKo: string;
  readonly nameEn: string;
  /** Org-chart code of the owning department (a division or a lone office). */
  readonly deptCode: string;
  readonly period: Period;
  /** The owning department's function-classification path (`환경>대기환경>대기보전>대기오염관리`). */
  readonly functionPath: string;
  /** Unit tasks (task-card names) of the owning department this initiative covers. */
  readonly unitTasks: readonly string[];
  /** Projects only: their detail projects (usually one, sometimes two). */
  readonly budget: readonly BudgetCode[];
}

export type CommitteeType = '심의' | '자문' | '의결';

/** A city committee (위원회): an organisation with its own code, run by a department. */
export interface CityCommittee {
  /** `C031`: not an org-chart code, so it never collides with one. */
  readonly code: string;
  readonly nameKo: string;
  readonly nameEn: string;
  readonly type: CommitteeType;
  readonly deptCode: string;
  readonly legalBasis: string;
  /** Policy ids the committee deliberates on. */
  readonly policyIds: readonly string[];
}

/** A documented work process (업무처리 절차) and the documents its steps produce. */
export interface CityProcess {
  /** `PROC-04`. */
  readonly id: string;
  readonly nameKo: string;
  readonly nameEn: string;
  readonly deptCode: string;
  /** The policy, programme or project the process serves. */
  readonly initiativeId: string;
  readonly legalBasis: string;
  /** The owning department's unit task the process carries out. */
  readonly unitTask: string;
  /** Document types the steps produce, in step order (ko). */
  readonly documentTypes: readonly string[];
}
