// /healthz and /metrics through the real app, the error mapping and the headers every response has.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestPlaza, type TestPlaza } from '../support/test-plaza.ts';

let plaza: TestPlaza;
beforeAll(async () => {
  plaza = await openTestPlaza();
});
afterAll(() => plaza.close());

describe('operations', () => {
  it('/healthz says ok with the data version once the store answers', async () => {
    const res = await plaza.request('/healthz');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; dataVersion: string };
    expect(body.status).toBe('ok');
    expect(body.dataVersion).toMatch(/^\d+\.\d+$/);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
  });

  it('/metrics is Prometheus text on loopback, and counts the requests made', async () => {
    const server = await plaza.listen();
    await fetch(new URL('healthz', server.url));
    const res = await fetch(new URL('metrics', server.url));
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toMatch(
      /plaza_http_requests_total\{method="GET",route="\/healthz",status="200"\} [1-9]/,
    );
    const quads = /plaza_store_quads\{store="public"\} (\d+)/.exec(text);
    expect(Number(quads?.[1])).toBe(await plaza.rt.publicStore.size());
    expect(text).toMatch(/plaza_last_publish_timestamp_seconds \d+/);
  });

  it('/metrics refuses a request that is neither from loopback nor an official', async () => {
    const res = await plaza.request('/metrics');
    expect(res.status).toBe(403);
  });

  it('an unknown path is a 404 with a plain message and the security headers', async () => {
    const res = await plaza.request('/no/such/thing');
    expect(res.status).toBe(404);
    expect(await res.text()).toMatch(/^404 NOT_FOUND/);
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Content-Security-Policy')).toContain("default-src 'self'");
    expect(res.headers.get('X-Request-Id')).toMatch(/^[\w-]+$/);
  });

  it('an unknown bearer token is a 401, never a downgrade to the public role', async () => {
    const res = await plaza.request('/healthz', { headers: { Authorization: 'Bearer nope' } });
    expect(res.status).toBe(401);
    expect(res.headers.get('WWW-Authenticate')).toContain('invalid_token');
  });
});
