// The canonical columns of each source (SOURCES.md), their older spellings, and how a header maps.
import type { SourceKind } from '../types.ts';

export const CANONICAL_COLUMNS: Readonly<Record<SourceKind, readonly string[]>> = {
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
    'dept_nm_lvl_1',
    'dept_nm_lvl_2',
    'dept_nm_lvl_3',
    'dept_nm_lvl_4',
    'dept_nm_lvl_5',
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
    'change_type',
    'successor_codes',
  ],
  // One meeting object per record: its id, and the whole object as canonical JSON (sorted keys).
  meeting_minutes: ['meeting_id', 'document'],
  policy_list: [
    'id',
    'parent_id',
    'level',
    'name_ko',
    'name_en',
    'dept_code',
    'start_date',
    'end_date',
    'function_path',
    'unit_tasks',
    'realm_code',
    'sect_code',
    'policy_bsns_code',
    'detail_bsns_code',
  ],
  // One record per bpmn:process: the whole file's XML and its sidecar's JSON text (read-bpmn.ts).
  work_process: ['process_id', 'bpmn', 'sidecar'],
  budget_list: [
    'accnut_year',
    'accnut_se_code',
    'accnut_se_nm',
    'realm_code',
    'realm_nm',
    'sect_code',
    'sect_nm',
    'dept_code',
    'dept_nm',
    'plcy_bsns_code',
    'plcy_bsns_nm',
    'unit_bsns_code',
    'unit_bsns_nm',
    'detail_bsns_code',
    'detail_bsns_nm',
    'budget_crntam',
    'nxndr',
    'cty',
    'signgunon',
    'etc_crntam',
    'expndtram',
    'orgnztnam',
    'excut_de',
    // stated once per file (file name or envelope head) and copied into every row
    'budget_phase',
  ],
};

/** The column without which no row of the kind can be identified. */
export const KEY_COLUMN: Readonly<Record<SourceKind, string>> = {
  info_list: 'package_id',
  public_list: 'nid',
  research_list: 'nid',
  expense_list: 'nid',
  org_chart: 'org_code',
  meeting_minutes: 'meeting_id',
  policy_list: 'id',
  work_process: 'process_id',
  budget_list: 'detail_bsns_code',
};

/** Older spellings (normalised) → canonical name, per kind: `dept_nm` is canonical elsewhere. */
export const COLUMN_ALIASES: Readonly<
  Partial<Record<SourceKind, Readonly<Record<string, string>>>>
> = {
  info_list: {
    trck_card_nm: 'tkcrd_nm',
    src_dept_doc_id: 'src_dept_doc_no',
    othnd_pd: 'othbc_pd',
    othbs_se: 'othbc_se',
    dept_nm: 'rspnber_dept_nm',
  },
};

/** Header names are matched trimmed and lower-cased (`" Package_ID"` is `package_id`). */
export function normaliseColumnName(raw: string): string {
  return raw.trim().toLowerCase();
}

/** The canonical name of a header name; unknown names come back normalised, not dropped. */
export function canonicalColumnName(kind: SourceKind, raw: string): string {
  const name = normaliseColumnName(raw);
  const aliases = COLUMN_ALIASES[kind];
  // hasOwn: a header such as `constructor` must not find Object.prototype's members
  return aliases !== undefined && Object.hasOwn(aliases, name) ? (aliases[name] ?? name) : name;
}

/** How one file's header lines up with its kind's canonical columns. */
export interface ColumnPlan {
  /** Header name as written → canonical name. */
  readonly canonicalName: ReadonlyMap<string, string>;
  /** Columns the kind does not define (kept in the records). */
  readonly unknown: readonly string[];
  /** Canonical columns absent from the file (the key column included, if absent). */
  readonly missing: readonly string[];
  /** Canonical names given by more than one header name; the first one wins. */
  readonly duplicated: readonly string[];
  readonly keyColumnPresent: boolean;
}

export function planColumns(kind: SourceKind, headerNames: readonly string[]): ColumnPlan {
  const canonical = new Set(CANONICAL_COLUMNS[kind]);
  const canonicalName = new Map<string, string>();
  const seen = new Set<string>();
  const unknown: string[] = [];
  const duplicated: string[] = [];
  for (const raw of headerNames) {
    const name = canonicalColumnName(kind, raw);
    canonicalName.set(raw, name);
    if (seen.has(name)) {
      if (!duplicated.includes(name)) duplicated.push(name);
      continue;
    }
    seen.add(name);
    if (!canonical.has(name)) unknown.push(name);
  }
  const missing = CANONICAL_COLUMNS[kind].filter((name) => !seen.has(name));
  return {
    canonicalName,
    unknown,
    missing,
    duplicated,
    keyColumnPresent: seen.has(KEY_COLUMN[kind]),
  };
}

/** A row's fields under canonical names; when two names fold together, the first one wins. */
export function foldFields(
  kind: SourceKind,
  plan: ColumnPlan,
  entries: Iterable<readonly [name: string, value: string]>,
): Record<string, string> {
  const fields = new Map<string, string>();
  for (const [raw, value] of entries) {
    const name = plan.canonicalName.get(raw) ?? canonicalColumnName(kind, raw);
    if (!fields.has(name)) fields.set(name, value);
  }
  // fromEntries defines own properties, so even a column called `__proto__` stays a field
  return Object.fromEntries(fields);
}
