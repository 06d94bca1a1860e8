// The registry of source mappings, by source kind.
import { approvalDocumentMapping } from './approval-document.ts';
import { budgetMapping } from './budget.ts';
import { expenseMapping } from './expense.ts';
import type { SourceMapping } from './mapping.ts';
import { meetingMinutesMapping } from './meeting-minutes.ts';
import { organisationMapping } from './organisation.ts';
import { policyInitiativeMapping } from './policy-initiative.ts';
import { proactiveDisclosureMapping } from './proactive-disclosure.ts';
import { researchReportMapping } from './research-report.ts';
import type { SourceKind } from './types.ts';
import { workProcessMapping } from './work-process.ts';

export const MAPPINGS: Readonly<Record<SourceKind, SourceMapping<unknown>>> = {
  info_list: approvalDocumentMapping,
  public_list: proactiveDisclosureMapping,
  research_list: researchReportMapping,
  expense_list: expenseMapping,
  org_chart: organisationMapping,
  meeting_minutes: meetingMinutesMapping,
  policy_list: policyInitiativeMapping,
  work_process: workProcessMapping,
  budget_list: budgetMapping,
};

export function mappingFor(kind: SourceKind): SourceMapping<unknown> {
  return MAPPINGS[kind];
}
