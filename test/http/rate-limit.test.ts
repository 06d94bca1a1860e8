// The per-client rate limit through the real app: a low PLAZA_RATE_LIMIT, one client over it gets
// 429 with Retry-After, another client and the liveness probe are unaffected, and 429s are counted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rateLimit } from '../../src/http/middleware/rate-limit.ts';
import { openTestPlaza, type TestPlaza } from '../support/test-plaza.ts';

const LIMIT = 4;
let plaza: TestPlaza;
beforeAll(async () => {
  plaza = await openTestPlaza({ ingest: [], env: { PLAZA_RATE_LIMIT: String(LIMIT) } });
});
afterAll(() => plaza.close());

describe('per-client rate limit', () => {
  it('answers the request past the limit with 429, Retry-After and a message', async () => {
    // app.request() has no socket: all of these come from the one client "local".
    for (let i = 1; i <= LIMIT; i++) {
      const res = await plaza.request('/queries');
      expect(res.status, `request ${i}`).toBe(200);
    }
    const res = await plaza.request('/queries', { headers: { Accept: 'application/json' } });
    expect(res.status).toBe(429);
    const retryAfter = Number(res.headers.get('Retry-After'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
    const body = (await res.json()) as { status: number; code: string; detail: string };
    expect(body).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(body.detail).toContain(`more than ${LIMIT} requests a minute`);
    // Every route, not only the one that was hammered.
    expect((await plaza.request('/query')).status).toBe(429);
  });

  it('keeps /healthz answering for the limited client', async () => {
    for (let i = 0; i < LIMIT + 2; i++) expect((await plaza.request('/healthz')).status).toBe(200);
  });

  it('does not limit another client, and counts the 429s in /metrics', async () => {
    expect((await plaza.request('/queries')).status).toBe(429);
    // Over a socket the key is the peer address (127.0.0.1), a client of its own.
    const server = await plaza.listen();
    const res = await fetch(new URL('queries', server.url));
    expect(res.status).toBe(200);
    expect(Number(res.headers.get('RateLimit-Policy')?.split(';')[0])).toBe(LIMIT);
    const metrics = await (await fetch(new URL('metrics', server.url))).text();
    expect(metrics).toMatch(/plaza_http_requests_total\{[^}]*status="429"\} [1-9]/);
  });

  it('refuses a limit that is not a positive whole number', () => {
    for (const bad of [0, -1, 1.5, Number.NaN]) expect(() => rateLimit(bad)).toThrow(RangeError);
  });
});
