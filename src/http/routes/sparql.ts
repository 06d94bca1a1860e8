// GET/POST /sparql: the SPARQL 1.1 Query protocol over the public graph (officials: the internal
// graph with ?graph=internal). Protocol parsing, conneg and the query checks are pure functions of
// serialize/; this file orders them, runs the query under the guards and writes the response.
import { Hono, type Context } from 'hono';
import { DataFactory } from 'n3';
import { negotiateFormat } from '../../serialize/conneg.ts';
import type { Format } from '../../serialize/formats.ts';
import { parseQueryRequest, type QueryRequest } from '../../serialize/protocol-request.ts';
import { checkQuery, type CheckedQuery } from '../../serialize/query-policy.ts';
import { capSelect, countRows, limitSelect } from '../../serialize/row-cap.ts';
import { mayReadInternal } from '../../policy/roles.ts';
import type { QueryDataset, SolutionsFormat, Store } from '../../store/store.ts';
import { StoreError } from '../../store/store-error.ts';
import { auditInternalAccess } from '../audit.ts';
import type { AppDeps } from '../deps.ts';
import type { AppEnv } from '../env.ts';
import { HttpError } from '../errors.ts';
import { ifNoneMatch, weakEtag } from '../etag.ts';
import type { Metrics } from '../metrics.ts';
import { describeEndpoint } from './service-description.ts';

type Graph = 'public' | 'internal';

export function sparqlRoutes(deps: AppDeps, metrics: Metrics): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.all('/sparql', async (c) => {
    c.set('route', '/sparql');
    const search = new URL(c.req.url).search;
    if ((c.req.method === 'GET' || c.req.method === 'HEAD') && !/[?&](query|update)=/.test(search))
      return describeEndpoint(c, deps);
    const request = await readRequest(c, deps, search);
    const graph = authorise(c, request);
    const checked = check(request.query, deps, metrics);
    const format = negotiate(c, request, checked, metrics);
    const dataset = datasetOf(request, checked);
    const tag = etag(deps, graph, format, dataset, request.query);
    if (graph === 'public' && ifNoneMatch(c.req.header('If-None-Match'), tag))
      return c.body(null, 304, { ETag: tag, Vary: 'Accept' });
    if (graph === 'internal')
      await auditInternalAccess(deps.audit, c.get('principal'), 'query', request.query);
    const store = graph === 'internal' ? deps.internalStore : deps.publicStore;
    const timeoutMs = Math.min(
      deps.limits.queryTimeoutMs,
      request.params.timeoutMs || Number.POSITIVE_INFINITY,
    );
    const { body, truncated } = await evaluate(metrics, {
      store,
      graph,
      query: request.query,
      checked,
      format,
      dataset,
      timeoutMs,
      maxRows: deps.limits.maxRows,
    });
    c.header('Content-Type', contentType(format));
    c.header('Vary', 'Accept');
    if (truncated) {
      c.header('X-Plaza-Truncated', 'true');
      c.header('X-Plaza-Row-Limit', String(deps.limits.maxRows));
    }
    if (graph === 'public') {
      c.header('ETag', tag);
      c.header('Cache-Control', 'public, max-age=0, must-revalidate');
    } else c.header('Cache-Control', 'private, no-store');
    return c.req.method === 'HEAD' ? c.body(null) : c.body(body);
  });
  return routes;
}

async function readRequest(
  c: Context<AppEnv>,
  deps: AppDeps,
  search: string,
): Promise<QueryRequest> {
  const body = c.req.method === 'POST' ? new Uint8Array(await c.req.arrayBuffer()) : undefined;
  return parseQueryRequest(
    { method: c.req.method, contentType: c.req.header('Content-Type'), search, body },
    { maxBodyBytes: deps.limits.maxBodyBytes },
  );
}

/** The graph asked for, if the principal may read it (the internal one is audited later). */
function authorise(c: Context<AppEnv>, request: QueryRequest): Graph {
  if (request.params.graph !== 'internal') return 'public';
  const principal = c.get('principal');
  if (principal.role === 'public')
    throw new HttpError(
      401,
      'UNAUTHORIZED',
      'the internal graph needs an official’s bearer token',
      {
        'WWW-Authenticate': 'Bearer realm="plaza"',
      },
    );
  if (!mayReadInternal(principal))
    throw new HttpError(403, 'FORBIDDEN', 'the internal graph is for officials');
  return 'internal';
}

function check(query: string, deps: AppDeps, metrics: Metrics): CheckedQuery {
  try {
    return checkQuery(query, { baseIri: deps.baseIri });
  } catch (error) {
    metrics.rejected.inc({ reason: (error as { code?: string }).code ?? 'QUERY' });
    throw error;
  }
}

function negotiate(
  c: Context<AppEnv>,
  request: QueryRequest,
  checked: CheckedQuery,
  metrics: Metrics,
): Format {
  const outcome = negotiateFormat({
    accept: c.req.header('Accept'),
    format: request.params.format,
    form: checked.form,
  });
  if (outcome.ok) return outcome.format;
  metrics.rejected.inc({ reason: outcome.error.code });
  throw outcome.error;
}

/** The protocol's graphs override the query's FROM/FROM NAMED; neither: the union. */
function datasetOf(request: QueryRequest, checked: CheckedQuery): QueryDataset | undefined {
  const named = (iris: readonly string[]) => iris.map((i) => DataFactory.namedNode(i));
  const protocol = request.defaultGraphUris.length > 0 || request.namedGraphUris.length > 0;
  const { defaultGraphs, namedGraphs } = protocol
    ? { defaultGraphs: request.defaultGraphUris, namedGraphs: request.namedGraphUris }
    : checked.from;
  if (defaultGraphs.length === 0 && namedGraphs.length === 0) return undefined;
  return { defaultGraphs: named(defaultGraphs), namedGraphs: named(namedGraphs) };
}

/** A weak validator: the same query, format and dataset over the same data version. */
function etag(
  deps: AppDeps,
  graph: Graph,
  format: Format,
  dataset: QueryDataset | undefined,
  query: string,
): string {
  const scope = JSON.stringify(dataset ?? null);
  return weakEtag([deps.dataVersion(), graph, format.name, scope, query]);
}

interface Evaluation {
  readonly store: Store;
  readonly graph: Graph;
  readonly query: string;
  readonly checked: CheckedQuery;
  readonly format: Format;
  readonly dataset: QueryDataset | undefined;
  readonly timeoutMs: number;
  readonly maxRows: number;
}

async function evaluate(
  metrics: Metrics,
  { store, graph, query, checked, format, dataset, timeoutMs, maxRows }: Evaluation,
): Promise<{ body: string; truncated: boolean }> {
  // Only the deadline stops a query, not the client hanging up: stopping an embedded query costs
  // a replica rebuild, and "query, hang up, repeat" must not be a way to keep replicas rebuilding.
  // A query whose client left runs on until it ends or its deadline, like any other.
  const deadline = AbortSignal.timeout(timeoutMs);
  const run = async (sparql: string): Promise<string> => {
    const started = performance.now();
    try {
      return await store.query(sparql, {
        format: format.name,
        signal: deadline,
        ...(dataset && { dataset }),
      });
    } catch (error) {
      // An adapter that only saw its signal fire says ABORTED: when it was our deadline, it is a timeout.
      const timedOut =
        error instanceof StoreError &&
        (error.code === 'TIMEOUT' || (error.code === 'ABORTED' && deadline.aborted));
      if (!timedOut) throw error;
      metrics.timeouts.inc({ graph });
      throw new StoreError('TIMEOUT', `the query ran past ${timeoutMs} ms`, { cause: error });
    } finally {
      const seconds = (performance.now() - started) / 1000;
      metrics.queryDuration.observe({ form: checked.form, graph }, seconds);
    }
  };
  if (checked.parsed.queryType !== 'SELECT') return { body: await run(query), truncated: false };
  const select = checked.parsed;
  const capped = capSelect(query, select, maxRows);
  const body = await run(capped.sparql);
  // A body shorter than the cap cannot hold more rows than the cap: no need to count them.
  if (!capped.capped || body.length <= maxRows) return { body, truncated: false };
  if (countRows(body, format.name as SolutionsFormat) <= maxRows) return { body, truncated: false };
  return { body: await run(limitSelect(select, maxRows)), truncated: true };
}

/** Every format Plaza serves is text in UTF-8; saying so spares clients a guess. */
function contentType(format: Format): string {
  return `${format.mediaType}; charset=utf-8`;
}
