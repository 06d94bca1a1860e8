// Budget exports for `plaza generate`: every fiscal year of the window, each in its phases, with
// more lines per department as --records grows (about 5 budget lines per 100 documents).
import { civil } from '../calendar.ts';
import type { Window } from '../plan.ts';
import { budgetCsv, budgetEnvelope, budgetFileName } from './budget-files.ts';
import { budgetLineRows, type BudgetPhaseNotation } from './budget-lines.ts';

/** Budget lines per info_list row. */
export const BUDGET_SCALE = 0.05;
/** The last fiscal year of every window; it has no settlement yet. */
const CURRENT_YEAR = 2024;

export interface BudgetExport {
  /** Path relative to the output directory. */
  readonly path: string;
  readonly text: string;
  readonly rows: number;
}

export function budgetPhasesOf(year: number): BudgetPhaseNotation[] {
  return year < CURRENT_YEAR
    ? ['original', 'supplementary-1', 'settlement']
    : ['original', 'supplementary-1'];
}

/** The files, one per fiscal year × phase; formats alternate CSV / JSON envelope. */
export function budgetExports(records: number, window: Window): BudgetExport[] {
  const first = Math.min(civil(window.firstDay).year, CURRENT_YEAR);
  const datasets: { year: number; phase: BudgetPhaseNotation }[] = [];
  for (let year = first; year <= CURRENT_YEAR; year++)
    for (const phase of budgetPhasesOf(year)) datasets.push({ year, phase });
  const perDataset = (records * BUDGET_SCALE) / datasets.length;
  return datasets.map(({ year, phase }, i) => {
    const baseline = budgetLineRows(year, phase);
    // extra lines go to departments (each has one 기본경비 line), not to bureaus
    const departments = baseline.filter((r) => r['detail_bsns_nm']?.endsWith(' 기본경비')).length;
    const extra = Math.max(0, Math.ceil((perDataset - baseline.length) / departments));
    const rows = extra === 0 ? baseline : budgetLineRows(year, phase, extra);
    const format = i % 2 === 0 ? 'csv' : 'json';
    const text = format === 'csv' ? budgetCsv(rows) : budgetEnvelope(rows, phase);
    return { path: `budget_list/${budgetFileName(year, phase, format)}`, text, rows: rows.length };
  });
}
