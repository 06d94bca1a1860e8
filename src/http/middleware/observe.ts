// Per request: a child logger carrying the request id, one structured log line when the response
// is ready, and the request/latency metrics.
import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';
import type { AppEnv } from '../env.ts';
import type { Metrics } from '../metrics.ts';

export function observe(logger: Logger, metrics: Metrics): MiddlewareHandler<AppEnv> {
  return async function observe(c, next) {
    const started = performance.now();
    const log = logger.child({ req: c.get('requestId') });
    c.set('log', log);
    try {
      await next();
    } finally {
      const seconds = (performance.now() - started) / 1000;
      // The matched route template, never the raw path (bounded label cardinality).
      const route = c.get('route') ?? (c.res.status === 404 ? 'unmatched' : c.req.routePath);
      metrics.requests.inc({ method: c.req.method, route, status: String(c.res.status) });
      metrics.latency.observe({ method: c.req.method, route }, seconds);
      log.info(
        {
          method: c.req.method,
          path: c.req.path,
          status: c.res.status,
          ms: Math.round(seconds * 10_000) / 10,
          role: c.get('principal')?.role,
        },
        'request',
      );
    }
  };
}
