// POST /sparql/update: the SPARQL 1.1 Protocol's update operation, for publishers. The update is
// read first (the graphs it touches, named statically), then evaluated over just those graphs and
// written back as whole graphs: logged, projected into the internal graph, re-published.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { decodeParameters, type Parameter } from '../../serialize/form-encoding.ts';
import { ProtocolError } from '../../serialize/protocol-error.ts';
import { UpdateRefusedError, analyseUpdate } from '../../serialize/update-form.ts';
import { IriMinter } from '../../vocab/iri.ts';
import { auditInternalAccess } from '../audit.ts';
import type { AppDeps } from '../deps.ts';
import type { AppEnv } from '../env.ts';
import { checkWritable } from '../graph-param.ts';
import { requireRole } from '../middleware/require-role.ts';
import { readTextBody } from '../request-body.ts';

const DATASET_PARAMS = new Set(['using-graph-uri', 'using-named-graph-uri']);

/** The update text of a protocol request: a direct body or the `update` form field, once. */
async function updateText(c: Context<AppEnv>): Promise<string> {
  const url = decodeParameters(new URL(c.req.url).search.slice(1), 'URL');
  const body = await readTextBody(c);
  let fields: Parameter[];
  let text: string | undefined;
  if (body.mediaType === 'application/sparql-update') {
    fields = url;
    text = body.text;
  } else if (body.mediaType === 'application/x-www-form-urlencoded') {
    if (url.length > 0)
      throw new ProtocolError(
        'INVALID_PARAMETER',
        'a form-encoded update takes its parameters in the body only',
      );
    fields = decodeParameters(body.text, 'form body');
    const updates = fields.filter(([name]) => name === 'update');
    if (updates.length !== 1)
      throw new ProtocolError(
        updates.length === 0 ? 'MISSING_QUERY' : 'DUPLICATE_PARAMETER',
        `the form must carry "update" exactly once (found ${updates.length})`,
        { field: 'update' },
      );
    text = updates[0]?.[1];
    fields = fields.filter(([name]) => name !== 'update');
  } else
    throw new ProtocolError(
      body.mediaType === '' ? 'MISSING_CONTENT_TYPE' : 'UNSUPPORTED_MEDIA_TYPE',
      `${body.mediaType === '' ? 'no Content-Type' : `Content-Type ${body.mediaType}`}: send application/sparql-update, or a form (application/x-www-form-urlencoded) with update=`,
      { field: 'Content-Type' },
    );
  for (const [name] of fields) {
    if (DATASET_PARAMS.has(name))
      throw new UpdateRefusedError(
        `${name} is not supported: write USING <…> in the update itself`,
      );
    throw new ProtocolError('UNKNOWN_PARAMETER', `unknown parameter "${name}"`, { field: name });
  }
  return text ?? '';
}

export function sparqlUpdateRoutes(deps: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const iri = new IriMinter(deps.baseIri);

  routes.post(
    '/sparql/update',
    requireRole((p) => p.role === 'publisher', 'SPARQL Update is for publishers only'),
    async (c) => {
      const text = await updateText(c);
      const { writes, reads } = analyseUpdate(text, deps.baseIri);
      for (const g of writes) checkWritable(iri, g);
      for (const g of reads)
        checkWritable(
          iri,
          g,
          'read from',
          'an update reads only publisher graphs, since a copy of a record graph would be published without the disclosure decision that governs it',
        );
      const p = c.get('principal');
      await auditInternalAccess(deps.audit, p, 'update', text);
      const report = await deps.writes.update(text, [...writes, ...reads], p);
      c.header('Cache-Control', 'no-store');
      return c.json(report, 200);
    },
  );
  routes.all('/sparql/update', (c) => {
    throw new ProtocolError('METHOD_NOT_ALLOWED', `${c.req.method}: updates are sent with POST`, {
      allow: ['POST'],
    });
  });
  return routes;
}
