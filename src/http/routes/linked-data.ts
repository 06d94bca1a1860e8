// GET /id/{type}/{key…} → 303 to the page or the data by conneg; GET /data/{type}/{key…}[.ext] → the
// resource's public description (Turtle, N-Triples, JSON-LD compacted or framed, RDF/XML). Public store only.
import { Hono, type Context } from 'hono';
import { DataFactory } from 'n3';
import type { Format } from '../../serialize/formats.ts';
import { writeGraph } from '../../serialize/graph-writer.ts';
import { contextUrlFor } from '../../serialize/jsonld-loader.ts';
import { PREFIXES } from '../../vocab/namespaces.ts';
import type { AppDeps } from '../deps.ts';
import type { AppEnv } from '../env.ts';
import { HttpError } from '../errors.ts';
import { ifNoneMatch } from '../etag.ts';
import {
  DATA_FORMATS,
  ID_CANDIDATES,
  PAGE,
  negotiateOrThrow,
  requestedProfile,
  type Profile,
} from '../linked-data-formats.ts';
import { frameRecordWithContext, recordContextQuads } from '../record-context.ts';
import { describeResource, resourceJsonLd } from '../resource-description.ts';
import { resourceAt } from '../resource-path.ts';

const EXTENSION = /\.(ttl|nt|jsonld|rdf)$/;

/** The request path after `prefix`, still percent-encoded (a minted key never needs encoding). */
function rawPathAfter(c: Context<AppEnv>, prefix: string): string {
  return new URL(c.req.url).pathname.slice(prefix.length);
}

function notPublished(iri: string): HttpError {
  return new HttpError(404, 'NOT_FOUND', `nothing is published about <${iri}>`);
}

/** `?profile=context` asks for JSON-LD: with any other format it cannot be honoured. */
function profileFor(c: Context<AppEnv>, format: Format): Profile {
  const profile = requestedProfile(c.req.header('Accept'), c.req.query('profile'));
  if (profile && format.name !== 'jsonld') {
    if (c.req.query('profile') === undefined) return undefined; // Accept preferred another format
    throw new HttpError(
      406,
      'NOT_ACCEPTABLE',
      `the record-with-context profile is JSON-LD only; ${format.mediaType} was chosen`,
    );
  }
  return profile;
}

function dataLocation(path: string, format: Format, profile: Profile): string {
  return `/data/${path}.${format.extension}${profile ? '?profile=context' : ''}`;
}

export function linkedDataRoutes(deps: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.get('/id/*', async (c) => {
    c.set('route', '/id/*');
    const { path, iri } = resourceAt(rawPathAfter(c, '/id/'), deps.baseIri);
    const format = negotiateOrThrow(
      c.req.header('Accept'),
      c.req.queries('format')?.join(','),
      ID_CANDIDATES,
      `the resource <${iri}>`,
    );
    const profile = format === PAGE ? undefined : profileFor(c, format);
    const known = await deps.publicStore.match(DataFactory.namedNode(iri), null, null, null, {
      signal: c.req.raw.signal,
    });
    if (known.length === 0) throw notPublished(iri);
    const location = format === PAGE ? `/page/${path}` : dataLocation(path, format, profile);
    return c.body(null, 303, {
      Location: location,
      Vary: 'Accept',
      'Cache-Control': 'public, max-age=300',
    });
  });

  routes.get('/data/*', async (c) => {
    c.set('route', '/data/*');
    const raw = rawPathAfter(c, '/data/');
    const extension = EXTENSION.exec(raw)?.[1];
    const { path, iri } = resourceAt(
      extension ? raw.slice(0, -extension.length - 1) : raw,
      deps.baseIri,
    );
    const format = extension
      ? (DATA_FORMATS.find((f) => f.extension === extension) as Format)
      : negotiateOrThrow(
          c.req.header('Accept'),
          c.req.queries('format')?.join(','),
          DATA_FORMATS,
          `the description of <${iri}>`,
        );
    const profile = profileFor(c, format);
    const tag = `"${deps.dataVersion()}-${format.name}${profile ? '-context' : ''}"`;
    const headers: Record<string, string> = {
      ETag: tag,
      Vary: 'Accept',
      'Cache-Control': 'public, max-age=0, must-revalidate',
      Link: alternates(path),
    };
    if (!extension) headers['Content-Location'] = dataLocation(path, format, profile);
    if (ifNoneMatch(c.req.header('If-None-Match'), tag)) return c.body(null, 304, headers);

    const options = { signal: c.req.raw.signal };
    const quads = profile
      ? await recordContextQuads(deps.publicStore, iri, options)
      : await describeResource(deps.publicStore, iri, options);
    if (quads.length === 0) throw notPublished(iri);
    let body: string;
    if (format.name === 'jsonld') {
      const doc = profile
        ? await frameRecordWithContext(quads, iri, deps.baseIri)
        : await resourceJsonLd(quads, iri, { contextUrl: contextUrlFor(deps.baseIri) });
      body = `${JSON.stringify(doc, null, 2)}\n`;
    } else body = await writeGraph(quads, format, format.name === 'ttl' ? PREFIXES : {});
    headers['Content-Type'] = `${format.mediaType}; charset=utf-8`;
    return c.body(body, 200, headers);
  });

  return routes;
}

/** The other representations of a resource, for clients that read Link headers. */
function alternates(path: string): string {
  return [
    `</page/${path}>; rel="alternate"; type="text/html"`,
    ...DATA_FORMATS.map(
      (f) => `</data/${path}.${f.extension}>; rel="alternate"; type="${f.mediaType}"`,
    ),
  ].join(', ');
}
