// The query UI through the real app: the page (language, same-origin assets only), YASGUI's files
// served from the npm package with their types and caching, and the queries/ catalogue as JSON.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseExampleQuery, QueryCatalogueError } from '../../src/http/query-catalogue.ts';
import { openTestPlaza, type TestPlaza } from '../support/test-plaza.ts';

const QUERIES = new URL('../../queries/', import.meta.url).pathname;
const HTML = { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

let plaza: TestPlaza;
beforeAll(async () => {
  // The UI does not read the graph: reference data only keeps this quick.
  plaza = await openTestPlaza({ ingest: [] });
});
afterAll(() => plaza.close());

/** Every src= and href= of a page. */
function links(html: string): string[] {
  return [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

describe('the query UI page', () => {
  it('is Korean by default, English when the browser prefers it', async () => {
    for (const [acceptLanguage, lang] of [
      [undefined, 'ko'],
      ['ko-KR,ko;q=0.9,en;q=0.8', 'ko'],
      ['en-GB,en;q=0.9', 'en'],
      ['fr-FR,fr;q=0.9', 'ko'],
      ['fr;q=0.9,en;q=0.5,ko;q=0.1', 'en'],
    ] as const) {
      const headers = acceptLanguage ? { ...HTML, 'Accept-Language': acceptLanguage } : HTML;
      const res = await plaza.request('/query', { headers });
      expect(res.status).toBe(200);
      expect(res.headers.get('Content-Type')).toMatch(/^text\/html; charset=utf-8/i);
      expect(res.headers.get('Content-Language')).toBe(lang);
      expect(res.headers.get('Vary')).toContain('Accept-Language');
      const html = await res.text();
      expect(html).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${lang}">`));
      expect(html).toContain(lang === 'ko' ? '예제 질의' : 'Example queries');
    }
  });

  it('links only same-origin assets, has no inline script, and the CSP stays self-only', async () => {
    const res = await plaza.request('/query', { headers: HTML });
    expect(res.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
    const html = await res.text();
    const urls = links(html);
    expect(urls.length).toBeGreaterThan(4);
    const base = 'http://plaza.test/';
    // data: URLs (the empty favicon that spares a 404) are not fetched from anywhere.
    for (const url of urls.filter((u) => !u.startsWith('data:')))
      expect(new URL(url, base).origin, url).toBe('http://plaza.test');
    // Every <script> has a src and no body (script-src 'self' would refuse an inline one).
    for (const script of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      expect(script[1]).toMatch(/\bsrc="/);
      expect(script[2]).toBe('');
    }
    expect(html).toMatch(/<div id="yasgui" data-endpoint="sparql" data-catalogue="queries"/);
  });

  it('serves each linked asset with its content type, long-lived caching and gzip', async () => {
    const html = await (await plaza.request('/query', { headers: HTML })).text();
    const assets = links(html).filter((u) => u.startsWith('assets/'));
    expect(assets.map((u) => u.replace(/\?.*/, '')).sort()).toEqual([
      'assets/query-ui.css',
      'assets/query-ui.js',
      'assets/yasgui/yasgui.min.css',
      'assets/yasgui/yasgui.min.js',
    ]);
    for (const url of assets) {
      const res = await plaza.request(`/${url}`);
      expect(res.status, url).toBe(200);
      expect(res.headers.get('Content-Type')).toBe(
        url.includes('.js?') ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8',
      );
      expect(res.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
      const etag = res.headers.get('ETag');
      expect(etag).toMatch(/^"[\w-]+"$/);
      const text = await res.text();
      expect(text).not.toMatch(/sourceMappingURL/);

      const zipped = await plaza.request(`/${url}`, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(zipped.headers.get('Content-Encoding')).toBe('gzip');
      expect(zipped.headers.get('Vary')).toContain('Accept-Encoding');
      const bytes = Buffer.from(await zipped.arrayBuffer());
      expect(gunzipSync(bytes).toString('utf8')).toBe(text);

      const again = await plaza.request(`/${url}`, { headers: { 'If-None-Match': etag! } });
      expect(again.status).toBe(304);
    }
  });

  it('serves YASGUI from the npm package itself, not a copy', async () => {
    const pkg = new URL('../../node_modules/@zazuko/yasgui/build/', import.meta.url).pathname;
    const original = await readFile(join(pkg, 'yasgui.min.css'), 'utf8');
    const res = await plaza.request('/assets/yasgui/yasgui.min.css');
    expect(await res.text()).toBe(original);
  });

  it('revalidates an asset under a stale fingerprint, and 404s an unknown one', async () => {
    const stale = await plaza.request('/assets/query-ui.js?v=old');
    expect(stale.status).toBe(200);
    expect(stale.headers.get('Cache-Control')).toBe('no-cache');
    for (const path of ['/assets/yasgui/yasgui.min.js.map', '/assets/../package.json']) {
      const res = await plaza.request(path);
      expect(res.status, path).toBe(404);
    }
  });

  it('starts YASGUI on this origin only: no third-party autocompletion, our endpoint', async () => {
    const js = await (await plaza.request('/assets/query-ui.js')).text();
    expect(js).toMatch(/autocompleters = completers\.slice\(\)/);
    expect(js).not.toMatch(/'(property|class)'/);
    expect(js).toMatch(/prefixCcApi = null/);
    expect(js).not.toMatch(/https?:\/\//);
  });
});

describe('the example catalogue', () => {
  it('GET /queries lists every file of queries/ with its title, description and text', async () => {
    const files = (await readdir(QUERIES)).filter((f) => f.endsWith('.rq')).sort();
    const res = await plaza.request('/queries');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    const { queries } = (await res.json()) as {
      queries: { file: string; title: string; description: string; query: string }[];
    };
    expect(queries.map((q) => q.file)).toEqual(files);
    for (const q of queries) {
      const text = await readFile(join(QUERIES, q.file), 'utf8');
      expect(q.query).toBe(text);
      expect(text).toContain(`# title: ${q.title}\n`);
      expect(text).toContain(`# description: ${q.description}\n`);
    }
    const again = await plaza.request('/queries', {
      headers: { 'If-None-Match': res.headers.get('ETag')! },
    });
    expect(again.status).toBe(304);
  });

  it('the page offers every example, and each one is served as its .rq text', async () => {
    const files = (await readdir(QUERIES)).filter((f) => f.endsWith('.rq')).sort();
    const html = await (await plaza.request('/query', { headers: HTML })).text();
    const offered = [...html.matchAll(/data-example="([^"]+)"/g)].map((m) => m[1]);
    expect(offered).toEqual(files);
    const res = await plaza.request(`/queries/${files[0]!}`);
    expect(res.headers.get('Content-Type')).toBe('application/sparql-query; charset=utf-8');
    expect(await res.text()).toBe(await readFile(join(QUERIES, files[0]!), 'utf8'));
    const missing = await plaza.request('/queries/99-nothing.rq');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('99-nothing.rq');
  });

  it('a catalogue file without a title or description is refused by name', () => {
    expect(() => parseExampleQuery('x.rq', '# description: d\nASK {}')).toThrow(
      QueryCatalogueError,
    );
    expect(() => parseExampleQuery('y.rq', '# title: t\nASK {}')).toThrow(/y\.rq.*description/);
    const ok = parseExampleQuery('z.rq', '# title:  A title \n# description: What it does\nASK {}');
    expect([ok.title, ok.description]).toEqual(['A title', 'What it does']);
  });
});

describe('the leak alarm over the assets', () => {
  it('withholds an asset that carries a planted canary, plain or gzipped', async () => {
    // The bootstrap script's function name stands in for a secret that found its way into a file.
    const leaky = await openTestPlaza({ ingest: [], canaries: ['startQueryUi'] });
    try {
      const url = (await (await leaky.request('/query')).text()).match(
        /assets\/query-ui\.js\?v=[\w-]+/,
      )![0];
      for (const headers of [{}, { 'Accept-Encoding': 'gzip' }]) {
        const res = await leaky.request(`/${url}`, { headers });
        expect(res.status).toBe(500);
        expect(await res.text()).toMatch(/^500 INTERNAL: the response was withheld/);
        // Nothing of the withheld body's description survives onto the 500.
        expect(res.headers.get('Content-Encoding')).toBeNull();
        expect(res.headers.get('ETag')).toBeNull();
        expect(res.headers.get('Cache-Control')).toBe('no-store');
        expect(res.headers.get('X-Request-Id')).toMatch(/^[\w-]+$/);
      }
      expect((await leaky.request('/assets/query-ui.css')).status).toBe(200);
    } finally {
      await leaky.close();
    }
  });
});
