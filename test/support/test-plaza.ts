// A real Plaza for HTTP tests: a runtime in a temporary data directory with data/ (or given
// exports) ingested and published, and the app built exactly as `plaza start` builds it.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { openRuntime, type Runtime } from '../../src/cli/runtime.ts';
import { appDepsFor } from '../../src/cli/serve.ts';
import { loadConfig, type Config } from '../../src/config/config.ts';
import { createApp, type PlazaApp } from '../../src/http/app.ts';
import type { AppDeps } from '../../src/http/deps.ts';
import { listen, type RunningServer } from '../../src/http/server.ts';
import { ingestFiles } from '../../src/pipeline/ingest-files.ts';

export const DATA = new URL('../../data/', import.meta.url).pathname;
/** A fixed day, so that no scheduled release of data/ has come due. */
export const TODAY = new Date('2025-06-30T00:00:00Z');

export interface TestPlaza extends PlazaApp {
  readonly rt: Runtime;
  readonly config: Config;
  readonly deps: AppDeps;
  readonly dir: string;
  /** app.request() with the path resolved against the base. */
  request(path: string, init?: RequestInit): Promise<Response>;
  /** A real listening server on a free loopback port (closed by close()). */
  listen(): Promise<RunningServer>;
  close(): Promise<void>;
}

export interface TestPlazaOptions {
  /** Exports to ingest (default: data/). Empty: nothing (reference data only). */
  readonly ingest?: readonly string[];
  /** Extra PLAZA_* settings. */
  readonly env?: Readonly<Record<string, string>>;
  readonly clock?: () => Date;
  /** Planted secret values for the leak alarm. */
  readonly canaries?: readonly string[];
  /** A data directory prepared earlier (copied, so the original stays as it was). */
  readonly from?: string;
  readonly tokens?: readonly { name: string; role: string; sha256: string }[];
  /** Read replicas, as `plaza start` has them (queries past their deadline can be stopped). */
  readonly queryWorkers?: number;
}

export async function openTestPlaza(options: TestPlazaOptions = {}): Promise<TestPlaza> {
  const dir = await mkdtemp(join(tmpdir(), 'plaza-http-'));
  if (options.from)
    // Without the source's lock (a directory proper-lockfile keeps beside the data).
    await cp(options.from, dir, { recursive: true, filter: (src) => !src.endsWith('.lock') });
  const env: Record<string, string> = { PLAZA_DATA_DIR: dir, PLAZA_LOG_LEVEL: 'silent' };
  if (options.canaries) {
    await writeFile(join(dir, 'canaries.txt'), `${options.canaries.join('\n')}\n`);
    env['PLAZA_CANARIES_FILE'] = join(dir, 'canaries.txt');
  }
  if (options.tokens) {
    await writeFile(join(dir, 'tokens.json'), JSON.stringify({ tokens: options.tokens }));
    env['PLAZA_TOKENS_FILE'] = join(dir, 'tokens.json');
  }
  const config = loadConfig({ ...env, ...options.env });
  const clock = options.clock ?? (() => TODAY);
  const rt = await openRuntime(config, {
    clock,
    ...(options.queryWorkers ? { queryWorkers: options.queryWorkers } : {}),
  });
  const servers: RunningServer[] = [];
  try {
    const ingest = options.ingest ?? (options.from ? [] : [DATA]);
    if (ingest.length > 0)
      await ingestFiles([...ingest], {
        log: rt.log,
        store: rt.sink,
        projector: rt.projector,
        clock: rt.clock,
      });
    const { deps, close } = await appDepsFor(rt, config, pino({ level: 'silent' }));
    const plaza = createApp(deps);
    return {
      ...plaza,
      rt,
      config,
      deps,
      dir,
      request: (path, init) => Promise.resolve(plaza.app.request(path, init)),
      async listen() {
        const server = await listen(plaza.app, { host: '127.0.0.1', port: 0 });
        servers.push(server);
        return server;
      },
      async close() {
        await Promise.all(servers.map((s) => s.close()));
        await close();
        await rt.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rt.close();
    throw error;
  }
}
