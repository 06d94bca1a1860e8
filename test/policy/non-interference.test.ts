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
import { openRuntime } from '../../src/cli/runtime.ts';
import { loadConfig } from '../../src/config/config.ts';
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
}

async function run(root: string, variant: Variant): Promise<Run> {
  const fixture = await writeFixture(join(root, `in-${variant}`), variant);
  const rt = await openRuntime(loadConfig({ PLAZA_DATA_DIR: join(root, `var-${variant}`) }), {
    clock: CLOCK,
  });
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

  it('no secret appears anywhere in either public graph', () => {
    for (const r of [d, dPrime]) {
      for (const secret of [...d.fixture.secrets, ...dPrime.fixture.secrets]) {
        for (const trace of traces(secret)) expect(r.publicNq.includes(trace), trace).toBe(false);
      }
    }
  });
});
