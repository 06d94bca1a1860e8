// generateExports: synthetic source exports of any size, in the city's formats, for benchmarks.
import { join } from 'node:path';
import type { SourceFormat, SourceKind } from '../../mappings/types.ts';
import { budgetExports } from './budget/budget-exports.ts';
import { EXPORT_KINDS, type ExportKind } from './columns.ts';
import { encodeAll } from './encode.ts';
import { cityInitiatives } from './city/spine.ts';
import { policyListRows } from './city/policy-rows.ts';
import { orgChartRows } from './org-chart.ts';
import {
  fileStem,
  KIND_SCALE,
  planFiles,
  planWindow,
  spreadOverDays,
  type PlannedFile,
} from './plan.ts';
import { Rng, seedFor } from './prng.ts';
import { generatedProcessFiles } from './processes/process-files.ts';
import { pickTraits, renderFile, RowSources } from './render.ts';
import { writeTextFile } from './write-file.ts';
import { writeMeetingExports } from './meetings/meeting-exports.ts';

export interface GenerateOptions {
  /** Number of info_list rows; the other kinds scale from it (public 0.4×, research 0.2×, expense 0.6×). */
  readonly records: number;
  readonly outDir: string;
  /** Same seed, same bytes. Default 1. */
  readonly seed?: number;
  /** Default: every kind, the organisation chart and the policy list. */
  readonly kinds?: readonly SourceKind[];
  /** Formats used in rotation, file by file (a record is never in two files). Default all three. */
  readonly formats?: readonly SourceFormat[];
}

export interface GenerateResult {
  /** Paths of the files written, in writing order. */
  readonly files: string[];
  /** Rows written per kind (`org_chart`: units). */
  readonly counts: Record<string, number>;
}

const ALL_FORMATS: readonly SourceFormat[] = ['csv', 'json', 'xml'];

/** BPMN work processes written: one per 2,000 info_list rows, at least the spine's eight. */
export function processCount(records: number): number {
  return records === 0 ? 0 : Math.max(8, Math.round(records / 2000));
}

/** The files a run will write, per kind: pure, so tests and progress bars can use it. */
export function planExports(options: Pick<GenerateOptions, 'records' | 'kinds'>): PlannedFile[] {
  if (!Number.isInteger(options.records) || options.records < 0) {
    throw new RangeError(`records must be a non-negative integer, got ${options.records}`);
  }
  const window = planWindow(options.records);
  const kinds = EXPORT_KINDS.filter((kind) => options.kinds?.includes(kind) ?? true);
  return kinds.flatMap((kind: ExportKind) => {
    const total = Math.round(options.records * KIND_SCALE[kind]);
    return planFiles(kind, spreadOverDays(total, window, kind === 'expense_list' ? 0.3 : 0.12));
  });
}

export async function generateExports(options: GenerateOptions): Promise<GenerateResult> {
  const seed = options.seed ?? 1;
  const formats = options.formats?.length ? options.formats : ALL_FORMATS;
  const files: string[] = [];
  const counts: Record<string, number> = {};
  const sources = new RowSources(new Rng(seedFor(seed, 'rows')));
  const styleRng = new Rng(seedFor(seed, 'styles'));
  let fileIndex = 0;
  for (const file of planExports(options)) {
    const format = formats[fileIndex++ % formats.length] ?? 'csv';
    const traits = pickTraits(styleRng, file, format);
    const path = join(options.outDir, file.kind, `${fileStem(file)}.${format}`);
    await writeTextFile(path, renderFile(file, traits, sources));
    files.push(path);
    counts[file.kind] = (counts[file.kind] ?? 0) + file.rows;
  }
  if (options.kinds?.includes('work_process') ?? true) {
    const count = processCount(options.records);
    for (const file of generatedProcessFiles(count)) {
      const path = join(options.outDir, file.path);
      await writeTextFile(path, [file.text]);
      files.push(path);
    }
    if (count > 0) counts['work_process'] = count;
  }
  if (options.kinds?.includes('budget_list') ?? true) {
    for (const file of budgetExports(options.records, planWindow(options.records))) {
      const path = join(options.outDir, file.path);
      await writeTextFile(path, [file.text]);
      files.push(path);
      counts['budget_list'] = (counts['budget_list'] ?? 0) + file.rows;
    }
  }
  if (options.kinds?.includes('org_chart') ?? true) {
    const rows = orgChartRows();
    const path = join(options.outDir, 'org_chart', 'org_chart.csv');
    await writeTextFile(path, [encodeAll('org_chart', { format: 'csv' }, rows)]);
    files.push(path);
    counts['org_chart'] = rows.length;
  }
  if (options.kinds?.includes('policy_list') ?? true) {
    // The city spine is one fixed city: its policy list does not scale with the records.
    const rows = policyListRows(cityInitiatives());
    const path = join(options.outDir, 'policy_list', 'policy_list.csv');
    await writeTextFile(path, [encodeAll('policy_list', { format: 'csv' }, rows)]);
    files.push(path);
    counts['policy_list'] = rows.length;
  }
  if (options.kinds?.includes('meeting_minutes') ?? true) {
    const written = await writeMeetingExports(
      options.records,
      planWindow(options.records),
      options.outDir,
      seed,
    );
    files.push(...written.files);
    counts['meeting_minutes'] = written.meetings;
  }
  return { files, counts };
}
