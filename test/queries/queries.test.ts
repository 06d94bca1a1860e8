// The example queries of queries/: each names a title and a description, parses, returns rows on
// the public graph built from data/ (what the endpoint serves and the query UI will show), and its
// rows pass the query's own check (checks-*.ts).
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRuntime, type Runtime } from '../../src/cli/runtime.ts';
import { loadConfig } from '../../src/config/config.ts';
import { ingestFiles } from '../../src/pipeline/ingest-files.ts';
import { analyseQuery } from '../../src/serialize/query-form.ts';
import { LINKED_CHECKS } from './checks-linked.ts';
import { RECORD_CHECKS } from './checks-records.ts';
import type { Row } from './query-support.ts';

const QUERIES = new URL('../../queries/', import.meta.url).pathname;
const DATA = new URL('../../data/', import.meta.url).pathname;
const files = (await readdir(QUERIES)).filter((f) => f.endsWith('.rq')).sort();
const CHECKS = { ...RECORD_CHECKS, ...LINKED_CHECKS };
// A fixed day, so that no scheduled release has come due and the withheld records stay withheld.
const TODAY = new Date('2025-06-30T00:00:00Z');
let dir: string;
let rt: Runtime;

async function select(sparql: string): Promise<Row[]> {
  const json = JSON.parse(await rt.publicStore.query(sparql, { format: 'json' })) as {
    results: { bindings: Row[] };
  };
  return json.results.bindings;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plaza-queries-'));
  rt = await openRuntime(loadConfig({ PLAZA_DATA_DIR: dir }), { clock: () => TODAY });
  // Through the sink, as `plaza ingest` does: the internal graph, then its publication.
  await ingestFiles([DATA], {
    log: rt.log,
    store: rt.sink,
    projector: rt.projector,
    clock: rt.clock,
  });
}, 120_000);
afterAll(async () => {
  await rt.close();
  await rm(dir, { recursive: true, force: true });
});

describe('queries/', () => {
  it('holds the example catalogue, numbered 01…NN without gaps, named NN-kebab-title.rq', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
    files.forEach((f, i) => {
      expect(f).toMatch(/^\d{2}-[a-z0-9-]+\.rq$/);
      expect(f.slice(0, 2)).toBe(String(i + 1).padStart(2, '0'));
    });
  });

  it('has a check of its rows for every query, and no check without a query', () => {
    expect(Object.keys(CHECKS).sort()).toEqual(files.map((f) => f.slice(0, 2)));
  });

  for (const file of files) {
    it(`${file} has a title and description, parses, and returns rows that pass its check`, async () => {
      const text = await readFile(join(QUERIES, file), 'utf8');
      expect(text).toMatch(/^# title: \S.+$/m);
      expect(text).toMatch(/^# description: \S.+$/m);
      expect(text).toMatch(/^PREFIX /m);
      const { form } = analyseQuery(text);
      expect(form).toBe('SELECT');
      const rows = await select(text);
      expect(rows.length).toBeGreaterThan(0);
      await CHECKS[file.slice(0, 2)]!(rows, select);
    });
  }
});
