// The public graph described for crawlers and portals: VoID at /.well-known/void and the DCAT-AP
// catalogue at /catalog, each in any RDF format by conneg (Turtle by default), computed once per
// data version and revalidated by an ETag on it.
import { Hono, type Context } from 'hono';
import type { CatalogueFacts } from '../../serialize/catalog/facts.ts';
import { serializeCatalogue } from '../../serialize/catalog/dcat-catalogue.ts';
import { serializeVoid } from '../../serialize/catalog/void-description.ts';
import { negotiate } from '../../serialize/conneg.ts';
import type { Format } from '../../serialize/formats.ts';
import { SERVICE_DESCRIPTION_FORMATS } from '../../serialize/service-description.ts';
import { catalogueFactsCache } from '../catalog/public-facts.ts';
import type { AppDeps } from '../deps.ts';
import type { AppEnv } from '../env.ts';
import { ifNoneMatch } from '../etag.ts';

type Describe = (facts: CatalogueFacts, format: Format) => Promise<string>;

export function catalogRoutes(
  deps: Pick<AppDeps, 'publicStore' | 'baseIri' | 'dataVersion' | 'lastPublishedAt'>,
): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const facts = catalogueFactsCache(deps);

  const describe =
    (subject: string, tag: string, write: Describe) =>
    async (c: Context<AppEnv>): Promise<Response> => {
      const outcome = negotiate({
        accept: c.req.header('Accept'),
        format: c.req.queries('format'),
        candidates: SERVICE_DESCRIPTION_FORMATS,
        subject,
      });
      if (!outcome.ok) throw outcome.error;
      const etag = `"${tag}-${deps.dataVersion()}-${outcome.format.name}"`;
      c.header('Vary', 'Accept');
      c.header('Cache-Control', 'no-cache');
      c.header('ETag', etag);
      if (ifNoneMatch(c.req.header('If-None-Match'), etag)) return c.body(null, 304);
      const body = await write(await facts(), outcome.format);
      c.header('Content-Type', `${outcome.format.mediaType}; charset=utf-8`);
      return c.req.method === 'HEAD' ? c.body(null) : c.body(body);
    };

  routes.get('/.well-known/void', describe('the VoID description', 'void', serializeVoid));
  routes.get('/catalog', describe('the catalogue', 'catalog', serializeCatalogue));
  return routes;
}
