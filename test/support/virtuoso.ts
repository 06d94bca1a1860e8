// Test harness: a private Virtuoso on loopback (own ini, database and ports in a temp dir), started and stopped per suite.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const SERVER = '/usr/bin/virtuoso-t';
const ISQL = '/usr/bin/isql-vt';
/** A new database's administrator password (Virtuoso's default). */
const DBA_PASSWORD = 'dba';
const READY_WITHIN_MS = 60_000;

export interface Virtuoso {
  /** Its own directory (database, log; allowed for bulk loads: put files to load here). */
  readonly dir: string;
  /** The SPARQL endpoint (Query, and Update through the SPARQL_UPDATE role granted here). */
  readonly sparqlUrl: string;
  /** Milliseconds from spawn to the first answered ASK. */
  readonly startMs: number;
  /** Runs SQL through isql as dba. */
  sql(statement: string): Promise<string>;
  stop(): Promise<void>;
}

/** Sizes for the instance: the defaults suit a test; a benchmark gives it what a deployment would. */
export interface VirtuosoTuning {
  /** 8 KB pages of cache (NumberOfBuffers); OpenLink suggests 170 000 per 2 GB of RAM given to it. */
  readonly buffers?: number;
  /** HTTP worker threads, and the connections it accepts at once. */
  readonly httpThreads?: number;
}

/** Why Virtuoso cannot run here, or undefined when it can. */
export function virtuosoMissing(): string | undefined {
  if (existsSync(SERVER) && existsSync(ISQL)) return undefined;
  return `Virtuoso is not installed (${SERVER}, ${ISQL}): apt-get install virtuoso-opensource-7`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function ini(dir: string, sqlPort: number, httpPort: number, tuning: VirtuosoTuning): string {
  const buffers = tuning.buffers ?? 4000;
  const threads = tuning.httpThreads ?? 8;
  const file = (name: string): string => join(dir, name);
  return `[Database]
DatabaseFile = ${file('virtuoso.db')}
ErrorLogFile = ${file('virtuoso.log')}
LockFile = ${file('virtuoso.lck')}
TransactionFile = ${file('virtuoso.trx')}
xa_persistent_file = ${file('virtuoso.pxa')}
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = ${file('virtuoso-temp.db')}
TransactionFile = ${file('virtuoso-temp.trx')}
MaxCheckpointRemap = 2000
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:${sqlPort}
DisableUnixSocket = 1
CheckpointInterval = 0
DirsAllowed = ., ${dir}
NumberOfBuffers = ${buffers}
MaxDirtyBuffers = ${Math.round(buffers * 0.75)}
ThreadsPerQuery = 2
MaxSortedTopRows = 1000000
[HTTPServer]
ServerPort = 127.0.0.1:${httpPort}
ServerRoot = ${dir}
ServerThreads = ${threads}
MaxClientConnections = ${threads}
[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
`;
}

export async function startVirtuoso(tuning: VirtuosoTuning = {}): Promise<Virtuoso> {
  const dir = await mkdtemp(join(tmpdir(), 'plaza-virtuoso-'));
  const [sqlPort, httpPort] = [await freePort(), await freePort()];
  await writeFile(join(dir, 'virtuoso.ini'), ini(dir, sqlPort, httpPort, tuning));
  const started = performance.now();
  const child = spawn(SERVER, ['+configfile', join(dir, 'virtuoso.ini'), '+foreground'], {
    cwd: dir,
    stdio: 'ignore',
  });
  // If the test process dies without afterAll, the server must not outlive it.
  const orphan = (): void => void child.kill('SIGKILL');
  process.once('exit', orphan);
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      process.off('exit', orphan);
      resolve();
    }),
  );
  const sparqlUrl = `http://127.0.0.1:${httpPort}/sparql`;
  const sql = async (statement: string): Promise<string> => {
    const args = [`127.0.0.1:${sqlPort}`, 'dba', DBA_PASSWORD, `exec=${statement}`];
    const { stdout } = await promisify(execFile)(ISQL, args, { timeout: 30_000 });
    return stdout;
  };
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) {
      await sql('shutdown;').catch(() => child.kill('SIGKILL'));
      const late = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(late);
    }
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(sparqlUrl, child, dir);
    await sql('GRANT SPARQL_UPDATE TO "SPARQL";');
  } catch (error) {
    await stop();
    throw error;
  }
  return { dir, sparqlUrl, startMs: performance.now() - started, sql, stop };
}

async function waitUntilReady(url: string, child: ChildProcess, dir: string): Promise<void> {
  const deadline = Date.now() + READY_WITHIN_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      const log = await readFile(join(dir, 'virtuoso.log'), 'utf8').catch(() => '');
      throw new Error(`Virtuoso exited with ${child.exitCode}:\n${log.slice(-2000)}`);
    }
    try {
      const response = await fetch(`${url}?query=ASK%7B%7D`, { signal: AbortSignal.timeout(2000) });
      await response.body?.cancel();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Virtuoso did not answer at ${url} within ${READY_WITHIN_MS} ms`);
}
