// data/policy_list/ from the city spine (policies 1–11 as JSON, 12–22 as CSV, each file a whole
// subtree), and the broken policy list of data/_bad/ with one documented reject per bad row.
import { cityInitiatives } from '../city/spine.ts';
import { policyListRow, policyListRows } from '../city/policy-rows.ts';
import type { ExportRow } from '../columns.ts';
import { csvRecord, encodeAll, type FileStyle } from '../encode.ts';
import { assemble, bad, csvOf, type BadSample, type Entry } from './bad-assemble.ts';

/** A sample file of data/policy_list/ (the shape of build-samples' SampleFile). */
export interface PolicySampleFile {
  readonly path: string;
  readonly name: string;
  readonly kind: 'policy_list';
  readonly style: FileStyle;
  readonly text: string;
  readonly rows: readonly ExportRow[];
  readonly positions: readonly number[];
}

const policyNumber = (id: string): number => Number(/^[A-Z]+-(\d+)/.exec(id)?.[1] ?? 0);

function policyFile(name: string, style: FileStyle, from: number, to: number): PolicySampleFile {
  const initiatives = cityInitiatives().filter((i) => {
    const n = policyNumber(i.id);
    return from <= n && n <= to;
  });
  const rows = policyListRows(initiatives);
  const text = encodeAll('policy_list', style, rows);
  // No value holds a line break: a CSV row is on the line after its predecessor.
  const positions = rows.map((_, i) => (style.format === 'csv' ? i + 2 : i + 1));
  return { path: `policy_list/${name}`, name, kind: 'policy_list', style, text, rows, positions };
}

export const POLICY_SAMPLE_NAMES = {
  json: 'policies_01-11_policy_list.json',
  csv: 'policies_12-22_policy_list.csv',
  bad: 'policies_draft_policy_list.csv',
} as const;

export function policySamples(): PolicySampleFile[] {
  return [
    policyFile(POLICY_SAMPLE_NAMES.json, { format: 'json' }, 1, 11),
    policyFile(POLICY_SAMPLE_NAMES.csv, { format: 'csv' }, 12, 22),
  ];
}

const LEVEL_REASON =
  'unknown level "과제" (expected policy, programme or project; 정책, 사업 or 세부사업)';
const CYCLE = 'cycle in the hierarchy: PRG-21-7 → PRG-21-8 → PRG-21-7';

/** A draft revision of policy 21: its clean subtree with eight broken rows mixed in. */
export function badPolicyList(): BadSample {
  const subtree = cityInitiatives().filter((i) => policyNumber(i.id) === 21);
  const good = subtree.map((i): Entry => ({ row: policyListRow(i) }));
  const project = policyListRow(subtree.find((i) => i.level === 'project') ?? subtree[0]!);
  const programme = policyListRow(subtree.find((i) => i.level === 'programme') ?? subtree[0]!);
  const broken = (field: string, reason: string, row: ExportRow): Entry =>
    bad(field, reason, () => csvRecord(csvOf('policy_list', row)));
  const entries: Entry[] = [
    ...good.slice(0, 3),
    broken('name_ko', 'required value is missing', { ...project, id: 'PRJ-21-1-4', name_ko: '' }),
    broken('level', LEVEL_REASON, { ...project, id: 'PRJ-21-1-5', level: '과제' }),
    ...good.slice(3, 6),
    broken('end_date', 'ends (2024-12-31) before it starts (2025-01-01)', {
      ...project,
      id: 'PRJ-21-1-6',
      start_date: '2025-01-01',
      end_date: '2024-12-31',
    }),
    broken('start_date', 'not a calendar date: "20241399"', {
      ...project,
      id: 'PRJ-21-1-7',
      start_date: '20241399',
    }),
    ...good.slice(6, 9),
    broken('parent_id', "parent PRG-21-9 is not among this file's valid rows", {
      ...project,
      id: 'PRJ-21-9-1',
      parent_id: 'PRG-21-9',
    }),
    broken('parent_id', 'parent POL-21 is a policy; a project belongs to a programme', {
      ...project,
      id: 'PRJ-21-2-9',
      parent_id: 'POL-21',
    }),
    broken('parent_id', CYCLE, { ...programme, id: 'PRG-21-7', parent_id: 'PRG-21-8' }),
    broken('parent_id', CYCLE, { ...programme, id: 'PRG-21-8', parent_id: 'PRG-21-7' }),
    ...good.slice(9),
  ];
  return assemble('policy_list', POLICY_SAMPLE_NAMES.bad, { format: 'csv' }, entries);
}
