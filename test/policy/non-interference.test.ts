// Non-interference: D and D′ differ only in secret values (every record kind, every kind of
// secret, each a different value of a different length). Through the real pipeline — readers,
// mappings, record log, internal store, redactor, gate, public store — the canonicalised public
// graphs must be identical, and no secret may appear in them.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';
import canonize from 'rdf-canonize';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { openRuntime, type Runtime } from '../../src/cli/runtime.ts';
import { appDepsFor } from '../../src/cli/serve.ts';
import { loadConfig, type Config } from '../../src/config/config.ts';
import { createApp } from '../../src/http/app.ts';
import { ingestFiles } from '../../src/pipeline/ingest-files.ts';
import type { PublishReport } from '../../src/pipeline/publish.ts';
import { ATTACKS } from './non-interference/attacks.ts';
import { writeFixture, type Fixture, type Variant } from './non-interference/fixture.ts';

const CLOCK = () => new Date('2026-11-27T01:00:00Z');

interface Run {
  readonly fixture: Fixture;
  readonly publicNq: string;
  readonly internalNq: string;
  readonly canonical: string;
  readonly report: PublishReport;
  readonly rejects: number;
  /** Each attack query's answer (serialized as `plaza query` prints it, or the error). */
  readonly answers: ReadonlyMap<string, string>;
  /** Each attack over HTTP, GET and POST in several formats: status, headers but Date, body. */
  readonly http: ReadonlyMap<string, string>;
}

/** The attacks as a researcher sends them to /sparql: every form and several result formats. */
async function overHttp(rt: Runtime, config: Config): Promise<Map<string, string>> {
  const { deps, close } = await appDepsFor(rt, config, pino({ level: 'silent' }));
  const { app } = createApp(deps);
  const answers = new Map<string, string>();
  try {
    for (const { name, query } of ATTACKS) {
      const graph = /^\s*(PREFIX[^\n]*\n\s*)*(CONSTRUCT|DESCRIBE)/i.test(query);
      const accepts = graph
        ? ['text/turtle', 'application/ld+json']
        : ['application/sparql-results+json', 'text/csv', 'application/sparql-results+xml'];
      for (const accept of accepts) {
        const headers = { Accept: accept, 'X-Request-Id': 'attack' };
        const requests: [string, RequestInit][] = [
          [`/sparql?query=${encodeURIComponent(query)}`, { headers }],
          [
            '/sparql',
            {
              method: 'POST',
              headers: { ...headers, 'Content-Type': 'application/sparql-query' },
              body: query,
            },
          ],
        ];
        for (const [path, init] of requests) {
          const res = await app.request(path, init);
          // Only the clock's headers may differ: Date and the rate limit window's reset.
          const kept = [...res.headers].filter(([h]) => h !== 'date' && h !== 'ratelimit');
          answers.set(
            `${name} ${accept} ${init.method ?? 'GET'}`,
            `${res.status} ${JSON.stringify(kept)}\n${await res.text()}`,
          );
        }
      }
    }
  } finally {
    await close();
  }
  return answers;
}

async function run(root: string, variant: Variant): Promise<Run> {
  const fixture = await writeFixture(join(root, `in-${variant}`), variant);
  const config = loadConfig({
    PLAZA_DATA_DIR: join(root, `var-${variant}`),
    PLAZA_RATE_LIMIT: '100000',
  });
  const rt = await openRuntime(config, { clock: CLOCK });
  try {
    const summary = await ingestFiles([fixture.dir], {
      log: rt.log,
      store: rt.sink,
      projector: rt.projector,
      clock: CLOCK,
    });
    const publicNq = await rt.publicStore.dump('nq');
    const quads = new Parser({ format: 'N-Quads' }).parse(publicNq);
    const canonical = await canonize.canonize(quads, { algorithm: 'RDFC-1.0' });
    const answers = new Map<string, string>();
    for (const { name, query } of ATTACKS) {
      const format = /^\s*(PREFIX[^\n]*\n\s*)*(CONSTRUCT|DESCRIBE)/i.test(query) ? 'nq' : 'json';
      answers.set(
        name,
        await rt.publicStore.query(query, { format }).catch((e: unknown) => `error: ${String(e)}`),
      );
    }
    return {
      fixture,
      publicNq,
      internalNq: await rt.store.dump('nq'),
      canonical,
      report: rt.publisher.totals,
      rejects: summary.rejects.length,
      answers,
      http: await overHttp(rt, config),
    };
  } finally {
    await rt.close();
  }
}

/** A secret as it may appear in a serialization: as is, or with its digits only. */
function traces(secret: string): string[] {
  const digits = secret.replace(/\D/g, '');
  return digits.length >= 6 && digits !== secret ? [secret, digits] : [secret];
}

describe('non-interference of the public graph', () => {
  let root: string;
  let d: Run;
  let dPrime: Run;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'plaza-ni-'));
    d = await run(root, 0);
    dPrime = await run(root, 1);
  }, 120_000);
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('the fixtures really differ, in every secret, with different lengths', () => {
    expect(d.fixture.secrets).toHaveLength(dPrime.fixture.secrets.length);
    expect(d.fixture.secrets.length).toBeGreaterThanOrEqual(20);
    d.fixture.secrets.forEach((s, i) => {
      expect(s).not.toBe(dPrime.fixture.secrets[i]);
    });
    const lengths = (r: Run) => r.fixture.secrets.map((s) => s.length).join(',');
    expect(lengths(d)).not.toBe(lengths(dPrime));
    expect(d.rejects).toBe(0);
    expect(dPrime.rejects).toBe(0);
  });

  it('the internal graphs hold the secrets (the pipeline saw them)', () => {
    for (const r of [d, dPrime]) {
      const missing = r.fixture.secrets.filter((s) => !r.internalNq.includes(s));
      expect(missing).toEqual([]);
    }
  });

  it('everything was published: nothing blocked by the gate, withheld records as stubs', () => {
    for (const r of [d, dPrime]) {
      expect(r.report.blocked).toEqual([]);
      expect(r.report.withheld).toBe(2);
      expect(r.report.redactions).toBeGreaterThan(10);
    }
  });

  it('the canonicalised public graphs are identical', () => {
    expect(d.canonical.length).toBeGreaterThan(10_000);
    expect(dPrime.canonical).toBe(d.canonical);
  });

  it(`${ATTACKS.length} attack queries get byte-identical answers for D and D′`, () => {
    expect(ATTACKS.length).toBeGreaterThanOrEqual(40);
    const differing = ATTACKS.filter(
      ({ name }) => d.answers.get(name) !== dPrime.answers.get(name),
    );
    expect(differing.map((a) => a.name)).toEqual([]);
    // The answers are real: most queries return data, and no answer holds a secret.
    const nonEmpty = [...d.answers.values()].filter(
      (a) => a.length > 200 && !a.startsWith('error'),
    );
    expect(nonEmpty.length).toBeGreaterThan(25);
    for (const answer of [...d.answers.values(), ...dPrime.answers.values()]) {
      for (const secret of [...d.fixture.secrets, ...dPrime.fixture.secrets]) {
        expect(answer.includes(secret), secret).toBe(false);
      }
    }
  });

  it('over HTTP, every attack in every form and format gets the same status, headers and body', () => {
    expect(d.http.size).toBeGreaterThanOrEqual(ATTACKS.length * 4);
    const differing = [...d.http.keys()].filter((k) => d.http.get(k) !== dPrime.http.get(k));
    expect(differing).toEqual([]);
    const ok = [...d.http.values()].filter((a) => a.startsWith('200 '));
    expect(ok.length).toBeGreaterThan(d.http.size / 2);
    for (const answer of [...d.http.values(), ...dPrime.http.values()]) {
      for (const secret of [...d.fixture.secrets, ...dPrime.fixture.secrets]) {
        for (const trace of traces(secret)) expect(answer.includes(trace), trace).toBe(false);
      }
    }
  });

  it('no secret appears anywhere in either public graph', () => {
    for (const r of [d, dPrime]) {
      for (const secret of [...d.fixture.secrets, ...dPrime.fixture.secrets]) {
        for (const trace of traces(secret)) expect(r.publicNq.includes(trace), trace).toBe(false);
      }
    }
  });
});
