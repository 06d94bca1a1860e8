// Operations: liveness/readiness at /healthz, Prometheus metrics at /metrics (loopback or an
// official's token: request counts are not for everyone).
import { Hono } from 'hono';
import { mayReadInternal } from '../../policy/roles.ts';
import { clientAddress, isLoopback } from '../client-address.ts';
import type { AppDeps } from '../deps.ts';
import type { AppEnv } from '../env.ts';
import { HttpError } from '../errors.ts';
import type { Metrics } from '../metrics.ts';

const HEALTH_TIMEOUT_MS = 2000;

export function opsRoutes(deps: AppDeps, metrics: Metrics): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.get('/healthz', async (c) => {
    c.header('Cache-Control', 'no-store');
    const started = performance.now();
    try {
      await deps.publicStore.query('ASK {}', { signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS) });
    } catch {
      return c.json({ status: 'unavailable', store: 'not answering' }, 503, {
        'Retry-After': '5',
      });
    }
    const published = deps.lastPublishedAt();
    const replicas = Object.fromEntries(
      Object.entries(deps.replicaStats()).map(([store, s]) => [
        store,
        s && { ready: s.replicasReady, total: s.replicas, queued: s.queued },
      ]),
    );
    return c.json({
      status: 'ok',
      replicas,
      storeMs: Math.round((performance.now() - started) * 10) / 10,
      dataVersion: deps.dataVersion(),
      ...(published ? { lastPublished: published.toISOString() } : {}),
    });
  });

  routes.get('/metrics', async (c) => {
    if (!isLoopback(clientAddress(c)) && !mayReadInternal(c.get('principal')))
      throw new HttpError(
        403,
        'FORBIDDEN',
        'metrics are for operators: present an official token',
        {
          'WWW-Authenticate': 'Bearer realm="plaza"',
        },
      );
    c.header('Cache-Control', 'no-store');
    c.header('Content-Type', metrics.registry.contentType);
    return c.body(await metrics.registry.metrics());
  });

  return routes;
}
