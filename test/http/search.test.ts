// /search over data/: Korean substring matching, only the public graph, facet counts against
// SPARQL over the public store, filters, paging, hostile input, and the index following a publish.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/pipeline/ingest-files.ts';
import type { SearchResponse } from '../../src/http/search-response.ts';
import { KIND_BY_CLASS } from '../../src/search/kinds.ts';
import { openTestPlaza, type TestPlaza } from '../support/test-plaza.ts';

let plaza: TestPlaza;
beforeAll(async () => {
  plaza = await openTestPlaza();
  // The index is built in the background; on a loaded machine that can take longer than a
  // request waits for it (the route then answers 503).
  await plaza.deps.search.settled(Number.POSITIVE_INFINITY);
}, 120_000);
afterAll(() => plaza.close());

async function search(query: string): Promise<SearchResponse> {
  const res = await plaza.request(`/search?format=json&${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as SearchResponse;
}
const q = (text: string, more = ''): Promise<SearchResponse> =>
  search(`q=${encodeURIComponent(text)}${more}`);

async function select(sparql: string, store = plaza.rt.publicStore) {
  const result = await store.query(sparql);
  if (result.type !== 'solutions') throw new Error('not a SELECT');
  return result.rows;
}

describe('Korean-aware matching', () => {
  it('예산 finds titles where it is part of a compound (예산안, 예산집행)', async () => {
    const all: string[] = [];
    for (let page = 1; ; page++) {
      const r = await q('예산', `&page=${page}`);
      all.push(...r.results.map((x) => x.title ?? ''));
      if (r.results.length === 0) break;
    }
    expect(all.some((t) => t.includes('예산안'))).toBe(true);
    expect(all.some((t) => t.includes('예산집행'))).toBe(true);
    const exact = await q('예산안');
    expect(exact.total).toBeGreaterThan(0);
    expect(exact.total).toBeLessThan((await q('예산')).total);
  });

  it('집행 finds 예산집행 inside a word; several terms must all occur', async () => {
    const r = await q('집행');
    expect(r.total).toBeGreaterThan(0);
    const both = await q('예산 집행');
    expect(both.total).toBeGreaterThan(0);
    expect(both.total).toBeLessThanOrEqual(r.total);
  });

  it('finds a document by its number, that document first', async () => {
    const [row] = await select(
      `SELECT ?s ?n WHERE { ?s <https://w3id.org/plaza/def#documentNumber> ?n } ORDER BY ?s LIMIT 1`,
    );
    const r = await q(row!.get('n')!.value);
    expect(r.results[0]?.iri).toBe(row!.get('s')!.value);
  });
});

describe('only the public graph', () => {
  /** Searches `text`: no hit may be `subject` (personal-looking text is refused outright). */
  async function expectNotFound(text: string, subject?: string): Promise<void> {
    const res = await plaza.request(`/search?q=${encodeURIComponent(text)}`, {
      headers: { Accept: 'application/json' },
    });
    if (res.status === 400) {
      expect(((await res.json()) as { code: string }).code).toBe('QUERY_REFUSED');
      return;
    }
    expect(res.status).toBe(200);
    const r = (await res.json()) as SearchResponse;
    if (subject) expect(r.results.map((x) => x.iri)).not.toContain(subject);
    else expect(r.total).toBe(0);
  }

  it('the masked part of a title (withheld stubs included) is never found', async () => {
    const rows = await select(
      `SELECT ?s ?t ?stub WHERE { ?s <http://purl.org/dc/terms/title> ?t FILTER(CONTAINS(?t, "[비공개]"))
         BIND(EXISTS { ?s <https://w3id.org/plaza/def#withheldContent> ?w } AS ?stub) } ORDER BY ?s`,
    );
    expect(rows.some((r) => r.get('stub')!.value === 'true')).toBe(true);
    for (const row of rows.slice(0, 12)) {
      const subject = row.get('s')!.value;
      const [internal] = await select(
        `SELECT ?t WHERE { <${subject}> <http://purl.org/dc/terms/title> ?t }`,
        plaza.rt.store,
      );
      const [before, after] = row.get('t')!.value.split('[비공개]') as [string, string];
      const full = internal!.get('t')!.value;
      const masked = full.slice(before.length, full.length - after.length).trim();
      expect(masked.length).toBeGreaterThan(0);
      await expectNotFound(masked, subject);
    }
  });

  it('a value held only in the internal graph (authors of research reports) finds nothing', async () => {
    const rows = await select(
      `SELECT DISTINCT ?a WHERE { ?s <https://w3id.org/plaza/def#authorStatement> ?a FILTER(isLiteral(?a)) } ORDER BY ?a LIMIT 5`,
      plaza.rt.store,
    );
    expect(rows.length).toBeGreaterThan(0);
    let tested = 0;
    for (const row of rows) {
      // The name alone ("주예린 등", "이소연외7" → 주예린, 이소연).
      const name = row.get('a')!.value.split(/[\s,]|외|등/)[0]!;
      const [pub] = await select(
        `SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(isLiteral(?o) && CONTAINS(STR(?o), ${JSON.stringify(name)})) }`,
      );
      if (Number(pub!.get('n')!.value) > 0) continue; // the same name in a public field
      await expectNotFound(name);
      tested++;
    }
    expect(tested).toBeGreaterThan(0);
  });
});

describe('facets', () => {
  it('kind and grade counts equal SPARQL counts over the public store', async () => {
    const r = await search('');
    for (const [cls, kind] of KIND_BY_CLASS) {
      const [row] = await select(`SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a <${cls}> }`);
      const count = Number(row!.get('n')!.value);
      expect(r.facets.kind.find((f) => f.value === kind)?.count ?? 0, kind).toBe(count);
    }
    const classes = [...KIND_BY_CLASS.keys()].map((c) => `<${c}>`).join(' ');
    const grades = await select(
      `SELECT ?g (COUNT(DISTINCT ?s) AS ?n) WHERE { VALUES ?c { ${classes} } ?s a ?c ; <http://purl.org/dc/terms/accessRights> ?g } GROUP BY ?g`,
    );
    expect(grades.length).toBeGreaterThan(1);
    for (const row of grades) {
      const grade = row.get('g')!.value.split('/').at(-1);
      expect(r.facets.grade.find((f) => f.value === grade)?.count).toBe(
        Number(row.get('n')!.value),
      );
    }
    expect(r.total).toBe(r.facets.kind.reduce((sum, f) => sum + f.count, 0));
  });

  it('a facet filter narrows to exactly its count, and labels are given', async () => {
    const r = await q('예산');
    const kind = r.facets.kind[0]!;
    expect(kind.label).not.toBe(kind.value);
    const narrowed = await q('예산', `&kind=${kind.value}`);
    expect(narrowed.total).toBe(kind.count);
    expect(narrowed.results.every((x) => x.kind === kind.value)).toBe(true);
    const dept = r.facets.department[0]!;
    const byDept = await q('예산', `&department=${encodeURIComponent(dept.value)}`);
    expect(byDept.total).toBe(dept.count);
    expect(byDept.facets.department.find((f) => f.value === dept.value)?.selected).toBe(true);
    const year = r.facets.year[0]!;
    expect((await q('예산', `&year=${year.value}`)).total).toBe(year.count);
  });
});

describe('paging and output', () => {
  it('pages are fixed-size and disjoint; a page past the end is empty, however large', async () => {
    const p1 = await q('예산');
    const p2 = await q('예산', '&page=2');
    expect(p1.pageSize).toBe(20);
    expect(p1.results).toHaveLength(20);
    const ids = new Set(p1.results.map((x) => x.iri));
    expect(p2.results.some((x) => ids.has(x.iri))).toBe(false);
    const far = await q('예산', '&page=99999999999999999999999');
    expect(far.results).toEqual([]);
    expect(far.total).toBe(p1.total);
  });

  it('HTML by Accept, links to /id/ IRIs, Korean by default and English by ?lang=en', async () => {
    const res = await plaza.request('/search?q=%EC%98%88%EC%82%B0', {
      headers: { Accept: 'text/html' },
    });
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toContain('<html lang="ko"');
    expect(html).toMatch(/<a href="\/id\/[^"]+">/);
    const en = await plaza.request('/search?q=%EC%98%88%EC%82%B0&lang=en', {
      headers: { Accept: 'text/html' },
    });
    expect(await en.text()).toContain('results for');
    const json = await q('예산');
    expect(json.results[0]!.iri.startsWith(`${plaza.config.baseIri}id/`)).toBe(true);
  });

  it('is framed by the shared page layout: landmarks, pages.css, a language switch that keeps the search', async () => {
    const first = await q('예산');
    const kind = first.facets.kind[0]!.value;
    const path = `/search?q=%EC%98%88%EC%82%B0&kind=${kind}&grade=public`;
    expect((await q('예산', `&kind=${kind}&grade=public`)).total).toBeGreaterThan(20); // two pages
    const res = await plaza.request(path, { headers: { Accept: 'text/html' } });
    const html = await res.text();
    expect(html).toMatch(/^<!doctype html><html lang="ko">/);
    expect(html).toContain('<main id="main">');
    expect(html).toContain('<header class="site">');
    expect(html).toMatch(/<link rel="stylesheet" href="\/assets\/pages\.css\?v=[\w-]+"/);
    expect(html).not.toContain('<style');
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    // The switch: the same search (query and both facets) in English.
    expect(hrefs).toContain(`/search?q=%EC%98%88%EC%82%B0&kind=${kind}&grade=public&lang=en`);
    // The pager keeps the filters; a facet link drops its own value and keeps the rest.
    expect(hrefs).toContain(`/search?q=%EC%98%88%EC%82%B0&kind=${kind}&grade=public&page=2`);
    expect(hrefs).toContain(`/search?q=%EC%98%88%EC%82%B0&kind=${kind}`);
  });

  it('negotiates by Accept: JSON without a preference, the page for a browser, 406 for neither', async () => {
    const type = async (accept?: string, query = 'q=a'): Promise<string | null> => {
      const res = await plaza.request(
        `/search?${query}`,
        accept ? { headers: { Accept: accept } } : {},
      );
      return res.status === 200 ? res.headers.get('content-type') : String(res.status);
    };
    expect(await type()).toMatch(/^application\/json/);
    expect(await type('text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8')).toMatch(
      /^text\/html/,
    );
    expect(await type('text/html;q=0.4, application/json;q=0.5')).toMatch(/^application\/json/);
    expect(await type('image/png')).toBe('406');
    // ?format= is the reader's word over Accept.
    expect(await type('application/json', 'q=a&format=html')).toMatch(/^text\/html/);
  });

  it('answers 304 to its own ETag', async () => {
    const res = await plaza.request('/search?q=%EC%98%88%EC%82%B0&format=json');
    const etag = res.headers.get('etag')!;
    const again = await plaza.request('/search?q=%EC%98%88%EC%82%B0&format=json', {
      headers: { 'If-None-Match': etag },
    });
    expect(again.status).toBe(304);
  });
});

describe('hostile input', () => {
  it('markup is shown as text, never as markup', async () => {
    const res = await plaza.request(
      `/search?q=${encodeURIComponent('<script>alert(1)</script>"><img src=x>')}`,
      { headers: { Accept: 'text/html' } },
    );
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('SPARQL in the query is just text', async () => {
    for (const text of ['" } ; DROP ALL ; #', '} UNION { ?s ?p ?o }', "') . FILTER(true"]) {
      const r = await q(text);
      expect(r.query).toBe(text);
      expect(r.total).toBe(0);
    }
    expect(await plaza.rt.publicStore.size()).toBeGreaterThan(0);
  });

  it('bad parameters are specific 400s', async () => {
    const cases: [string, string][] = [
      [`q=${'가'.repeat(201)}`, 'QUERY_TOO_LONG'],
      ['q=a&page=abc', 'BAD_PAGE'],
      ['q=a&page=0', 'BAD_PAGE'],
      ['q=a&kind=bogus', 'BAD_FILTER'],
      ['q=a&year=24', 'BAD_FILTER'],
      ['q=a&format=xml', 'BAD_FORMAT'],
      ['q=a&sort=date', 'UNKNOWN_PARAMETER'],
    ];
    for (const [query, code] of cases) {
      const res = await plaza.request(`/search?${query}`, {
        headers: { Accept: 'application/json' },
      });
      expect(res.status, query).toBe(400);
      expect(((await res.json()) as { code: string }).code).toBe(code);
    }
  });
});

describe('the index follows each publish', () => {
  it('a new record is found and a deleted one is gone', async () => {
    const [victim] = await select(
      `SELECT ?s ?t WHERE { ?s a <https://w3id.org/plaza/def#ResearchReport> ; <http://purl.org/dc/terms/title> ?t ; <http://purl.org/dc/terms/identifier> ?id } ORDER BY ?id LIMIT 1`,
    );
    const victimIri = victim!.get('s')!.value;
    const victimNid = victimIri.split('/').at(-1)!;
    expect((await q(victim!.get('t')!.value)).results.map((x) => x.iri)).toContain(victimIri);
    const title = '수달서식지복원타당성조사 연구';
    expect((await q('수달서식지')).total).toBe(0);

    const dir = await mkdtemp(join(tmpdir(), 'plaza-search-'));
    const file = join(dir, '20240701_20240731_research_list.csv');
    await writeFile(
      file,
      [
        'nid,title,regist_dt,relm,creat_yr,category,region,isbn,relte_area,writer,doc_prdctn_dt,cpyrht,job_se,url',
        `9900001,${title},20240702120000,환경,2024,연구용역,서울특별시,,기후환경본부 환경정책과,홍길동,20240620,CC BY,I,https://opengov.seoul.go.kr/research/9900001`,
        `${victimNid},,,,,,,,,,,,D,`,
      ].join('\n'),
    );
    try {
      const rt = plaza.rt;
      await ingestFiles([file], {
        log: rt.log,
        store: rt.sink,
        projector: rt.projector,
        clock: rt.clock,
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    await plaza.deps.search.settled(Number.POSITIVE_INFINITY);
    const found = await q('수달서식지');
    expect(found.results.map((x) => x.title)).toEqual([title]);
    expect(found.results[0]!.kind).toBe('research-report');
    const after = await q(victim!.get('t')!.value);
    expect(after.results.map((x) => x.iri)).not.toContain(victimIri);
  });
});
