// The registry of source mappings, by source kind.
import { approvalDocumentMapping } from './approval-document.ts';
import { budgetMapping } from './budget.ts';
import { expenseMapping } from './expense.ts';
import type { SourceMapping } from './mapping.ts';
import { organisationMapping } from './organisation.ts';
import { proactiveDisclosureMapping } from './proactive-disclosure.ts';
import { researchReportMapping } from './research-report.ts';
import type { SourceKind } from './types.ts';

export const MAPPINGS: Readonly<Record<SourceKind, SourceMapping<unknown>>> = {
  info_list: approvalDocumentMapping,
  public_list: proactiveDisclosureMapping,
  research_list: researchReportMapping,
  expense_list: expenseMapping,
  org_chart: organisationMapping,
  budget_list: budgetMapping,
};

export function mappingFor(kind: SourceKind): SourceMapping<unknown> {
  return MAPPINGS[kind];
}
