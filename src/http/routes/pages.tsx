// GET /page/{type}/{key…}: the HTML page of a resource of the public graph, Korean unless the
// reader asks for English (?lang=en, or Accept-Language), keyed on the data version for ETags.
import { setMaxListeners } from 'node:events';
import { Hono } from 'hono';
import { contextUrlFor } from '../../serialize/jsonld-loader.ts';
import type { AppDeps } from '../deps.ts';
import type { AppEnv } from '../env.ts';
import { HttpError } from '../errors.ts';
import { ifNoneMatch, weakEtag } from '../etag.ts';
import { iri, PageReader } from '../pages/page-reader.ts';
import { describeResource, resourceJsonLd } from '../resource-description.ts';
import { basePath, resourceAt } from '../resource-path.ts';
import { staticAsset } from '../static-assets.ts';
import { uiLanguage } from '../language.ts';
import { isLang } from '../views/i18n.ts';
import { MessagePage } from '../views/message-page.tsx';
import { pageEnv, type PageEnv } from '../views/page-env.ts';
import { renderResource } from '../views/render-resource.tsx';

type PageDeps = Pick<AppDeps, 'publicStore' | 'baseIri' | 'dataVersion'>;

export function pageRoutes(deps: PageDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const root = basePath(deps.baseIri);

  routes.get('/page/:rest{.+}', async (c) => {
    const asked = c.req.query('lang');
    const lang = uiLanguage(c.req.header('Accept-Language'), isLang(asked) ? asked : undefined);
    c.header('Content-Language', lang);
    c.header('Vary', 'Accept-Language', { append: true });
    c.header('Cache-Control', 'no-cache');
    const css = await staticAsset('pages.css');
    // Still percent-encoded: a minted key never needs encoding, so an encoded one names nothing.
    const rest = new URL(c.req.url).pathname.slice(`${root}page/`.length);
    const keep: Record<string, string> = {};
    const base = {
      lang,
      base: deps.baseIri,
      root,
      self: `${root}page/${rest}`,
      keep,
      stylesheet: `${root}assets/pages.css?v=${css.version}`,
    };
    const envWith = (labels: PageEnv['labels']): PageEnv => pageEnv({ ...base, labels });
    const plain = envWith(new Map());
    try {
      // The same 404 (UNKNOWN_TYPE / MALFORMED_KEY) as /id and /data, before any look-up.
      const subject = resourceAt(rest, deps.baseIri).iri;
      const page = pageNumber(c.req.query('page'));
      if (page > 1) keep['page'] = String(page);
      const etag = weakEtag([deps.dataVersion(), lang, css.version]);
      c.header('ETag', etag);
      if (ifNoneMatch(c.req.header('If-None-Match'), etag)) return c.body(null, 304);
      // A page runs a dozen queries at once, each listening for the client going away.
      setMaxListeners(64, c.req.raw.signal);
      const reader = new PageReader(deps.publicStore, c.req.raw.signal);
      if (!(await reader.exists(iri(subject))))
        return c.html(
          <MessagePage env={plain} title={plain.t.notFoundTitle} message={plain.t.notFound} />,
          404,
        );
      // The page's data block: the same compacted description /data/….jsonld serves.
      const description = await describeResource(deps.publicStore, subject, {
        signal: c.req.raw.signal,
      });
      const jsonLd = JSON.stringify(
        await resourceJsonLd(description, subject, { contextUrl: contextUrlFor(deps.baseIri) }),
      );
      const rendered = await renderResource({
        reader,
        iri: subject,
        jsonLd,
        types: await reader.types(iri(subject)),
        page,
        env: envWith,
      });
      if (rendered.kind === 'out-of-range')
        return c.html(
          <MessagePage
            env={plain}
            title={plain.t.notFoundTitle}
            message={plain.t.pageOutOfRange(page, rendered.last)}
            back={base.self}
          />,
          404,
        );
      return c.html(rendered.html);
    } catch (error) {
      if (error instanceof HttpError && error.status < 500) {
        c.header('Cache-Control', 'no-store');
        const title = error.status === 404 ? plain.t.notFoundTitle : plain.t.badRequestTitle;
        return c.html(
          <MessagePage env={plain} title={title} message={error.message} />,
          error.status,
        );
      }
      throw error;
    }
  });

  return routes;
}

// Pages past any list's end are answered 404 by the page kind; this bound only keeps OFFSET an
// integer the store accepts.
const MAX_PAGE = 1_000_000;

function pageNumber(value: string | undefined): number {
  if (value === undefined) return 1;
  if (!/^[1-9][0-9]*$/.test(value))
    throw new HttpError(
      400,
      'BAD_PAGE',
      `page must be a whole number from 1: "${value.slice(0, 40)}"`,
    );
  const n = Number(value);
  return n > MAX_PAGE ? MAX_PAGE + 1 : n;
}
