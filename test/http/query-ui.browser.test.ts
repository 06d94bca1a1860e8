// The query UI in a real browser (headless Chromium) against a listening Plaza: YASGUI starts under
// the CSP with nothing in the console and no request to another origin, and an example from the
// list opens as a tab with its query on this server's /sparql.
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/http/server.ts';
import { openTestPlaza, type TestPlaza } from '../support/test-plaza.ts';

const EXAMPLE = '03-disclosure-grades-per-kind.rq';

let plaza: TestPlaza;
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  plaza = await openTestPlaza({ ingest: [] });
  server = await plaza.listen();
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking'],
  });
});
afterAll(async () => {
  await browser?.close();
  await plaza?.close();
});

interface Watched {
  readonly page: Page;
  /** Console errors and warnings, uncaught exceptions, failed requests. */
  readonly problems: string[];
  /** Requests to any origin but the server's. */
  readonly foreign: string[];
}

async function openQueryUi(locale: string): Promise<Watched> {
  const page = await browser.newPage({ locale });
  const problems: string[] = [];
  const foreign: string[] = [];
  const origin = new URL(server.url).origin;
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(r.url());
  });
  await page.goto(new URL('query', server.url).href, { waitUntil: 'networkidle' });
  await page.waitForSelector('.yasgui .CodeMirror');
  return { page, problems, foreign };
}

describe('the query UI in a browser', () => {
  it('starts YASGUI with a clean console and only same-origin requests', async () => {
    for (const [locale, lang] of [
      ['ko-KR', 'ko'],
      ['en-US', 'en'],
    ]) {
      const { page, problems, foreign } = await openQueryUi(locale!);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(problems).toEqual([]);
      expect(foreign).toEqual([]);
      await page.close();
    }
  });

  it('opens an example as a tab with its query, on this server’s /sparql', async () => {
    const { page, problems, foreign } = await openQueryUi('ko-KR');
    const { queries } = (await (await plaza.request('/queries')).json()) as {
      queries: { file: string; title: string; query: string }[];
    };
    const example = queries.find((q) => q.file === EXAMPLE)!;
    await page.click(`button[data-example="${EXAMPLE}"]`);
    const activeTab = page.locator('.yasgui .tabsList .tab.active');
    await expect.poll(() => activeTab.textContent()).toContain(example.title);
    const panel = '.yasgui .tabPanel.active';
    const codeMirror = `document.querySelector(${JSON.stringify(`${panel} .CodeMirror`)}).CodeMirror`;
    const editor = await page.evaluate(`${codeMirror}.getValue()`);
    expect(editor).toBe(example.query);
    expect(await page.inputValue(`${panel} input.autocomplete`)).toBe(
      new URL('sparql', server.url).href,
    );
    // Picking it again selects that tab rather than opening a second one.
    await page.click(`button[data-example="${EXAMPLE}"]`);
    expect(await page.locator('.yasgui .tabsList .tab', { hasText: example.title }).count()).toBe(
      1,
    );

    // Autocompletion in a class position: YASGUI's default would ask lov.linkeddata.es.
    await page.evaluate(`(() => {
      const cm = ${codeMirror};
      cm.setValue('PREFIX foaf: <http://xmlns.com/foaf/0.1/>\\nSELECT * WHERE { ?s a foaf:Pers');
      cm.focus();
      cm.setCursor(cm.lineCount(), 0);
    })()`);
    await page.keyboard.press('Control+Space');
    await page.waitForTimeout(500);
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
