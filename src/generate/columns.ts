// The columns of each export kind, in the order the city publishes them, and the older spellings.
import type { SourceKind } from '../../mappings/types.ts';

export type ExportKind = Exclude<SourceKind, 'org_chart'>;
export const EXPORT_KINDS: readonly ExportKind[] = [
  'info_list',
  'public_list',
  'research_list',
  'expense_list',
];

/** One row as published: column → value (every value a string, empty when missing). */
export type ExportRow = Readonly<Record<string, string>>;

export const COLUMNS: Readonly<Record<SourceKind, readonly string[]>> = {
  info_list: [
    'package_id',
    'doc_prdctn_dt',
    'tkcrd_nm',
    'title',
    'src_dept_doc_no',
    'writer',
    'othbc_pd',
    'rspnber_dept_nm',
    'othbc_se',
    'cpyrht',
    'url',
  ],
  public_list: [
    'nid',
    'category',
    'title',
    'writer',
    'dept_nm',
    'regist_dt',
    'taxonomy',
    'telno',
    'cpyrht',
    'url',
  ],
  research_list: [
    'nid',
    'title',
    'regist_dt',
    'relm',
    'creat_yr',
    'category',
    'region',
    'isbn',
    'relte_area',
    'writer',
    'doc_prdctn_dt',
    'cpyrht',
    'job_se',
    'url',
  ],
  expense_list: [
    'nid',
    'title',
    'url',
    ...[1, 2, 3, 4, 5].map((level) => `dept_nm_lvl_${level}`),
    'exec_yr',
    'exec_month',
    'expense_budget',
    'expense_execution',
    'category',
    'dept_nm_full',
    'exec_dt',
    'exec_loc',
    'exec_purpose',
    'target_nm',
    'payment_method',
    'exec_amount',
  ],
  org_chart: [
    'org_code',
    'org_nm',
    'upper_org_code',
    'org_level',
    'org_type',
    'valid_from',
    'valid_to',
  ],
};

/** info_list columns as older exports spell them (canonical → older). */
export const LEGACY_INFO_LIST_NAMES: Readonly<Record<string, string>> = {
  tkcrd_nm: 'trck_card_nm',
  src_dept_doc_no: 'src_dept_doc_id',
  othbc_pd: 'othnd_pd',
  othbc_se: 'othbs_se',
  rspnber_dept_nm: 'dept_nm',
};

/** The names a file's header uses for its columns. */
export function headerNames(kind: SourceKind, legacy: boolean): readonly string[] {
  const columns = COLUMNS[kind];
  return legacy ? columns.map((column) => LEGACY_INFO_LIST_NAMES[column] ?? column) : columns;
}

export const SITE = 'https://opengov.seoul.go.kr';
export const LICENCES = ['CC BY', 'CC BY-ND', 'CC BY-NC', 'CC BY-NC-ND'] as const;
