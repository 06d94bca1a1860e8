// Builds the sample exports of data/ in memory (pure): rows per spec, encoded, with row positions.
import type { SourceFormat } from '../../../mappings/types.ts';
import { dayFromIso } from '../calendar.ts';
import type { ExportKind, ExportRow } from '../columns.ts';
import { createEncoder, encodeAll, type FileStyle } from '../encode.ts';
import { expenseUnitsOn } from '../expense-units.ts';
import { orgChartRows } from '../org-chart.ts';
import { spreadOverDays } from '../plan.ts';
import { Rng, seedFor } from '../prng.ts';
import { RowSources } from '../render.ts';
import {
  badProcessFile,
  sampleProcessFiles,
  type DocumentFile,
} from '../processes/process-files.ts';
import { buildBadSamples, type BadSample } from './bad-samples.ts';
import { policySamples } from './policy-samples.ts';
import { SAMPLE_QUIRK_RATE, SAMPLE_SEED, SAMPLE_SPECS, type SampleSpec } from './sample-plan.ts';

export interface SampleFile {
  /** Path under data/. */
  readonly path: string;
  readonly name: string;
  readonly kind: ExportKind | 'org_chart' | 'policy_list';
  readonly style: FileStyle;
  readonly text: string;
  readonly rows: readonly ExportRow[];
  /** Per row: the CSV line it starts on, or its 1-based record position (JSON/XML). */
  readonly positions: readonly number[];
  readonly spec?: SampleSpec;
}

export function sampleName(spec: Pick<SampleSpec, 'kind' | 'from' | 'to' | 'style'>): string {
  const compact = (iso: string): string => iso.replaceAll('-', '');
  return `${compact(spec.from)}_${compact(spec.to)}_${spec.kind}.${spec.style.format}`;
}

/** Encodes rows and records where each row starts (lines count `\n`, as readers do). */
export function encodeWithPositions(
  kind: ExportKind | 'org_chart' | 'policy_list',
  style: FileStyle,
  rows: readonly ExportRow[],
): { text: string; positions: number[] } {
  const encoder = createEncoder(kind, style);
  let text = encoder.begin();
  let line = 1 + countNewlines(text);
  const positions: number[] = [];
  rows.forEach((row, i) => {
    const piece = encoder.row(row, i);
    positions.push(style.format === 'csv' ? line : i + 1);
    line += countNewlines(piece);
    text += piece;
  });
  return { text: text + encoder.end(), positions };
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function sampleRows(spec: SampleSpec, sources: RowSources, rng: Rng): ExportRow[] {
  const window = { firstDay: dayFromIso(spec.from), lastDay: dayFromIso(spec.to) };
  const days = spreadOverDays(spec.rows, window, 0.12);
  const quirkRate = SAMPLE_QUIRK_RATE;
  const dateSpellingRate = spec.dateSpellingRate ?? 0;
  const rows: ExportRow[] = [];
  if (spec.kind === 'expense_list') return expenseSampleRows(spec, sources, rng, window);
  if (spec.kind === 'research_list') sources.research.beginFile();
  for (const { day, count } of days) {
    for (let i = 0; i < count; i++) {
      if (spec.kind === 'info_list') {
        const options = { quirkRate, dateSpellingRate, includeUnresolvable: true };
        const row = sources.approval.row(day, options);
        rows.push(spec.gradeless === true ? { ...row, othbc_se: '' } : row);
      } else if (spec.kind === 'public_list') {
        rows.push(sources.disclosure.row(day, { quirkRate }));
      } else {
        const options = { quirkRate, dateSpellingRate, updateRate: 0.1, deleteRate: 0.08 };
        rows.push(sources.research.row(day, options));
      }
    }
  }
  return rows;
}

function expenseSampleRows(
  spec: SampleSpec,
  sources: RowSources,
  rng: Rng,
  window: { firstDay: number; lastDay: number },
): ExportRow[] {
  const reports = spec.reports ?? 1;
  const forced = expenseUnitsOn(window.firstDay).filter((u) => spec.units?.includes(u.unit.code));
  const random = sources.expense
    .unitsFor(window.firstDay, reports)
    .filter((unit) => !forced.includes(unit))
    .slice(0, reports - forced.length);
  const units = [...random, ...forced];
  const sizes = units.map(() => 1);
  for (let extra = spec.rows - units.length; extra > 0; extra--) {
    const at = rng.int(0, units.length - 1);
    sizes[at] = (sizes[at] ?? 1) + 1;
  }
  return units.flatMap((unit, i) =>
    sources.expense.report(unit, window.firstDay, window.lastDay, sizes[i] ?? 1, SAMPLE_QUIRK_RATE),
  );
}

export interface SampleSet {
  readonly files: readonly SampleFile[];
  readonly bad: readonly BadSample[];
  /** Structured sources written as they are (work processes; a bad one under _bad/). */
  readonly documents: readonly DocumentFile[];
}

/** Every sample file of data/ (kinds, organisation chart, bad files), deterministically. */
export function buildSamples(seed = SAMPLE_SEED): SampleSet {
  const sources = new RowSources(new Rng(seedFor(seed, 'samples')));
  const rng = new Rng(seedFor(seed, 'sizes'));
  const files: SampleFile[] = [];
  for (const spec of SAMPLE_SPECS) {
    const name = sampleName(spec);
    const rows = spec.sameRowsAs
      ? (files.find((file) => file.name === spec.sameRowsAs)?.rows ?? [])
      : sampleRows(spec, sources, rng);
    const { text, positions } = encodeWithPositions(spec.kind, spec.style, rows);
    files.push({
      path: `${spec.kind}/${name}`,
      name,
      kind: spec.kind,
      style: spec.style,
      text,
      rows,
      positions,
      spec,
    });
  }
  const chart = orgChartRows();
  const style = { format: 'csv' as SourceFormat };
  files.push({
    path: 'org_chart/org_chart.csv',
    name: 'org_chart.csv',
    kind: 'org_chart',
    style,
    text: encodeAll('org_chart', style, chart),
    rows: chart,
    positions: chart.map((_, i) => i + 2),
  });
  files.push(...policySamples());
  const documents = [...sampleProcessFiles(), badProcessFile()];
  return { files, bad: buildBadSamples(sources), documents };
}
