// policy_list in both forms: recognised by name or columns, the same fields from CSV and JSON,
// and the JSON form valid against its schema in the repository.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { detectSource, kindFromColumns } from '../../mappings/read/detect.ts';
import { CANONICAL_COLUMNS } from '../../mappings/read/columns.ts';
import { readAll } from './harness.ts';

/** Kept apart from fixtures/, which other tests read as a whole. */
const fixture = (name: string): string =>
  new URL(`policy-fixtures/${name}`, import.meta.url).pathname;

const schema: unknown = JSON.parse(
  readFileSync(new URL('../../mappings/schemas/policy-list.schema.json', import.meta.url), 'utf8'),
);
const validate = new Ajv2020({ allErrors: true }).compile(schema as object);

describe('reading a policy list', () => {
  it('recognises the kind from `…_policy_list.{csv,json}` and from its columns', () => {
    expect(detectSource('x/20240101_policy_list.json')).toMatchObject({ kind: 'policy_list' });
    expect(detectSource('x/policies.csv', CANONICAL_COLUMNS.policy_list)).toMatchObject({
      kind: 'policy_list',
      detectedBy: 'columns',
    });
    expect(kindFromColumns(['id', 'name_ko'])).toBeUndefined();
  });

  it('decodes the CSV and JSON forms to the same records', async () => {
    const csv = await readAll(fixture('20240101_policy_list.csv'));
    const json = await readAll(fixture('20240101_policy_list.json'));
    expect(csv.rejects).toEqual([]);
    expect(json.rejects).toEqual([]);
    expect(csv.notices).toEqual([]);
    expect(csv.records.map((r) => r.line)).toEqual([2, 3, 4]);
    expect(json.records.map((r) => r.fields)).toEqual(csv.records.map((r) => r.fields));
    expect(csv.records[2]?.fields).toMatchObject({
      name_en: 'Electric-vehicle purchase grants, cars and vans',
      detail_bsns_code: '10320201;10320202',
    });
  });
});

describe('the policy-list JSON Schema', () => {
  it('accepts the JSON fixture', () => {
    const document: unknown = JSON.parse(
      readFileSync(fixture('20240101_policy_list.json'), 'utf8'),
    );
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
  });

  it('refuses a programme without a parent, an unknown level and a number for a code', () => {
    const bad = [
      { id: 'PRG-1', level: 'programme', name_ko: '사업' },
      { id: 'X-1', level: '과제', name_ko: '과제' },
      {
        id: 'PRJ-1',
        parent_id: 'PRG-1',
        level: 'project',
        name_ko: '세부',
        detail_bsns_code: 1032,
      },
    ];
    expect(validate(bad)).toBe(false);
    const where = new Set((validate.errors ?? []).map((e) => e.instancePath.split('/')[1]));
    expect(where).toEqual(new Set(['0', '1', '2']));
  });
});
