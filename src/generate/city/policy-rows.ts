// The spine's initiatives as policy_list rows (SOURCES.md §8): one row per policy, programme, project.
import type { ExportRow } from '../columns.ts';
import { childrenOf } from './spine.ts';
import type { CityInitiative } from './types.ts';

const unique = (values: readonly string[]): string[] => [...new Set(values)];

/** The 정책사업 code of a programme: the one its projects' budget lines carry. */
function programmeCodeOf(programme: CityInitiative): string {
  const codes = childrenOf(programme.id).flatMap((p) => p.budget.map((b) => b.programmeCode));
  return unique(codes).join(';');
}

export function policyListRow(initiative: CityInitiative): ExportRow {
  const { budget } = initiative;
  return {
    id: initiative.id,
    parent_id: initiative.parentId,
    level: initiative.level,
    name_ko: initiative.nameKo,
    name_en: initiative.nameEn,
    dept_code: initiative.deptCode,
    start_date: initiative.period.from,
    end_date: initiative.period.to,
    function_path: initiative.functionPath,
    unit_tasks: initiative.unitTasks.join(';'),
    realm_code: unique(budget.map((b) => b.realmCode)).join(';'),
    sect_code: unique(budget.map((b) => b.sectCode)).join(';'),
    policy_bsns_code: initiative.level === 'programme' ? programmeCodeOf(initiative) : '',
    detail_bsns_code: budget.map((b) => b.detailCode).join(';'),
  };
}

/** Rows of the given initiatives, in the order given (parents before children in the spine). */
export function policyListRows(initiatives: readonly CityInitiative[]): ExportRow[] {
  return initiatives.map(policyListRow);
}
