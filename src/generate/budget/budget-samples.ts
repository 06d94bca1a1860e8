// The budget samples of data/: two fiscal years × two phases (CSV and JSON envelope forms), a bad
// envelope in data/_bad/ with its documented rejects, and data/budget_list/README.md.
import { budgetCsv, budgetEnvelope, budgetFileName } from './budget-files.ts';
import { budgetLineRows, type BudgetPhaseNotation, type BudgetRow } from './budget-lines.ts';

export interface BudgetSample {
  /** Path under data/. */
  readonly path: string;
  readonly year: number;
  readonly phase: BudgetPhaseNotation;
  readonly rows: readonly BudgetRow[];
  readonly text: string;
}

export interface BudgetReject {
  /** 1-based record position in the envelope; 0 for the file-level count mismatch. */
  readonly line: number;
  readonly field: string;
  readonly reason: string;
}

export const BUDGET_SAMPLE_SPECS: readonly {
  year: number;
  phase: BudgetPhaseNotation;
  format: 'csv' | 'json';
}[] = [
  { year: 2023, phase: 'original', format: 'csv' },
  { year: 2023, phase: 'settlement', format: 'json' },
  { year: 2024, phase: 'original', format: 'json' },
  { year: 2024, phase: 'supplementary-1', format: 'csv' },
];

export function budgetSamples(): BudgetSample[] {
  return BUDGET_SAMPLE_SPECS.map(({ year, phase, format }) => {
    const rows = budgetLineRows(year, phase);
    const text = format === 'csv' ? budgetCsv(rows, true) : budgetEnvelope(rows, phase);
    return { path: `budget_list/${budgetFileName(year, phase, format)}`, year, phase, rows, text };
  });
}

/** Defects planted in the bad envelope: record position → column, value, reason of the reject. */
const DEFECTS: readonly [number, string, string, string][] = [
  [3, 'budget_crntam', '일억', 'not an amount: "일억"'],
  [5, 'expndtram', '-1200000', 'amount may not be negative: "-1200000"'],
  [7, 'accnut_year', '', 'not a year: ""'],
  [9, 'detail_bsns_code', '', 'required code is missing'],
  [11, 'realm_code', '030', 'unknown 분야 (field) code "030"'],
  [13, 'sect_code', '084', "부문 (sector) 084 belongs to 분야 080, not to the row's 분야 010"],
  [15, 'sect_code', '079', 'unknown 부문 (sector) code "079"'],
];
const BAD_ROWS = 18;
const DECLARED = BAD_ROWS + 2;

export function badBudgetSample(): { path: string; text: string; rejects: BudgetReject[] } {
  const rows = budgetLineRows(2022, 'original')
    .filter((r) => r['realm_code'] === '010')
    .slice(0, BAD_ROWS)
    .map((row, i) => {
      const defect = DEFECTS.find(([at]) => at === i + 1);
      return defect ? { ...row, [defect[1]]: defect[2] } : row;
    });
  const rejects = DEFECTS.map(([line, field, , reason]) => ({ line, field, reason }));
  rejects.push({
    line: 0,
    field: 'list_total_count',
    reason: `envelope head declares ${DECLARED} records but the file holds ${BAD_ROWS} (the ${BAD_ROWS} were read)`,
  });
  return {
    path: `_bad/${budgetFileName(2022, 'original', 'json')}`,
    text: budgetEnvelope(rows, 'original', DECLARED),
    rejects,
  };
}

export function budgetReadme(samples: readonly BudgetSample[]): string {
  const bad = badBudgetSample();
  const files = samples.map((s) => `| \`${s.path}\` | ${s.year} | ${s.phase} | ${s.rows.length} |`);
  const rejects = bad.rejects.map(
    (r) => `| \`${bad.path}#${r.line}\` | \`${r.field}\` | ${r.reason} |`,
  );
  return `# Budget lines (budget_list)

Invented expenditure-budget exports of the sample city (\`/work/shared/SOURCES.md\` §5), drawn from
the city spine (\`src/generate/city/\`): every active project's detail projects (세부사업) appear in
its department's lines with the spine's codes, next to each department's running costs (기본경비)
and business-expense items (부서운영·시책추진업무추진비; bureaus: 기관운영업무추진비).
**Generated** by \`src/generate/budget/\` — do not edit by hand.

- **Phase per file.** The file name is \`{year}_{phase}_budget_list.{csv|json}\` with phase
  \`original\` (본예산), \`supplementary-N\` (제N회 추경) or \`settlement\` (결산). A JSON envelope
  may state it in its head instead (\`{"budget_phase":"제1회 추경"}\`, Korean or notation); when
  both do, they must agree. A \`budget_phase\` column, if present, wins row by row.
- **Envelope.** \`{"<SERVICE>":[{"head":[{"list_total_count":N},…]},{"row":[…]}]}\`; the reader
  checks N against the rows (schema: \`mappings/schemas/budget_list.schema.json\`).
- **Line key.** \`{accnut_se_code}.{dept_code}.{detail_bsns_code}\`, the line IRI
  \`id/budget/{year}/{phase}/{key}\`.
- **Amounts** are won; CSV samples show spreadsheet quirks (thousands separators on every 7th row,
  stray spaces around every 11th detail name). Only \`etc_crntam\` (transfers in and out) may be negative.

| file | year | phase | lines |
|---|---:|---|---:|
${files.join('\n')}

## Bad file and its rejects (the other rows are ingested)

| where | field | reason |
|---|---|---|
${rejects.join('\n')}
`;
}
