// Business-expense rows (expense_list): one report per unit and month, one row per expense line.
import { civil, minuteStamp } from './calendar.ts';
import { SITE, type ExportRow } from './columns.ts';
import { expenseUnitsOn, type ExpenseUnit } from './expense-units.ts';
import { IdSequence } from './ids.ts';
import { personName, rosterOf } from './people.ts';
import { shopWithAddress } from './places.ts';
import { Rng } from './prng.ts';
import { roughenText } from './titles.ts';

const PURPOSES = [
  '{TASK} 관련 업무협의 간담회',
  '{TASK} 추진 관계기관 간담회',
  '부서 현안업무 추진 직원 격려 급식',
  '{TASK} 유공 직원 격려',
  '시정 현안 업무협의 간담회',
  '{TASK} 관련 자문위원 간담회',
  '야근 직원 격려 급식',
  '{TASK} 현장점검 후 관계자 간담회',
];

/** Who took part: officials and head counts, as the lists write them. */
function participants(rng: Rng, unit: ExpenseUnit, others: number): string {
  const official = rng.pick(rosterOf(unit.unit.code, unit.series));
  return rng.weighted<string>([
    [`${official.position} ${official.name}외 ${others}명`, 4],
    [`${official.position} ${official.name} 외 ${others}명`, 2],
    [`${unit.unit.name} 직원 ${others + 1}명`, 2],
    [`관계기관 직원 등 ${others + 1}명`, 1],
    [`자문위원 ${personName(rng)} 등 ${others + 1}명`, 1],
  ]);
}

/** Lunch, dinner or an afternoon meeting, as seconds since midnight (whole minutes). */
function mealTime(rng: Rng): number {
  const [from, to] = rng.weighted<readonly [number, number]>([
    [[11.5, 13.5], 60],
    [[18, 20.5], 35],
    [[15, 16.5], 5],
  ]);
  return Math.round((from + rng.float() * (to - from)) * 60) * 60;
}

export class ExpenseReportFactory {
  private readonly nids: IdSequence;

  constructor(private readonly rng: Rng) {
    this.nids = new IdSequence(rng, rng.int(30_000_000, 32_000_000), 5);
  }

  /** The units reporting in a month, in a stable order. */
  unitsFor(monthFirstDay: number, count: number): ExpenseUnit[] {
    const units = expenseUnitsOn(monthFirstDay);
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, units.length))
      chosen.add(this.rng.int(0, units.length - 1));
    return [...chosen].sort((a, b) => a - b).flatMap((i) => units[i] ?? []);
  }

  /** One unit's report for a month: `lines` rows dated within [firstDay, lastDay]. */
  report(
    unit: ExpenseUnit,
    firstDay: number,
    lastDay: number,
    lines: number,
    quirkRate = 0.03,
  ): ExportRow[] {
    const { rng } = this;
    const nid = String(this.nids.next());
    const { year, month } = civil(firstDay);
    const category = rng.pick(unit.categories);
    const drafts = Array.from({ length: lines }, () => {
      const others = rng.weighted<number>([
        [rng.int(1, 5), 6],
        [rng.int(6, 12), 3],
        [rng.int(13, 30), 1],
      ]);
      const perHead = rng.int(90, 250) * 100;
      const purpose = rng.pick(PURPOSES).replace('{TASK}', rng.pick(unit.tasks));
      return {
        when: rng.int(firstDay, lastDay) * 86_400 + mealTime(rng),
        amount: Math.min(1_500_000, (others + 1) * perHead),
        loc: roughenText(rng, shopWithAddress(rng), quirkRate * 0.5),
        purpose: roughenText(rng, purpose, quirkRate * 0.5),
        target: participants(rng, unit, others),
        payment: rng.weighted<string>([
          ['카드', 85],
          ['제로페이', 10],
          ['현금', 5],
        ]),
      };
    }).sort((a, b) => a.when - b.when);
    const executed = drafts.reduce((sum, line) => sum + line.amount, 0);
    const budget = Math.ceil((executed * (1 + rng.float() * 0.6)) / 100_000) * 100_000;
    const monthLabel = String(month).padStart(2, '0');
    return drafts.map((line) => ({
      nid,
      title: `${year}년 ${month}월 ${unit.unit.name} 업무추진비 집행내역`,
      url: `${SITE}/expense/${nid}`,
      ...Object.fromEntries(unit.levels.map((name, i) => [`dept_nm_lvl_${i + 1}`, name])),
      exec_yr: String(year),
      exec_month: monthLabel,
      expense_budget: String(budget),
      expense_execution: String(executed),
      category,
      dept_nm_full: unit.levels.filter((name) => name !== '').join(' '),
      exec_dt: minuteStamp(Math.floor(line.when / 86_400), line.when % 86_400),
      exec_loc: line.loc,
      exec_purpose: line.purpose,
      target_nm: line.target,
      payment_method: line.payment,
      exec_amount: String(line.amount),
    }));
  }
}

/** `reports` expense reports of 6 lines each for January 2024, for tests. */
export function generateExpenseRows(reports: number, seed: number): ExportRow[] {
  const factory = new ExpenseReportFactory(new Rng(seed));
  const first = Math.floor(Date.UTC(2024, 0, 1) / 86_400_000);
  return factory
    .unitsFor(first, reports)
    .flatMap((unit) => factory.report(unit, first, first + 30, 6));
}
