// GET /dumps/public.nq.gz: the last complete dump of the public graph, as a file download.
//
// Served as `application/gzip` with a Content-Disposition filename, not as `application/n-quads`
// with `Content-Encoding: gzip`: a content coding is a transfer detail clients undo silently
// (browsers and `curl --compressed` would save plain N-Quads under a `.gz` name, and a client
// without `Accept-Encoding: gzip` would have to be sent the decompressed text), while this
// resource *is* a gzip file — DCAT says the same with mediaType n-quads + compressFormat gzip.
import { open, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { Hono } from 'hono';
import type { AppDeps, PublicDumpFile } from '../deps.ts';
import type { AppEnv } from '../env.ts';
import { HttpError, RETRY_AFTER_SECONDS } from '../errors.ts';
import { ifNoneMatch } from '../etag.ts';

/** The file of the current build, opened (the build after it may rename a new one into place). */
async function openCurrent(
  deps: Pick<AppDeps, 'dumps'>,
): Promise<{ file: PublicDumpFile; handle: FileHandle } | undefined> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const file = deps.dumps.current();
    if (!file) return undefined;
    let handle: FileHandle;
    try {
      handle = await open(file.path, 'r');
    } catch {
      continue; // withdrawn between the look-up and the open
    }
    if ((await handle.stat()).ino === file.ino) return { file, handle };
    await handle.close();
  }
  return undefined;
}

function unavailable(deps: Pick<AppDeps, 'dumps'>): HttpError {
  const retry = { 'Retry-After': String(RETRY_AFTER_SECONDS) };
  return deps.dumps.status() === 'withheld'
    ? new HttpError(503, 'DUMP_UNAVAILABLE', 'the dump is not available at the moment', retry)
    : new HttpError(503, 'DUMP_BUILDING', 'the dump is being built; try again shortly', retry);
}

export function dumpRoutes(deps: Pick<AppDeps, 'dumps'>): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/dumps/public.nq.gz', async (c) => {
    const opened = await openCurrent(deps);
    if (!opened) throw unavailable(deps);
    const { file, handle } = opened;
    // The builder scanned every line of it as text before it was compressed (leak alarm).
    c.set('leakChecked', true);
    c.header('ETag', file.etag);
    c.header('Last-Modified', file.lastModified.toUTCString());
    c.header('Cache-Control', 'no-cache');
    const inm = c.req.header('If-None-Match');
    const ims = c.req.header('If-Modified-Since');
    const notModified =
      inm !== undefined
        ? ifNoneMatch(inm, file.etag)
        : ims !== undefined &&
          Math.floor(file.lastModified.getTime() / 1000) <= Date.parse(ims) / 1000;
    if (notModified || c.req.method === 'HEAD') {
      await handle.close();
      if (notModified) return c.body(null, 304);
    }
    c.header('Content-Type', 'application/gzip');
    c.header('Content-Disposition', 'attachment; filename="public.nq.gz"');
    c.header('Content-Length', String(file.size));
    if (c.req.method === 'HEAD') return c.body(null);
    const stream = Readable.toWeb(handle.createReadStream()) as ReadableStream<Uint8Array>;
    return c.body(stream);
  });
  return routes;
}
