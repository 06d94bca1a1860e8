// Approval-document rows (info_list): one per document, with the grades, licences and quirks seen.
import { civil, spellDate, type DateSpelling } from './calendar.ts';
import { LICENCES, SITE, type ExportRow } from './columns.ts';
import { COMMON_TASK_SHARE, COMMON_TASKS, GENERIC_TITLES } from './common-tasks.ts';
import { IdSequence, packageId } from './ids.ts';
import {
  AMBIGUOUS_TEAM_NAME,
  departmentsOn,
  UNKNOWN_DEPARTMENT_NAME,
  type Department,
} from './org-chart.ts';
import { officialLabel, pickWriter } from './people.ts';
import { hashLabel, Rng } from './prng.ts';
import { DEPARTMENT_TASKS } from './task-titles.ts';
import { carriesPersonalDetails, fillTemplate, pickTemplate, roughenText } from './titles.ts';
import { pickGrade, pickRetention, type Grade } from './disclosure-grades.ts';

export interface ApprovalRowOptions {
  /** Scale of row-level quirks (masked/unmasked details, spaces, line breaks…); 0.03 is realistic. */
  readonly quirkRate: number;
  /** Share of rows whose production date uses another spelling than `YYYYMMDD`. */
  readonly dateSpellingRate: number;
  /** Also emit the bare ambiguous `기획팀` and the task force missing from the chart. */
  readonly includeUnresolvable: boolean;
}

export const DEFAULT_APPROVAL_OPTIONS: ApprovalRowOptions = {
  quirkRate: 0.03,
  dateSpellingRate: 0,
  includeUnresolvable: false,
};

const OTHER_DATE_SPELLINGS: readonly DateSpelling[] = ['dashed', 'dotted', 'slashed', 'timestamp'];

interface Producer {
  readonly name: string;
  readonly docPrefix: string;
  readonly rosterCode: string;
  readonly dept: Department;
}

/** Builds info_list rows day by day; keeps the id sequences and per-department serials. */
export class ApprovalRowFactory {
  private readonly packageSerials: IdSequence;
  private readonly sanctionIds: IdSequence;
  private readonly docSerials = new Map<string, number>();

  constructor(private readonly rng: Rng) {
    this.packageSerials = new IdSequence(rng, rng.int(1e9, 5e9), 40);
    this.sanctionIds = new IdSequence(rng, rng.int(20_000_000, 24_000_000), 4);
  }

  row(dayNum: number, options: ApprovalRowOptions = DEFAULT_APPROVAL_OPTIONS): ExportRow {
    const { rng } = this;
    const producer = this.pickProducer(dayNum, options);
    const common = rng.chance(COMMON_TASK_SHARE);
    const task = common ? rng.pick(Object.keys(COMMON_TASKS)) : rng.pick(producer.dept.tasks);
    const spec = common ? COMMON_TASKS[task] : DEPARTMENT_TASKS[task];
    const generic = !common && rng.chance(0.2) ? GENERIC_TITLES : [];
    const templates = [...(spec?.titles ?? []), ...generic];
    const template = pickTemplate(rng, templates, options.quirkRate * 4);
    const personal = carriesPersonalDetails(template);
    const title = roughenText(rng, fillTemplate(rng, template, dayNum, task), options.quirkRate);
    const prefix = common ? COMMON_TASKS[task]?.prefix : undefined;
    const grade = pickGrade(rng, personal);
    const { year } = civil(dayNum);
    const spelling = rng.chance(options.dateSpellingRate)
      ? rng.pick(OTHER_DATE_SPELLINGS)
      : 'compact';
    const writer = officialLabel(pickWriter(rng, producer.rosterCode, producer.dept.series));
    return {
      package_id: packageId(year, this.packageSerials.next()),
      doc_prdctn_dt: spellDate(dayNum, spelling, rng.int(8 * 3600, 19 * 3600)),
      tkcrd_nm: prefix !== undefined && rng.chance(0.7) ? `${prefix}${task}` : task,
      title,
      src_dept_doc_no: `${producer.docPrefix}-${this.nextDocSerial(producer.docPrefix, dayNum)}`,
      writer: this.spaced(writer, options),
      othbc_pd: pickRetention(rng, spec?.retention ?? '5년'),
      rspnber_dept_nm: this.spaced(producer.name, options),
      othbc_se: grade.label,
      cpyrht: this.licence(grade),
      url: this.url(grade),
    };
  }

  private pickProducer(dayNum: number, options: ApprovalRowOptions): Producer {
    const { rng } = this;
    const active = departmentsOn(dayNum);
    if (options.includeUnresolvable && rng.chance(options.quirkRate * 0.3)) {
      const owners = active.filter((d) => d.teams.some((t) => t.name === AMBIGUOUS_TEAM_NAME));
      const dept = rng.pick(owners);
      const team = dept.teams.find((unit) => unit.name === AMBIGUOUS_TEAM_NAME);
      if (team && rng.chance(0.5)) {
        return { name: team.name, docPrefix: dept.unit.name, rosterCode: team.code, dept };
      }
      const name = UNKNOWN_DEPARTMENT_NAME;
      return { name, docPrefix: name, rosterCode: 'task-force', dept: rng.pick(active) };
    }
    const dept = rng.pick(active);
    return { name: dept.displayName, docPrefix: dept.unit.name, rosterCode: dept.unit.code, dept };
  }

  /** Serial numbers restart each year and grow through it (not every document is listed). */
  private nextDocSerial(prefix: string, dayNum: number): number {
    const { year } = civil(dayNum);
    const key = `${prefix}:${year}`;
    const dayOfYear = dayNum - Math.floor(Date.UTC(year, 0, 1) / 86_400_000);
    const perDay = 4 + (hashLabel(prefix) % 16);
    const next = Math.max(this.docSerials.get(key) ?? 0, dayOfYear * perDay) + this.rng.int(1, 9);
    this.docSerials.set(key, next);
    return next;
  }

  private spaced(value: string, options: ApprovalRowOptions): string {
    return this.rng.chance(options.quirkRate * 0.3) ? `${value} ` : value;
  }

  private licence(grade: Grade): string {
    const weights: Record<Grade['base'], readonly (readonly [string, number])[]> = {
      공개: [
        [LICENCES[0], 45],
        [LICENCES[1], 10],
        [LICENCES[2], 15],
        [LICENCES[3], 15],
        ['', 15],
      ],
      부분공개: [
        [LICENCES[0], 20],
        [LICENCES[3], 40],
        ['', 40],
      ],
      비공개: [
        [LICENCES[3], 10],
        ['', 90],
      ],
    };
    return this.rng.weighted(weights[grade.base]);
  }

  /** Full text published: `…/sanction/{nid}`; otherwise the bare `…/sanction/`. */
  private url(grade: Grade): string {
    const published = { 공개: 0.92, 부분공개: 0.6, 비공개: 0.15 }[grade.base];
    return this.rng.chance(published)
      ? `${SITE}/sanction/${this.sanctionIds.next()}`
      : `${SITE}/sanction/`;
  }
}

/** `n` info_list rows over consecutive weekdays from 2024-01-01, for tests. */
export function generateApprovalRows(
  n: number,
  seed: number,
  options: ApprovalRowOptions = DEFAULT_APPROVAL_OPTIONS,
): ExportRow[] {
  const factory = new ApprovalRowFactory(new Rng(seed));
  const start = Math.floor(Date.UTC(2024, 0, 1) / 86_400_000);
  return Array.from({ length: n }, (_, i) => factory.row(start + Math.floor(i / 40), options));
}
