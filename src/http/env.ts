// The per-request variables every middleware and route can read.
import type { Logger } from 'pino';
import type { RequestIdVariables } from 'hono/request-id';
import type { RateLimitInfo } from 'hono-rate-limiter';
import type { Principal } from '../policy/roles.ts';

export interface AppEnv {
  Variables: RequestIdVariables & {
    /** The request's logger (carries the request id). */
    log: Logger;
    /** Who is asking: the public role unless a known bearer token was presented. */
    principal: Principal;
    /** Set by a route whose body is not text and was scanned before encoding (e.g. gzip dumps). */
    leakChecked: boolean;
    /** The route template, for metrics (bounded cardinality). */
    route: string;
    /** This client's standing in the rate limit (set by hono-rate-limiter). */
    rateLimit: RateLimitInfo;
  };
}
