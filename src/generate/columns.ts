// The columns of each export kind, in the order the city publishes them, and the older spellings.
import { CANONICAL_COLUMNS, COLUMN_ALIASES } from '../../mappings/read/columns.ts';
import type { SourceKind } from '../../mappings/types.ts';

/** The dated row-list exports: reference lists (org chart, policy list) and structured kinds
 * (meeting minutes, BPMN work processes, budget lists) have their own writers. */
export type ExportKind = Exclude<
  SourceKind,
  'org_chart' | 'policy_list' | 'meeting_minutes' | 'work_process' | 'budget_list'
>;
export const EXPORT_KINDS: readonly ExportKind[] = [
  'info_list',
  'public_list',
  'research_list',
  'expense_list',
];

/** One row as published: column → value (every value a string, empty when missing). */
export type ExportRow = Readonly<Record<string, string>>;

/** The columns as the readers expect them: one list for writing and reading. */
export const COLUMNS: Readonly<Record<SourceKind, readonly string[]>> = CANONICAL_COLUMNS;

/** info_list columns as older exports spell them (canonical → older): the readers' aliases, inverted. */
export const LEGACY_INFO_LIST_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(COLUMN_ALIASES.info_list ?? {}).map(([older, canonical]) => [canonical, older]),
);

/** The names a file's header uses for its columns. */
export function headerNames(kind: SourceKind, legacy: boolean): readonly string[] {
  const columns = COLUMNS[kind];
  return legacy ? columns.map((column) => LEGACY_INFO_LIST_NAMES[column] ?? column) : columns;
}

export const SITE = 'https://opengov.seoul.go.kr';
export const LICENCES = ['CC BY', 'CC BY-ND', 'CC BY-NC', 'CC BY-NC-ND'] as const;
