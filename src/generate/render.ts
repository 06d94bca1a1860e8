// Renders planned files: picks each file's style, then yields its text row by row (no I/O here).
import type { SourceFormat } from '../../mappings/types.ts';
import { dayNumber } from './calendar.ts';
import type { ExportKind, ExportRow } from './columns.ts';
import { createEncoder, type FileStyle } from './encode.ts';
import { ApprovalRowFactory } from './approval-rows.ts';
import { DisclosureRowFactory } from './disclosure-rows.ts';
import { ExpenseReportFactory } from './expense-rows.ts';
import { ResearchRowFactory } from './research-rows.ts';
import type { PlannedFile } from './plan.ts';
import { Rng } from './prng.ts';

/** The row-level choices that hold for a whole file. */
export interface FileTraits {
  readonly style: FileStyle;
  /** info_list: the grade column left empty throughout. */
  readonly gradeless: boolean;
  readonly dateSpellingRate: number;
}

/** Older info_list exports (before 2019) use the older column spellings. */
const LEGACY_NAMES_BEFORE = dayNumber(2019, 1, 1);

export function pickTraits(rng: Rng, file: PlannedFile, format: SourceFormat): FileTraits {
  const style: FileStyle = {
    format,
    bom: format === 'csv' && rng.chance(0.5),
    quoteAll: format === 'csv' && rng.chance(0.15),
    legacyNames: file.kind === 'info_list' && file.to < LEGACY_NAMES_BEFORE,
    ...(format === 'json' && rng.chance(0.5)
      ? { asciiEscape: rng.chance(0.7) ? ('upper' as const) : ('lower' as const) }
      : {}),
    references: rng.chance(0.6) ? 'hex' : 'decimal',
  };
  return {
    style,
    gradeless: file.kind === 'info_list' && rng.chance(0.02),
    dateSpellingRate: rng.chance(0.08) ? 0.02 : 0,
  };
}

/** The stateful row sources of one run, one per kind, so ids stay unique across files. */
export class RowSources {
  readonly approval: ApprovalRowFactory;
  readonly disclosure: DisclosureRowFactory;
  readonly research: ResearchRowFactory;
  readonly expense: ExpenseReportFactory;

  constructor(private readonly rng: Rng) {
    this.approval = new ApprovalRowFactory(new Rng(rng.int(0, 2 ** 31)));
    this.disclosure = new DisclosureRowFactory(new Rng(rng.int(0, 2 ** 31)));
    this.research = new ResearchRowFactory(new Rng(rng.int(0, 2 ** 31)));
    this.expense = new ExpenseReportFactory(new Rng(rng.int(0, 2 ** 31)));
  }

  /** The rows of one planned file, in file order. */
  *rows(file: PlannedFile, traits: FileTraits, quirkRate = 0.03): Generator<ExportRow> {
    if (file.kind === 'expense_list') {
      yield* this.expenseRows(file, quirkRate);
      return;
    }
    if (file.kind === 'research_list') this.research.beginFile();
    for (const { day, count } of file.days) {
      for (let i = 0; i < count; i++) yield this.row(file.kind, day, traits, quirkRate);
    }
  }

  private row(kind: ExportKind, day: number, traits: FileTraits, quirkRate: number): ExportRow {
    const { dateSpellingRate } = traits;
    switch (kind) {
      case 'info_list': {
        const row = this.approval.row(day, {
          quirkRate,
          dateSpellingRate,
          includeUnresolvable: false,
        });
        return traits.gradeless ? { ...row, othbc_se: '' } : row;
      }
      case 'public_list':
        return this.disclosure.row(day, { quirkRate });
      case 'research_list':
        return this.research.row(day, {
          quirkRate,
          dateSpellingRate,
          updateRate: 0.03,
          deleteRate: 0.01,
        });
      case 'expense_list':
        throw new RangeError('expense rows come by report');
    }
  }

  /** A month's lines cut into reports of about seven lines, one per reporting unit. */
  private *expenseRows(file: PlannedFile, quirkRate: number): Generator<ExportRow> {
    const active = file.days.filter((entry) => entry.count > 0);
    const firstDay = active[0]?.day ?? file.from;
    const lastDay = active.at(-1)?.day ?? file.to;
    const units = this.expense.unitsFor(firstDay, Math.max(1, Math.round(file.rows / 7)));
    const reports = Math.min(units.length, file.rows);
    const weights = units.slice(0, reports).map(() => 0.3 + this.rng.float());
    const total = weights.reduce((a, b) => a + b, 0);
    let assigned = 0;
    let cumulative = 0;
    for (let i = 0; i < reports; i++) {
      cumulative += weights[i] ?? 0;
      const extra = file.rows - reports;
      const upTo = i === reports - 1 ? extra : Math.round((extra * cumulative) / total);
      const lines = 1 + upTo - assigned;
      assigned = upTo;
      const unit = units[i];
      if (unit) yield* this.expense.report(unit, firstDay, lastDay, lines, quirkRate);
    }
  }
}

/** A file's text, piece by piece: header, rows, footer. */
export function* renderFile(
  file: PlannedFile,
  traits: FileTraits,
  sources: RowSources,
): Generator<string> {
  const encoder = createEncoder(file.kind, traits.style);
  yield encoder.begin();
  let index = 0;
  for (const row of sources.rows(file, traits)) yield encoder.row(row, index++);
  yield encoder.end();
}
