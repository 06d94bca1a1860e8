// data/policy_list/ and its bad file: schema-valid, ingestible as documented, and linking every
// department's unit tasks of the sample months to exactly one initiative of the spine.
import { OrgDirectory } from '../../mappings/org/directory.ts';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { RowError } from '../../mappings/mapping.ts';
import { policyInitiativeMapping } from '../../mappings/policy-initiative.ts';
import { InitiativeDirectory } from '../../mappings/policy/initiative-directory.ts';
import type { InitiativeRecord } from '../../mappings/policy/parse-initiative.ts';
import { readExport } from '../../mappings/read/read-export.ts';
import type { RawRecord, Reject } from '../../mappings/types.ts';
import { dayFromIso } from '../../src/generate/calendar.ts';
import { cityInitiatives } from '../../src/generate/city/index.ts';
import { departments, isValidOn } from '../../src/generate/org-chart.ts';
import { buildSamples } from '../../src/generate/samples/build-samples.ts';

const DATA = new URL('../../data/', import.meta.url).pathname;
const samples = buildSamples();
const policyFiles = samples.files.filter((f) => f.kind === 'policy_list');

async function records(path: string): Promise<{ records: RawRecord[]; rejects: Reject[] }> {
  const out = { records: [] as RawRecord[], rejects: [] as Reject[] };
  for await (const item of readExport(path)) {
    if (item.type === 'record') out.records.push(item.record);
    else out.rejects.push(item.reject);
  }
  return out;
}

/** What ingest does with a policy list: each row's parse, then the whole-file check of the rest. */
function ingestable(rows: readonly RawRecord[]) {
  const parsed: { line: number; record: InitiativeRecord }[] = [];
  const rejects: { line: number; field: string; reason: string }[] = [];
  for (const row of rows) {
    try {
      parsed.push({ line: row.line, record: policyInitiativeMapping.parse(row.fields).record });
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      for (const e of error.errors)
        rejects.push({ line: row.line, field: e.field, reason: e.message });
    }
  }
  const refused = policyInitiativeMapping.checkFile?.(parsed, { orgs: new OrgDirectory([]) });
  rejects.push(...(refused?.rejects ?? []));
  const rejected = new Set(refused?.rejects.map((r) => r.line));
  const accepted = parsed.filter((p) => !rejected.has(p.line)).map((p) => p.record);
  return { accepted, rejects: rejects.sort((a, b) => a.line - b.line) };
}

describe('data/policy_list/', () => {
  it('holds the whole spine, once, in a JSON and a CSV file', async () => {
    expect(policyFiles.map((f) => f.style.format).sort()).toEqual(['csv', 'json']);
    const all: InitiativeRecord[] = [];
    for (const file of policyFiles) {
      const read = await records(`${DATA}${file.path}`);
      expect(read.rejects).toEqual([]);
      const { accepted, rejects } = ingestable(read.records);
      expect(rejects).toEqual([]);
      all.push(...accepted);
    }
    expect(all.map((r) => r.id)).toEqual(cityInitiatives().map((i) => i.id));
  });

  it('validates, in its JSON form, against the schema in the repository', () => {
    const schema = JSON.parse(
      readFileSync(
        new URL('../../mappings/schemas/policy-list.schema.json', import.meta.url),
        'utf8',
      ),
    ) as object;
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    for (const file of policyFiles.filter((f) => f.style.format === 'json')) {
      expect(validate(JSON.parse(file.text)), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('links each department task of the sample months to one initiative (unit task + date)', async () => {
    const read = await Promise.all(policyFiles.map((f) => records(`${DATA}${f.path}`)));
    const directory = new InitiativeDirectory(read.flatMap((r) => ingestable(r.records).accepted));
    for (const iso of ['2023-12-15', '2024-01-15', '2024-03-15']) {
      const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
      for (const dept of departments().filter((d) => isValidOn(d.unit, dayFromIso(iso)))) {
        for (const task of dept.tasks) {
          const r = directory.byUnitTask(task, dept.unit.code, { year, month, day });
          expect({ iso, task, status: r.status }).toEqual({ iso, task, status: 'resolved' });
        }
      }
    }
  });
});

describe('data/_bad/ policy list', () => {
  const bad = samples.bad.find((b) => b.kind === 'policy_list');

  it('rejects exactly the documented rows with their reasons and ingests the rest', async () => {
    if (!bad) throw new Error('no bad policy list');
    const read = await records(`${DATA}${bad.path}`);
    const { accepted, rejects } = ingestable(read.records);
    expect(rejects).toEqual(bad.rejects);
    expect(accepted).toHaveLength(bad.goodRows);
  });
});
