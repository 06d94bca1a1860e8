// The sample exports in data/: which weeks and months, in which encoding, with which file quirks.
import type { ExportKind } from '../columns.ts';
import type { FileStyle } from '../encode.ts';

export interface SampleSpec {
  readonly kind: ExportKind;
  readonly from: string;
  readonly to: string;
  readonly style: FileStyle;
  /** Rows (expense_list: expense lines). */
  readonly rows: number;
  /** expense_list: how many department-month reports the lines form. */
  readonly reports?: number;
  /** info_list: the grade column empty for the whole file. */
  readonly gradeless?: boolean;
  /** Share of rows whose 8-digit dates use another spelling. */
  readonly dateSpellingRate?: number;
  /** expense_list: org codes of units that must report in this month (besides random ones). */
  readonly units?: readonly string[];
  /** Re-exports the rows of the given earlier spec (the deliberate overlap), in another encoding. */
  readonly sameRowsAs?: string;
  /** Why this file looks the way it does (for data/README.md). */
  readonly note: string;
}

export const SAMPLE_SEED = 242;
/** Row-level quirk scale for the samples: a few times the generator's, so each quirk shows. */
export const SAMPLE_QUIRK_RATE = 0.07;

// prettier-ignore
export const SAMPLE_SPECS: readonly SampleSpec[] = [
  // info_list: weekly files around the 2024-01-01 reorganisation (old names before, new after).
  { kind: 'info_list', from: '2023-12-11', to: '2023-12-17', rows: 75, style: { format: 'csv', bom: true, legacyNames: true }, note: 'UTF-8 BOM; older column spellings (`trck_card_nm`, `src_dept_doc_id`, `othnd_pd`, `dept_nm`, `othbs_se`)' },
  { kind: 'info_list', from: '2023-12-18', to: '2023-12-24', rows: 70, style: { format: 'json', asciiEscape: 'upper' }, dateSpellingRate: 0.1, note: 'every non-ASCII character `\\uXXXX`-escaped (upper-case hex), URLs with `\\/`; some dates in other spellings' },
  { kind: 'info_list', from: '2023-12-25', to: '2023-12-31', rows: 65, style: { format: 'xml', references: 'hex' }, note: 'Korean as hexadecimal references (`&#xAC00;`), empty elements' },
  { kind: 'info_list', from: '2024-01-01', to: '2024-01-07', rows: 80, style: { format: 'csv' }, dateSpellingRate: 0.08, note: 'no BOM, quotes only where needed; some dates in other spellings' },
  { kind: 'info_list', from: '2024-01-01', to: '2024-01-07', rows: 80, style: { format: 'json' }, sameRowsAs: '20240101_20240107_info_list.csv', note: '**deliberate overlap**: the same week re-exported as plain UTF-8 JSON, rows identical to the CSV' },
  { kind: 'info_list', from: '2024-01-08', to: '2024-01-14', rows: 70, style: { format: 'xml', references: 'decimal' }, gradeless: true, note: 'decimal references (`&#44032;`); `othbc_se` empty (`<othbc_se/>`) for the whole file' },
  { kind: 'info_list', from: '2024-01-15', to: '2024-01-21', rows: 90, style: { format: 'csv', bom: true, quoteAll: true }, dateSpellingRate: 0.1, note: 'UTF-8 BOM, every field quoted; some dates in other spellings' },
  { kind: 'info_list', from: '2024-01-22', to: '2024-01-28', rows: 80, style: { format: 'json', asciiEscape: 'lower' }, note: '`\\uxxxx` escapes in lower-case hex, `\\/`' },
  { kind: 'info_list', from: '2024-01-29', to: '2024-02-04', rows: 70, style: { format: 'xml', references: 'hex' }, dateSpellingRate: 0.06, note: 'hexadecimal references; some dates in other spellings' },
  // public_list: monthly.
  { kind: 'public_list', from: '2023-12-01', to: '2023-12-31', rows: 60, style: { format: 'csv', bom: true }, note: 'UTF-8 BOM; old department names (before the reorganisation)' },
  { kind: 'public_list', from: '2024-01-01', to: '2024-01-31', rows: 65, style: { format: 'json', asciiEscape: 'upper' }, note: '`\\uXXXX` escapes and `\\/`' },
  { kind: 'public_list', from: '2024-02-01', to: '2024-02-29', rows: 60, style: { format: 'xml', references: 'decimal' }, note: 'decimal references' },
  { kind: 'public_list', from: '2024-03-01', to: '2024-03-31', rows: 65, style: { format: 'csv', quoteAll: true }, note: 'no BOM, every field quoted' },
  // research_list: quarterly; later files update (U) and delete (D) reports of earlier ones.
  { kind: 'research_list', from: '2023-10-01', to: '2023-12-31', rows: 50, style: { format: 'xml', references: 'hex' }, note: 'inserts only (`job_se` I)' },
  { kind: 'research_list', from: '2024-01-01', to: '2024-03-31', rows: 50, style: { format: 'csv' }, dateSpellingRate: 0.08, note: 'I rows plus U/D rows for nids of the 2023 Q4 file' },
  { kind: 'research_list', from: '2024-04-01', to: '2024-06-30', rows: 50, style: { format: 'json', asciiEscape: 'upper' }, note: 'I rows plus U/D rows for nids of earlier files' },
  // expense_list: monthly; one report per unit and month, many lines per report.
  { kind: 'expense_list', from: '2023-12-01', to: '2023-12-31', rows: 100, reports: 15, units: ['6110430', '6110620', '6110411'], style: { format: 'json' }, note: 'plain UTF-8 JSON; old unit names in the paths (before the reorganisation)' },
  { kind: 'expense_list', from: '2024-01-01', to: '2024-01-31', rows: 100, reports: 15, units: ['6110440', '6110630', '6110411', '6110711'], style: { format: 'csv', bom: true }, note: 'UTF-8 BOM; both `기획팀` teams, told apart by their paths' },
  { kind: 'expense_list', from: '2024-02-01', to: '2024-02-29', rows: 100, reports: 15, style: { format: 'xml', references: 'hex' }, note: 'hexadecimal references' },
  { kind: 'expense_list', from: '2024-03-01', to: '2024-03-31', rows: 100, reports: 15, units: ['6110711'], style: { format: 'csv' }, note: 'no BOM' },
];
