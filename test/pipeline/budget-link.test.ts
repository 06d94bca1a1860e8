// Budget lines arriving after the expense reports that execute them: the reports are re-projected
// and gain their links, and a rebuild from the record log alone gives the same links.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRuntime, type Runtime } from '../../src/cli/runtime.ts';
import { loadConfig } from '../../src/config/config.ts';
import { ingestFiles } from '../../src/pipeline/ingest-files.ts';

const DATA = new URL('../../data/', import.meta.url).pathname;
let dir: string;
const config = () => loadConfig({ PLAZA_DATA_DIR: dir });
const clock = () => new Date('2026-11-27T10:00:00Z');

async function linkedReports(rt: Runtime): Promise<number> {
  const query = `SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {
    ?r <https://w3id.org/plaza/def#executesBudgetLine> ?l }`;
  const json = await rt.store.query(query, { format: 'json' });
  const parsed = JSON.parse(json) as { results: { bindings: { n: { value: string } }[] } };
  return Number(parsed.results.bindings[0]?.n.value);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plaza-budget-link-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('expense reports and budget lines ingested in either order', () => {
  it('links the reports once the budget arrives, by re-projecting them', async () => {
    const rt = await openRuntime(config());
    try {
      const deps = { log: rt.log, store: rt.store, projector: rt.projector, clock };
      await ingestFiles([join(DATA, 'org_chart'), join(DATA, 'expense_list')], deps);
      expect(await linkedReports(rt)).toBe(0);
      const later = await ingestFiles([join(DATA, 'budget_list')], deps);
      expect(later.reprojectionNeeded).toBe(true);
      expect(await linkedReports(rt)).toBe(60);
      await rt.checkpoint();
    } finally {
      await rt.close();
    }
  });

  it('keeps the links after a restart', async () => {
    const rt = await openRuntime(config());
    try {
      expect(await linkedReports(rt)).toBe(60);
    } finally {
      await rt.close();
    }
  });
});
