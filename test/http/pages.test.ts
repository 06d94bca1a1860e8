// The resource pages through the real app over data/: every page type renders the facts the
// public store holds (checked against direct SPARQL, not fixed strings), the policy page's one
// timeline across record kinds and its paging, Korean/English, 404s, and escaping of hostile text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scriptSafeJson } from '../../src/http/views/layout.tsx';
import { formatAmount } from '../../src/http/views/i18n.ts';
import { openTestPlaza, type TestPlaza } from '../support/test-plaza.ts';

const P = `PREFIX plaza: <https://w3id.org/plaza/def#> PREFIX dct: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX schema: <https://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX org: <http://www.w3.org/ns/org#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
`;

let plaza: TestPlaza;
let base: string;
beforeAll(async () => {
  plaza = await openTestPlaza();
  base = plaza.deps.baseIri;
}, 180_000);
afterAll(() => plaza.close());

type Rows = Record<string, string>[];
async function select(query: string): Promise<Rows> {
  const result = await plaza.rt.publicStore.query(P + query);
  if (result.type !== 'solutions') throw new Error('not a SELECT');
  return result.rows.map((row) => Object.fromEntries([...row].map(([k, v]) => [k, v.value])));
}

const unescape = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
/** The visible text of some HTML (tags dropped, entities decoded, spaces collapsed). */
const text = (html: string): string => unescape(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
/** Every link of some HTML as [href, visible text]. */
const anchors = (html: string): [string, string][] =>
  [...html.matchAll(/<a\b[^>]*\bhref="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => [
    unescape(m[1]!),
    text(m[2]!).trim(),
  ]);
/** The part of a page inside <section aria-labelledby="id">. */
const section = (html: string, id: string): string => {
  const start = html.indexOf(`<section aria-labelledby="${id}">`);
  expect(start, `section ${id}`).toBeGreaterThanOrEqual(0);
  return html.slice(start, html.indexOf('</section>', start));
};
const pathOf = (iri: string): string => `/page/${iri.slice(`${base}id/`.length)}`;

async function page(
  path: string,
  lang: 'ko' | 'en' = 'ko',
): Promise<{ status: number; html: string; res: Response }> {
  const started = Date.now();
  const res = await plaza.request(path, {
    headers: { Accept: 'text/html', 'Accept-Language': lang },
  });
  const html = await res.text();
  // Generous for CI's two shared cores; measured locally well under a second per page.
  expect(Date.now() - started, `${path} render time`).toBeLessThan(10_000);
  return { status: res.status, html, res };
}

function expectPageShape(html: string, lang: string): void {
  expect(html).toMatch(new RegExp(`^<!doctype html><html lang="${lang}">`));
  expect(html.match(/<h1>/g)).toHaveLength(1);
  expect(html).toContain('<main id="main">');
  // No inline script: the only <script> is the JSON-LD data block, if any.
  for (const m of html.matchAll(/<script\b([^>]*)>/g))
    expect(m[1]).toContain('application/ld+json');
}

const label = async (iri: string, lang: string): Promise<string> =>
  (
    await select(
      `SELECT ?l WHERE { <${iri}> skos:prefLabel|rdfs:label|dct:title ?l FILTER(LANG(?l) = "${lang}") }`,
    )
  )[0]!['l']!;

describe('the policy-context page', () => {
  const policy = () => `${base}id/policy/POL-03`;

  it('shows the initiative, its parts, and every kind of record linked to it or its parts', async () => {
    const { status, html, res } = await page(pathOf(policy()));
    expect(status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    expectPageShape(html, 'ko');
    expect(text(html.match(/<h1>[\s\S]*?<\/h1>/)![0]).trim()).toBe(await label(policy(), 'ko'));

    const children = await select(`SELECT ?c WHERE { ?c dct:isPartOf <${policy()}> }`);
    const hierarchy = anchors(section(html, 'hierarchy')).map(([href]) => href);
    expect(children.length).toBeGreaterThan(0);
    for (const c of children) expect(hierarchy).toContain(pathOf(c['c']!));

    // Per kind, as many records as the store links to the policy and its parts.
    const kinds = await select(`SELECT ?label (COUNT(DISTINCT ?r) AS ?n) WHERE {
      ?v dct:isPartOf* <${policy()}> . ?r plaza:policyContext ?v ; a ?k .
      VALUES ?k { plaza:ApprovalDocument plaza:ProactiveDisclosure plaza:ResearchReport plaza:ExpenseReport
                  plaza:BudgetLine plaza:Meeting plaza:Minutes plaza:WorkProcess }
      ?k rdfs:label ?label FILTER(LANG(?label) = "ko") } GROUP BY ?label`);
    expect(kinds.length).toBeGreaterThanOrEqual(4);
    const timeline = section(html, 'timeline');
    for (const k of kinds) expect(text(timeline)).toContain(`${k['label']} ${k['n']}`);

    // The first page's rows are linked records, of several kinds, in time order.
    const linked = new Set(
      (
        await select(
          `SELECT DISTINCT ?r WHERE { ?v dct:isPartOf* <${policy()}> . ?r plaza:policyContext ?v }`,
        )
      ).map((r) => r['r']!),
    );
    const rows = [
      ...timeline.matchAll(
        /<tr><td>(?:<time datetime="([^"]*)">)?[\s\S]*?<\/td><td>([^<]*)<\/td><td><a href="([^"]*)"/g,
      ),
    ];
    expect(rows).toHaveLength(20);
    for (const row of rows) expect(linked).toContain(`${base}id/${row[3]!.slice('/page/'.length)}`);
    expect(new Set(rows.map((r) => r[2])).size).toBeGreaterThanOrEqual(3);
    const dates = rows.map((r) => r[1] ?? '9999');
    expect([...dates].sort()).toEqual(dates);
  });

  it('tabulates and charts the linked budget per year and phase', async () => {
    const { html } = await page(pathOf(policy()));
    const sums = await select(`SELECT ?year (SUM(?cur) AS ?total) WHERE {
      { SELECT DISTINCT ?line WHERE { ?v dct:isPartOf* <${policy()}> . ?line a plaza:BudgetLine ; plaza:policyContext ?v } }
      ?line plaza:fiscalYear ?year ; plaza:budgetPhase/skos:notation "original" ; plaza:currentBudgetAmount ?cur } GROUP BY ?year`);
    expect(sums.length).toBeGreaterThan(0);
    const budget = text(section(html, 'budget'));
    for (const s of sums) expect(budget).toContain(formatAmount(s['total']!, 'ko'));
    const svg = section(html, 'budget').match(/<svg[\s\S]*<\/svg>/)![0];
    expect(svg).toContain('role="img"');
    expect(svg.match(/<rect /g)!.length).toBeGreaterThanOrEqual(sums.length);
  });

  it('lists the meetings with their decisions and the processes with their steps in order', async () => {
    const { html } = await page(pathOf(policy()));
    const meetings = await select(
      `SELECT DISTINCT ?m WHERE { ?v dct:isPartOf* <${policy()}> . ?m a plaza:Meeting ; plaza:policyContext ?v }`,
    );
    const shown = anchors(section(html, 'meetings')).map(([href]) => href);
    for (const m of meetings.slice(0, 10)) expect(shown).toContain(pathOf(m['m']!));
    const outcomes = await select(`SELECT DISTINCT ?label WHERE { ?v dct:isPartOf* <${policy()}> .
      ?item a plaza:AgendaItem ; plaza:policyContext ?v ; plaza:decision/plaza:decisionOutcome ?o . ?o skos:prefLabel ?label FILTER(LANG(?label) = "ko") }`);
    expect(outcomes.length).toBeGreaterThan(0);
    for (const o of outcomes) expect(text(section(html, 'meetings'))).toContain(o['label']!);

    const steps =
      await select(`SELECT ?p ?title WHERE { ?v dct:isPartOf* <${policy()}> . ?p a plaza:WorkProcess ; plaza:policyContext ?v .
      ?s dct:isPartOf ?p ; a plaza:ProcessStep ; plaza:stepNumber ?n ; dct:title ?title } ORDER BY ?p ?n`);
    expect(steps.length).toBeGreaterThan(1);
    const processes = text(section(html, 'processes'));
    const positions = steps.map((s) => processes.indexOf(s['title']!));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('pages the timeline: pages are disjoint, together they hold every linked record, past the end is 404', async () => {
    const policy22 = `${base}id/policy/POL-22`;
    const hrefs = async (n: number): Promise<string[]> =>
      anchors(section((await page(`${pathOf(policy22)}?page=${n}`)).html, 'timeline'))
        .map(([href]) => href)
        .filter((h) => !h.includes('?'));
    const total = Number(
      (
        await select(`SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?v dct:isPartOf* <${policy22}> . ?r plaza:policyContext ?v ; a ?k .
        VALUES ?k { plaza:ApprovalDocument plaza:ProactiveDisclosure plaza:ResearchReport plaza:ExpenseReport plaza:BudgetLine plaza:Meeting plaza:Minutes plaza:WorkProcess } }`)
      )[0]!['n'],
    );
    const last = Math.ceil(total / 20);
    expect(last).toBeGreaterThan(2);
    const [first, second, end] = await Promise.all([
      hrefs(1),
      hrefs(2),
      page(`${pathOf(policy22)}?page=${last}`),
    ]);
    const records = (list: string[]) =>
      list.filter((h) =>
        /^\/page\/(document|disclosure|report|expense-report|budget|meeting|process)\//.test(h),
      );
    expect(new Set(records(first)).size).toBeGreaterThanOrEqual(20);
    expect(
      records(first).filter((h) => records(second).includes(h) && !h.startsWith('/page/policy')),
    ).toEqual([]);
    expect(end.status).toBe(200);
    expect(end.html).toContain('rel="prev"');
    expect(end.html).not.toContain('rel="next"');

    for (const n of [String(last + 1), '99999999999999999999']) {
      const beyond = await page(`${pathOf(policy22)}?page=${n}`);
      expect(beyond.status).toBe(404);
      expectPageShape(beyond.html, 'ko');
    }
    for (const bad of ['0', '-1', 'abc', '1.5', '<script>']) {
      const res = await page(`${pathOf(policy22)}?page=${encodeURIComponent(bad)}`);
      expect(res.status).toBe(400);
      expect(res.html).not.toContain('<script>');
    }
  });
});

describe('language', () => {
  it('is Korean by default and English by Accept-Language or the visible switch', async () => {
    const policy = `${base}id/policy/POL-03`;
    const ko = await page(pathOf(policy));
    expect(ko.res.headers.get('Content-Language')).toBe('ko');
    expect(ko.res.headers.get('Vary')).toContain('Accept-Language');
    const toggle = anchors(ko.html).find(([, t]) => t === 'English');
    expect(toggle?.[0]).toBe(`${pathOf(policy)}?lang=en`);

    const viaSwitch = await plaza.request(toggle![0]);
    const viaHeader = await page(pathOf(policy), 'en');
    for (const html of [await viaSwitch.text(), viaHeader.html]) {
      expectPageShape(html, 'en');
      expect(text(html.match(/<h1>[\s\S]*?<\/h1>/)![0]).trim()).toBe(await label(policy, 'en'));
      expect(html).toContain('Linked records');
      expect(anchors(html).find(([, t]) => t === '한국어')?.[0]).toBe(`${pathOf(policy)}?lang=ko`);
    }
    // The switch keeps the page number.
    const second = await page(`${pathOf(policy)}?page=2`);
    expect(anchors(second.html).map(([h]) => h)).toContain(`${pathOf(policy)}?page=2&lang=en`);
  });
});

describe('unknown and malformed addresses', () => {
  it('answers 404 with an HTML page in the reader’s language', async () => {
    for (const [path, lang, words] of [
      ['/page/document/000000000000000', 'ko', '찾을 수 없습니다'],
      ['/page/policy/POL-99', 'en', 'Not found'],
    ] as const) {
      const { status, html } = await page(path, lang);
      expect(status).toBe(404);
      expectPageShape(html, lang);
      expect(html).toContain(words);
    }
  });

  it('answers 404 for keys no IRI can have, as /id does, saying why, without echoing markup', async () => {
    for (const [path, says] of [
      ['/page/document/%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'is not a document key'],
      ['/page/document/a%20b', 'is not a document key'],
      ['/page/document', 'is not a document key'],
      ['/page/document/1/2', 'is not a document key'],
      ['/page/meeting/C041-2024-02/agenda/0', 'is not a meeting key'],
      ['/page/nosuchtype/1', 'no resource type'],
    ] as const) {
      const { status, html, res } = await page(path);
      expect(status, path).toBe(404);
      expect(res.headers.get('Cache-Control'), path).toBe('no-store');
      expectPageShape(html, 'ko');
      expect(html, path).toContain(says);
      expect(html).not.toMatch(/<script>alert/);
    }
    // A dot-segment path is normalised away before routing: it names no page either.
    expect((await page('/page/document/../../etc')).status).toBe(404);
  });
});

describe('record pages', () => {
  it('shows an approval document: grade, grounds and release, withheld parts, classification, department, context, source', async () => {
    const [doc] = await select(`SELECT ?d ?grade ?ground ?release ?unit ?subject ?page ?ctx WHERE {
      ?d a plaza:ApprovalDocument ; plaza:disclosure ?x ; plaza:redaction ?r ; plaza:responsibleUnit ?unit ;
         dct:subject ?subject ; foaf:page ?page ; plaza:policyContext ?ctx .
      ?x plaza:disclosureStatus ?grade ; plaza:legalGround ?ground ; plaza:scheduledRelease ?release } LIMIT 1`);
    const d = doc!;
    const { status, html } = await page(pathOf(d['d']!));
    expect(status).toBe(200);
    expectPageShape(html, 'ko');
    const disclosure = text(section(html, 'disclosure'));
    expect(disclosure).toContain(await label(d['grade']!, 'ko'));
    expect(disclosure).toContain(await label(d['ground']!, 'ko'));
    expect(disclosure).toContain(d['release']!);
    expect(disclosure).toContain(`비공개 (근거: ${await label(d['ground']!, 'ko')}`);
    const links = anchors(html).map(([h]) => h);
    for (const iri of [d['unit']!, d['subject']!, d['ctx']!]) expect(links).toContain(pathOf(iri));
    expect(links).toContain(d['page']);
    expect(
      anchors(section(html, 'classification')).find(([, t]) => t === '같은 분류의 기록')?.[0],
    ).toBe(pathOf(d['subject']!));

    // The same-classification page lists as many records as the store classifies there.
    const concept = await page(pathOf(d['subject']!));
    expect(concept.status).toBe(200);
    const n = (
      await select(`SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r dct:subject <${d['subject']}> }`)
    )[0]!['n'];
    expect(text(section(concept.html, 'records'))).toContain(`건수: ${n}`);
    if (Number(n) <= 20) expect(anchors(concept.html).map(([h]) => h)).toContain(pathOf(d['d']!));
  });

  it('shows a withheld (비공개) document as its stub with the placeholder’s ground and release', async () => {
    const [row] =
      await select(`SELECT ?d ?ground ?release WHERE { ?d a plaza:ApprovalDocument ; plaza:withheldContent ?w .
      ?w plaza:legalGround ?ground ; plaza:scheduledRelease ?release } LIMIT 1`);
    const { html } = await page(pathOf(row!['d']!));
    expect(text(section(html, 'disclosure'))).toContain(
      `기록 내용: 비공개 (근거: ${await label(row!['ground']!, 'ko')}, 공개 예정 ${row!['release']})`,
    );
  });

  it('renders every other kind with the facts the store holds', async () => {
    const sample = async (cls: string): Promise<string> =>
      (await select(`SELECT ?s WHERE { ?s a ${cls} } ORDER BY ?s LIMIT 1`))[0]!['s']!;
    for (const cls of [
      'plaza:ProactiveDisclosure',
      'plaza:ResearchReport',
      'plaza:ExpenseReport',
      'plaza:Expense',
      'plaza:Minutes',
    ]) {
      const s = await sample(cls);
      const { status, html } = await page(pathOf(s));
      expect(status, s).toBe(200);
      expectPageShape(html, 'ko');
      const id = (await select(`SELECT ?i WHERE { <${s}> dct:identifier ?i }`))[0]!['i']!;
      expect(text(html), s).toContain(id);
      const kind = (
        await select(
          `SELECT ?l WHERE { <${s}> a ?k . ?k rdfs:label ?l FILTER(LANG(?l) = "ko") FILTER(STRSTARTS(STR(?k), "https://w3id.org/plaza/def#")) }`,
        )
      )[0]!['l']!;
      expect(text(html.match(/<p class="kind">[\s\S]*?<\/p>/)![0])).toContain(kind);
    }
  });

  it('shows an expense report’s lines, paged', async () => {
    const [row] = await select(
      `SELECT ?r (COUNT(?l) AS ?n) WHERE { ?l a plaza:Expense ; dct:isPartOf ?r } GROUP BY ?r ORDER BY DESC(?n) LIMIT 1`,
    );
    const { html } = await page(pathOf(row!['r']!));
    const lines = anchors(section(html, 'lines')).filter(([h]) => h.includes('/line/'));
    expect(lines).toHaveLength(Math.min(20, Number(row!['n'])));
  });

  it('shows a meeting’s agenda, decisions and attendees, with citizens’ names withheld', async () => {
    const [m] = await select(
      `SELECT ?m WHERE { ?m a plaza:Meeting ; plaza:agendaItem ?i ; plaza:attendee/plaza:citizenName ?c } LIMIT 1`,
    );
    const meeting = m!['m']!;
    const { status, html } = await page(pathOf(meeting));
    expect(status).toBe(200);
    const items =
      await select(`SELECT ?title ?outcome WHERE { <${meeting}> plaza:agendaItem ?i . ?i dct:title ?title .
      OPTIONAL { ?i plaza:decision/plaza:decisionOutcome/skos:prefLabel ?outcome FILTER(LANG(?outcome) = "ko") } }`);
    const agenda = text(section(html, 'agenda'));
    for (const i of items) {
      expect(agenda).toContain(i['title']!);
      if (i['outcome']) expect(agenda).toContain(i['outcome']);
    }
    const officials = await select(
      `SELECT ?name WHERE { <${meeting}> plaza:attendee/plaza:officialName ?name }`,
    );
    const attendees = text(section(html, 'attendees'));
    for (const o of officials) expect(attendees).toContain(o['name']!);
    expect(attendees).toContain('비공개 (근거: ');
  });

  it('shows a budget line’s amounts and the same item in its other phases', async () => {
    const [row] = await select(`SELECT ?l ?cur (COUNT(DISTINCT ?o) AS ?phases) WHERE {
      { SELECT ?l WHERE { ?x plaza:executesBudgetLine ?l } ORDER BY ?l LIMIT 1 }
      ?l plaza:currentBudgetAmount ?cur ; plaza:fiscalYear ?y ; plaza:budgetAccount ?a ; plaza:budgetOrganization ?org ; plaza:budgetProjectCode ?c .
      ?o plaza:fiscalYear ?y ; plaza:budgetAccount ?a ; plaza:budgetOrganization ?org ; plaza:budgetProjectCode ?c ; a plaza:BudgetLine .
    } GROUP BY ?l ?cur`);
    const { status, html } = await page(pathOf(row!['l']!));
    expect(status).toBe(200);
    expect(text(section(html, 'amounts'))).toContain(formatAmount(row!['cur']!, 'ko'));
    expect(anchors(section(html, 'phases')).length).toBe(Number(row!['phases']));
    expect(section(html, 'expenses')).toContain('/page/expense-report/');
  });

  it('shows a work process’s steps in their order with their lanes', async () => {
    const steps =
      await select(`SELECT ?title ?lane WHERE { ?s dct:isPartOf <${base}id/process/PROC-02> ; a plaza:ProcessStep ;
      plaza:stepNumber ?n ; dct:title ?title ; plaza:lane/dct:title ?lane } ORDER BY ?n`);
    const { html } = await page('/page/process/PROC-02');
    const list = text(section(html, 'steps'));
    const at = steps.map((s) => list.indexOf(`${s['title']} — 담당: ${s['lane']}`));
    expect(at.every((p) => p >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('shows an organisation with its units, initiatives and records', async () => {
    const [row] =
      await select(`SELECT ?o (COUNT(DISTINCT ?r) AS ?n) WHERE { ?o a org:Organization . ?r plaza:responsibleUnit ?o .
      FILTER EXISTS { ?u org:unitOf ?o } } GROUP BY ?o ORDER BY DESC(?n) LIMIT 1`);
    const { status, html } = await page(pathOf(row!['o']!));
    expect(status).toBe(200);
    const units = await select(`SELECT ?u WHERE { ?u org:unitOf <${row!['o']}> }`);
    const shown = anchors(section(html, 'units')).map(([h]) => h);
    for (const u of units.slice(0, 50)) expect(shown).toContain(pathOf(u['u']!));
    expect(text(section(html, 'records'))).toContain(`건수: ${row!['n']}`);
  });

  it('shows a legal ground with the decisions, withheld values and records citing it', async () => {
    const ground = `${base}id/legal/opengov-act/art/9/para/1/item/6`;
    const { status, html } = await page(pathOf(ground));
    expect(status).toBe(200);
    const grades =
      await select(`SELECT ?g (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d plaza:legalGround <${ground}> ; plaza:disclosureStatus ?c .
      ?c skos:prefLabel ?g FILTER(LANG(?g) = "ko") } GROUP BY ?g`);
    for (const g of grades)
      expect(text(section(html, 'by-grade'))).toContain(`${g['g']} ${g['n']}`);
    const records = (
      await select(
        `SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r plaza:disclosure/plaza:legalGround <${ground}> }`,
      )
    )[0]!['n'];
    expect(text(section(html, 'records'))).toContain(`건수: ${records}`);
  });
});

describe('escaping', () => {
  it('writes hostile text from the store as text, never as markup', async () => {
    const hostile = `${base}id/document/hostile-1`;
    const title = `<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes"`;
    await plaza.rt.publicStore
      .update(`PREFIX dct: <http://purl.org/dc/terms/> PREFIX plaza: <https://w3id.org/plaza/def#>
      INSERT DATA { GRAPH <${base}graph/document/hostile-1> {
        <${hostile}> a plaza:ApprovalDocument ; dct:identifier "hostile-1" ;
          dct:title ${JSON.stringify(title)}@ko ; plaza:departmentName "</dd><script>x</script>"@ko } }`);
    const { status, html } = await page('/page/document/hostile-1');
    expect(status).toBe(200);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('</dd><script>x');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(text(html.match(/<h1>[\s\S]*?<\/h1>/)![0]).trim()).toBe(title);
  });

  it('keeps embedded JSON-LD inside its script element and parseable', () => {
    const data = { title: '</script><script>alert(1)</script>', note: '<!-- x -->\u2028' };
    const embedded = scriptSafeJson(JSON.stringify(data));
    expect(embedded).not.toMatch(/<\/script|<!--/i);
    expect(JSON.parse(embedded)).toEqual(data);
  });
});
