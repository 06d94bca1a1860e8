// The example queries of queries/: each names a title and a description, parses, and returns rows
// on the graph built from data/ (the catalogue the query UI will show).
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRuntime, type Runtime } from '../../src/cli/runtime.ts';
import { loadConfig } from '../../src/config/config.ts';
import { ingestFiles } from '../../src/pipeline/ingest-files.ts';
import { analyseQuery } from '../../src/serialize/query-form.ts';

const QUERIES = new URL('../../queries/', import.meta.url).pathname;
const DATA = new URL('../../data/', import.meta.url).pathname;
const files = (await readdir(QUERIES)).filter((f) => f.endsWith('.rq')).sort();
let dir: string;
let rt: Runtime;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plaza-queries-'));
  rt = await openRuntime(loadConfig({ PLAZA_DATA_DIR: dir }));
  await ingestFiles([DATA], {
    log: rt.log,
    store: rt.store,
    projector: rt.projector,
    clock: () => new Date(),
  });
});
afterAll(async () => {
  await rt.close();
  await rm(dir, { recursive: true, force: true });
});

describe('queries/', () => {
  it('holds the example catalogue, named NN-kebab-title.rq', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const f of files) expect(f).toMatch(/^\d{2}-[a-z0-9-]+\.rq$/);
  });

  for (const file of files) {
    it(`${file} has a title and description, parses, and returns rows on data/`, async () => {
      const text = await readFile(join(QUERIES, file), 'utf8');
      expect(text).toMatch(/^# title: \S.+$/m);
      expect(text).toMatch(/^# description: \S.+$/m);
      const { form } = analyseQuery(text);
      expect(form).toBe('SELECT');
      const json = JSON.parse(await rt.store.query(text, { format: 'json' })) as {
        results: { bindings: unknown[] };
      };
      expect(json.results.bindings.length).toBeGreaterThan(0);
    });
  }
});
