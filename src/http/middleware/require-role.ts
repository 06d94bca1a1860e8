// Guards the routes of one role: no token is a 401 (say who you are), a known token without the
// role a 403 (you may not), before anything of the request is read.
import type { MiddlewareHandler } from 'hono';
import type { Principal } from '../../policy/roles.ts';
import type { AppEnv } from '../env.ts';
import { HttpError } from '../errors.ts';

export function requireRole(
  allowed: (p: Principal) => boolean,
  what: string,
): MiddlewareHandler<AppEnv> {
  return async function requireRole(c, next) {
    const principal = c.get('principal');
    if (principal.role === 'public')
      throw new HttpError(401, 'UNAUTHORIZED', `${what}: present a bearer token`, {
        'WWW-Authenticate': 'Bearer realm="plaza"',
      });
    if (!allowed(principal))
      throw new HttpError(403, 'FORBIDDEN', `${what}: the ${principal.role} role may not do this`);
    await next();
  };
}
