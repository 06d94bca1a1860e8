// GET /feed.atom: the latest published or released records, newest first (Atom, for people and
// their feed readers; Korean first). Read from the public graph, once per data version.
import { Hono } from 'hono';
import { writeAtomFeed } from '../../serialize/atom-feed.ts';
import { IriMinter } from '../../vocab/iri.ts';
import { latestEntries } from '../catalog/feed-entries.ts';
import type { AppDeps } from '../deps.ts';
import type { AppEnv } from '../env.ts';
import { ifNoneMatch } from '../etag.ts';

/** Entries in the feed: enough for a reader polling daily, small enough to fetch often. */
export const FEED_ENTRIES = 50;

export function feedRoutes(
  deps: Pick<AppDeps, 'publicStore' | 'baseIri' | 'dataVersion' | 'lastPublishedAt'>,
): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const minter = new IriMinter(deps.baseIri);
  let cached: { version: string; body: Promise<string> } | undefined;

  const render = async (): Promise<string> => {
    const entries = await latestEntries(deps.publicStore, FEED_ENTRIES);
    const newest = [entries[0]?.updated, deps.lastPublishedAt()?.toISOString()]
      .filter((t): t is string => t !== undefined)
      .map((t) => new Date(t))
      .reduce((a, b) => (a > b ? a : b), new Date(0));
    return writeAtomFeed({
      id: minter.feed().value,
      self: minter.feed().value,
      site: deps.baseIri,
      title: '정보소통광장 — 새로 공개된 기록',
      subtitle: '새로 공표되거나 비공개 기간이 끝나 공개된 기록, 최신순',
      author: '정보소통광장',
      updated: newest.toISOString(),
      lang: 'ko',
      entries,
    });
  };

  routes.get('/feed.atom', async (c) => {
    const version = deps.dataVersion();
    const etag = `"feed-${version}"`;
    c.header('ETag', etag);
    c.header('Cache-Control', 'no-cache');
    if (ifNoneMatch(c.req.header('If-None-Match'), etag)) return c.body(null, 304);
    if (cached?.version !== version) {
      const body = render();
      body.catch(() => {
        if (cached?.body === body) cached = undefined;
      });
      cached = { version, body };
    }
    const body = await cached.body;
    c.header('Content-Type', 'application/atom+xml; charset=utf-8');
    return c.req.method === 'HEAD' ? c.body(null) : c.body(body);
  });
  return routes;
}
