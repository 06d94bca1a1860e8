// The `plaza` commands on remote stores (PLAZA_STORE=sparql): two private Virtuoso databases, one
// internal and one public, compared with the embedded store on the same input; restarts from the
// log position each store keeps; crashes between data and position; dead and hung stores.
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SparqlStore } from '../../src/store/sparql-store.ts';
import { startVirtuoso, virtuosoMissing, type Virtuoso } from '../support/virtuoso.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const BASE = 'http://localhost:3000/';
const STATE = `${BASE}graph/plaza/state`;
const FIRST = ['data/org_chart', 'data/info_list/20240122_20240128_info_list.json'];
const SECOND = ['data/expense_list/20240301_20240331_expense_list.csv'];
const PER_PREDICATE =
  'SELECT ?p (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?p ORDER BY ?p';
const DOCUMENTS =
  'SELECT (COUNT(?d) AS ?n) WHERE { ?d a <https://w3id.org/plaza/def#ApprovalDocument> }';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

function plaza(args: string[], env: Record<string, string>, input?: string): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [join(ROOT, 'bin/plaza.js'), ...args],
      { cwd: ROOT, env: { ...process.env, PLAZA_BASE_IRI: BASE, ...env }, timeout: 120_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr, ms: performance.now() - started });
      },
    );
    child.stdin?.end(input ?? '');
  });
}

/** Quads per predicate over every graph: equal on both stores means the same graphs, up to
 * Virtuoso's canonical literal forms (which a string or isomorphism comparison would trip on). */
async function perPredicate(env: Record<string, string>): Promise<string[]> {
  const r = await plaza(['query', '-', '--format', 'json'], env, PER_PREDICATE);
  expect(r.stderr).toBe('');
  const json = JSON.parse(r.stdout) as {
    results: { bindings: Array<{ p: { value: string }; n: { value: string } }> };
  };
  return json.results.bindings.map((b) => `${b.p.value} ${b.n.value}`);
}

async function documents(env: Record<string, string>): Promise<number> {
  const r = await plaza(['query', '-', '--format', 'csv'], env, DOCUMENTS);
  expect(r.code).toBe(0);
  return Number(r.stdout.replace(/"/g, '').trim().split(/\r?\n/)[1]);
}

interface Served {
  /** "internal graph: N quads from M log entries; public graph: P quads" → [N, M, P]. */
  readonly sizes: number[];
  /** PER_PREDICATE over HTTP (GET /sparql), as "predicate count" lines. */
  readonly perPredicate: string[];
}

/** `plaza start` (it serves): the sizes it prints, one query over HTTP, then SIGTERM. */
function served(env: Record<string, string>): Promise<Served> {
  const child = spawn(process.execPath, [join(ROOT, 'bin/plaza.js'), 'start', '--data', 'none'], {
    cwd: ROOT,
    env: { ...process.env, PLAZA_BASE_IRI: BASE, PLAZA_PORT: '0', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  let stopping = false;
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return new Promise<Served>((resolve, reject) => {
    const late = setTimeout(
      () => reject(new Error(`plaza start did not serve:\n${stderr}`)),
      90_000,
    );
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const url = /serving (http:\/\/\S+?)\/? /.exec(stderr)?.[1];
      if (url === undefined || stopping || child.killed) return;
      clearTimeout(late);
      const sizes = /internal graph: (\d+) quads from (\d+) log entries; public graph: (\d+) quads/
        .exec(stderr)
        ?.slice(1)
        .map(Number);
      // Without ORDER BY: Virtuoso refuses to sort more rows than its MaxSortedTopRows (10000 by
      // default), and the endpoint's row cap asks for PLAZA_MAX_ROWS + 1.
      const unsorted = PER_PREDICATE.replace(' ORDER BY ?p', '');
      const query = `${url}/sparql?query=${encodeURIComponent(unsorted)}`;
      fetch(query, { headers: { accept: 'application/sparql-results+json' } })
        .then(async (response) => {
          expect(response.status).toBe(200);
          const json = (await response.json()) as {
            results: { bindings: Array<{ p: { value: string }; n: { value: string } }> };
          };
          stopping = true;
          child.kill('SIGTERM');
          expect(await exited).toBe(0);
          resolve({
            sizes: sizes ?? [],
            perPredicate: json.results.bindings.map((b) => `${b.p.value} ${b.n.value}`).sort(),
          });
        })
        .catch((error: unknown) => {
          child.kill('SIGKILL');
          reject(error instanceof Error ? error : new Error(String(error)));
        });
    });
    child.once('exit', () => {
      clearTimeout(late);
      if (!stopping) reject(new Error(`plaza start exited:\n${stderr}`));
    });
  });
}

const missing = virtuosoMissing();
if (missing !== undefined) {
  if (process.env['CI']) {
    describe('plaza on remote stores', () => {
      it('needs Virtuoso', () => {
        throw new Error(missing);
      });
    });
  } else {
    console.warn(`skipping plaza on remote stores (PLAZA_STORE=sparql): ${missing}`);
  }
}

// Each test runs several `plaza` processes (≈ 2–8 s each on a loaded two-core machine).
describe.skipIf(missing !== undefined)(
  'plaza on remote stores (PLAZA_STORE=sparql)',
  { timeout: 240_000 },
  () => {
    let internal: Virtuoso;
    let published: Virtuoso;
    let dir: string;
    let remote: Record<string, string>;
    let embedded: Record<string, string>;
    /** The embedded store's answer to PER_PREDICATE, after the first and after the second ingest. */
    const expected: string[][] = [];
    const store = (v: Virtuoso): SparqlStore =>
      new SparqlStore({ queryUrl: v.sparqlUrl, updateUrl: v.sparqlUrl, timeoutMs: 10_000 });
    const position = async (v: Virtuoso): Promise<string[]> => {
      const r = await store(v).query(
        `SELECT ?seq ?at WHERE { GRAPH <${STATE}> { <${STATE}> <${STATE}#appliedLogSeq> ?seq ; <${STATE}#appliedLogEntryAt> ?at } }`,
      );
      return r.type === 'solutions'
        ? r.rows.map((row) => `${row.get('seq')?.value} ${row.get('at')?.value}`)
        : [];
    };
    const logEntries = async (): Promise<
      Array<{ seq: number; at: string; kind: string; key: string }>
    > =>
      (await readFile(join(dir, 'remote', 'log', 'records.jsonl'), 'utf8'))
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { seq: number; at: string; kind: string; key: string });

    beforeAll(async () => {
      // Two databases: the public graph must never share a store with the internal one.
      [internal, published] = await Promise.all([startVirtuoso(), startVirtuoso()]);
      dir = await mkdtemp(join(tmpdir(), 'plaza-remote-'));
      remote = {
        PLAZA_STORE: 'sparql',
        PLAZA_DATA_DIR: join(dir, 'remote'),
        PLAZA_INTERNAL_QUERY_URL: internal.sparqlUrl,
        PLAZA_INTERNAL_UPDATE_URL: internal.sparqlUrl,
        PLAZA_PUBLIC_QUERY_URL: published.sparqlUrl,
        PLAZA_PUBLIC_UPDATE_URL: published.sparqlUrl,
      };
      embedded = { PLAZA_STORE: 'oxigraph', PLAZA_DATA_DIR: join(dir, 'embedded') };
    });
    afterAll(async () => {
      await Promise.all([internal?.stop(), published?.stop()]);
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it('ingests into the remote stores and answers as the embedded store does', async () => {
      const [onRemote, onEmbedded] = await Promise.all([
        plaza(['ingest', ...FIRST], remote),
        plaza(['ingest', ...FIRST], embedded),
      ]);
      expect(onRemote.code).toBe(0);
      expect(onEmbedded.code).toBe(0);
      console.info(
        `ingest: remote ${Math.round(onRemote.ms)} ms, embedded ${Math.round(onEmbedded.ms)} ms`,
      );
      expected[0] = await perPredicate(embedded);
      expect(expected[0].length).toBeGreaterThan(50);
      expect(await perPredicate(remote)).toEqual(expected[0]);
      // `plaza start` serves the same over HTTP, after the same start.
      const [onRemoteServer, onEmbeddedServer] = [await served(remote), await served(embedded)];
      const sorted = [...expected[0]].sort();
      expect(onRemoteServer.perPredicate).toEqual(sorted);
      expect(onEmbeddedServer.perPredicate).toEqual(sorted);
      const remoteSizes = onRemoteServer.sizes;
      expect(remoteSizes).toEqual(onEmbeddedServer.sizes);
      // Each store holds the log position it reflects; hidden, as the equal counts above show.
      const last = (await logEntries()).at(-1)!;
      expect(remoteSizes[1]).toBe(last.seq);
      expect(await position(internal)).toEqual([`${last.seq} ${last.at}`]);
      expect(await position(published)).toEqual([`${last.seq} ${last.at}`]);
    });

    it('restarts from the position each store keeps, and replays only the log tail after it', async () => {
      const entries = await logEntries();
      const last = entries.at(-1)!;
      const before = entries.at(-2)!;
      expect(last.kind).toBe('info_list');
      const graph = `${BASE}graph/document/${last.key}`;
      const all = await documents(remote);
      // Lost behind the runtime's back: a restart that re-ingested would bring it back.
      for (const v of [internal, published]) await store(v).update(`CLEAR GRAPH <${graph}>`);
      expect(await documents(remote)).toBe(all - 1);
      // A crash after the last entry's graphs were written but before the positions were: the
      // next start replays that entry (graph replacement: replaying it again is harmless).
      for (const v of [internal, published]) {
        await store(v).update(
          `DELETE WHERE { GRAPH <${STATE}> { ?s ?p ?o } } ; INSERT DATA { GRAPH <${STATE}> { <${STATE}> <${STATE}#appliedLogSeq> ${before.seq} ; <${STATE}#appliedLogEntryAt> "${before.at}" } }`,
        );
      }
      expect(await documents(remote)).toBe(all);
      expect(await position(internal)).toEqual([`${last.seq} ${last.at}`]);
      expect(await perPredicate(remote)).toEqual(expected[0]);
    });

    it('republishes everything when the public position differs from the internal one', async () => {
      const graph = `${BASE}graph/document/${(await logEntries()).at(-1)!.key}`;
      await store(published).update(`CLEAR GRAPH <${graph}> ; CLEAR GRAPH <${STATE}>`);
      expect(await perPredicate(remote)).toEqual(expected[0]);
      expect(await position(published)).toEqual(await position(internal));
    });

    it('adds a second ingest, as the embedded store does', async () => {
      const [onRemote, onEmbedded] = await Promise.all([
        plaza(['ingest', ...SECOND], remote),
        plaza(['ingest', ...SECOND], embedded),
      ]);
      expect([onRemote.code, onEmbedded.code]).toEqual([0, 0]);
      expect(onRemote.stderr).toMatch(/accepted [1-9]\d* \(new or changed\)/);
      expected[1] = await perPredicate(embedded);
      expect(expected[1].join('\n')).toContain('https://w3id.org/plaza/def#participants');
      expect(expected[1]).not.toEqual(expected[0]);
      expect(await perPredicate(remote)).toEqual(expected[1]);
    });

    it('validate, links and release pass on the remote stores', async () => {
      const validate = await plaza(['validate'], remote);
      expect(validate.stdout).toMatch(/^public graph: conforms: [1-9]\d* triples, no violations$/m);
      expect(validate.stdout).toMatch(/^publication gate: [1-9]\d* public graphs pass/m);
      expect(validate.code).toBe(0);
      expect((await plaza(['links', '--json'], remote)).code).toBe(0);
      const release = await plaza(['release'], remote);
      expect(release.code).toBe(0);
      expect(release.stderr).toContain('blocked 0');
    });

    it('rebuilds both stores from the log alone', async () => {
      const stray = `INSERT DATA { GRAPH <${BASE}graph/stray> { <${BASE}id/stray> <${BASE}p> "left over" } }`;
      for (const v of [internal, published]) await store(v).update(stray);
      const r = await plaza(['rebuild'], remote);
      expect(r.code).toBe(0);
      for (const v of [internal, published]) {
        expect((await store(v).graphs()).map((g) => g.value)).not.toContain(`${BASE}graph/stray`);
      }
      expect(await perPredicate(remote)).toEqual(expected[1]);
    });

    it('starts the stores over for another record log, and back', async () => {
      const other = { ...remote, PLAZA_DATA_DIR: join(dir, 'other') };
      expect(await documents(other)).toBe(0);
      // The stores now reflect the other (empty) log; this one's start replays all of it.
      expect(await perPredicate(remote)).toEqual(expected[1]);
    });

    it('refuses one database as both the internal and the public store', async () => {
      // Different URLs (so the configuration check passes), one database behind them.
      const r = await plaza(['links'], {
        ...remote,
        PLAZA_PUBLIC_QUERY_URL: internal.sparqlUrl.replace('127.0.0.1', 'localhost'),
        PLAZA_PUBLIC_UPDATE_URL: internal.sparqlUrl.replace('127.0.0.1', 'localhost'),
      });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('reach the same SPARQL store');
    });

    describe('a remote store that is down or hangs', () => {
      let hung: Server;
      const sockets = new Set<Socket>();
      let hungUrl: string;
      beforeAll(async () => {
        hung = createServer((socket) => void sockets.add(socket)); // accepts, never answers
        await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
        const address = hung.address();
        hungUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/sparql`;
      });
      afterAll(
        () =>
          new Promise<void>((resolve) => {
            for (const socket of sockets) socket.destroy();
            hung.close(() => resolve());
          }),
      );

      it('fails at once, naming the store, when nothing listens', async () => {
        // A port that was just free (not 9 or another port fetch refuses to dial).
        const spare = createServer();
        await new Promise<void>((resolve) => spare.listen(0, '127.0.0.1', resolve));
        const address = spare.address();
        const port = typeof address === 'object' && address ? address.port : 0;
        await new Promise<void>((resolve) => spare.close(() => resolve()));
        const closed = `http://127.0.0.1:${port}/sparql`;
        const r = await plaza(
          ['query', '-'],
          { ...remote, PLAZA_PUBLIC_QUERY_URL: closed },
          DOCUMENTS,
        );
        expect(r.code).toBe(1);
        expect(r.stderr).toContain(
          `the remote store at http://127.0.0.1:${port} is unreachable (ECONNREFUSED)`,
        );
        expect(r.stdout).toBe('');
      });

      it('fails after PLAZA_QUERY_TIMEOUT_MS, not never, when the store does not answer', async () => {
        const r = await plaza(['ingest', ...SECOND], {
          ...remote,
          PLAZA_INTERNAL_QUERY_URL: hungUrl,
          PLAZA_INTERNAL_UPDATE_URL: hungUrl,
          PLAZA_QUERY_TIMEOUT_MS: '1000',
        });
        expect(r.code).toBe(1);
        expect(r.stderr).toContain('did not answer within 1000 ms');
        expect(r.ms).toBeLessThan(15_000);
      });
    });
  },
);
