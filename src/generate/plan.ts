// Plans a synthetic export run: the time window, rows per day, and which file holds which days.
import { compactDate, dayNumber, isWeekend, monthEnd, monthStart } from './calendar.ts';
import type { ExportKind } from './columns.ts';

/** The last day of every generated window (a Sunday, so weekly files end on a full week). */
export const WINDOW_LAST_DAY = dayNumber(2024, 12, 29);
/** The first Monday the organisation chart covers: windows never start earlier. */
const EARLIEST_FIRST_DAY = dayNumber(2012, 1, 2);
export const MAX_ROWS_PER_FILE = 50_000;

/** Rows of each kind per info_list row. */
export const KIND_SCALE: Readonly<Record<ExportKind, number>> = {
  info_list: 1,
  public_list: 0.4,
  research_list: 0.2,
  expense_list: 0.6,
};

export interface Window {
  readonly firstDay: number;
  readonly lastDay: number;
}

/**
 * About 2,000 documents a week, at most ten years back — longer only when files would
 * otherwise exceed the row limit (an expense month holds ~2.6 weeks of info_list rows).
 */
export function planWindow(records: number): Window {
  const weeks = Math.max(
    1,
    Math.min(Math.ceil(records / 2000), 520),
    Math.ceil(records / 45_000),
    Math.ceil(records / 17_000),
  );
  const firstDay = WINDOW_LAST_DAY - weeks * 7 + 1;
  if (firstDay < EARLIEST_FIRST_DAY) {
    throw new RangeError(`${records} records would need files before 2012; at most ~11 million`);
  }
  return { firstDay, lastDay: WINDOW_LAST_DAY };
}

export interface DayCount {
  readonly day: number;
  readonly count: number;
}

export interface PlannedFile {
  readonly kind: ExportKind;
  /** The day range the file's name states (`{from}_{to}_{kind}`). */
  readonly from: number;
  readonly to: number;
  readonly days: readonly DayCount[];
  readonly rows: number;
}

/** Spreads `total` rows over the window's days, weekends lighter; exact, without randomness. */
export function spreadOverDays(total: number, window: Window, weekendWeight: number): DayCount[] {
  const weights: number[] = [];
  for (let day = window.firstDay; day <= window.lastDay; day++) {
    weights.push(isWeekend(day) ? weekendWeight : 1);
  }
  const sum = weights.reduce((a, b) => a + b, 0);
  const result: DayCount[] = [];
  let cumulative = 0;
  let assigned = 0;
  weights.forEach((weight, i) => {
    cumulative += weight;
    const upTo = Math.round((total * cumulative) / sum);
    result.push({ day: window.firstDay + i, count: upTo - assigned });
    assigned = upTo;
  });
  return result;
}

function periodOf(kind: ExportKind, day: number): { from: number; to: number } {
  if (kind === 'info_list') {
    const from = day - ((((day - dayNumber(2024, 1, 1)) % 7) + 7) % 7);
    return { from, to: from + 6 };
  }
  return { from: monthStart(day), to: monthEnd(day) };
}

/**
 * Groups days into files: weekly for info_list, monthly otherwise (the whole period in the
 * name); a period over the row limit is cut at day boundaries into contiguous narrower ranges.
 * Expense months are never cut: a report must stay in one file (the window keeps them small).
 */
export function planFiles(kind: ExportKind, days: readonly DayCount[]): PlannedFile[] {
  const periods = new Map<number, DayCount[]>();
  for (const entry of days) {
    const { from } = periodOf(kind, entry.day);
    periods.set(from, [...(periods.get(from) ?? []), entry]);
  }
  const files: PlannedFile[] = [];
  for (const [from, group] of periods) {
    const { to } = periodOf(kind, from);
    let chunk: DayCount[] = [];
    let rows = 0;
    let chunkFrom = from;
    for (const entry of group) {
      if (kind !== 'expense_list' && rows > 0 && rows + entry.count > MAX_ROWS_PER_FILE) {
        files.push({ kind, from: chunkFrom, to: entry.day - 1, days: chunk, rows });
        [chunk, rows, chunkFrom] = [[], 0, entry.day];
      }
      chunk.push(entry);
      rows += entry.count;
    }
    if (rows > 0) files.push({ kind, from: chunkFrom, to, days: chunk, rows });
  }
  return files;
}

export function fileStem(file: Pick<PlannedFile, 'kind' | 'from' | 'to'>): string {
  return `${compactDate(file.from)}_${compactDate(file.to)}_${file.kind}`;
}
