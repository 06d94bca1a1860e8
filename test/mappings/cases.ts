// One realistic row per source kind (as decoded from the city's exports) and its expected graph file.
import { OrgDirectory } from '../../mappings/org/directory.ts';
import { InitiativeDirectory } from '../../mappings/policy/initiative-directory.ts';
import type { SourceKind } from '../../mappings/types.ts';

export const ORGS = new OrgDirectory([
  { code: '6110000', name: '서울특별시', level: 1, type: 'municipality' },
  { code: '6110100', name: '행정국', parentCode: '6110000', level: 2, type: 'bureau' },
  { code: '6110101', name: '총무과', parentCode: '6110100', level: 3, type: 'division' },
  { code: '6110200', name: '기후환경본부', parentCode: '6110000', level: 2, type: 'bureau' },
  { code: '6110201', name: '대기정책과', parentCode: '6110200', level: 3, type: 'division' },
]);

/** No initiatives: the foundation mappings do not link policy context yet. */
export const INITIATIVES = new InitiativeDirectory([]);

export const INGESTED_AT = new Date('2026-11-27T10:00:00Z');

export interface MappingCase {
  readonly name: string;
  readonly kind: SourceKind;
  readonly key: string;
  readonly fields: Record<string, string>;
  readonly expected: string;
}

export const CASES: MappingCase[] = [
  {
    name: 'approval document, partly withheld under item 6, release derived from the 5-year review',
    kind: 'info_list',
    key: '000000000012345',
    fields: {
      package_id: '000000000012345',
      doc_prdctn_dt: '20240305',
      tkcrd_nm: '[지출]급여및수당관리',
      title: ' 2024년 3월 급여 지급 ',
      src_dept_doc_no: '총무과-1234',
      writer: '행정주무관 박서연',
      othbc_pd: '5년',
      rspnber_dept_nm: '행정국 총무과',
      othbc_se: '부분공개(6)',
      cpyrht: 'CC BY',
      url: 'https://opengov.seoul.go.kr/sanction/123',
    },
    expected: 'approval-document.trig',
  },
  {
    name: 'approval document with empty grade, bare URL and an unknown department',
    kind: 'info_list',
    key: '000000000067890',
    fields: {
      package_id: '000000000067890',
      doc_prdctn_dt: '2023.11.02',
      tkcrd_nm: '대기질개선',
      title: '미세먼지 저감 대책 회의 결과 보고',
      src_dept_doc_no: '미래전략과-77',
      writer: '환경주무관 이도윤',
      othbc_pd: '준영구',
      rspnber_dept_nm: '미래전략과',
      othbc_se: '',
      cpyrht: '',
      url: 'https://opengov.seoul.go.kr/sanction/',
    },
    expected: 'approval-document-unresolved.trig',
  },
  {
    name: 'proactive disclosure with a taxonomy path and a phone without area code',
    kind: 'public_list',
    key: '24017',
    fields: {
      nid: '24017',
      category: '정책정보',
      title: '2025년 대기질 개선 종합계획',
      writer: '대기정책과 주무관 정하린',
      dept_nm: '대기정책과',
      regist_dt: '20250114093012',
      taxonomy: '환경>대기환경>대기질관리>대기질개선',
      telno: '2133-3615',
      cpyrht: 'CC BY-NC',
      url: 'https://opengov.seoul.go.kr/public/24017',
    },
    expected: 'proactive-disclosure.trig',
  },
  {
    name: 'research report with an ISSN and an author statement',
    kind: 'research_list',
    key: '9001',
    fields: {
      nid: '9001',
      title: '서울시 대기오염 저감 정책 효과 분석',
      regist_dt: '20240601120000',
      relm: '환경',
      creat_yr: '2023',
      category: '정책연구',
      region: '서울',
      isbn: '1975-0447',
      relte_area: '서울연구원',
      writer: '박창민외8',
      doc_prdctn_dt: '2023-12-20',
      cpyrht: 'CC BY-ND',
      job_se: 'I',
      url: 'https://opengov.seoul.go.kr/research/9001',
    },
    expected: 'research-report.trig',
  },
  {
    name: 'expense line, second of its report, department by path',
    kind: 'expense_list',
    key: '77001/2',
    fields: {
      nid: '77001',
      title: '2024년 3월 대기정책과 업무추진비 집행내역',
      url: 'https://opengov.seoul.go.kr/expense/77001',
      dept_nm_lvl_1: '서울특별시',
      dept_nm_lvl_2: '기후환경본부',
      dept_nm_lvl_3: '대기정책과',
      dept_nm_lvl_4: '',
      dept_nm_lvl_5: '',
      exec_yr: '2024',
      exec_month: '3',
      expense_budget: '12,000,000',
      expense_execution: '3,450,000',
      category: '부서운영',
      dept_nm_full: '서울특별시 기후환경본부 대기정책과',
      exec_dt: '2024-03-14 12:30',
      exec_loc: '한식당(중구 세종대로 110)',
      exec_purpose: '미세먼지 대응 관계기관 간담회',
      target_nm: '대기정책과장 외 5명',
      payment_method: '카드',
      exec_amount: '156000',
    },
    expected: 'expense.trig',
  },
  {
    name: 'organisation unit',
    kind: 'org_chart',
    key: '6110201',
    fields: {
      org_code: '6110201',
      org_nm: '대기정책과',
      upper_org_code: '6110200',
      org_level: '3',
      org_type: 'division',
      valid_from: '2024-01-01',
      valid_to: '',
    },
    expected: 'organisation.trig',
  },
  {
    name: 'programme of a policy list (JSON form: a number decoded as text, no dates)',
    kind: 'policy_list',
    key: 'programme/PRG-03-2',
    fields: {
      id: 'PRG-03-2',
      parent_id: 'POL-03',
      level: 'programme',
      name_ko: '친환경 자동차 전환',
      name_en: 'Switching to clean vehicles',
      dept_code: '6110201',
      start_date: '',
      end_date: '',
      function_path: '환경>대기환경>대기보전>대기오염관리',
      unit_tasks: '저공해차량지원',
      realm_code: '070',
      sect_code: '073',
      policy_bsns_code: '1032',
    },
    expected: 'policy-programme.trig',
  },
  {
    name: 'project of a policy list (CSV form: Korean level, two detail codes, unknown department)',
    kind: 'policy_list',
    key: 'project/PRJ-03-2-2',
    fields: {
      id: ' PRJ-03-2-2 ',
      parent_id: 'PRG-03-2',
      level: '세부사업',
      name_ko: '전기차 구매 보조',
      name_en: '',
      dept_code: '6119999',
      start_date: '2022.07.01',
      end_date: '20260630',
      function_path: '',
      unit_tasks: '저공해차량지원; ;',
      realm_code: '070',
      sect_code: '073',
      policy_bsns_code: '',
      detail_bsns_code: '10320201;10320202',
    },
    expected: 'policy-project.trig',
  },
];
