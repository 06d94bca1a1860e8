// The ingest spine end to end on data/: readers → mappings → record log → internal graph, then
// idempotent re-ingest, rebuild from the log alone, restart from the snapshot, and the reject paths.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRuntime, type Runtime } from '../../src/cli/runtime.ts';
import { loadConfig } from '../../src/config/config.ts';
import { ingestExitCode, ingestFiles } from '../../src/pipeline/ingest-files.ts';
import type { IngestSummary } from '../../src/pipeline/ingest.ts';
import { validateGraph } from '../../src/pipeline/validate.ts';

const DATA = new URL('../../data/', import.meta.url).pathname;
const BAD = join(DATA, '_bad');

let dir: string;
const config = () => loadConfig({ PLAZA_DATA_DIR: dir });

async function ingest(
  rt: Runtime,
  paths: string[],
  clock = () => new Date('2026-11-27T10:00:00Z'),
): Promise<IngestSummary> {
  return ingestFiles(paths, { log: rt.log, store: rt.store, projector: rt.projector, clock });
}

/**
 * The record graphs as sorted N-Quads lines: they have no blank nodes, so this is canonical. The
 * ontology graphs (reference data reloaded from the repository on every start, with blank nodes
 * in OWL/XKOS lists) are left out.
 */
async function canonical(rt: Runtime): Promise<string[]> {
  return (await rt.store.dump('nq'))
    .split('\n')
    .filter((l) => l !== '' && !/<http:\/\/localhost:3000\/graph\/ontology\/[^>]+> \.$/.test(l))
    .sort();
}

async function count(rt: Runtime, where: string): Promise<number> {
  const json = await rt.store.query(`SELECT (COUNT(*) AS ?n) WHERE { ${where} }`, {
    format: 'json',
  });
  const parsed = JSON.parse(json) as { results: { bindings: Array<{ n: { value: string } }> } };
  return Number(parsed.results.bindings[0]?.n.value);
}

describe('ingesting data/', () => {
  let first: IngestSummary;
  let before: string[];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'plaza-ingest-'));
    const rt = await openRuntime(config());
    try {
      first = await ingest(rt, [DATA]);
      await rt.checkpoint();
      before = await canonical(rt);
    } finally {
      await rt.close();
    }
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('accepts every sample row, rejects none, and reports what could not be resolved', () => {
    expect(first.rejects).toEqual([]);
    expect(first.failures).toEqual([]);
    // 600 documents (+80 identical rows of the overlap week), 250 disclosures, 150 research rows
    // (12 deletions), 400 expense lines, 90 organisation units, 200 policies/programmes/projects,
    // 38 meetings, 8 work processes, 1186 budget lines (2 years × 2 phases).
    expect(first.accepted).toBe(600 + 250 + 138 + 400 + 90 + 200 + 38 + 8 + 296 + 296 + 297 + 297);
    expect(first.unchanged).toBe(80);
    expect(first.deleted).toBe(12);
    expect(ingestExitCode(first)).toBe(0);
    const departments = new Set(first.notices.filter((n) => n.field !== '').map((n) => n.message));
    expect(
      [...departments].some(
        (m) => m.includes('도시외교추진단') && m.includes('not in the organisation chart'),
      ),
    ).toBe(true);
    expect(
      [...departments].some((m) => m.includes('기획팀') && m.includes('matches 2 units')),
    ).toBe(true);
  });

  it('holds one named graph per record, with deletions and updates applied', async () => {
    const rt = await openRuntime(config());
    try {
      expect(await count(rt, '?d a <https://w3id.org/plaza/def#ApprovalDocument>')).toBe(600);
      expect(await count(rt, '?d a <https://w3id.org/plaza/def#ProactiveDisclosure>')).toBe(250);
      expect(await count(rt, '?d a <https://w3id.org/plaza/def#ResearchReport>')).toBe(110);
      expect(await count(rt, '?d a <https://w3id.org/plaza/def#Expense>')).toBe(400);
      expect(await count(rt, '?d a <https://w3id.org/plaza/def#ExpenseReport>')).toBe(60);
      expect(
        await count(
          rt,
          'GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "http://localhost:3000/graph/report/5427332"))',
        ),
      ).toBe(0);
      const withheld = await count(
        rt,
        '?d <https://w3id.org/plaza/def#disclosure> ?x . ?x <https://w3id.org/plaza/def#scheduledRelease> ?r',
      );
      expect(withheld).toBeGreaterThan(100);
    } finally {
      await rt.close();
    }
  });

  it('the whole graph conforms to the SHACL shapes (conformance suite over data/)', async () => {
    const rt = await openRuntime(config());
    try {
      const report = await validateGraph(rt.store, rt.config.baseIri);
      expect(report.violations.slice(0, 5)).toEqual([]);
      expect(report.conforms).toBe(true);
      expect(report.triples).toBe(await rt.store.size());
    } finally {
      await rt.close();
    }
  });

  it('ingesting the same files again changes nothing', async () => {
    const rt = await openRuntime(config());
    try {
      const seq = rt.log.lastSeq;
      const again = await ingest(rt, [DATA], () => new Date('2026-12-01T00:00:00Z'));
      expect(again.accepted + again.deleted).toBe(0);
      expect(again.rejects).toEqual([]);
      expect(rt.log.lastSeq).toBe(seq);
      expect(await canonical(rt)).toEqual(before);
    } finally {
      await rt.close();
    }
  });

  it('a restart serves exactly what was there (snapshot + log)', async () => {
    const rt = await openRuntime(config());
    try {
      expect(await canonical(rt)).toEqual(before);
    } finally {
      await rt.close();
    }
  });

  it('rebuild from the log alone reproduces the same graph', async () => {
    const rt = await openRuntime(config(), { fromScratch: true });
    try {
      expect(await canonical(rt)).toEqual(before);
    } finally {
      await rt.close();
    }
  });
});

describe('bad input', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'plaza-bad-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('rejects each malformed row with file:line, field and reason, and ingests the rest', async () => {
    const rt = await openRuntime(config());
    try {
      const s = await ingest(rt, [BAD]);
      const rejects = s.rejects.map((r) => `${r.file}:${r.line} ${r.field ?? '(row)'}`);
      expect(rejects.sort()).toEqual(
        [
          '20240205_20240211_info_list.csv:4 (row)',
          '20240205_20240211_info_list.csv:7 doc_prdctn_dt',
          '20240205_20240211_info_list.csv:10 othbc_se',
          '20240205_20240211_info_list.csv:13 package_id',
          '20240205_20240211_info_list.csv:16 (row)',
          '20240401_20240430_public_list.json:2 nid',
          '20240401_20240430_public_list.json:6 regist_dt',
          '20240401_20240430_public_list.json:10 (row)',
          '20240701_20240930_research_list.xml:3 nid',
          '20240701_20240930_research_list.xml:7 doc_prdctn_dt',
          '20240701_20240930_research_list.xml:11 job_se',
          '20240701_20240930_research_list.xml:14 regist_dt',
          '20240401_20240430_expense_list.csv:4 (row)',
          '20240401_20240430_expense_list.csv:7 exec_dt',
          '20240401_20240430_expense_list.csv:11 exec_amount',
          '20240401_20240430_expense_list.csv:13 nid',
          'org_chart.csv:21 upper_org_code',
          'org_chart.csv:22 upper_org_code',
          'org_chart.csv:24 upper_org_code',
          'org_chart.csv:25 successor_codes',
          'org_chart.csv:26 change_type',
          'policies_draft_policy_list.csv:5 name_ko',
          'policies_draft_policy_list.csv:6 level',
          'policies_draft_policy_list.csv:10 end_date',
          'policies_draft_policy_list.csv:11 start_date',
          'policies_draft_policy_list.csv:15 parent_id',
          'policies_draft_policy_list.csv:16 parent_id',
          'policies_draft_policy_list.csv:17 parent_id',
          'policies_draft_policy_list.csv:18 parent_id',
          '20240101_20241231_meeting_minutes.json:2 /decisions/0/votes',
          '20240101_20241231_meeting_minutes.json:3 /decisions/0/agenda_order',
          '20240101_20241231_meeting_minutes.json:4 /agenda/1/order',
          '20240101_20241231_meeting_minutes.json:5 /committee/type',
          '20240101_20241231_meeting_minutes.json:6 (row)',
          '20240101_20241231_meeting_minutes.json:7 /decisions/0/outcome',
          '20240101_20241231_meeting_minutes.json:9 meeting_id',
          'work_process_broken_flow.bpmn:2 sid-D216E6E2-D316-E875-D016-E3BCD116E54F',
          '2022_original_budget_list.json:3 budget_crntam',
          '2022_original_budget_list.json:5 expndtram',
          '2022_original_budget_list.json:7 accnut_year',
          '2022_original_budget_list.json:9 detail_bsns_code',
          '2022_original_budget_list.json:11 realm_code',
          '2022_original_budget_list.json:13 sect_code',
          '2022_original_budget_list.json:15 sect_code',
          '2022_original_budget_list.json:0 list_total_count',
        ].sort(),
      );
      expect(s.rejects.every((r) => r.reason.length > 5)).toBe(true);
      // The organisation chart's file-level notices: a child of the cycle, an unknown parent, a
      // team outliving its division.
      const orgNotices = s.notices.filter((n) => n.file === 'org_chart.csv');
      expect(orgNotices.map((n) => `${n.line} ${n.field}`)).toEqual([
        '23 upper_org_code',
        '27 upper_org_code',
        '28 valid_to',
      ]);
      expect(s.accepted).toBe(11 + 9 + 11 + 10 + 22 + 11 + 3 + 1 + 11);
      expect(ingestExitCode(s)).toBe(2);
    } finally {
      await rt.close();
    }
  });

  it('an unreadable or unrecognised file is named, and nothing ingested means exit 1', async () => {
    const rt = await openRuntime(config());
    try {
      const junk = join(dir, 'notes.csv');
      await writeFile(junk, 'a,b\n1,2\n');
      const s = await ingest(rt, [junk, join(dir, 'missing_info_list.csv')]);
      expect(s.failures.map((f) => f.file).sort()).toEqual(['missing_info_list.csv', 'notes.csv']);
      expect(s.failures.every((f) => f.message.length > 10)).toBe(true);
      expect(ingestExitCode(s)).toBe(1);
    } finally {
      await rt.close();
    }
  });
});

describe('an organisation chart sent in parts', () => {
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('checks each part against the chart ingested before: known parents, cycles across parts', async () => {
    dir = await mkdtemp(join(tmpdir(), 'plaza-org-parts-'));
    const header = 'org_code,org_nm,upper_org_code,org_level,org_type,valid_from,valid_to\n';
    const first = join(dir, '20240101_org_chart.csv');
    const second = join(dir, '20240201_org_chart.csv');
    await writeFile(
      first,
      `${header}6110000,서울특별시,,1,municipality,1949-08-15,\n6110900,주택정책실,6110000,2,bureau,2012-01-01,\n`,
    );
    // 6110910 hangs under 6110900 from the first part; 6110900 is moved under 6110910: a cycle.
    await writeFile(
      second,
      `${header}6110910,주택정책과,6110900,3,division,2012-01-01,\n6110900,주택정책실,6110910,2,bureau,2012-01-01,\n6110920,건축기획과,6110900,3,division,2012-01-01,\n`,
    );
    const rt = await openRuntime(config());
    try {
      expect((await ingest(rt, [first])).rejects).toEqual([]);
      const s = await ingest(rt, [second]);
      const cycle =
        'cycle in the organisation hierarchy: 6110910 → 6110900 → 6110910 (unit → upper_org_code)';
      expect(s.rejects).toEqual([
        { file: '20240201_org_chart.csv', line: 2, field: 'upper_org_code', reason: cycle },
        { file: '20240201_org_chart.csv', line: 3, field: 'upper_org_code', reason: cycle },
      ]);
      // 6110920's parent 6110900 is known from the first part, as it was before this file.
      expect(s.notices.filter((n) => n.field === 'upper_org_code')).toEqual([]);
      expect(s.accepted).toBe(1);
    } finally {
      await rt.close();
    }
  });
});

describe('an organisation chart that arrives after the records', () => {
  const docs = join(DATA, 'info_list', '20240122_20240128_info_list.json');
  const chart = join(DATA, 'org_chart');
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  /** Each step is its own process-like run: open (snapshot + log), ingest, snapshot, close. */
  async function graphAfter(
    order: string[][],
  ): Promise<{ graph: string[]; summaries: IngestSummary[] }> {
    dir = await mkdtemp(join(tmpdir(), 'plaza-org-'));
    dirs.push(dir);
    const summaries: IngestSummary[] = [];
    for (const paths of order) {
      const rt = await openRuntime(config());
      try {
        summaries.push(await ingest(rt, paths));
        await rt.checkpoint();
      } finally {
        await rt.close();
      }
    }
    const rt = await openRuntime(config());
    try {
      return { graph: await canonical(rt), summaries };
    } finally {
      await rt.close();
    }
  }

  it('re-projects the earlier records, giving the graph of the right order', async () => {
    const late = await graphAfter([[docs], [chart]]);
    const early = await graphAfter([[chart], [docs]]);
    expect(
      late.summaries[0]?.notices.some((n) => n.message.includes('not in the organisation chart')),
    ).toBe(true);
    expect(late.summaries[1]?.reprojectionNeeded).toBe(true);
    expect(early.summaries[1]?.reprojectionNeeded).toBe(false);
    expect(late.graph.some((l) => l.includes('#responsibleUnit>'))).toBe(true);
    expect(late.graph).toEqual(early.graph);
    expect(
      late.summaries[1]?.notices.some((n) => n.message.includes('not in the organisation chart')),
    ).toBe(false);
  });
});

describe('expense reports republished', () => {
  const header =
    'nid,title,url,dept_nm_lvl_1,dept_nm_lvl_2,dept_nm_lvl_3,dept_nm_lvl_4,dept_nm_lvl_5,exec_yr,exec_month,expense_budget,expense_execution,category,dept_nm_full,exec_dt,exec_loc,exec_purpose,target_nm,payment_method,exec_amount';
  const line = (n: number) =>
    `990001,2024년 5월 업무추진비,https://opengov.seoul.go.kr/expense/990001,서울특별시,,,,,2024,5,1000000,${n * 1000},부서운영,서울특별시 기획조정실,2024-05-0${n} 12:00,식당(중구 세종대로 110),간담회 ${n},직원 ${n}명,카드,${n * 1000}`;
  let work: string;
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('drops the lines a corrected report no longer has', async () => {
    work = await mkdtemp(join(tmpdir(), 'plaza-expense-'));
    dir = join(work, 'var');
    const first = join(work, 'a', '20240501_20240531_expense_list.csv');
    const second = join(work, 'b', '20240501_20240531_expense_list.csv');
    await mkdir(join(work, 'a'));
    await mkdir(join(work, 'b'));
    await writeFile(first, [header, line(1), line(2), line(3)].join('\n'));
    await writeFile(second, [header, line(1), line(2)].join('\n'));
    const rt = await openRuntime(config());
    try {
      expect((await ingest(rt, [first])).accepted).toBe(3);
      const corrected = await ingest(rt, [second]);
      expect([corrected.accepted, corrected.unchanged, corrected.deleted]).toEqual([0, 2, 1]);
      expect(await count(rt, '?l a <https://w3id.org/plaza/def#Expense>')).toBe(2);
      expect(
        await count(
          rt,
          '<http://localhost:3000/id/expense-report/990001> <http://purl.org/dc/terms/hasPart> ?l',
        ),
      ).toBe(2);
    } finally {
      await rt.close();
    }
  });
});

describe('failures inside the pipeline', () => {
  it('a store failure while the next batch is read is reported by ingestFiles, not left unhandled', async () => {
    const failing = {
      replaceGraphs: () =>
        new Promise((_, reject) => setTimeout(() => reject(new Error('disk full')), 5)),
      clear: () => Promise.resolve(),
    };
    dir = await mkdtemp(join(tmpdir(), 'plaza-fail-'));
    const rt = await openRuntime(config());
    try {
      const run = ingestFiles(
        [join(DATA, 'info_list')],
        { log: rt.log, store: failing, projector: rt.projector, clock: () => new Date() },
        { batchSize: 50 },
      );
      await expect(run).rejects.toThrow('disk full');
    } finally {
      await rt.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a directory without exports ingests nothing and says so (exit 1)', async () => {
    dir = await mkdtemp(join(tmpdir(), 'plaza-empty-'));
    const rt = await openRuntime(config());
    try {
      const s = await ingest(rt, [join(dir, 'log')]);
      expect(s.failures[0]?.message).toContain('no .csv, .json or .xml export files found');
      expect(ingestExitCode(s)).toBe(1);
    } finally {
      await rt.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
