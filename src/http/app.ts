// createApp(deps): the Hono application — middleware chain, routes, one error mapping. The only
// place hono is assembled; tests call app.request() on it with real stores behind.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { requestId } from 'hono/request-id';
import type { AppDeps } from './deps.ts';
import { HttpError, errorResponse, internalErrorResponse, toHttpError } from './errors.ts';
import type { AppEnv } from './env.ts';
import { Metrics } from './metrics.ts';
import { authenticate } from './middleware/authenticate.ts';
import { leakAlarm } from './middleware/leak-alarm.ts';
import { observe } from './middleware/observe.ts';
import { rateLimit } from './middleware/rate-limit.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { catalogRoutes } from './routes/catalog.ts';
import { definitionRoutes } from './routes/definitions.ts';
import { dumpRoutes } from './routes/dumps.ts';
import { feedRoutes } from './routes/feed.ts';
import { graphStoreRoutes } from './routes/graph-store.ts';
import { linkedDataRoutes } from './routes/linked-data.ts';
import { opsRoutes } from './routes/ops.ts';
import { pageRoutes } from './routes/pages.tsx';
import { sparqlRoutes } from './routes/sparql.ts';
import { queryUiRoutes } from './routes/query-ui.ts';
import { searchRoutes } from './routes/search.ts';
import { sparqlUpdateRoutes } from './routes/sparql-update.ts';

export interface PlazaApp {
  readonly app: Hono<AppEnv>;
  readonly metrics: Metrics;
}

export function createApp(deps: AppDeps): PlazaApp {
  const metrics = new Metrics({
    storeSizes: async () => ({ public: await deps.publicStore.size() }),
    lastPublishedAt: deps.lastPublishedAt,
    replicaStats: deps.replicaStats,
  });
  const app = new Hono<AppEnv>();

  app.use(requestId());
  app.use(observe(deps.logger, metrics));
  // Right after observe: a 429 is logged and counted like any other answer.
  app.use(rateLimit(deps.limits.rateLimitPerMinute));
  app.use(securityHeaders());
  app.use(
    cors({
      origin: '*',
      allowMethods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
      allowHeaders: ['Accept', 'Content-Type', 'Authorization'],
      exposeHeaders: [
        'X-Plaza-Truncated',
        'X-Plaza-Row-Limit',
        'X-Request-Id',
        'ETag',
        // the alternates of a /data description and which one conneg chose
        'Link',
        'Content-Location',
      ],
      maxAge: 86_400,
    }),
  );
  app.use(
    bodyLimit({
      maxSize: deps.limits.maxBodyBytes,
      onError: () => {
        throw new HttpError(
          413,
          'BODY_TOO_LARGE',
          `the request body is larger than ${deps.limits.maxBodyBytes} bytes`,
        );
      },
    }),
  );
  app.use(authenticate(deps.authenticate));
  app.use(leakAlarm(deps.scanBody, metrics, deps.logger));

  app.route('/', opsRoutes(deps, metrics));
  app.route('/', sparqlRoutes(deps, metrics));
  app.route('/', queryUiRoutes(deps));
  app.route('/', pageRoutes(deps));
  app.route('/', graphStoreRoutes(deps));
  app.route('/', sparqlUpdateRoutes(deps));
  app.route('/', catalogRoutes(deps));
  app.route('/', dumpRoutes(deps));
  app.route('/', feedRoutes(deps));
  app.route('/', searchRoutes(deps));
  app.route('/', linkedDataRoutes(deps));
  app.route('/', definitionRoutes(deps));

  app.notFound((c) => errorResponse(c, new HttpError(404, 'NOT_FOUND', 'no such resource')));
  app.onError((error, c) => {
    const mapped = toHttpError(error);
    if (mapped) return errorResponse(c, mapped);
    c.get('log').error({ err: error }, 'request failed');
    return internalErrorResponse(c, c.get('requestId'));
  });
  return { app, metrics };
}
