// The shared Store suite over SparqlStore and a private Virtuoso, plus what only a remote store can do wrong: die, hang, leak.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DataFactory } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import {
  createSparqlStore,
  SparqlStore,
  type SparqlStoreOptions,
} from '../../src/store/sparql-store.ts';
import { startVirtuoso, virtuosoMissing, type Virtuoso } from '../support/virtuoso.ts';
import { describeStoreContract, rejection } from './store-contract.ts';

const missing = virtuosoMissing();
if (missing !== undefined) {
  if (process.env['CI']) {
    // DESIGN §3: on CI a missing Virtuoso is a failure, not a skip
    describe('SparqlStore over Virtuoso', () => {
      it('needs Virtuoso', () => {
        throw new Error(missing);
      });
    });
  } else {
    console.warn(`skipping SparqlStore over Virtuoso: ${missing}`);
  }
}

describe.skipIf(missing !== undefined)('SparqlStore over Virtuoso', () => {
  let virtuoso: Virtuoso;
  const remote = (extra: Partial<SparqlStoreOptions> = {}): SparqlStore =>
    new SparqlStore({
      queryUrl: virtuoso.sparqlUrl,
      updateUrl: virtuoso.sparqlUrl,
      timeoutMs: 10_000,
      ...extra,
    });

  beforeAll(async () => {
    virtuoso = await startVirtuoso();
    console.info(`private Virtuoso answered after ${Math.round(virtuoso.startMs)} ms`);
  });
  afterAll(() => virtuoso?.stop());

  describeStoreContract(
    'SparqlStore',
    async () => {
      const store = remote();
      await store.clear();
      return store;
    },
    { ownCsv: true, syntaxLineOnly: true },
  );

  describe('scoping', () => {
    it("never shows Virtuoso's own graphs, in the default graph or as named graphs", async () => {
      const store = remote();
      await store.clear();
      expect(await store.graphs()).toEqual([]);
      expect(await store.size()).toBe(0);
      const any = await store.query(
        'SELECT * WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }',
      );
      expect(any).toEqual({ type: 'solutions', rows: [] });
      expect(await store.match()).toEqual([]);
      expect(await store.dump('nq')).toBe('');
    });

    it('hides its own graphs like the system graphs, reads them by name, and clears them first', async () => {
      const hidden = 'http://e.org/plaza/state';
      const store = remote({ hiddenGraphs: [hidden] });
      await store.clear();
      await store.update(
        `INSERT DATA { GRAPH <${hidden}> { <${hidden}> <http://e.org/seq> 7 } GRAPH <http://e.org/d> { <http://e.org/s> <http://e.org/p> "v" } }`,
      );
      expect((await store.graphs()).map((g) => g.value)).toEqual(['http://e.org/d']);
      expect(await store.size()).toBe(1);
      expect(await store.dump('nq')).not.toContain(hidden);
      expect(await store.match(null, null, null, DataFactory.namedNode(hidden))).toEqual([]);
      const any = await store.query('SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }');
      expect(any.type === 'solutions' && any.rows.map((r) => r.get('g')?.value)).toEqual([
        'http://e.org/d',
      ]);
      const named = `ASK { GRAPH <${hidden}> { <${hidden}> <http://e.org/seq> 7 } }`;
      expect(await store.query(named)).toEqual({ type: 'boolean', value: true });
      // Another client of the same database sees it: hidden, not secret.
      expect(await remote().size()).toBe(2);
      await store.clear();
      expect(await store.query(named)).toEqual({ type: 'boolean', value: false });
      expect(await remote().size()).toBe(0);
    });

    it('updates through /sparql-auth with Digest credentials, and is refused without them', async () => {
      const updateUrl = virtuoso.sparqlUrl.replace(/sparql$/, 'sparql-auth');
      const insert =
        'INSERT DATA { GRAPH <http://e.org/auth> { <http://e.org/s> <http://e.org/p> "a" } }';
      const anonymous = await rejection(remote({ updateUrl }).update(insert));
      expect(anonymous.code).toBe('STORE_ERROR');
      const wrong = remote({ updateUrl, credentials: { user: 'dba', password: 'wrong-pw-42' } });
      const refused = await rejection(wrong.update(insert));
      expect(refused.code).toBe('STORE_ERROR');
      expect(refused.message).not.toContain('wrong-pw-42');
      const store = remote({ updateUrl, credentials: { user: 'dba', password: 'dba' } });
      await store.update(insert);
      expect(await store.graphs()).toEqual([DataFactory.namedNode('http://e.org/auth')]);
      await store.clear();
    });

    it('is built from the configuration (PLAZA_STORE=sparql)', async () => {
      const config = loadConfig({
        PLAZA_STORE: 'sparql',
        PLAZA_INTERNAL_QUERY_URL: virtuoso.sparqlUrl,
        PLAZA_INTERNAL_UPDATE_URL: virtuoso.sparqlUrl.replace(/sparql$/, 'sparql-auth'),
        PLAZA_PUBLIC_QUERY_URL: `${virtuoso.sparqlUrl}?public`,
        PLAZA_PUBLIC_UPDATE_URL: `${virtuoso.sparqlUrl}?public`,
        PLAZA_STORE_USER: 'dba',
        PLAZA_STORE_PASSWORD: 'dba',
        PLAZA_QUERY_TIMEOUT_MS: '5000',
      });
      const store = createSparqlStore(config, 'internal');
      await store.update(
        'INSERT DATA { GRAPH <http://e.org/c> { <http://e.org/s> <http://e.org/p> 1 } }',
      );
      expect(await store.size()).toBe(1);
      expect(await createSparqlStore(config, 'public').size()).toBe(1); // the same database here
      await store.clear();
      const internalOnly = Object.fromEntries(
        Object.entries(config.remote).filter(([key]) => !key.startsWith('public')),
      );
      expect(() => createSparqlStore({ ...config, remote: internalOnly }, 'public')).toThrow(
        /no public query and update URLs/,
      );
    });

    it('replaces a graph too large for one update statement', async () => {
      const store = remote();
      await store.clear();
      const graph = DataFactory.namedNode('http://e.org/big');
      const lines = Array.from(
        { length: 2500 },
        (_, i) => `<http://e.org/s${i}> <http://e.org/p> "v" .\n`,
      );
      await store.replaceGraphs([{ graph, nquads: lines.join('') }]);
      expect(await store.size()).toBe(2500);
      await store.replaceGraphs([{ graph, nquads: lines.slice(0, 10).join('') }]);
      expect(await store.size()).toBe(10);
      await store.clear();
    });

    it('times out a runaway query, which Virtuoso stops too, and keeps answering', async () => {
      const store = remote({ timeoutMs: 1000 });
      await store.clear();
      const graph = DataFactory.namedNode('http://e.org/runaway');
      const lines = Array.from(
        { length: 3000 },
        (_, i) => `<http://e.org/s${i}> <http://e.org/p> "v" .\n`,
      );
      await store.replaceGraphs([{ graph, nquads: lines.join('') }]);
      const started = performance.now();
      const runaway = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }';
      expect((await rejection(store.query(runaway))).code).toBe('TIMEOUT');
      expect(performance.now() - started).toBeLessThan(3000);
      expect(await store.size()).toBe(3000);
      await store.clear();
    });

    it('reads literals back as Virtuoso keeps them: by value, language tags lower-cased', async () => {
      const store = remote();
      await store.clear();
      const XSD = 'http://www.w3.org/2001/XMLSchema#';
      const text = [
        `<http://e.org/문서/1> <http://e.org/p> "smile 😀 \\"q\\" tab\\tend"@ko-KR .`,
        `<http://e.org/문서/1> <http://e.org/n> "-0.5e3"^^<${XSD}double> .`,
        `<http://e.org/문서/1> <http://e.org/b> "true"^^<${XSD}boolean> .`,
      ].join('\n');
      await store.replaceGraphs([
        { graph: DataFactory.namedNode('http://e.org/lit'), nquads: text },
      ]);
      const objects = (await store.match()).map((q) => q.object);
      expect(objects).toEqual(
        expect.arrayContaining([
          DataFactory.literal('smile 😀 "q" tab\tend', 'ko-kr'),
          DataFactory.literal('-500.0', DataFactory.namedNode(`${XSD}double`)),
          DataFactory.literal('true', DataFactory.namedNode(`${XSD}boolean`)),
        ]),
      );
      await store.clear();
    });

    it('pages match and dumps past the page size', async () => {
      const store = remote({ pageSize: 7 });
      await store.clear();
      const lines = Array.from(
        { length: 20 },
        (_, i) => `<http://e.org/s> <http://e.org/p> "${i}" .\n`,
      );
      const graph = DataFactory.namedNode('http://e.org/g');
      await store.replaceGraphs([{ graph, nquads: lines.join('') }]);
      expect(await store.match(null, null, null, graph)).toHaveLength(20);
      expect((await store.dump('nq')).split('\n').filter(Boolean)).toHaveLength(20);
      await store.clear();
    });
  });
});

/** A local HTTP server that answers every request with `handle`. */
async function localServer(handle: Parameters<typeof createServer>[1]): Promise<[Server, string]> {
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return [server, `http://127.0.0.1:${(server.address() as AddressInfo).port}/sparql`];
}

const at = (url: string, timeoutMs = 500): SparqlStore =>
  new SparqlStore({
    queryUrl: url,
    updateUrl: url,
    timeoutMs,
    credentials: { user: 'plaza', password: 's3cret-pw' },
  });

describe('SparqlStore against a failing remote', () => {
  it('gives STORE_UNAVAILABLE at once when nothing listens', async () => {
    const [server, url] = await localServer(() => undefined);
    await new Promise((resolve) => server.close(resolve)); // the port is now dead
    const started = performance.now();
    const error = await rejection(at(url).size());
    expect(error.code).toBe('STORE_UNAVAILABLE');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('gives TIMEOUT when the remote never answers, and ABORTED when the caller gives up first', async () => {
    const [server, url] = await localServer(() => undefined); // accepts, never responds
    try {
      const started = performance.now();
      const error = await rejection(at(url, 300).query('ASK {}'));
      expect(error.code).toBe('TIMEOUT');
      expect(performance.now() - started).toBeLessThan(2000);
      const signal = AbortSignal.timeout(100);
      expect((await rejection(at(url, 10_000).size({ signal }))).code).toBe('ABORTED');
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('maps 503 to STORE_UNAVAILABLE and refused credentials to STORE_ERROR, never echoing the password', async () => {
    let status = 503;
    const [server, url] = await localServer((_request, response) => {
      response.writeHead(status, { 'content-type': 'text/plain' }).end('Service Unavailable');
    });
    try {
      const unavailable = await rejection(at(url).update('CLEAR ALL'));
      expect(unavailable.code).toBe('STORE_UNAVAILABLE');
      status = 401;
      const refused = await rejection(at(url).graphs());
      expect(refused.code).toBe('STORE_ERROR');
      for (const error of [unavailable, refused]) {
        expect(`${error.message} ${String(error.cause)}`).not.toContain('s3cret-pw');
      }
    } finally {
      server.close();
    }
  });
});
