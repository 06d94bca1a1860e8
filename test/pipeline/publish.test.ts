// Publication on data/ through the real pipeline: everything not withheld is public at once,
// withheld records are stubs, nothing personal gets through, one record's change republishes
// that record only, withholdings end by themselves on their day, the gate blocks and withdraws.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openRuntime, type Runtime } from '../../src/cli/runtime.ts';
import { loadConfig } from '../../src/config/config.ts';
import { ingestFiles } from '../../src/pipeline/ingest-files.ts';
import { ReleaseScheduler } from '../../src/pipeline/release.ts';
import { MaskingPolicy } from '../../src/policy/masking-policy.ts';
import { containsPii } from '../../src/policy/pii/index.ts';
import { loadOntologyQuads } from '../../src/vocab/ontology-files.ts';

const DATA = new URL('../../data/', import.meta.url).pathname;
const BASE = 'http://localhost:3000/';
const TODAY = new Date('2026-11-27T01:00:00Z');
const policy = MaskingPolicy.fromOntology(loadOntologyQuads(BASE));

async function open(dir: string, at: Date, env: Record<string, string> = {}): Promise<Runtime> {
  return openRuntime(loadConfig({ PLAZA_DATA_DIR: dir, ...env }), { clock: () => at });
}

async function ingest(rt: Runtime, paths: string[]) {
  return ingestFiles(paths, {
    log: rt.log,
    store: rt.sink,
    projector: rt.projector,
    clock: rt.clock,
  });
}

/** The variables the queries below bind. */
interface Row {
  readonly n?: string;
  readonly r?: string;
  readonly release?: string;
  readonly page?: string;
  readonly p?: string;
  readonly on?: string;
}

async function select(rt: Runtime, store: 'public' | 'internal', query: string): Promise<Row[]> {
  const s = store === 'public' ? rt.publicStore : rt.store;
  const result = await s.query(`PREFIX plaza: <https://w3id.org/plaza/def#>
    PREFIX dct: <http://purl.org/dc/terms/> PREFIX foaf: <http://xmlns.com/foaf/0.1/>
    PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> ${query}`);
  if (result.type !== 'solutions') throw new Error('not a SELECT');
  return result.rows.map(
    (row) => Object.fromEntries([...row].map(([k, v]) => [k, v.value])) as Row,
  );
}

describe('publication of data/', () => {
  let dir: string;
  let rt: Runtime;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'plaza-publish-'));
    rt = await open(dir, TODAY);
    await ingest(rt, [DATA]);
    await rt.checkpoint();
  }, 120_000);
  afterAll(async () => {
    await rt.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('publishes every record at once: the same records are in both graphs, none blocked', async () => {
    const q = 'SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r plaza:disclosure ?d }';
    const [internal] = await select(rt, 'internal', q);
    const [published] = await select(rt, 'public', q);
    expect(Number(internal?.n)).toBeGreaterThan(1400);
    expect(published?.n).toBe(internal?.n);
    expect(rt.publisher.totals.blocked).toEqual([]);
  });

  it('leaves no personal data in any public text and no personal-data property unredacted', async () => {
    const quads = await rt.publicStore.match();
    let texts = 0;
    for (const q of quads) {
      const rule = policy.of(q.predicate.value);
      if (rule.treatment === 'withhold')
        expect(q.object.termType, q.predicate.value).toBe('NamedNode');
      if (q.object.termType !== 'Literal' || q.object.datatype.value.endsWith('#date')) continue;
      texts++;
      expect(containsPii(q.object.value, { field: rule.field }), q.subject.value).toBe(false);
    }
    expect(texts).toBeGreaterThan(5000);
  });

  it('the leak alarm passes every serialization of the public graph, and fires on the internal one', async () => {
    const all = 'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }';
    for (const format of ['ttl', 'nt', 'jsonld', 'rdf'] as const) {
      const body = await rt.publicStore.query(all, { format });
      expect(body.length, format).toBeGreaterThan(1_000_000);
      expect(rt.scanner.scanBody(body), format).toBeUndefined();
    }
    const rows = await rt.publicStore.query('SELECT * WHERE { ?s ?p ?o }', { format: 'tsv' });
    expect(rt.scanner.scanBody(rows)).toBeUndefined();
    expect(rt.scanner.scanBody(await rt.store.query(all, { format: 'ttl' }))).toBe('pii');
  });

  it('publishes withheld records as stubs: grade, grounds and release date, but no content link', async () => {
    const stubs = await select(
      rt,
      'public',
      `SELECT ?r ?release ?page WHERE {
         ?r plaza:withheldContent ?w . ?w plaza:scheduledRelease ?release ; plaza:legalGround ?g .
         ?r dct:title ?t ; dct:identifier ?id ; plaza:disclosure/plaza:disclosureStatus ?s .
         OPTIONAL { ?r foaf:page ?page } }`,
    );
    expect(stubs.length).toBeGreaterThan(20);
    expect(stubs.filter((s) => s.page !== undefined)).toEqual([]);
    // The same records carry their content link in the internal graph.
    const [withLink] = await select(
      rt,
      'internal',
      `SELECT (COUNT(*) AS ?n) WHERE { ?r plaza:disclosure/plaza:disclosureStatus ?s ; foaf:page ?p .
         FILTER (STRENDS(STR(?s), "/non-public")) }`,
    );
    expect(Number(withLink?.n)).toBeGreaterThan(20);
  });

  it('republishes only what changed: one corrected document, one record graph', async () => {
    const before = new Set((await rt.publicStore.dump('nq')).split('\n'));
    const csv = join(dir, '20240301_20240307_info_list.csv');
    await writeFile(
      csv,
      'package_id,doc_prdctn_dt,tkcrd_nm,title,src_dept_doc_no,writer,othbc_pd,rspnber_dept_nm,othbc_se,cpyrht,url\n' +
        '202404435886677,20240101,정보공개제도운영,정보공개제도운영 관련 종로구 협조 요청(정정),정보공개정책과-8,행정주사 황정훈,5년,행정국 정보공개정책과,공개,CC BY-ND,https://opengov.seoul.go.kr/sanction/22949529\n',
    );
    const published = rt.publisher.totals.published;
    const summary = await ingest(rt, [csv]);
    expect(summary.accepted).toBe(1);
    // The document's graph and the unit-task concept it describes, nothing else.
    expect(rt.publisher.totals.published - published).toBeLessThanOrEqual(3);
    const after = new Set((await rt.publicStore.dump('nq')).split('\n'));
    const differ = [...after].filter((l) => !before.has(l));
    differ.push(...[...before].filter((l) => !after.has(l)));
    const changed = new Set(differ.map((l) => /<[^>]+> \.$/.exec(l)?.[0]));
    expect([...changed]).toEqual([`<${BASE}graph/document/202404435886677> .`]);
  });
});

describe('scheduled release', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'plaza-release-'));
    const rt = await open(dir, TODAY);
    await ingest(rt, [join(DATA, 'org_chart'), join(DATA, 'info_list')]);
    await rt.checkpoint();
    await rt.close();
  }, 120_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('publishes a withheld record in full from its release day on, by itself at start', async () => {
    const rt = await open(dir, TODAY);
    const [first] = await select(
      rt,
      'public',
      'SELECT ?r ?release WHERE { ?r plaza:withheldContent/plaza:scheduledRelease ?release } ORDER BY ?release ?r LIMIT 1',
    );
    await rt.close();
    expect(first).toBeDefined();
    const release = new Date(`${first!.release}T00:00:00+09:00`);

    const dayBefore = await open(dir, new Date(release.getTime() - 60_000));
    const still = await select(
      dayBefore,
      'public',
      `SELECT ?p WHERE { <${first!.r}> foaf:page ?p }`,
    );
    expect(still).toEqual([]);
    await dayBefore.close();

    const onTheDay = await open(dir, new Date(release.getTime() + 60_000));
    const page = await select(onTheDay, 'public', `SELECT ?p WHERE { <${first!.r}> foaf:page ?p }`);
    expect(page).toHaveLength(1);
    const marked = await select(
      onTheDay,
      'public',
      `SELECT ?on WHERE { <${first!.r}> plaza:disclosure/plaza:releasedOn ?on }`,
    );
    expect(marked).toEqual([{ on: first!.release }]);
    // Nothing is due twice.
    expect((await onTheDay.release()).published).toBe(0);
    await onTheDay.close();
  });

  it('the scheduler runs the release at start and again after the city’s midnight', async () => {
    const rt = await open(dir, TODAY);
    let now = TODAY;
    const timers: { fn: () => void; ms: number }[] = [];
    const reports: number[] = [];
    const scheduler = new ReleaseScheduler(
      { internal: rt.store, public: rt.publicStore, publisher: rt.publisher, clock: () => now },
      (r) => reports.push(r.published),
      { set: (fn, ms) => (timers.push({ fn, ms }), 0 as never), clear: vi.fn() },
    );
    scheduler.start();
    await scheduler.stop();
    expect(reports).toEqual([0]);
    // 01:00 UTC is 10:00 in Seoul: the next run is 14 hours (and a second) later.
    expect(timers[0]?.ms).toBe(14 * 3_600_000 + 1000);
    now = new Date('2040-01-01T00:00:00Z');
    timers[0]!.fn();
    await scheduler.stop();
    expect(reports[1]).toBeGreaterThan(20);
    await rt.close();
  });
});

describe('the publication gate', () => {
  let dir: string;
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('blocks and withdraws a record carrying a canary, and publishes the rest', async () => {
    dir = await mkdtemp(join(tmpdir(), 'plaza-gate-'));
    const canaries = join(dir, 'canaries.txt');
    // A planted value: the document number of one record (a property no rule masks).
    await writeFile(canaries, '# planted\n정보공개정책과-8\n');
    const rt = await open(join(dir, 'var'), TODAY, { PLAZA_CANARIES_FILE: canaries });
    try {
      await ingest(rt, [join(DATA, 'org_chart'), join(DATA, 'info_list')]);
      const blocked = rt.publisher.totals.blocked;
      expect(blocked.map((b) => b.graph)).toEqual([`${BASE}graph/document/202404435886677`]);
      expect(blocked[0]?.violations.map((v) => v.reason)).toContain('canary in a literal value');
      expect(JSON.stringify(blocked)).not.toContain('정보공개정책과-8');
      const doc = `<${BASE}id/document/202404435886677>`;
      expect(await select(rt, 'public', `SELECT ?p WHERE { ${doc} ?p ?o }`)).toEqual([]);
      expect(
        (await select(rt, 'internal', `SELECT ?p WHERE { ${doc} ?p ?o }`)).length,
      ).toBeGreaterThan(5);
      expect(rt.publisher.totals.published).toBeGreaterThan(600);
    } finally {
      await rt.close();
    }
  });
});
