// Budget exports as the city sends them: a CSV, or the local-finance JSON envelope whose head
// states the record count and the phase. File names say year and phase: {year}_{phase}_budget_list.
import { COLUMNS_BUDGET } from './columns.ts';
import type { BudgetPhaseNotation, BudgetRow } from './budget-lines.ts';

export const BUDGET_SERVICE = 'SeoulExpenditureBudgetList';

/** What a budget head states in Korean, as the city's API does (`본예산`, `제1회 추경`, `결산`). */
const PHASE_KO: Readonly<Record<BudgetPhaseNotation, string>> = {
  original: '본예산',
  'supplementary-1': '제1회 추경',
  settlement: '결산',
};

export function budgetFileName(year: number, phase: string, format: 'csv' | 'json'): string {
  return `${year}_${phase}_budget_list.${format}`;
}

const AMOUNT = /^(budget_crntam|nxndr|cty|signgunon|etc_crntam|expndtram|orgnztnam)$/;

const quote = (value: string): string =>
  /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

/** Thousands separators (`"4,069,700,000"`), as spreadsheets export them. */
const grouped = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * A CSV export. With `quirks`, some rows show what office spreadsheets produce: amounts with
 * thousands separators (every 7th row) and names with stray spaces (every 11th row).
 */
export function budgetCsv(rows: readonly BudgetRow[], quirks = false): string {
  const lines = [COLUMNS_BUDGET.join(',')];
  rows.forEach((row, i) => {
    const cells = COLUMNS_BUDGET.map((c) => {
      const value = row[c] ?? '';
      if (quirks && i % 7 === 3 && AMOUNT.test(c) && /^\d+$/.test(value)) return grouped(value);
      if (quirks && i % 11 === 5 && c === 'detail_bsns_nm') return ` ${value}  `;
      return value;
    });
    lines.push(cells.map(quote).join(','));
  });
  return `${lines.join('\r\n')}\r\n`;
}

/** The API's JSON: amounts as numbers where they are plain digits, empty values as null. */
function jsonRow(row: BudgetRow): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {};
  for (const column of COLUMNS_BUDGET) {
    const value = row[column] ?? '';
    if (value === '') out[column] = null;
    else if (AMOUNT.test(column) && /^-?\d+$/.test(value)) out[column] = Number(value);
    else out[column] = value;
  }
  return out;
}

/**
 * The envelope `{"<SERVICE>":[{"head":[…]},{"row":[…]}]}`, one row per line. `count` is what the
 * head declares (the row count unless a test wants a mismatch); `phase` goes into the head.
 */
export function budgetEnvelope(
  rows: readonly (BudgetRow | Record<string, unknown>)[],
  phase: BudgetPhaseNotation | undefined,
  count = rows.length,
): string {
  const head = [
    { list_total_count: count },
    { RESULT: { CODE: 'INFO-000', MESSAGE: '정상 처리되었습니다' } },
    ...(phase === undefined ? [] : [{ budget_phase: PHASE_KO[phase] }]),
  ];
  const body = rows.map((row) => JSON.stringify(isBudgetRow(row) ? jsonRow(row) : row)).join(',\n');
  return `{"${BUDGET_SERVICE}":[{"head":${JSON.stringify(head)}},{"row":[\n${body}\n]}]}\n`;
}

function isBudgetRow(row: BudgetRow | Record<string, unknown>): row is BudgetRow {
  return Object.values(row).every((v) => typeof v === 'string');
}
