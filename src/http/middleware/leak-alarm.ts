// The last check on the way out (DESIGN §1): every response to a non-official is scanned for
// personal data and planted canaries; a hit replaces the whole response with a 500 that says
// nothing about what was found, and is logged for the operator.
import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';
import type { LeakKind } from '../../policy/leak-scanner.ts';
import { mayReadInternal } from '../../policy/roles.ts';
import type { AppEnv } from '../env.ts';
import type { Metrics } from '../metrics.ts';

const TEXTUAL =
  /^(text\/|application\/([\w.+-]*\+)?(json|xml|ld\+json|n-triples|n-quads|trig|turtle|javascript|sparql-[\w+-]+)\b)/;

const WITHHELD_BODY_HEADERS = [
  'Content-Encoding',
  'Content-Length',
  'Content-Language',
  'Content-Disposition',
  'Content-Location',
  'ETag',
  'Last-Modified',
];

export function leakAlarm(
  scanBody: (body: string) => LeakKind | undefined,
  metrics: Metrics,
  logger: Logger,
): MiddlewareHandler<AppEnv> {
  return async function leakAlarm(c, next) {
    await next();
    const principal = c.get('principal');
    // Officials may read the internal graph (audited); every other response is checked.
    if (principal && mayReadInternal(principal)) return;
    if (c.get('leakChecked') || !c.res.body) return;
    const type = c.res.headers.get('Content-Type') ?? '';
    // A compressed body is not readable text whatever its type says.
    const encoded = (c.res.headers.get('Content-Encoding') ?? 'identity') !== 'identity';
    let leak: LeakKind | undefined;
    if (TEXTUAL.test(type) && !encoded) leak = scanBody(await c.res.clone().text());
    else leak = 'pii'; // A body we cannot read is not sent: its route must scan it and say so.
    if (!leak) return;
    metrics.leakAlarms.inc();
    logger.error(
      { req: c.get('requestId'), path: c.req.path, kind: leak, type },
      'leak alarm: response withheld',
    );
    // Hono copies the old response's headers onto a new one: keep the request id and CORS, drop
    // what described the withheld body (a gzip encoding, a year of caching, its ETag …).
    const headers = new Headers(c.res.headers);
    for (const name of WITHHELD_BODY_HEADERS) headers.delete(name);
    headers.set('Content-Type', 'text/plain; charset=utf-8');
    headers.set('Cache-Control', 'no-store');
    c.res = undefined;
    c.res = new Response(
      `500 INTERNAL: the response was withheld by a safety check (request ${c.get('requestId')})\n`,
      { status: 500, headers },
    );
  };
}
