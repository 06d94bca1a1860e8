// generateExports end to end: counts, file names, parse-back, unique ids, org resolution, determinism.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  COLUMNS,
  generateExports,
  LEGACY_INFO_LIST_NAMES,
  orgChartRows,
  type GenerateResult,
} from '../../src/generate/index.ts';
import { cityInitiatives } from '../../src/generate/city/index.ts';
import { departmentOf, OrgChartIndex, rowDay } from './org-resolver.ts';
import { formatOf, parseExport, type ParsedExport } from './parse-export.ts';

const RECORDS = 3000;
const dirs: string[] = [];
const tempDir = async (): Promise<string> => {
  const dir = await mkdtemp(join(tmpdir(), 'plaza-generate-'));
  dirs.push(dir);
  return dir;
};

let result: GenerateResult;
const parsed = new Map<string, ParsedExport>();
const kindOf = (path: string): string => basename(join(path, '..'));
/** The row exports and the chart (work processes are BPMN documents: test/generate/processes.test.ts). */
/** Row exports only: BPMN processes and meeting minutes are documents, tested elsewhere. */
const rowFiles = (): string[] =>
  result.files.filter(
    (file) => !['work_process', 'meeting_minutes', 'budget_list'].includes(kindOf(file) ?? ''),
  );

beforeAll(async () => {
  result = await generateExports({ records: RECORDS, outDir: await tempDir(), seed: 42 });
  for (const file of rowFiles()) {
    parsed.set(file, parseExport(await readFile(file, 'utf8'), formatOf(file)));
  }
});

afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('generateExports', () => {
  it('writes info_list rows as asked and the other kinds in proportion', () => {
    expect(result.counts).toEqual({
      info_list: RECORDS,
      public_list: RECORDS * 0.4,
      research_list: RECORDS * 0.2,
      expense_list: RECORDS * 0.6,
      work_process: 8,
      budget_list: expect.any(Number) as number,
      org_chart: orgChartRows().length,
      policy_list: cityInitiatives().length,
      meeting_minutes: RECORDS * 0.01,
    });
  });

  it('names files {from}_{to}_{kind}.{csv|json|xml} in a folder per kind', () => {
    for (const file of rowFiles()) {
      const kind = kindOf(file);
      if (kind === 'budget_list') continue;
      if (kind === 'org_chart') expect(basename(file)).toBe('org_chart.csv');
      else if (kind === 'policy_list') expect(basename(file)).toBe('policy_list.csv');
      else expect(basename(file)).toMatch(new RegExp(`^\\d{8}_\\d{8}_${kind}\\.(csv|json|xml)$`));
    }
    expect(new Set(rowFiles().map(formatOf))).toEqual(new Set(['csv', 'json', 'xml']));
  });

  it('every file parses back to its rows, with the kind’s columns', () => {
    const rowsPerKind: Record<string, number> = {};
    for (const [file, { header, rows }] of parsed) {
      const kind = kindOf(file) as keyof typeof COLUMNS;
      const legacy = COLUMNS[kind].map((c) => LEGACY_INFO_LIST_NAMES[c] ?? c);
      expect([COLUMNS[kind], legacy]).toContainEqual(header);
      for (const row of rows) expect(Object.keys(row)).toEqual(header);
      rowsPerKind[kind] = (rowsPerKind[kind] ?? 0) + rows.length;
    }
    const { meeting_minutes: meetings, budget_list: budget, ...rowCounts } = result.counts;
    expect(meetings).toBeGreaterThan(0);
    expect(budget).toBeGreaterThan(0);
    expect(rowsPerKind).toEqual({ ...rowCounts, work_process: undefined });
  });

  it('gives every document a unique 15-digit package_id, and disclosures unique nids', () => {
    const rowsOf = (kind: string): Record<string, string>[] =>
      [...parsed].filter(([file]) => kindOf(file) === kind).flatMap(([, p]) => [...p.rows]);
    const ids = rowsOf('info_list').map((row) => row['package_id'] ?? '');
    expect(ids.every((id) => /^\d{15}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const nids = rowsOf('public_list').map((row) => row['nid']);
    expect(new Set(nids).size).toBe(nids.length);
    const inserted = rowsOf('research_list').filter((row) => row['job_se'] === 'I');
    expect(new Set(inserted.map((row) => row['nid'])).size).toBe(inserted.length);
  });

  it('keeps each expense report (nid) in one file, its lines adding up to the execution', () => {
    const fileOfReport = new Map<string, string>();
    const sums = new Map<string, number>();
    for (const [file, { rows }] of parsed) {
      if (kindOf(file) !== 'expense_list') continue;
      for (const row of rows) {
        const nid = row['nid'] ?? '';
        expect(fileOfReport.get(nid) ?? file).toBe(file);
        fileOfReport.set(nid, file);
        sums.set(nid, (sums.get(nid) ?? 0) + Number(row['exec_amount']));
        expect(row['exec_dt']).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
      }
      for (const row of rows)
        expect(Number(row['expense_execution'])).toBe(sums.get(row['nid'] ?? ''));
    }
  });

  it('names only departments that resolve in the generated organisation chart', () => {
    const chartFile = result.files.find((file) => kindOf(file) === 'org_chart') ?? '';
    const chart = new OrgChartIndex(parsed.get(chartFile)?.rows ?? []);
    for (const [file, { rows }] of parsed) {
      const kind = kindOf(file);
      for (const row of rows) {
        const dept = departmentOf(kind, row);
        const day = rowDay(kind, row);
        if (!dept || !day) continue;
        const outcome =
          'path' in dept ? chart.resolvePath(dept.path, day) : chart.resolveName(dept.name, day);
        expect({ file: basename(file), dept, outcome }).toEqual({
          file: basename(file),
          dept,
          outcome: 'resolved',
        });
      }
    }
  });

  it('is deterministic for a seed, and differs for another seed', async () => {
    const again = await generateExports({ records: RECORDS, outDir: await tempDir(), seed: 42 });
    const other = await generateExports({ records: RECORDS, outDir: await tempDir(), seed: 43 });
    const bytes = (files: string[]): Promise<string[]> =>
      Promise.all(files.map((f) => readFile(f, 'utf8')));
    const first = await bytes(result.files);
    expect(again.files.map((f) => basename(f))).toEqual(result.files.map((f) => basename(f)));
    expect(await bytes(again.files)).toEqual(first);
    expect((await bytes(other.files)).slice(0, 3)).not.toEqual(first.slice(0, 3));
  });

  it('writes only the kinds and formats asked for', async () => {
    const only = await generateExports({
      records: 500,
      outDir: await tempDir(),
      kinds: ['public_list'],
      formats: ['json'],
    });
    expect(only.counts).toEqual({ public_list: 200 });
    expect(only.files.every((file) => file.endsWith('_public_list.json'))).toBe(true);
  });
});
