// The SPARQL 1.1 Graph Store HTTP protocol at /store, indirect identification (?graph=<iri>):
// GET/HEAD read an internal graph (publishers and officials, audited); PUT replaces, POST merges,
// DELETE removes a publisher graph (publishers only, audited), each logged and re-published.
import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { DataFactory, type Quad } from 'n3';
import type { WriteReport } from '../../../mappings/graph-store.ts';
import { mayReadInternal, type Principal } from '../../policy/roles.ts';
import { negotiate } from '../../serialize/conneg.ts';
import { decodeParameters } from '../../serialize/form-encoding.ts';
import { FORMATS } from '../../serialize/formats.ts';
import { writeGraph } from '../../serialize/graph-writer.ts';
import { parseGraphBody, RDF_INPUT_FORMATS, rdfInputFormat } from '../../serialize/rdf-body.ts';
import { IriMinter } from '../../vocab/iri.ts';
import { auditInternalAccess } from '../audit.ts';
import type { AppDeps } from '../deps.ts';
import type { AppEnv } from '../env.ts';
import { HttpError } from '../errors.ts';
import { checkGraphIri, checkWritable } from '../graph-param.ts';
import { requireRole } from '../middleware/require-role.ts';
import { readTextBody } from '../request-body.ts';

const PARAMS = new Set(['graph', 'default', 'format']);
// Turtle first: what a client stating no preference gets.
const GRAPH_FORMATS = [
  ...FORMATS.filter((f) => f.name === 'ttl'),
  ...FORMATS.filter((f) => f.family === 'graph' && f.name !== 'ttl'),
];
const isPublisher = (p: Principal): boolean => p.role === 'publisher';

/** The URL's parameters, strictly decoded. */
function parameters(c: Context<AppEnv>): URLSearchParams {
  return new URLSearchParams(
    decodeParameters(new URL(c.req.url).search.slice(1), 'URL').map(([n, v]): [string, string] => [
      n,
      v,
    ]),
  );
}

/** The graph a request names: ?graph=<iri> once; ?default is refused; undefined when neither. */
function namedGraph(c: Context<AppEnv>): string | undefined {
  const params = parameters(c);
  for (const name of params.keys())
    if (!PARAMS.has(name))
      throw new HttpError(
        400,
        'UNKNOWN_PARAMETER',
        `unknown parameter "${name}" (graph, default, format)`,
      );
  const graphs = params.getAll('graph');
  if (params.has('default'))
    throw new HttpError(
      400,
      'DEFAULT_GRAPH',
      graphs.length > 0
        ? 'give either ?graph= or ?default, not both'
        : 'Plaza keeps every record in a named graph and has no default graph to read or write: use ?graph=<iri>',
    );
  if (graphs.length > 1) throw new HttpError(400, 'BAD_GRAPH', '?graph= may be given once');
  return graphs[0] === undefined ? undefined : checkGraphIri(graphs[0]);
}

function requiredGraph(c: Context<AppEnv>): string {
  const graph = namedGraph(c);
  if (graph === undefined)
    throw new HttpError(400, 'BAD_GRAPH', 'name the graph: /store?graph=<iri>');
  return graph;
}

export function graphStoreRoutes(deps: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const iri = new IriMinter(deps.baseIri);
  const readers = requireRole(mayReadInternal, 'the graph store reads the internal graph');
  const writers = requireRole(isPublisher, 'the graph store writes for publishers only');
  const audit = (c: Context<AppEnv>, detail: string): Promise<void> =>
    auditInternalAccess(deps.audit, c.get('principal'), 'graph-store', detail);

  // HEAD is answered by this handler too (Hono dispatches it as GET and drops the body).
  routes.get('/store', readers, async (c) => {
    const graph = requiredGraph(c);
    const negotiation = negotiate({
      accept: c.req.header('Accept'),
      format: parameters(c).getAll('format'),
      candidates: GRAPH_FORMATS,
      subject: 'a graph',
    });
    if (!negotiation.ok) throw negotiation.error;
    const { format } = negotiation;
    await audit(c, `${c.req.method} <${graph}>`);
    const signal = AbortSignal.timeout(deps.limits.queryTimeoutMs);
    const node = DataFactory.namedNode(graph);
    const quads = await deps.internalStore.match(null, null, null, node, { signal });
    if (quads.length === 0) throw new HttpError(404, 'NOT_FOUND', `no graph <${graph}>`);
    // Dataset formats name the graph; the others carry its triples alone.
    const dataset = format.name === 'nq' || format.name === 'trig';
    const body = await writeGraph(
      quads.map((q) =>
        DataFactory.quad(
          q.subject as Quad['subject'],
          q.predicate as Quad['predicate'],
          q.object as Quad['object'],
          dataset ? node : DataFactory.defaultGraph(),
        ),
      ),
      format,
    );
    c.header('Cache-Control', 'no-store');
    c.header('Vary', 'Accept');
    c.header('Content-Type', `${format.mediaType}; charset=utf-8`);
    return c.body(body);
  });

  const upload = async (c: Context<AppEnv>, merge: boolean): Promise<Response> => {
    const named = namedGraph(c);
    if (named === undefined && !merge) requiredGraph(c);
    // POST without a graph creates one (the protocol's "new graph" case): its IRI is minted here.
    const graph = named ?? iri.publisherGraph(randomUUID()).value;
    checkWritable(iri, graph);
    const body = await readTextBody(c);
    const format = rdfInputFormat(body.mediaType);
    if (!format)
      throw new HttpError(
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        `${body.mediaType === '' ? 'no Content-Type' : `Content-Type ${body.mediaType}`}: send one of ${RDF_INPUT_FORMATS.map((f) => f.mediaType).join(', ')}`,
      );
    await audit(c, `${c.req.method} <${graph}> ${format.mediaType} ${body.bytes} bytes`);
    const ntriples = parseGraphBody(body.text, format, graph);
    const report = await deps.writes.write([{ graph, ntriples, merge }], c.get('principal'));
    return answer(c, report, graph, false);
  };
  routes.put('/store', writers, (c) => upload(c, false));
  routes.post('/store', writers, (c) => upload(c, true));

  routes.delete('/store', writers, async (c) => {
    const graph = requiredGraph(c);
    checkWritable(iri, graph, 'delete');
    if (!deps.writes.exists(graph)) throw new HttpError(404, 'NOT_FOUND', `no graph <${graph}>`);
    await audit(c, `DELETE <${graph}>`);
    const report = await deps.writes.write([{ graph, delete: true }], c.get('principal'));
    return answer(c, report, graph, true);
  });

  routes.all('/store', (c) => {
    throw new HttpError(405, 'METHOD_NOT_ALLOWED', `${c.req.method} is not a Graph Store method`, {
      Allow: 'GET, HEAD, PUT, POST, DELETE',
    });
  });
  return routes;
}

/** 201 with Location when the graph was created, 404 for a deletion of nothing, else 200. */
function answer(
  c: Context<AppEnv>,
  report: WriteReport,
  graph: string,
  deleting: boolean,
): Response {
  const outcome = report.graphs.find((g) => g.graph === graph);
  // Another request may have deleted it since the existence check.
  if (deleting && outcome?.change === 'absent')
    throw new HttpError(404, 'NOT_FOUND', `no graph <${graph}>`);
  c.header('Cache-Control', 'no-store');
  if (outcome?.change === 'created') {
    c.header('Location', `/store?graph=${encodeURIComponent(graph)}`);
    return c.json(report, 201);
  }
  return c.json(report, 200);
}
