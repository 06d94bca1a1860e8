// The query UI for browsers: YASGUI over this server's /sparql at GET /query (the /sparql route
// renders the same page for a browser that sends no query), its static files under /assets/, and
// the example catalogue at GET /queries (JSON) and GET /queries/{file} (the .rq text).
import { createHash } from 'node:crypto';
import { Hono, type Context } from 'hono';
import Negotiator from 'negotiator';
import type { AppDeps } from '../deps.ts';
import type { AppEnv } from '../env.ts';
import { HttpError } from '../errors.ts';
import { ifNoneMatch } from '../etag.ts';
import { uiLanguage } from '../language.ts';
import { assetUrls, isAssetName, staticAsset, type AssetName } from '../static-assets.ts';
import { renderQueryUiPage } from '../views/query-ui-page.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The query UI page for this request: Korean unless Accept-Language prefers English. The /sparql
 * route returns it for a browser's GET without a query (that route adds `Vary: Accept`).
 */
export async function queryUiPage(
  c: Context<AppEnv>,
  deps: Pick<AppDeps, 'examples'>,
): Promise<Response> {
  const lang = uiLanguage(c.req.header('Accept-Language'));
  const html = renderQueryUiPage({ lang, examples: deps.examples, assets: await assetUrls() });
  c.header('Content-Language', lang);
  c.header('Vary', 'Accept-Language', { append: true });
  c.header('Cache-Control', 'no-cache');
  return c.html(html);
}

export function queryUiRoutes(deps: Pick<AppDeps, 'examples' | 'scanBody'>): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const catalogue = JSON.stringify({ queries: deps.examples });
  const catalogueEtag = `"${createHash('sha256').update(catalogue).digest('base64url').slice(0, 16)}"`;
  // The assets are constant, so the leak alarm's verdict on each is reached once (scanning a
  // megabyte of JavaScript per request would buy nothing); a dirty asset is left to the alarm.
  const verdicts = new Map<AssetName, boolean>();
  const clean = (name: AssetName, text: string): boolean => {
    let verdict = verdicts.get(name);
    if (verdict === undefined) verdicts.set(name, (verdict = deps.scanBody(text) === undefined));
    return verdict;
  };

  routes.get('/query', (c) => queryUiPage(c, deps));

  routes.get('/queries', (c) => {
    c.header('ETag', catalogueEtag);
    c.header('Cache-Control', 'no-cache');
    if (ifNoneMatch(c.req.header('If-None-Match'), catalogueEtag)) return c.body(null, 304);
    c.header('Content-Type', 'application/json; charset=utf-8');
    return c.body(catalogue);
  });

  routes.get('/queries/:file', (c) => {
    const file = c.req.param('file');
    const example = deps.examples.find((e) => e.file === file);
    if (!example)
      throw new HttpError(404, 'NOT_FOUND', `no example query named "${file}" (see /queries)`);
    c.header('Cache-Control', 'no-cache');
    c.header('Content-Type', 'application/sparql-query; charset=utf-8');
    return c.body(example.query);
  });

  routes.get('/assets/:name{.+}', async (c) => {
    const name = c.req.param('name');
    if (!isAssetName(name)) throw new HttpError(404, 'NOT_FOUND', `no asset named "${name}"`);
    const asset = await staticAsset(name);
    if (clean(name, asset.text)) c.set('leakChecked', true);
    c.header('ETag', asset.etag);
    c.header('Vary', 'Accept-Encoding', { append: true });
    // Immutable only under the fingerprint the page links; any other URL revalidates.
    c.header('Cache-Control', c.req.query('v') === asset.version ? IMMUTABLE : 'no-cache');
    if (ifNoneMatch(c.req.header('If-None-Match'), asset.etag)) return c.body(null, 304);
    c.header('Content-Type', asset.type);
    const negotiator = new Negotiator({
      headers: { 'accept-encoding': c.req.header('Accept-Encoding') },
    });
    if (negotiator.encoding(['gzip', 'identity']) === 'gzip') {
      c.header('Content-Encoding', 'gzip');
      return c.body(asset.gzip);
    }
    return c.body(asset.body);
  });

  return routes;
}
