// The budget lines Plaza knows, indexed by fiscal year and department, so that a business-expense
// report can be tied to the 업무추진비 line it executes (derived, never guessed: see MODEL.md).
import { cleanText } from '../parse/fields.ts';
import type { OrgDirectory } from '../org/directory.ts';

/** What the directory keeps of one budget line (the record key and its dimensions). */
export interface KnownBudgetLine {
  readonly year: string;
  readonly phase: string;
  /** `{account}.{dept}.{detail}`. */
  readonly lineKey: string;
  readonly deptCode: string;
  readonly detailName: string;
}

export type BudgetLineResolution =
  | { readonly status: 'resolved'; readonly lines: readonly KnownBudgetLine[] }
  | { readonly status: 'unresolved' | 'ambiguous'; readonly reason: string };

const compact = (text: string): string => cleanText(text).replace(/\s+/g, '');

/** An immutable index of budget lines by year and department code. */
export class BudgetLineDirectory {
  private readonly byYearDept = new Map<string, KnownBudgetLine[]>();

  constructor(lines: Iterable<KnownBudgetLine>) {
    for (const line of lines) {
      const at = `${line.year}/${line.deptCode}`;
      this.byYearDept.set(at, [...(this.byYearDept.get(at) ?? []), line]);
    }
  }

  get size(): number {
    let n = 0;
    for (const lines of this.byYearDept.values()) n += lines.length;
    return n;
  }

  /**
   * The lines (one per phase) of the budget item a business-expense report of `category`
   * (`시책추진업무추진비`) executes: the item of the department whose detail-project name contains the
   * category. A unit that holds no budget line at all that year (a team) spends its division's
   * budget: the search moves up the organisation chart until a unit holds lines.
   */
  expenseItem(
    year: string,
    deptCode: string,
    category: string,
    orgs: OrgDirectory,
  ): BudgetLineResolution {
    const wanted = compact(category);
    if (wanted === '') return { status: 'unresolved', reason: 'the report names no category' };
    const seen = new Set<string>();
    let code: string | undefined = deptCode;
    while (code !== undefined && !seen.has(code)) {
      seen.add(code);
      const lines = this.byYearDept.get(`${year}/${code}`);
      if (lines !== undefined) return pick(lines, wanted, year, code, category);
      code = orgs.unit(code)?.parentCode;
    }
    return {
      status: 'unresolved',
      reason: `no budget line of fiscal year ${year} for department ${deptCode} or the units above it`,
    };
  }
}

function pick(
  lines: readonly KnownBudgetLine[],
  wanted: string,
  year: string,
  code: string,
  category: string,
): BudgetLineResolution {
  const matching = lines.filter((l) => compact(l.detailName).includes(wanted));
  const keys = [...new Set(matching.map((l) => l.lineKey))];
  if (keys.length === 1) {
    const sorted = [...matching].sort((a, b) => a.phase.localeCompare(b.phase));
    return { status: 'resolved', lines: sorted };
  }
  const where = `fiscal year ${year}, department ${code}`;
  if (keys.length === 0) {
    return {
      status: 'unresolved',
      reason: `no budget line named "${category}" in ${where}`,
    };
  }
  return {
    status: 'ambiguous',
    reason: `${keys.length} budget lines named "${category}" in ${where} (${keys.join(', ')})`,
  };
}
