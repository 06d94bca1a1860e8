// The endpoint's guards through the real app: the row cap flagged in headers, ETag revalidation,
// CORS, the internal graph for officials only (audited), and the leak alarm on responses.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestPlaza, type TestPlaza } from '../support/test-plaza.ts';

const enc = encodeURIComponent;
const OFFICIAL = 'official-secret-token';
const PUBLISHER = 'publisher-secret-token';
const sha = (t: string): string => createHash('sha256').update(t).digest('hex');
const TYPES = 'SELECT ?s WHERE { ?s a ?type }';
/** A title in the public graph, planted as a canary: the alarm must stop any response with it. */
let canaryTitle: string;

let plaza: TestPlaza;
beforeAll(async () => {
  // A first instance finds a public title to plant; the second is the one under test.
  const probe = await openTestPlaza();
  const json = JSON.parse(
    await probe.rt.publicStore.query(
      'SELECT ?t WHERE { ?s a <https://w3id.org/plaza/def#ApprovalDocument> ; <http://purl.org/dc/terms/title> ?t } ORDER BY ?t LIMIT 1',
      { format: 'json' },
    ),
  ) as { results: { bindings: { t: { value: string } }[] } };
  canaryTitle = json.results.bindings[0]!.t.value;
  const from = probe.dir;
  await probe.rt.checkpoint();
  plaza = await openTestPlaza({
    from,
    env: { PLAZA_MAX_ROWS: '50' },
    canaries: [canaryTitle],
    tokens: [
      { name: 'kim.official', role: 'official', sha256: sha(OFFICIAL) },
      { name: 'lee.publisher', role: 'publisher', sha256: sha(PUBLISHER) },
    ],
  });
  await probe.close();
});
afterAll(() => plaza?.close());

describe('row cap', () => {
  it.each(['json', 'xml', 'csv', 'tsv'])(
    'cuts a %s answer at PLAZA_MAX_ROWS and says so',
    async (format) => {
      const res = await plaza.request(`/sparql?query=${enc(TYPES)}&format=${format}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('X-Plaza-Truncated')).toBe('true');
      expect(res.headers.get('X-Plaza-Row-Limit')).toBe('50');
      const body = await res.text();
      if (format === 'json')
        expect(
          (JSON.parse(body) as { results: { bindings: unknown[] } }).results.bindings,
        ).toHaveLength(50);
      if (format === 'tsv') expect(body.trimEnd().split('\n')).toHaveLength(51);
    },
  );

  it('does not flag an answer within the cap, nor one the client limited itself', async () => {
    for (const q of [`${TYPES} LIMIT 50`, 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }']) {
      const res = await plaza.request(`/sparql?query=${enc(q)}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('X-Plaza-Truncated')).toBeNull();
    }
  });
});

describe('caching and CORS', () => {
  it('answers If-None-Match with 304 for the same query and data version', async () => {
    const path = `/sparql?query=${enc('ASK { ?s ?p ?o }')}`;
    const first = await plaza.request(path);
    const tag = first.headers.get('ETag');
    expect(tag).toMatch(/^W\/"/);
    expect(first.headers.get('Vary')).toContain('Accept');
    const again = await plaza.request(path, { headers: { 'If-None-Match': tag! } });
    expect(again.status).toBe(304);
    const other = await plaza.request(path, {
      headers: { 'If-None-Match': tag!, Accept: 'text/csv' },
    });
    expect(other.status).toBe(200);
  });

  it('allows cross-origin reads and answers preflights', async () => {
    const res = await plaza.request(`/sparql?query=${enc('ASK {}')}`, {
      headers: { Origin: 'https://example.org' },
    });
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const pre = await plaza.request('/sparql', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://example.org',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('Access-Control-Allow-Methods')).toContain('POST');
  });
});

describe('roles', () => {
  const count = `SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }`;
  const n = async (res: Response): Promise<number> =>
    Number(
      ((await res.json()) as { results: { bindings: { n: { value: string } }[] } }).results
        .bindings[0]!.n.value,
    );

  it('an official reads the internal graph, and the access is in the audit log first', async () => {
    const res = await plaza.request(`/sparql?query=${enc(count)}&graph=internal`, {
      headers: { Authorization: `Bearer ${OFFICIAL}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('private, no-store');
    expect(await n(res)).toBe(await plaza.rt.store.size());
    const audit = await readFile(join(plaza.dir, 'audit', 'audit.log'), 'utf8');
    expect(audit).toContain('"who":"kim.official"');
    expect(audit).toContain(JSON.stringify(count).slice(1, -1));
  });

  it('the public graph is what everyone else gets, and a wrong token is 401', async () => {
    const pub = await plaza.request(`/sparql?query=${enc(count)}`);
    expect(await n(pub)).toBe(await plaza.rt.publicStore.size());
    const wrong = await plaza.request(`/sparql?query=${enc(count)}&graph=internal`, {
      headers: { Authorization: 'Bearer not-a-token' },
    });
    expect(wrong.status).toBe(401);
  });
});

describe('leak alarm', () => {
  it('withholds a response carrying a planted canary, in every format, with a 500 that says nothing', async () => {
    const q = `SELECT ?t WHERE { ?s <http://purl.org/dc/terms/title> ?t FILTER(STR(?t) = ${JSON.stringify(canaryTitle)}) }`;
    for (const format of ['json', 'xml', 'csv', 'tsv']) {
      const res = await plaza.request(`/sparql?query=${enc(q)}&format=${format}`);
      expect(res.status).toBe(500);
      const body = await res.text();
      expect(body).not.toContain(canaryTitle);
      expect(body).toMatch(/withheld by a safety check/);
    }
    const metrics = await plaza.metrics.registry.getSingleMetricAsString('plaza_leak_alarms_total');
    expect(metrics).toMatch(/plaza_leak_alarms_total [1-9]/);
  });

  it('does not stop an official reading the internal graph', async () => {
    const q = `SELECT ?t WHERE { ?s <http://purl.org/dc/terms/title> ?t FILTER(STR(?t) = ${JSON.stringify(canaryTitle)}) }`;
    const res = await plaza.request(`/sparql?query=${enc(q)}&graph=internal`, {
      headers: { Authorization: `Bearer ${OFFICIAL}` },
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(JSON.stringify(canaryTitle).slice(1, -1));
  });
});
