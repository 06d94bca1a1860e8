// Research-report rows (research_list), including `U` rows updating and `D` rows deleting earlier nids.
import { civil, spellDate, timestamp14 } from './calendar.ts';
import { COLUMNS, LICENCES, SITE, type ExportRow } from './columns.ts';
import { IdSequence } from './ids.ts';
import { departmentsOn } from './org-chart.ts';
import { authorStatement } from './people.ts';
import { Rng } from './prng.ts';
import { isbn13, issn, region, REPORT_KINDS, researchTitle } from './research-themes.ts';
import { roughenText } from './titles.ts';

export interface ResearchRowOptions {
  readonly quirkRate: number;
  readonly dateSpellingRate: number;
  /** Shares of rows that update (`U`) or delete (`D`) a report published in an earlier file. */
  readonly updateRate: number;
  readonly deleteRate: number;
}

export const DEFAULT_RESEARCH_OPTIONS: ResearchRowOptions = {
  quirkRate: 0.03,
  dateSpellingRate: 0,
  updateRate: 0.03,
  deleteRate: 0.01,
};

/** Earlier reports kept for updates and deletions: bounded, so memory stays flat for huge runs. */
const HISTORY_LIMIT = 5000;

export class ResearchRowFactory {
  private readonly nids: IdSequence;
  /** Reports of earlier files that may still be updated or deleted. */
  private readonly earlier: ExportRow[] = [];
  private readonly current: ExportRow[] = [];

  constructor(private readonly rng: Rng) {
    this.nids = new IdSequence(rng, rng.int(5_000_000, 6_000_000), 3);
  }

  /** Starts a new file: reports of the previous file become updatable. */
  beginFile(): void {
    this.earlier.push(...this.current.splice(0));
    if (this.earlier.length > HISTORY_LIMIT)
      this.earlier.splice(0, this.earlier.length - HISTORY_LIMIT);
  }

  row(dayNum: number, options: ResearchRowOptions = DEFAULT_RESEARCH_OPTIONS): ExportRow {
    const roll = this.rng.float();
    if (this.earlier.length > 0 && roll < options.deleteRate) return this.deletion(dayNum);
    if (this.earlier.length > 0 && roll < options.deleteRate + options.updateRate) {
      return this.update(dayNum);
    }
    const row = this.insertion(dayNum, options);
    this.current.push(row);
    return row;
  }

  private insertion(dayNum: number, options: ResearchRowOptions): ExportRow {
    const { rng } = this;
    const produced = dayNum - rng.int(5, 90);
    // The producing body as named when the report was produced (before a reorganisation, too).
    const dept = rng.pick(departmentsOn(produced));
    const field = dept.taxonomy.split('>')[0] ?? '행정';
    const { year } = civil(produced);
    const nid = String(this.nids.next());
    const spelling = rng.chance(options.dateSpellingRate)
      ? rng.pick(['dashed', 'dotted', 'slashed', 'timestamp'] as const)
      : 'compact';
    return {
      nid,
      title: roughenText(rng, researchTitle(rng, field, year), options.quirkRate),
      regist_dt: timestamp14(dayNum, rng.int(8 * 3600, 19 * 3600)),
      relm: field,
      creat_yr: String(year),
      category: rng.pick(REPORT_KINDS),
      region: region(rng),
      isbn: rng.weighted<string>([
        [isbn13(rng), 6],
        [issn(rng), 2],
        ['', 2],
      ]),
      relte_area: dept.displayName,
      writer: authorStatement(rng),
      doc_prdctn_dt: spellDate(produced, spelling),
      cpyrht: rng.weighted<string>([
        [LICENCES[0], 50],
        [LICENCES[2], 25],
        [LICENCES[3], 10],
        ['', 15],
      ]),
      job_se: 'I',
      url: `${SITE}/research/${nid}`,
    };
  }

  private takeEarlier(remove: boolean): ExportRow {
    const at = this.rng.int(0, this.earlier.length - 1);
    const row = this.earlier[at];
    if (row === undefined) throw new RangeError('no earlier research report');
    if (remove) this.earlier.splice(at, 1);
    return row;
  }

  /** A corrected re-publication: same nid, revised title or licence, new registration time. */
  private update(dayNum: number): ExportRow {
    const { rng } = this;
    const before = this.takeEarlier(false);
    const title = rng.chance(0.5) ? `${(before['title'] ?? '').trim()}(수정)` : before['title'];
    return {
      ...before,
      title: title ?? '',
      cpyrht: rng.chance(0.3) ? LICENCES[0] : (before['cpyrht'] ?? ''),
      regist_dt: timestamp14(dayNum, rng.int(8 * 3600, 19 * 3600)),
      job_se: 'U',
    };
  }

  /** A withdrawal: the nid repeated with `D`, the other fields often left empty. */
  private deletion(dayNum: number): ExportRow {
    const before = this.takeEarlier(true);
    if (this.rng.chance(0.5)) {
      const empty = Object.fromEntries(COLUMNS.research_list.map((column) => [column, '']));
      return { ...empty, nid: before['nid'] ?? '', job_se: 'D' };
    }
    return {
      ...before,
      regist_dt: timestamp14(dayNum, this.rng.int(8 * 3600, 19 * 3600)),
      job_se: 'D',
    };
  }
}

/** `n` research_list rows (inserts only) over consecutive days from 2024-01-01, for tests. */
export function generateResearchRows(n: number, seed: number): ExportRow[] {
  const factory = new ResearchRowFactory(new Rng(seed));
  const start = Math.floor(Date.UTC(2024, 0, 1) / 86_400_000);
  return Array.from({ length: n }, (_, i) => factory.row(start + Math.floor(i / 10)));
}
