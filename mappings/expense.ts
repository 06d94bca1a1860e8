// expense_list (업무추진비 집행내역) → one plaza:Expense per row, part of its department-month
// plaza:ExpenseReport (`nid`); a line is keyed by the report and its position in the export.
import { DataFactory } from 'n3';
import { dct, plaza, rico } from '../src/vocab/namespaces.ts';
import { linkExpenseReport } from './budget/expense-link.ts';
import {
  parsePaymentMethod,
  parseSourceUrl,
  type PaymentNotation,
  type SourcePage,
} from './parse/codes.ts';
import { FieldReader } from './parse/field-reader.ts';
import {
  cleanText,
  FieldError,
  optionalAmount,
  parseAmount,
  parseDateTime,
  type LocalDateTime,
} from './parse/fields.ts';
import { parseKey } from './parse/keys.ts';
import type { KnownBudgetLine } from './budget/directory.ts';
import type { MappingContext, SourceMapping } from './mapping.ts';
import { budgetCodeAttempt, departmentAttempt } from './policy/link-attempts.ts';
import { applyLink, linkPolicyContext, type LinkAttempt } from './policy/link-context.ts';
import { GraphBuilder } from './rdf/graph-builder.ts';

const literal = DataFactory.literal.bind(DataFactory);
const VERSION = 'expense_list@3';
export const DEPARTMENT_LEVELS = [
  'dept_nm_lvl_1',
  'dept_nm_lvl_2',
  'dept_nm_lvl_3',
  'dept_nm_lvl_4',
  'dept_nm_lvl_5',
];

export interface ExpenseLine {
  readonly nid: string;
  readonly title: string;
  readonly page: SourcePage | undefined;
  readonly departmentPath: readonly string[];
  readonly departmentFull: string;
  readonly period: string | undefined;
  readonly budget: string | undefined;
  readonly executedToDate: string | undefined;
  readonly category: string;
  readonly executedAt: LocalDateTime;
  readonly place: string;
  readonly purpose: string;
  readonly participants: string;
  readonly payment: PaymentNotation | undefined;
  readonly amount: string;
}

function parsePeriod(fields: Readonly<Record<string, string>>): string | undefined {
  const year = cleanText(fields['exec_yr']);
  const month = cleanText(fields['exec_month']).replace(/월$/, '');
  if (year === '' && month === '') return undefined;
  if (
    !/^\d{4}$/.test(year) ||
    !/^\d{1,2}$/.test(month) ||
    Number(month) < 1 ||
    Number(month) > 12
  ) {
    throw new FieldError(
      'exec_month',
      `not a year and month: ${JSON.stringify(`${year}-${month}`)}`,
    );
  }
  return `${year}-${month.padStart(2, '0')}`;
}

export const expenseMapping: SourceMapping<ExpenseLine> = {
  kind: 'expense_list',
  version: VERSION,

  parse(fields) {
    const f = new FieldReader(fields);
    const nid = f.get('nid', parseKey);
    const page = f.get('url', parseSourceUrl);
    const period = f.get('exec_month', () => parsePeriod(fields));
    const budget = f.get('expense_budget', optionalAmount);
    const executedToDate = f.get('expense_execution', optionalAmount);
    const executedAt = f.get('exec_dt', parseDateTime);
    const amount = f.get('exec_amount', parseAmount);
    f.finish();
    return {
      key: nid as string,
      op: 'upsert',
      numberedWithin: nid as string,
      record: {
        nid: nid as string,
        title: cleanText(fields['title']),
        page,
        departmentPath: DEPARTMENT_LEVELS.map((l) => cleanText(fields[l])).filter((n) => n !== ''),
        departmentFull: cleanText(fields['dept_nm_full']),
        period,
        budget,
        executedToDate,
        category: cleanText(fields['category']),
        executedAt: executedAt as LocalDateTime,
        place: cleanText(fields['exec_loc']),
        purpose: cleanText(fields['exec_purpose']),
        participants: cleanText(fields['target_nm']),
        payment: parsePaymentMethod(fields['payment_method']),
        amount: amount as string,
      },
    };
  },

  subject: (key, iri) => {
    const [nid, line] = key.split('/');
    return iri.expenseLine(nid ?? '', Number(line));
  },

  map(rec, meta, ctx) {
    const s = this.subject(meta.key, ctx.iri);
    const report = ctx.iri.expenseReport(rec.nid);
    const g = new GraphBuilder(s, meta, ctx);
    // A line has no title of its own: its purpose names it, else the report's title.
    const title = rec.purpose !== '' ? rec.purpose : rec.title;
    g.record([plaza('Expense'), rico('RecordPart')], 'expense', meta.key, title, VERSION);
    g.add(s, dct('isPartOf'), report);
    g.dateTime(s, plaza('executedAt'), rec.executedAt);
    g.text(s, plaza('place'), rec.place, 'ko');
    g.text(s, plaza('purpose'), rec.purpose, 'ko');
    g.text(s, plaza('participants'), rec.participants, 'ko');
    if (rec.payment)
      g.add(s, plaza('paymentMethod'), ctx.iri.concept('payment-method', rec.payment));
    g.typed(s, plaza('amount'), rec.amount, 'decimal');
    g.add(s, plaza('currency'), literal('KRW'));
    g.disclosure({ grade: 'public', items: [] }, rec.executedAt);

    // The line names its report both ways; the report itself is described once, in its own
    // graph (every line of the export repeats the report's columns: the last one wins).
    g.add(report, dct('hasPart'), s);
    const r = g.shared(report);
    r.identity([plaza('ExpenseReport'), rico('Record')], 'expense-report', rec.nid, rec.title);
    r.typed(report, plaza('period'), rec.period, 'gYearMonth');
    r.text(report, plaza('category'), rec.category, 'ko');
    r.typed(report, plaza('budgetAmount'), rec.budget, 'decimal');
    r.typed(report, plaza('executedAmount'), rec.executedToDate, 'decimal');
    r.add(report, plaza('currency'), literal('KRW'));
    // The level columns may be empty for a whole file; the full name then stands in for them.
    const department = rec.departmentPath.length > 0 ? rec.departmentPath : rec.departmentFull;
    const deptField = rec.departmentPath.length > 0 ? 'dept_nm_lvl_1' : 'dept_nm_full';
    r.department(deptField, department, rec.executedAt);
    const year = rec.period?.slice(0, 4) ?? String(rec.executedAt.year);
    const facts = { year, department, category: rec.category, at: rec.executedAt };
    const lines = linkExpenseReport(r, report, facts, ctx);
    // The report and each of its lines share the policy context of the budget line executed.
    const attempts: LinkAttempt[] = [
      executedProject(ctx, lines),
      departmentAttempt(ctx, deptField, department, rec.executedAt),
    ];
    applyLink(g, linkPolicyContext(r, attempts, report), s);
    r.page(rec.page);
    r.disclosure({ grade: 'public', items: [] }, rec.executedAt);
    return g.result();
  },
};

/** The detail project of the budget line(s) the report executes (one code, or no link by it). */
function executedProject(ctx: MappingContext, lines: readonly KnownBudgetLine[]): LinkAttempt {
  const field = 'category';
  const codes = [...new Set(lines.map((l) => l.lineKey.split('.').at(-1) ?? ''))];
  const [code, ...others] = codes;
  if (code !== undefined && others.length === 0) return budgetCodeAttempt(ctx, field, code);
  const reason =
    code === undefined
      ? 'the budget line executed is not determined'
      : `the budget lines executed have several detail projects (${codes.join(', ')})`;
  return { basis: 'budget-code', field, cannot: 'no single budget line executed', reason };
}
