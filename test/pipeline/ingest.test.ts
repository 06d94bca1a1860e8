// The ingest spine end to end on data/: readers → mappings → record log → internal graph, then
// idempotent re-ingest, rebuild from the log alone, restart from the snapshot, and the reject paths.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
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

/** The store as sorted N-Quads lines: our graphs have no blank nodes, so this is canonical. */
async function canonical(rt: Runtime): Promise<string[]> {
  return (await rt.store.dump('nq'))
    .split('\n')
    .filter((l) => l !== '')
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
    // (12 deletions), 400 expense lines, 89 organisation units.
    expect(first.accepted).toBe(600 + 250 + 138 + 400 + 89);
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
        ].sort(),
      );
      expect(s.rejects.every((r) => r.reason.length > 5)).toBe(true);
      expect(s.accepted).toBe(11 + 9 + 11 + 10);
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

describe('an organisation chart that arrives after the records', () => {
  const docs = join(DATA, 'info_list', '20240122_20240128_info_list.json');
  const chart = join(DATA, 'org_chart');
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  async function graphAfter(
    order: string[][],
  ): Promise<{ graph: string[]; summaries: IngestSummary[] }> {
    dir = await mkdtemp(join(tmpdir(), 'plaza-org-'));
    dirs.push(dir);
    const rt = await openRuntime(config());
    try {
      const summaries: IngestSummary[] = [];
      for (const paths of order) summaries.push(await ingest(rt, paths));
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
  });
});
