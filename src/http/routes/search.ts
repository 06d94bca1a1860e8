// GET /search: full-text search over the public graph (the index built from deps.publicStore), as
// HTML for browsers and JSON for programs (Accept, or ?format=json|html), ETag by data version.
import { Hono } from 'hono';
import type { Format } from '../../serialize/formats.ts';
import type { AppDeps } from '../deps.ts';
import type { AppEnv } from '../env.ts';
import { HttpError } from '../errors.ts';
import { ifNoneMatch, weakEtag } from '../etag.ts';
import { uiLanguage } from '../language.ts';
import { negotiateOrThrow, PAGE } from '../linked-data-formats.ts';
import { FACET_LIMIT, PAGE_SIZE, parseSearchParams } from '../search-params.ts';
import { basePath } from '../resource-path.ts';
import { searchResponse } from '../search-response.ts';
import { staticAsset } from '../static-assets.ts';
import { pageEnv } from '../views/page-env.ts';
import { renderSearchPage, searchKeep } from '../views/search-page.tsx';

/** How long a search waits for the index to take in a publish before answering from it. */
const CATCH_UP_MS = 2_000;
/**
 * The JSON answer as a candidate of the one conneg function, beside the HTML page (like PAGE, no
 * result format: only its names and media types are read). First: a client with no preference
 * gets JSON.
 */
const JSON_ANSWER = {
  name: 'json',
  mediaType: 'application/json',
  aliases: [],
  extension: 'json',
  family: 'results',
  oxigraph: '',
} as unknown as Format;

export function searchRoutes(
  deps: Pick<AppDeps, 'search' | 'baseIri' | 'dataVersion' | 'scanBody'>,
) {
  const routes = new Hono<AppEnv>();
  const root = basePath(deps.baseIri);
  const href = (iri: string): string =>
    iri.startsWith(deps.baseIri) ? `${root}${iri.slice(deps.baseIri.length)}` : iri;

  routes.get('/search', async (c) => {
    const params = parseSearchParams(new URL(c.req.url));
    // The answer echoes the search text: text the leak alarm would stop (a phone or resident
    // number) is refused here with a 400, not turned into a 500; the public graph holds none.
    if (params.q !== '' && deps.scanBody(params.q) !== undefined)
      throw new HttpError(
        400,
        'QUERY_REFUSED',
        'the search text looks like personal data, which the public graph never holds',
      );
    const format = params.format ?? negotiated(c.req.header('Accept'));
    const lang = uiLanguage(c.req.header('Accept-Language'), params.lang);
    c.header('Vary', 'Accept, Accept-Language', { append: true });
    c.header('Cache-Control', 'no-cache');
    c.header('Content-Language', lang);
    // An index still taking in a publication would answer from older data under the new data
    // version's ETag: say so instead.
    if (!(await deps.search.settled(CATCH_UP_MS)))
      throw new HttpError(
        503,
        'INDEX_CATCHING_UP',
        'the search index is taking in the latest publication; try again in a moment',
        { 'Retry-After': '2' },
      );
    const css = await staticAsset('pages.css');
    const etag = weakEtag([deps.dataVersion(), format, lang, c.req.url, css.version]);
    c.header('ETag', etag);
    if (ifNoneMatch(c.req.header('If-None-Match'), etag)) return c.body(null, 304);
    const input = { ...params, lang, pageSize: PAGE_SIZE };
    const answer = deps.search.search({
      text: params.q,
      filters: params.filters,
      page: params.page,
      pageSize: PAGE_SIZE,
      facetLimit: FACET_LIMIT,
    });
    const response = searchResponse(input, answer, deps.search);
    if (format === 'json') {
      c.header('Content-Type', 'application/json; charset=utf-8');
      return c.body(JSON.stringify(response));
    }
    const env = pageEnv({
      lang,
      base: deps.baseIri,
      root,
      self: `${root}search`,
      keep: searchKeep(params.q, params.filters, params.lang, params.page),
      labels: new Map(),
      stylesheet: `${root}assets/pages.css?v=${css.version}`,
    });
    return c.html(await renderSearchPage({ response, href, env }));
  });
  return routes;
}

/** `?format=` is read with the other parameters (a 400 names it); Accept is negotiated here. */
function negotiated(accept: string | undefined): 'json' | 'html' {
  const chosen = negotiateOrThrow(accept, undefined, [JSON_ANSWER, PAGE], '/search');
  return chosen === PAGE ? 'html' : 'json';
}
