// A remote store that is down, or hangs, gives 503 with Retry-After quickly — never a hang — and
// the rest of the app keeps answering.
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createApp } from '../../src/http/app.ts';
import type { AppDeps } from '../../src/http/deps.ts';
import { SparqlStore } from '../../src/store/sparql-store.ts';

let hung: Server;
const sockets = new Set<Socket>();
let hungPort = 0;
beforeAll(async () => {
  // Accepts connections and never answers: a store stuck on a lock.
  hung = createServer((socket) => sockets.add(socket));
  await new Promise<void>((r) => hung.listen(0, '127.0.0.1', r));
  hungPort = (hung.address() as { port: number }).port;
});
afterAll(
  () =>
    new Promise<void>((r) => {
      for (const s of sockets) s.destroy();
      hung.close(() => r());
    }),
);

function appOver(store: SparqlStore) {
  const deps: AppDeps = {
    baseIri: 'http://localhost:3000/',
    publicStore: store,
    internalStore: store,
    authenticate: () => ({ name: 'anonymous', role: 'public' }),
    audit: { record: () => Promise.resolve() },
    scanBody: () => undefined,
    limits: { queryTimeoutMs: 800, maxRows: 100, maxBodyBytes: 1 << 20, rateLimitPerMinute: 1000 },
    dataVersion: () => '0.0',
    lastPublishedAt: () => undefined,
    onPublished: () => () => undefined,
    replicaStats: () => ({}),
    logger: pino({ level: 'silent' }),
    examples: [],
    // The publisher's writes, search, dumps: routes this test does not reach.
  } as unknown as AppDeps;
  return createApp(deps).app;
}

const remote = (port: number, timeoutMs: number): SparqlStore =>
  new SparqlStore({
    queryUrl: `http://127.0.0.1:${port}/sparql`,
    updateUrl: `http://127.0.0.1:${port}/sparql`,
    timeoutMs,
  });

describe('a remote store that is not there', () => {
  it('refused connection → 503 + Retry-After in well under a second', async () => {
    // Port 9 (discard) on loopback: nothing listens there on these machines.
    const app = appOver(remote(9, 5000));
    const started = performance.now();
    const res = await app.request(`/sparql?query=${encodeURIComponent('ASK {}')}`);
    expect(res.status).toBe(503);
    expect(res.headers.get('Retry-After')).toMatch(/^\d+$/);
    expect(performance.now() - started).toBeLessThan(1000);
    const health = await app.request('/healthz');
    expect(health.status).toBe(503);
  });

  it('a store that accepts and never answers → 503 at the query deadline, not a hang', async () => {
    const app = appOver(remote(hungPort, 60_000));
    const started = performance.now();
    const res = await app.request(`/sparql?query=${encodeURIComponent('ASK {}')}`);
    const elapsed = performance.now() - started;
    expect(res.status).toBe(503);
    expect(res.headers.get('Retry-After')).toMatch(/^\d+$/);
    expect(elapsed).toBeGreaterThanOrEqual(700);
    expect(elapsed).toBeLessThan(5000);
    const text = await res.text();
    expect(text).toMatch(/time limit/);
    expect(text).not.toMatch(/127\.0\.0\.1|ECONN|stack/);
  });
});
