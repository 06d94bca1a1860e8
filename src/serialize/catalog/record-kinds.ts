// The record kinds Plaza publishes, as the catalogue and the VoID description present them: one
// DCAT dataset and one VoID class partition each, with the class that marks its members and the
// date that spans its temporal coverage.
import type { NamedNode } from 'n3';
import { org, plaza, schema, dct } from '../../vocab/namespaces.ts';

export interface RecordKind {
  /** The kind's name in IRIs (`{base}catalog#{key}`) and, where there is one, its record type. */
  readonly key: string;
  /** Every member is an instance of this class (and only members are). */
  readonly class: NamedNode;
  /** The notation of its `record-type` concept, when the scheme has one. */
  readonly recordType?: string;
  readonly title: { readonly ko: string; readonly en: string };
  readonly description: { readonly ko: string; readonly en: string };
  /**
   * A SPARQL property path from a member to the dates its coverage spans (fixed text, never
   * built from input); none for kinds without dates.
   */
  readonly datePath?: string;
}

const p = (n: NamedNode): string => `<${n.value}>`;

export const RECORD_KINDS: readonly RecordKind[] = [
  {
    key: 'approval-document',
    class: plaza('ApprovalDocument'),
    recordType: 'approval-document',
    title: { ko: '결재문서 목록', en: 'Approval documents' },
    description: {
      ko: '전자문서시스템에서 결재를 거쳐 생산된 공문서의 목록(문서 정보, 공개 여부와 근거, 단위과제 분류, 정책 맥락).',
      en: 'Official documents approved in the electronic document system: metadata, disclosure status and grounds, function classification and policy context.',
    },
    datePath: p(dct('created')),
  },
  {
    key: 'proactive-disclosure',
    class: plaza('ProactiveDisclosure'),
    recordType: 'proactive-disclosure',
    title: { ko: '사전정보공표', en: 'Proactive disclosures' },
    description: {
      ko: '청구 없이 스스로 공표한 정보의 목록.',
      en: 'Information the city published of its own accord, without a request.',
    },
    datePath: p(dct('issued')),
  },
  {
    key: 'research-report',
    class: plaza('ResearchReport'),
    recordType: 'research-report',
    title: { ko: '정책연구자료', en: 'Policy research reports' },
    description: {
      ko: '시가 발주하거나 수행한 정책 연구 보고서의 목록.',
      en: 'Policy research reports commissioned or produced by the city.',
    },
    datePath: p(dct('issued')),
  },
  {
    key: 'expense-report',
    class: plaza('ExpenseReport'),
    recordType: 'expense-report',
    title: { ko: '업무추진비 집행내역', en: 'Business-expense reports' },
    description: {
      ko: '부서별·월별 업무추진비 집행내역(예산액, 집행액, 집행하는 예산 항목).',
      en: 'Business expenses per department and month: budgeted and executed amounts and the budget line they execute.',
    },
    datePath: p(plaza('period')),
  },
  {
    key: 'expense',
    class: plaza('Expense'),
    recordType: 'expense',
    title: { ko: '업무추진비 집행건', en: 'Business-expense lines' },
    description: {
      ko: '업무추진비 집행내역의 개별 집행건(일시, 장소, 목적, 금액, 결제 방법).',
      en: 'The individual payments of the business-expense reports: when, where, purpose, amount and payment method.',
    },
    datePath: p(plaza('executedAt')),
  },
  {
    key: 'budget-line',
    class: plaza('BudgetLine'),
    recordType: 'budget-line',
    title: { ko: '세출예산 사업별 내역', en: 'Expenditure budget lines' },
    description: {
      ko: '회계연도·예산 단계(본예산, 추경, 결산)별 세부사업 예산과 집행액(RDF Data Cube).',
      en: 'Budget and spending per detail project, fiscal year and budget phase (original, supplementary, settlement), as RDF Data Cube observations.',
    },
    datePath: p(plaza('fiscalYear')),
  },
  {
    key: 'meeting',
    class: plaza('Meeting'),
    recordType: 'meeting',
    title: { ko: '위원회 회의', en: 'Committee meetings' },
    description: {
      ko: '위원회 회의와 안건, 의결 결과와 표결 수.',
      en: 'Committee meetings with their agenda items, decisions and vote counts.',
    },
    datePath: p(schema('startDate')),
  },
  {
    key: 'minutes',
    class: plaza('Minutes'),
    recordType: 'minutes',
    title: { ko: '회의록', en: 'Meeting minutes' },
    description: {
      ko: '위원회 회의록과 발언 내용(시민의 이름은 비공개).',
      en: 'Minutes of committee meetings and what was said (citizens’ names withheld).',
    },
    datePath: `${p(plaza('minutesOf'))}/${p(schema('startDate'))}`,
  },
  {
    key: 'work-process',
    class: plaza('WorkProcess'),
    recordType: 'work-process',
    title: { ko: '업무 절차', en: 'Work processes' },
    description: {
      ko: '업무 처리 절차(BPMN)의 단계, 담당 부서와 근거 법령.',
      en: 'Work procedures (from BPMN): their steps, responsible departments and legal bases.',
    },
  },
  {
    key: 'policy-initiative',
    class: plaza('PolicyInitiative'),
    title: { ko: '정책·사업·세부사업', en: 'Policies, programmes and projects' },
    description: {
      ko: '시정 정책과 그 아래 사업·세부사업의 위계, 담당 부서, 기간과 예산 사업 코드.',
      en: 'The city’s policies with their programmes and projects: hierarchy, owners, periods and budget codes.',
    },
    datePath: `${p(schema('startDate'))}|${p(schema('endDate'))}`,
  },
  {
    key: 'organisation',
    class: org('Organization'),
    title: { ko: '조직도', en: 'Organisation chart' },
    description: {
      ko: '시의 부서와 위원회, 상하 관계와 직제 개편.',
      en: 'The city’s departments and committees, their hierarchy and reorganisations.',
    },
  },
];
