// Budget samples and exports: data/ in sync with the generator, drawn from the city spine, every
// sample line mapped without reject, the bad envelope's documented rejects, scaling with --records.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { budgetMapping } from '../../mappings/budget.ts';
import { RowError } from '../../mappings/mapping.ts';
import { OrgDirectory } from '../../mappings/org/directory.ts';
import { InitiativeDirectory } from '../../mappings/policy/initiative-directory.ts';
import { organisationMapping } from '../../mappings/organisation.ts';
import { readExport } from '../../mappings/read/read-export.ts';
import type { Reject } from '../../mappings/types.ts';
import { budgetExports } from '../../src/generate/budget/budget-exports.ts';
import {
  badBudgetSample,
  budgetReadme,
  budgetSamples,
} from '../../src/generate/budget/budget-samples.ts';
import { BUDGET_FUNCTION_NAMES } from '../../src/generate/budget/function-names.ts';
import { cityInitiativesAt, isActiveInYear } from '../../src/generate/city/index.ts';
import { orgChartRows } from '../../src/generate/index.ts';
import { planWindow } from '../../src/generate/plan.ts';
import { IriMinter } from '../../src/vocab/iri.ts';
import { BASE } from '../support/rdf.ts';
import { withoutLinkNotices } from '../support/notices.ts';

const DATA = new URL('../../data/', import.meta.url);
const samples = budgetSamples();
const bad = badBudgetSample();
const orgs = new OrgDirectory(orgChartRows().map((row) => organisationMapping.parse(row).record));

async function readAll(path: string) {
  const records = [];
  const rejects: Reject[] = [];
  for await (const item of readExport(path)) {
    if (item.type === 'record') records.push(item.record);
    else rejects.push(item.reject);
  }
  return { records, rejects };
}

describe('data/budget_list', () => {
  it('is exactly what the generator writes (regenerate, never hand-edit)', async () => {
    for (const file of [...samples, bad]) {
      const text = await readFile(new URL(file.path, DATA), 'utf8');
      expect({ path: file.path, same: text === file.text }).toEqual({
        path: file.path,
        same: true,
      });
    }
    const readme = await readFile(new URL('budget_list/README.md', DATA), 'utf8');
    expect(readme).toBe(budgetReadme(samples));
  });

  it('covers two fiscal years and two phases of each, in CSV and JSON envelope form', () => {
    expect(samples.map((s) => `${s.year}/${s.phase}`)).toEqual([
      '2023/original',
      '2023/settlement',
      '2024/original',
      '2024/supplementary-1',
    ]);
    expect(new Set(samples.map((s) => s.path.slice(-4)))).toEqual(new Set(['.csv', 'json']));
  });

  it("holds every active spine project's detail codes in its department's lines", () => {
    for (const sample of samples) {
      const lines = new Set(sample.rows.map((r) => `${r['dept_code']}:${r['detail_bsns_code']}`));
      const projects = cityInitiativesAt('project').filter((p) => isActiveInYear(p, sample.year));
      expect(projects.length).toBeGreaterThan(50);
      for (const p of projects)
        for (const code of p.budget) expect(lines).toContain(`${p.deptCode}:${code.detailCode}`);
    }
  });

  it('gives every department its running-cost and 업무추진비 lines, named after their codes', () => {
    for (const sample of samples) {
      const expenseItems = sample.rows.filter((r) => r['detail_bsns_nm']?.endsWith('업무추진비'));
      expect(expenseItems.length).toBeGreaterThan(100);
      for (const row of sample.rows) {
        expect(row['realm_nm']).toBe(BUDGET_FUNCTION_NAMES[row['realm_code'] ?? '']);
        expect(row['sect_nm']).toBe(BUDGET_FUNCTION_NAMES[row['sect_code'] ?? '']);
      }
    }
  });

  it('reads and maps every sample line without reject, department notice or key clash', async () => {
    const iri = new IriMinter(BASE);
    for (const sample of samples) {
      const { records, rejects } = await readAll(new URL(sample.path, DATA).pathname);
      expect(rejects).toEqual([]);
      expect(records).toHaveLength(sample.rows.length);
      const keys = new Set<string>();
      for (const record of records) {
        const parsed = budgetMapping.parse(record.fields);
        keys.add(parsed.key);
        const meta = { ...record, key: parsed.key, ingestedAt: new Date(0) };
        expect(
          withoutLinkNotices(
            budgetMapping.map(parsed.record, meta, {
              iri,
              orgs,
              initiatives: new InitiativeDirectory([]),
            }).notices,
          ),
        ).toEqual([]);
      }
      expect(keys.size).toBe(records.length);
      expect([...keys].every((k) => k.startsWith(`${sample.year}/${sample.phase}/`))).toBe(true);
    }
  });
});

describe('data/_bad budget envelope', () => {
  it('rejects exactly the documented rows and fields, and ingests the rest', async () => {
    const { records, rejects } = await readAll(new URL(bad.path, DATA).pathname);
    const rowRejects: { line: number; field: string; reason: string }[] = [];
    let good = 0;
    for (const record of records) {
      try {
        budgetMapping.parse(record.fields);
        good++;
      } catch (error) {
        if (!(error instanceof RowError)) throw error;
        for (const e of error.errors)
          rowRejects.push({ line: record.line, field: e.field, reason: e.message });
      }
    }
    const fileRejects = rejects.map(({ line, field, reason }) => ({ line, field, reason }));
    expect([...rowRejects, ...fileRejects]).toEqual(bad.rejects);
    expect(good).toBe(records.length - rowRejects.length);
    expect(good).toBeGreaterThan(0);
  });
});

describe('budget exports of plaza generate', () => {
  it('cover every fiscal year of the window in its phases and grow with --records', () => {
    const small = budgetExports(2000, planWindow(2000));
    expect(small.map((f) => f.path)).toEqual([
      'budget_list/2024_original_budget_list.csv',
      'budget_list/2024_supplementary-1_budget_list.json',
    ]);
    const large = budgetExports(400_000, planWindow(400_000));
    const years = new Set(large.map((f) => f.path.slice(12, 16)));
    expect([...years]).toEqual(['2021', '2022', '2023', '2024']);
    const lines = (files: typeof small) => files.reduce((n, f) => n + f.rows, 0);
    expect(lines(large)).toBeGreaterThanOrEqual(400_000 * 0.05);
    expect(lines(large)).toBeLessThan(400_000 * 0.07);
  });
});
