// Bearer tokens → principal. No token is the public role; an unknown token is a 401, never a
// silent downgrade to public.
import type { MiddlewareHandler } from 'hono';
import type { Principal } from '../../policy/roles.ts';
import type { AppEnv } from '../env.ts';
import { HttpError } from '../errors.ts';

export function authenticate(
  lookup: (token: string | undefined) => Principal | undefined,
): MiddlewareHandler<AppEnv> {
  return async function authenticate(c, next) {
    const header = c.req.header('Authorization');
    let token: string | undefined;
    if (header !== undefined) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
      if (!match)
        throw new HttpError(401, 'UNAUTHORIZED', 'Authorization must be "Bearer <token>"', {
          'WWW-Authenticate': 'Bearer realm="plaza"',
        });
      token = match[1];
    }
    const principal = lookup(token);
    if (!principal)
      throw new HttpError(401, 'UNAUTHORIZED', 'the bearer token is not known', {
        'WWW-Authenticate': 'Bearer realm="plaza", error="invalid_token"',
      });
    c.set('principal', principal);
    await next();
  };
}
