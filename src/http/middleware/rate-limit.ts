// Per-client rate limit (DESIGN §5): each client address gets `perMinute` requests a minute; the
// next one is a 429 with Retry-After through the one error mapping. Liveness probes are exempt.
import type { MiddlewareHandler } from 'hono';
import { rateLimiter } from 'hono-rate-limiter';
import { clientAddress } from '../client-address.ts';
import type { AppEnv } from '../env.ts';
import { HttpError } from '../errors.ts';

const WINDOW_MS = 60_000;
/** Paths a load balancer or orchestrator polls: never limited, so an overloaded client cannot
 * make the instance look dead. */
const EXEMPT = new Set(['/healthz']);

export function rateLimit(perMinute: number): MiddlewareHandler<AppEnv> {
  if (!Number.isInteger(perMinute) || perMinute < 1)
    throw new RangeError(`rate limit must be a positive whole number, got ${perMinute}`);
  const limiter = rateLimiter<AppEnv>({
    windowMs: WINDOW_MS,
    limit: perMinute,
    standardHeaders: 'draft-7',
    // A request without a socket (app.request() in tests, an in-process caller) is one client.
    keyGenerator: (c) => clientAddress(c) ?? 'local',
    skip: (c) => EXEMPT.has(c.req.path),
    handler: (c) => {
      const resetTime = c.get('rateLimit')?.resetTime;
      const seconds = resetTime
        ? Math.max(1, Math.ceil((resetTime.getTime() - Date.now()) / 1000))
        : WINDOW_MS / 1000;
      throw new HttpError(
        429,
        'RATE_LIMITED',
        `more than ${perMinute} requests a minute from this client; try again in ${seconds} s`,
        { 'Retry-After': String(seconds) },
      );
    },
  });
  return async function rateLimit(c, next) {
    await limiter(c, next);
  };
}
