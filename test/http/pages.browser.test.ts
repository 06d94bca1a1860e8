// The pages in a real browser (headless Chromium) against a listening Plaza over data/: a citizen
// follows a policy to one of its approval documents and on to that document's classification,
// switches language, runs an example query; axe-core finds no serious or critical violation on
// any page type, and no page logs an error or asks another origin for anything.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/http/server.ts';
import { STRINGS } from '../../src/http/views/i18n.ts';
import {
  chromiumMissing,
  launchChromium,
  seriousViolations,
  watchPage,
  type PageWatch,
} from '../support/browser.ts';
import { openTestPlaza, type TestPlaza } from '../support/test-plaza.ts';

const P = `PREFIX plaza: <https://w3id.org/plaza/def#> PREFIX dct: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX org: <http://www.w3.org/ns/org#> PREFIX eli: <http://data.europa.eu/eli/ontology#>
`;
const EXAMPLE = '03-disclosure-grades-per-kind.rq';

let plaza: TestPlaza;
let server: RunningServer;
let browser: Browser;
let page: Page;
let watch: PageWatch;

type Rows = Record<string, string>[];
async function select(query: string): Promise<Rows> {
  const result = await plaza.rt.publicStore.query(P + query);
  if (result.type !== 'solutions') throw new Error('not a SELECT');
  return result.rows.map((row) => Object.fromEntries([...row].map(([k, v]) => [k, v.value])));
}
const pathOf = (iri: string): string => `/page/${iri.slice(`${plaza.deps.baseIri}id/`.length)}`;
const label = async (iri: string, lang: 'ko' | 'en'): Promise<string> =>
  (
    await select(`SELECT ?l WHERE { <${iri}> skos:prefLabel|rdfs:label|dct:title ?l
      FILTER(LANG(?l) = "${lang}") }`)
  )[0]!['l']!;

async function visit(path: string, status = 200): Promise<void> {
  if (status !== 200) watch.expectStatus(status);
  const response = await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
  expect(response?.status(), path).toBe(status);
}
const heading = async (): Promise<string> => (await page.locator('h1').innerText()).trim();

/** Clicks a link as a reader would and waits for the page it leads to. */
async function follow(selector: string): Promise<string> {
  const link = page.locator(selector).first();
  const href = (await link.getAttribute('href'))!;
  await Promise.all([page.waitForURL((u) => u.pathname + u.search === href), link.click()]);
  return href;
}

/** Follows the list's "next" links until a link matching `selector` shows up (at most `pages`). */
async function pageUntil(selector: string, pager: string, pages = 10): Promise<void> {
  for (let i = 0; i < pages && (await page.locator(selector).count()) === 0; i++)
    await follow(`${pager} a[rel="next"]`);
  expect(await page.locator(selector).count(), selector).toBeGreaterThan(0);
}

function expectClean(where: string): void {
  const { problems, foreign } = watch.take();
  expect(problems, `console and network problems on ${where}`).toEqual([]);
  expect(foreign, `requests to other origins from ${where}`).toEqual([]);
}

const missing = chromiumMissing();
if (missing && !process.env['CI']) console.warn(`skipping the pages in a browser: ${missing}`);

describe.skipIf(missing !== undefined && !process.env['CI'])('the pages in a browser', () => {
  beforeAll(async () => {
    plaza = await openTestPlaza();
    // The search index is built in the background; until it is, /search answers 503.
    await plaza.deps.search.settled(Number.POSITIVE_INFINITY);
    server = await plaza.listen();
    browser = await launchChromium();
    const context = await browser.newContext({ locale: 'ko-KR' });
    page = await context.newPage();
    watch = watchPage(page, new URL(server.url).origin);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await plaza?.close();
  });

  /** The policy with the most linked records among those with an approval document that has a classification. */
  async function busiestPolicy(): Promise<{ policy: string; documents: Set<string> }> {
    const [top] = await select(`SELECT ?policy (COUNT(DISTINCT ?r) AS ?n) WHERE {
      { SELECT DISTINCT ?policy WHERE { ?policy a plaza:Policy .
          ?d a plaza:ApprovalDocument ; dct:subject [] ; plaza:policyContext/dct:isPartOf* ?policy } }
      ?v dct:isPartOf* ?policy . ?r plaza:policyContext ?v .
    } GROUP BY ?policy ORDER BY DESC(?n) ?policy LIMIT 1`);
    const policy = top!['policy']!;
    const docs = await select(`SELECT DISTINCT ?d WHERE {
      ?d plaza:policyContext/dct:isPartOf* <${policy}> ; a plaza:ApprovalDocument ; dct:subject [] }`);
    return { policy, documents: new Set(docs.map((d) => pathOf(d['d']!))) };
  }

  it('follows a policy to one of its approval documents and on to its classification', async () => {
    const { policy, documents } = await busiestPolicy();
    await visit(pathOf(policy));
    expect(await heading()).toBe(await label(policy, 'ko'));

    // The timeline runs across kinds in time order; the documents may sit on a later page.
    const docLink = [...documents].map((d) => `#main table a[href="${d}"]`).join(', ');
    await pageUntil(docLink, '#main nav.pager');
    const linkText = (await page.locator(docLink).first().innerText()).trim();
    const document = await follow(docLink);
    expect(await heading()).toBe(linkText);
    expect(await page.locator('#main p.kind').innerText()).toContain(
      await label('https://w3id.org/plaza/def#ApprovalDocument', 'ko'),
    );
    // Its policy context leads back into the policy's hierarchy.
    const hierarchy = await select(`SELECT ?v WHERE { ?v dct:isPartOf* <${policy}> }`);
    const contexts = await Promise.all(
      (await page.locator('#policy-context ~ ul a').all()).map((a) => a.getAttribute('href')),
    );
    expect(hierarchy.map((h) => pathOf(h['v']!))).toEqual(expect.arrayContaining(contexts));
    expect(contexts.length).toBeGreaterThan(0);

    // "Records with the same classification": the concept's page, which lists this document.
    const same = page.locator('nav.breadcrumb p.same a').first();
    expect((await same.innerText()).trim()).toBe(STRINGS.ko.sameClassification);
    const concept = await follow('nav.breadcrumb p.same a');
    const conceptIri = `${plaza.deps.baseIri}id/${concept.slice('/page/'.length)}`;
    expect(await heading()).toBe(await label(conceptIri, 'ko'));
    await pageUntil(`#main table a[href="${document}"]`, '#main nav.pager');
    expectClean('the policy → document → classification walk');
  });

  it('switches to English with the visible switch and back to Korean', async () => {
    const { policy } = await busiestPolicy();
    await visit(pathOf(policy));
    expect(await page.getAttribute('html', 'lang')).toBe('ko');
    await follow(`header nav a:text-is("${STRINGS.ko.switchTo}")`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await heading()).toBe(await label(policy, 'en'));
    expect(await page.locator('#timeline').innerText()).toBe(STRINGS.en.timeline);
    // Record kinds are named by their English class labels from the ontology.
    const kind = await label('https://w3id.org/plaza/def#ApprovalDocument', 'en');
    expect(await page.locator('ul.kinds').innerText()).toContain(kind);
    expect(await seriousViolations(page, 'policy page in English')).toEqual([]);

    await follow(`header nav a:text-is("${STRINGS.en.switchTo}")`);
    expect(await page.getAttribute('html', 'lang')).toBe('ko');
    expect(await heading()).toBe(await label(policy, 'ko'));
    expectClean('the language switch');
  });

  /** Opens the query UI, picks the example from the list, runs it and waits for its rows. */
  async function runExample(): Promise<number> {
    await visit('/query');
    await page.waitForSelector('.yasgui .CodeMirror');
    await page.click(`button[data-example="${EXAMPLE}"]`);
    const panel = '.yasgui .tabPanel.active';
    await page.click(`${panel} .yasqe_queryButton`);
    const rows = page.locator(`${panel} .yasr table.dataTable tbody tr`);
    await rows.first().waitFor();
    return rows.count();
  }

  it('runs an example query in the query UI and shows its rows', async () => {
    const shown = await runExample();
    const { queries } = (await (await plaza.request('/queries')).json()) as {
      queries: { file: string; query: string }[];
    };
    const expected = await plaza.rt.publicStore.query(
      queries.find((q) => q.file === EXAMPLE)!.query,
    );
    if (expected.type !== 'solutions') throw new Error('the example is not a SELECT');
    expect(expected.rows.length).toBeGreaterThan(0);
    expect(shown).toBe(Math.min(expected.rows.length, 50));
    // The page's own button stands in for YASGUI's "+" (hidden: it sat inside the tablist).
    const tabs = page.locator('.yasgui .tabsList .tab');
    const before = await tabs.count();
    await page.getByRole('button', { name: '새 질의 탭' }).click();
    await expect.poll(() => tabs.count()).toBe(before + 1);
    expect(await page.locator('.yasgui .tabsList .addTab').isVisible()).toBe(false);
    expectClean('the query UI');
  });

  /** One page of every kind: the one with the most statements, withheld parts first. */
  async function pageOfEveryKind(): Promise<[string, string][]> {
    const kinds: [string, string][] = [
      ['policy', 'plaza:Policy'],
      ['programme', 'plaza:Programme'],
      ['project', 'plaza:Project'],
      ['approval document', 'plaza:ApprovalDocument'],
      ['disclosure', 'plaza:ProactiveDisclosure'],
      ['research report', 'plaza:ResearchReport'],
      ['expense report', 'plaza:ExpenseReport'],
      ['budget line', 'plaza:BudgetLine'],
      ['meeting', 'plaza:Meeting'],
      ['minutes', 'plaza:Minutes'],
      ['work process', 'plaza:WorkProcess'],
      ['organisation', 'org:Organization'],
      ['concept', 'skos:Concept'],
      ['legal ground', 'eli:LegalResourceSubdivision'],
    ];
    // Counted apart: an EXISTS per row of this union is too slow for the embedded store.
    const rows = await select(`SELECT ?kind ?s (COUNT(*) AS ?n) WHERE {
      VALUES (?kind ?class) { ${kinds.map(([k, c]) => `("${k}" ${c})`).join(' ')} }
      ?s a ?class . { ?s ?p ?o } UNION { ?o ?p ?s }
    } GROUP BY ?kind ?s`);
    const withheld = new Set(
      (await select(`SELECT DISTINCT ?s WHERE { ?s ?p ?x . ?x a plaza:Redacted }`)).map(
        (r) => r['s'],
      ),
    );
    const ours = `${plaza.deps.baseIri}id/`;
    const score = (r: Record<string, string>): number =>
      (withheld.has(r['s']) ? 1e9 : 0) + Number(r['n']);
    rows.sort((a, b) => score(b) - score(a) || a['s']!.localeCompare(b['s']!));
    return kinds.map(([kind]) => {
      const best = rows.find(
        (r) =>
          r['kind'] === kind &&
          r['s']!.startsWith(ours) &&
          !r['s']!.includes('#') &&
          // Legal grounds are concepts too; they have a kind of their own here.
          (kind !== 'concept' || !r['s']!.startsWith(`${ours}legal/`)),
      );
      expect(best, `a resource of kind ${kind}`).toBeDefined();
      return [kind, pathOf(best!['s']!)];
    });
  }

  it('has no serious or critical axe violation, console error or foreign request on any page type', async () => {
    // Gathered over every page and compared at the end, so one run names every problem.
    const violations: string[] = [];
    const problems: string[] = [];
    const check = async (kind: string): Promise<void> => {
      violations.push(...(await seriousViolations(page, `${kind} (${page.url()})`)));
      const seen = watch.take();
      problems.push(
        ...[...seen.problems, ...seen.foreign.map((f) => `foreign: ${f}`)].map(
          (p) => `${kind}: ${p}`,
        ),
      );
    };
    for (const [kind, path] of await pageOfEveryKind()) {
      await visit(path);
      await check(kind);
    }
    await visit(`/search?q=${encodeURIComponent('예산')}`);
    expect(await page.locator('main ol.results li').count()).toBeGreaterThan(0);
    await check('search results');
    await visit('/page/policy/NO-SUCH-POLICY', 404);
    expect(await heading()).toBe(STRINGS.ko.notFoundTitle);
    await check('404 page');
    await runExample();
    await check('query UI with results');
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });
});
