// GET /def/plaza[.ext]: the ontology as authored (ontology/plaza.ttl), by conneg (a browser is shown
// the Turtle as text); GET /def/context.jsonld: the published JSON-LD context, file bytes as they are.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { DataFactory } from 'n3';
import { writeGraph } from '../../serialize/graph-writer.ts';
import { contextUrlFor } from '../../serialize/jsonld-loader.ts';
import { PREFIXES } from '../../vocab/namespaces.ts';
import { ontologyPath, parseOntologyFile } from '../../vocab/ontology-files.ts';
import type { AppDeps } from '../deps.ts';
import type { AppEnv } from '../env.ts';
import { HttpError } from '../errors.ts';
import { ifNoneMatch } from '../etag.ts';
import { DATA_FORMATS, ID_CANDIDATES, PAGE, negotiateOrThrow } from '../linked-data-formats.ts';
import { resourceJsonLd } from '../resource-description.ts';

/** The ontology's own IRI (the node JSON-LD puts first). */
const ONTOLOGY_IRI = 'https://w3id.org/plaza/def';
/** The context and ontology change only with a release: a day in caches, then revalidated by hash. */
const CONTEXT_MAX_AGE = 86_400;

export function definitionRoutes(deps: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const contextUrl = contextUrlFor(deps.baseIri);
  const contextBytes = readFileSync(ontologyPath('context.jsonld'), 'utf8');
  const contextTag = `"${createHash('sha256').update(contextBytes).digest('hex').slice(0, 32)}"`;
  // The file, not the store's copy: the store holds it with its blank nodes skolemised (lists
  // included, which jsonld.js would fold into @list wrongly), and it changes only with a release.
  const ontology = parseOntologyFile('plaza.ttl', deps.baseIri).map((q) =>
    DataFactory.quad(q.subject, q.predicate, q.object),
  );
  const ontologyTag = createHash('sha256')
    .update(readFileSync(ontologyPath('plaza.ttl')))
    .digest('hex')
    .slice(0, 32);

  routes.get('/def/context.jsonld', (c) => {
    c.set('route', '/def/context.jsonld');
    const headers = {
      ETag: contextTag,
      'Cache-Control': `public, max-age=${CONTEXT_MAX_AGE}`,
      Link: `</def/plaza>; rel="describedby"`,
    };
    if (ifNoneMatch(c.req.header('If-None-Match'), contextTag)) return c.body(null, 304, headers);
    return c.body(contextBytes, 200, {
      ...headers,
      'Content-Type': 'application/ld+json; charset=utf-8',
    });
  });

  routes.get('/def/:name{plaza(\\.(ttl|nt|jsonld|rdf))?}', async (c) => {
    c.set('route', '/def/plaza');
    const extension = /\.(\w+)$/.exec(c.req.param('name'))?.[1];
    const format = extension
      ? DATA_FORMATS.find((f) => f.extension === extension)
      : negotiateOrThrow(
          c.req.header('Accept'),
          c.req.queries('format')?.join(','),
          ID_CANDIDATES,
          'the ontology',
        );
    if (!format) throw new HttpError(404, 'NOT_FOUND', 'no such ontology format');
    const tag = `"${ontologyTag}-${format === PAGE ? 'text' : format.name}"`;
    const headers: Record<string, string> = {
      ETag: tag,
      Vary: 'Accept',
      'Cache-Control': `public, max-age=${CONTEXT_MAX_AGE}`,
    };
    if (ifNoneMatch(c.req.header('If-None-Match'), tag)) return c.body(null, 304, headers);

    // A browser is shown the Turtle source as text: the ontology's labels and definitions are
    // written for reading, and a text/turtle answer would be downloaded instead.
    const served = format === PAGE ? DATA_FORMATS[0] : format;
    if (!served) throw new Error('no data formats');
    const body =
      served.name === 'jsonld'
        ? `${JSON.stringify(await resourceJsonLd(ontology, ONTOLOGY_IRI, { contextUrl }), null, 2)}\n`
        : await writeGraph(ontology, served, served.name === 'ttl' ? PREFIXES : {});
    headers['Content-Type'] =
      format === PAGE ? 'text/plain; charset=utf-8' : `${served.mediaType}; charset=utf-8`;
    if (!extension) headers['Content-Location'] = `/def/plaza.${served.extension}`;
    return c.body(body, 200, headers);
  });

  return routes;
}
