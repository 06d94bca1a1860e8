// Proactive-disclosure rows (public_list): plans, statistics and expense notices each department posts.
import { civil, timestamp14 } from './calendar.ts';
import { LICENCES, SITE, type ExportRow } from './columns.ts';
import { COMMON_TASK_TAXONOMY } from './common-tasks.ts';
import { IdSequence } from './ids.ts';
import { departmentsOn, type Department } from './org-chart.ts';
import { officialLabel, pickWriter } from './people.ts';
import { Rng } from './prng.ts';
import { DEPARTMENT_TASKS } from './task-titles.ts';
import { fillTemplate, pickTemplate, roughenText } from './titles.ts';

export interface DisclosureRowOptions {
  readonly quirkRate: number;
}

const TASK_TITLES: readonly string[] = [
  '{Y}년 {TASK} 추진계획',
  '{TASK} 현황({Y}년 {Q}분기)',
  '{Y}년 {H} {TASK} 추진 실적',
  '{Y}년 {TASK} 관련 위원회 운영 현황',
  '{TASK} 관련 계약 현황({Y}년 {M}월)',
  '{Y}년 {TASK} 예산 집행 현황',
  '「{TASK}」 관련 법령ㆍ지침 안내',
];

const COMMON_TITLES: readonly string[] = [
  '{Y}년 {M}월 업무추진비 집행내역',
  '{Y}년 {M}월 {DEPT} 업무추진비 사용내역',
  '{Y}년 {DEPT} 주요업무계획',
  '{Y}년 {Q}분기 {DEPT} 계약 현황',
];

/** Office telephone of a department: `02-2133-5235`, sometimes written without the area code. */
function officePhone(rng: Rng, dept: Department, quirkRate: number): string {
  const exchange = dept.unit.path[0] === '상수도사업본부' ? '3146' : '2133';
  const line = `${exchange}-${2000 + dept.index * 60 + rng.int(0, 59)}`;
  return rng.chance(Math.min(0.5, quirkRate * 8)) ? line : `02-${line}`;
}

export class DisclosureRowFactory {
  private readonly nids: IdSequence;

  constructor(private readonly rng: Rng) {
    this.nids = new IdSequence(rng, rng.int(10_000_000, 12_000_000), 3);
  }

  row(dayNum: number, options: DisclosureRowOptions = { quirkRate: 0.03 }): ExportRow {
    const { rng } = this;
    const dept = rng.pick(departmentsOn(dayNum));
    const common = rng.chance(0.3);
    const task = rng.pick(dept.tasks);
    const specific = DEPARTMENT_TASKS[task]?.titles ?? [];
    const template = common
      ? rng.pick(COMMON_TITLES)
      : pickTemplate(rng, [...TASK_TITLES, ...specific], 0);
    const filled = fillTemplate(rng, template.replace('{DEPT}', dept.unit.name), dayNum, task);
    // The path ends in the unit task the disclosure is about (its 단위과제), so it names its project.
    const taxonomy = common ? COMMON_TASK_TAXONOMY : `${dept.taxonomy}>${task}`;
    const nid = String(this.nids.next());
    const { year } = civil(dayNum);
    return {
      nid,
      category: taxonomy.split('>')[0] ?? '행정',
      title: roughenText(rng, filled, options.quirkRate),
      writer: officialLabel(pickWriter(rng, dept.unit.code, dept.series)),
      dept_nm: dept.unit.name,
      regist_dt: timestamp14(dayNum, rng.int(8 * 3600, 19 * 3600)),
      taxonomy,
      telno: officePhone(rng, dept, options.quirkRate),
      cpyrht: rng.weighted([
        [LICENCES[0], 60],
        [LICENCES[2], 15],
        [LICENCES[1], 5],
        [LICENCES[3], 5],
        ['', year < 2020 ? 30 : 15],
      ]),
      url: `${SITE}/public/${nid}`,
    };
  }
}

/** `n` public_list rows over consecutive days from 2024-01-01, for tests. */
export function generateDisclosureRows(n: number, seed: number, quirkRate = 0.03): ExportRow[] {
  const factory = new DisclosureRowFactory(new Rng(seed));
  const start = Math.floor(Date.UTC(2024, 0, 1) / 86_400_000);
  return Array.from({ length: n }, (_, i) =>
    factory.row(start + Math.floor(i / 20), { quirkRate }),
  );
}
