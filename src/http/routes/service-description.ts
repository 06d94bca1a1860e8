// GET /sparql without a query: the query UI for a browser, else the SPARQL 1.1 Service
// Description (Turtle by default, any RDF format by conneg) — one negotiation decides.
import type { Context } from 'hono';
import { negotiate } from '../../serialize/conneg.ts';
import {
  SERVICE_DESCRIPTION_FORMATS,
  serializeServiceDescription,
} from '../../serialize/service-description.ts';
import type { AppDeps } from '../deps.ts';
import type { AppEnv } from '../env.ts';
import { queryUiPage } from './query-ui.ts';

const TITLES = { ko: '정보소통광장 SPARQL 엔드포인트', en: 'Plaza SPARQL endpoint' };

export async function describeEndpoint(c: Context<AppEnv>, deps: AppDeps): Promise<Response> {
  const format = c.req.queries('format');
  const outcome = negotiate({
    accept: c.req.header('Accept'),
    format,
    candidates: SERVICE_DESCRIPTION_FORMATS,
    subject: 'the service description',
  });
  if (!outcome.ok) throw outcome.error;
  c.header('Vary', 'Accept');
  if (outcome.prefersHtml && format === undefined) return queryUiPage(c, deps);
  const body = await serializeServiceDescription(
    { endpoint: `${deps.baseIri}sparql`, titles: TITLES, triples: await deps.publicStore.size() },
    outcome.format,
  );
  c.header('Content-Type', `${outcome.format.mediaType}; charset=utf-8`);
  c.header('Cache-Control', 'public, max-age=60');
  return c.req.method === 'HEAD' ? c.body(null) : c.body(body);
}
