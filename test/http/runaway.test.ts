// A query that would run for an hour is stopped at PLAZA_QUERY_TIMEOUT_MS and answered 503 with
// Retry-After, while other requests keep being served — over a real socket, with read replicas.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestPlaza, type TestPlaza } from '../support/test-plaza.ts';

const RUNAWAY = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }';
const LOOKUP =
  'SELECT ?p ?o WHERE { ?s a <https://w3id.org/plaza/def#ApprovalDocument> ; ?p ?o } LIMIT 20';
const TIMEOUT_MS = 3000;

let plaza: TestPlaza;
let base: string;
beforeAll(async () => {
  plaza = await openTestPlaza({
    queryWorkers: 2,
    env: { PLAZA_QUERY_TIMEOUT_MS: String(TIMEOUT_MS) },
  });
  base = (await plaza.listen()).url;
});
afterAll(() => plaza.close());

const get = (query: string): Promise<Response> =>
  fetch(`${base}sparql?query=${encodeURIComponent(query)}`, {
    headers: { Accept: 'application/sparql-results+json' },
  });

describe('a runaway query', () => {
  it('is stopped with 503 + Retry-After while other queries are answered meanwhile', async () => {
    const started = performance.now();
    const runaway = get(RUNAWAY).then(async (res) => ({
      res,
      text: await res.text(),
      at: performance.now() - started,
    }));
    // Lookups sent while the runaway holds one replica: each answered, and before it ended.
    const lookups: { status: number; at: number }[] = [];
    for (let i = 0; i < 10; i++) {
      await new Promise((r) => setTimeout(r, 50));
      const res = await get(LOOKUP);
      await res.text();
      lookups.push({ status: res.status, at: performance.now() - started });
    }
    const health = await fetch(`${base}healthz`);
    expect(health.status).toBe(200);
    const stopped = await runaway;
    expect(stopped.res.status).toBe(503);
    expect(stopped.res.headers.get('Retry-After')).toMatch(/^\d+$/);
    expect(stopped.text).toMatch(/time limit/);
    expect(stopped.at).toBeGreaterThanOrEqual(TIMEOUT_MS * 0.9);
    expect(lookups.map((l) => l.status)).toEqual(lookups.map(() => 200));
    expect(lookups.filter((l) => l.at < stopped.at).length).toBeGreaterThanOrEqual(2);
  });

  it('leaves the endpoint whole: the restarted replica answers with the same data', async () => {
    const count = 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }';
    const expected = await plaza.rt.publicStore.size();
    // The stopped replica is being rebuilt from the primary: /healthz says when it is back.
    for (let ready = false; !ready; await new Promise((r) => setTimeout(r, 100))) {
      const health = (await (await fetch(`${base}healthz`)).json()) as {
        replicas: { public: { ready: number; total: number } };
      };
      ready = health.replicas.public.ready === health.replicas.public.total;
    }
    // Several at once, so both replicas (the restarted one included) answer.
    const answers = await Promise.all(
      Array.from({ length: 6 }, async () => {
        const res = await get(count);
        expect(res.status, res.status === 200 ? '' : await res.clone().text()).toBe(200);
        const json = (await res.json()) as { results: { bindings: { n: { value: string } }[] } };
        return Number(json.results.bindings[0]!.n.value);
      }),
    );
    expect(answers).toEqual(Array.from({ length: 6 }, () => expected));
    const metrics = await (await fetch(`${base}metrics`)).text();
    expect(metrics).toMatch(/plaza_sparql_timeouts_total\{graph="public"\} 1/);
    expect(metrics).toMatch(/plaza_query_replica_restarts\{store="public"\} 1/);
    expect(metrics).toMatch(/plaza_query_replicas_ready\{store="public"\} 2/);
  });
});
