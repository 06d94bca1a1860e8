// What search calls a record: its kinds (from rdf:type), the disclosure grades, and their labels in
// Korean and English (facets show them; the values are the stable notations used in URLs).
import { org, plaza } from '../vocab/namespaces.ts';

export const RECORD_KINDS = [
  'approval-document',
  'proactive-disclosure',
  'research-report',
  'expense-report',
  'expense',
  'budget-line',
  'meeting',
  'minutes',
  'work-process',
  'policy',
  'programme',
  'project',
  'organization',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** The class that makes a subject a record of each kind; the first match wins. */
export const KIND_BY_CLASS: ReadonlyMap<string, RecordKind> = new Map([
  [plaza('ApprovalDocument').value, 'approval-document'],
  [plaza('ProactiveDisclosure').value, 'proactive-disclosure'],
  [plaza('ResearchReport').value, 'research-report'],
  [plaza('ExpenseReport').value, 'expense-report'],
  [plaza('Expense').value, 'expense'],
  [plaza('BudgetLine').value, 'budget-line'],
  [plaza('Meeting').value, 'meeting'],
  [plaza('Minutes').value, 'minutes'],
  [plaza('WorkProcess').value, 'work-process'],
  [plaza('Policy').value, 'policy'],
  [plaza('Programme').value, 'programme'],
  [plaza('Project').value, 'project'],
  [org('Organization').value, 'organization'],
]);

/** The notations of the disclosure-grade scheme (dct:accessRights). */
export const GRADES = ['public', 'restricted', 'non-public', 'not-stated'] as const;
export type Grade = (typeof GRADES)[number];

export type Lang = 'ko' | 'en';
export type Labelled = Readonly<Record<Lang, string>>;

export const KIND_LABELS: Readonly<Record<RecordKind, Labelled>> = {
  'approval-document': { ko: '결재문서', en: 'Approval document' },
  'proactive-disclosure': { ko: '사전정보공표', en: 'Proactive disclosure' },
  'research-report': { ko: '연구보고서', en: 'Research report' },
  'expense-report': { ko: '업무추진비', en: 'Expense report' },
  expense: { ko: '업무추진비 집행내역', en: 'Expense' },
  'budget-line': { ko: '예산', en: 'Budget line' },
  meeting: { ko: '회의', en: 'Meeting' },
  minutes: { ko: '회의록', en: 'Minutes' },
  'work-process': { ko: '업무절차', en: 'Work process' },
  policy: { ko: '정책', en: 'Policy' },
  programme: { ko: '사업', en: 'Programme' },
  project: { ko: '세부사업', en: 'Project' },
  organization: { ko: '조직', en: 'Organisation' },
};

export const GRADE_LABELS: Readonly<Record<Grade, Labelled>> = {
  public: { ko: '공개', en: 'Public' },
  restricted: { ko: '부분공개', en: 'Partly public' },
  'non-public': { ko: '비공개', en: 'Not public' },
  'not-stated': { ko: '공개구분 없음', en: 'Grade not stated' },
};

export function isRecordKind(value: string): value is RecordKind {
  return (RECORD_KINDS as readonly string[]).includes(value);
}
export function isGrade(value: string): value is Grade {
  return (GRADES as readonly string[]).includes(value);
}
