// Links a business-expense report to the budget lines of the 업무추진비 item it executes, when the
// budget directory determines them; otherwise says why on the report (nothing is guessed).
import type { NamedNode } from 'n3';
import { plaza } from '../../src/vocab/namespaces.ts';
import type { MappingContext } from '../mapping.ts';
import type { LocalDate } from '../parse/fields.ts';
import type { GraphBuilder } from '../rdf/graph-builder.ts';
import type { KnownBudgetLine } from './directory.ts';

export interface ExpenseReportFacts {
  readonly year: string | undefined;
  /** The department path or name as the report gives it, for resolution in the org chart. */
  readonly department: string | readonly string[];
  readonly category: string;
  /** The report's date, so renamed departments resolve for their time. */
  readonly at: LocalDate;
}

/** Adds `plaza:executesBudgetLine` to the report (in its builder), or a notice; returns the lines. */
export function linkExpenseReport(
  report: GraphBuilder,
  subject: NamedNode,
  facts: ExpenseReportFacts,
  ctx: MappingContext,
): readonly KnownBudgetLine[] {
  const budget = ctx.budget;
  // Without any budget loaded there is nothing to link to, and nothing worth reporting per line.
  if (budget === undefined || budget.size === 0 || facts.year === undefined) return [];
  const dept = ctx.orgs.resolve(facts.department, facts.at);
  if (dept.status !== 'resolved') return []; // the department notice already says why
  const found = budget.expenseItem(facts.year, dept.code, facts.category, ctx.orgs);
  if (found.status !== 'resolved') {
    report.notice('category', `budget line not determinable: ${found.reason}`);
    return [];
  }
  for (const line of found.lines) {
    report.add(
      subject,
      plaza('executesBudgetLine'),
      ctx.iri.budgetLine(line.year, line.phase, line.lineKey),
    );
  }
  return found.lines;
}
