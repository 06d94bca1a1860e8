// Serving: builds the HTTP app's dependencies from a runtime, listens, runs the release scheduler,
// and shuts down cleanly on SIGINT/SIGTERM.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino, type Logger } from 'pino';
import type { Config } from '../config/config.ts';
import { createApp } from '../http/app.ts';
import type { AppDeps } from '../http/deps.ts';
import { loadQueryCatalogue } from '../http/query-catalogue.ts';
import { listen, type RunningServer } from '../http/server.ts';
import { AuditLog } from '../log/audit-log.ts';
import { GraphWrites } from '../pipeline/graph-writes.ts';
import { PublicDumpBuilder } from '../pipeline/public-dump.ts';
import { ReleaseScheduler } from '../pipeline/release.ts';
import { TokenRegistry } from '../policy/roles.ts';
import { LiveSearchIndex } from '../search/live-index.ts';
import { WorkerStore } from '../store/worker-store.ts';
import type { Runtime } from './runtime.ts';

/** Request bodies above this are refused (413): a SPARQL query or an update batch fits well. */
export const MAX_BODY_BYTES = 1 << 20;

/** The example catalogue the query UI offers (shipped with the code, not with the data). */
const QUERIES_DIR = fileURLToPath(new URL('../../queries/', import.meta.url));

export interface Serving {
  readonly server: RunningServer;
  stop(): Promise<void>;
}

/** The HTTP app's dependencies from a runtime (tests build theirs here too). */
export async function appDepsFor(
  rt: Runtime,
  config: Config,
  logger: Logger = pino({ level: config.logLevel, base: { service: 'plaza' } }),
): Promise<{ deps: AppDeps; close: () => Promise<void> }> {
  const tokens = await TokenRegistry.load(config.tokensFile);
  const examples = await loadQueryCatalogue(QUERIES_DIR);
  const audit = await AuditLog.open(config.dataDir);
  const dumps = new PublicDumpBuilder({
    store: rt.publicStore,
    dir: join(config.dataDir, 'dumps'),
    scan: (text) => rt.scanner.scanBody(text),
    onPublished: (listener) => rt.publisher.onPublished(listener),
    lastPublishedAt: () => rt.publisher.lastPublishedAt,
    logger: logger.child({ part: 'dumps' }),
  }).start();
  // Built from the public store only, and re-read for the graphs each publish changes.
  const search = new LiveSearchIndex({
    store: rt.publicReader,
    onPublished: (listener) => rt.publisher.onPublished(listener),
    onError: (err) => logger.error({ err }, 'search index update failed'),
  });
  const deps: AppDeps = {
    baseIri: config.baseIri,
    publicStore: rt.publicStore,
    internalStore: rt.store,
    authenticate: (token) => tokens.authenticate(token),
    audit: { record: async (event) => void (await audit.append(event, rt.clock())) },
    writes: new GraphWrites({
      log: rt.log,
      projector: rt.projector,
      sink: rt.sink,
      internal: rt.store,
      iri: rt.iri,
      clock: rt.clock,
      // An update runs on a scratch store of its own, in its own worker, never on the HTTP thread.
      scratch: () => new WorkerStore(),
      updateTimeoutMs: config.queryTimeoutMs,
    }),
    scanBody: (body) => rt.scanner.scanBody(body),
    limits: {
      queryTimeoutMs: config.queryTimeoutMs,
      maxRows: config.maxRows,
      maxBodyBytes: MAX_BODY_BYTES,
      rateLimitPerMinute: config.rateLimitPerMinute,
    },
    examples,
    dataVersion: () => `${rt.log.lastSeq}.${rt.publisher.version}`,
    lastPublishedAt: () => rt.publisher.lastPublishedAt,
    replicaStats: () => rt.replicaStats(),
    onPublished: (listener) => rt.publisher.onPublished(listener),
    dumps,
    search,
    logger,
  };
  return {
    deps,
    // The dump build and the search index read the store: they end before the runtime closes it.
    close: async () => {
      await dumps.close();
      search.close();
      await search.settled(Infinity);
      await audit.close();
    },
  };
}

export async function startServing(rt: Runtime, config: Config): Promise<Serving> {
  const logger = pino({ level: config.logLevel, base: { service: 'plaza' } });
  const { deps, close } = await appDepsFor(rt, config, logger);
  const { app } = createApp(deps);
  const scheduler = new ReleaseScheduler(rt.releaseDeps, (report) => {
    if (report.released + report.published > 0)
      logger.info({ released: report.released, published: report.published }, 'scheduled release');
  });
  const server = await listen(app, { host: config.host, port: config.port });
  scheduler.start();
  logger.info({ url: server.url }, 'listening');
  return {
    server,
    async stop() {
      await scheduler.stop();
      await server.close();
      await close();
    },
  };
}

/** Serves until SIGINT or SIGTERM. */
export async function serveUntilSignalled(rt: Runtime, config: Config): Promise<number> {
  const serving = await startServing(rt, config);
  process.stderr.write(
    `plaza: serving ${serving.server.url} (SPARQL at ${serving.server.url}sparql)\n`,
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  process.stderr.write('plaza: stopping\n');
  await serving.stop();
  return 0;
}
