// budget_list: the same line read from a CSV row and from a JSON envelope row maps to the same
// graph; bad rows are rejected field by field while the rest of the file is ingested.
import { readFileSync } from 'node:fs';
import type { Quad } from 'n3';
import { describe, expect, it } from 'vitest';
import { budgetMapping } from '../../mappings/budget.ts';
import { parseBudgetPhase } from '../../mappings/parse/budget-codes.ts';
import { RowError } from '../../mappings/mapping.ts';
import { readExport } from '../../mappings/read/read-export.ts';
import type { RawRecord } from '../../mappings/types.ts';
import { IriMinter } from '../../src/vocab/iri.ts';
import { PLAZA_NS } from '../../src/vocab/namespaces.ts';
import { budgetFixture } from '../read/harness.ts';
import { BASE, expectIsomorphic, parseTrig } from '../support/rdf.ts';
import { CASES, INGESTED_AT, INITIATIVES, ORGS } from './cases.ts';
import { withoutLinkNotices } from '../support/notices.ts';

const iri = new IriMinter(BASE);
const SOURCE_ROW = new Set(['sourceFile', 'sourceLine', 'sourceFormat'].map((p) => PLAZA_NS + p));
const budgetCase = CASES.find((c) => c.kind === 'budget_list');
if (!budgetCase) throw new Error('budget case missing');

async function records(name: string): Promise<RawRecord[]> {
  const out: RawRecord[] = [];
  for await (const item of readExport(budgetFixture(`${name}`))) {
    if (item.type === 'record') out.push(item.record);
  }
  return out;
}

function mapRecord(record: RawRecord) {
  const parsed = budgetMapping.parse(record.fields);
  const meta = { key: parsed.key, file: record.file, line: record.line, format: record.format };
  const out = budgetMapping.map(
    parsed.record,
    { ...meta, ingestedAt: INGESTED_AT },
    { iri, orgs: ORGS, initiatives: INITIATIVES },
  );
  return { out, all: [...out.quads, ...out.shared.flatMap((r) => r.quads)] };
}

const withoutSourceRow = (quads: Quad[]) => quads.filter((q) => !SOURCE_ROW.has(q.predicate.value));
const expected = parseTrig(
  readFileSync(new URL('expected/budget-line.trig', import.meta.url), 'utf8'),
);

describe('budget_list mapping from both forms of the export', () => {
  it('maps the CSV row and the JSON envelope row to the expected graph', async () => {
    const [fromCsv] = await records('2024_supplementary-1_budget_list.csv');
    const [fromJson] = await records('2024_supplementary-1_budget_list.json');
    if (!fromCsv || !fromJson) throw new Error('fixture rows missing');
    const csv = mapRecord(fromCsv);
    const json = mapRecord(fromJson);
    expectIsomorphic(withoutSourceRow(csv.all), withoutSourceRow(expected));
    expectIsomorphic(withoutSourceRow(json.all), withoutSourceRow(expected));
    const source = (quads: Quad[]) =>
      quads
        .filter((q) => SOURCE_ROW.has(q.predicate.value))
        .map((q) => q.object.value)
        .sort();
    expect(source(csv.all)).toEqual(['2', '2024_supplementary-1_budget_list.csv', 'csv']);
    expect(source(json.all)).toEqual(['1', '2024_supplementary-1_budget_list.json', 'json']);
  });

  it('keys a line by year, phase, account, department and detail project', async () => {
    const keys = (await records('2024_supplementary-1_budget_list.json')).map(
      (r) => budgetMapping.parse(r.fields).key,
    );
    expect(keys).toEqual([
      '2024/supplementary-1/100.6110201.D2024-0731',
      '2024/supplementary-1/100.6110101.D2024-0101',
    ]);
    expect(budgetMapping.subject(keys[0] ?? '', iri).value).toBe(
      `${BASE}id/budget/2024/supplementary-1/100.6110201.D2024-0731`,
    );
  });
});

function rowErrors(fields: Record<string, string>): string[] {
  try {
    budgetMapping.parse(fields);
  } catch (error) {
    if (error instanceof RowError) return error.errors.map((e) => `${e.field}: ${e.message}`);
    throw error;
  }
  return [];
}

describe('bad budget rows', () => {
  const row = budgetCase.fields;

  it('rejects negative amounts except the other share, naming each field', () => {
    expect(
      rowErrors({ ...row, budget_crntam: '-1', expndtram: '-5', nxndr: '-3', etc_crntam: '-7' }),
    ).toEqual([
      'budget_crntam: amount may not be negative: "-1"',
      'nxndr: amount may not be negative: "-3"',
      'expndtram: amount may not be negative: "-5"',
    ]);
  });

  it('rejects non-numeric amounts and a missing current budget', () => {
    expect(rowErrors({ ...row, cty: '이백만', orgnztnam: '1.2.3', budget_crntam: ' ' })).toEqual([
      'budget_crntam: required amount is missing',
      'cty: not an amount: "이백만"',
      'orgnztnam: not an amount: "1.2.3"',
    ]);
  });

  it('rejects a missing year or detail-project code', () => {
    expect(rowErrors({ ...row, accnut_year: '', detail_bsns_code: '' })).toEqual([
      'accnut_year: not a year: ""',
      'detail_bsns_code: required code is missing',
    ]);
  });

  it('rejects unknown realm and sector codes, and a sector not under its realm', () => {
    expect(rowErrors({ ...row, realm_code: '030' })).toEqual([
      'realm_code: unknown 분야 (field) code "030"',
    ]);
    expect(rowErrors({ ...row, sect_code: '079' })).toEqual([
      'sect_code: unknown 부문 (sector) code "079"',
    ]);
    expect(rowErrors({ ...row, sect_code: '084' })).toEqual([
      "sect_code: 부문 (sector) 084 belongs to 분야 080, not to the row's 분야 070",
    ]);
  });

  it('rejects an unknown account name and a code with other characters', () => {
    expect(rowErrors({ ...row, accnut_se_nm: '임시회계', dept_code: '61 10' })).toEqual([
      'accnut_se_nm: unknown account "임시회계" (expected 일반회계, …특별회계 or …기금)',
      'dept_code: code "61 10" has characters other than A-Z, 0-9, _ and -',
    ]);
  });

  it('rejects a row without a phase (a file that stated none)', () => {
    expect(rowErrors({ ...row, budget_phase: '' })).toEqual([
      'budget_phase: budget phase is not stated',
    ]);
  });
});

describe('what a budget line reports without rejecting it', () => {
  const map = (fields: Record<string, string>) => {
    const parsed = budgetMapping.parse(fields);
    const meta = { key: parsed.key, file: 'b.csv', line: 4, format: 'csv' as const };
    return budgetMapping.map(
      parsed.record,
      { ...meta, ingestedAt: INGESTED_AT },
      { iri, orgs: ORGS, initiatives: INITIATIVES },
    );
  };

  it('classifies a line of an unnamed sector by its field, and says so', () => {
    const out = map({ ...budgetCase.fields, realm_code: '110', sect_code: '113' });
    const fn = out.quads.find((q) => q.predicate.value === `${PLAZA_NS}functionalClassification`);
    expect(fn?.object.value).toBe(`${BASE}id/concept/budget-function/110`);
    expect(withoutLinkNotices(out.notices)).toEqual([
      {
        file: 'b.csv',
        line: 4,
        field: 'sect_code',
        message: '부문 113 has no concept in the budget-function scheme; classified by 분야 110',
      },
    ]);
  });

  it('keeps a department code the chart lacks, and says so', () => {
    const out = map({ ...budgetCase.fields, dept_code: '6119999' });
    expect(withoutLinkNotices(out.notices).map((n) => n.message)).toEqual([
      'department code 6119999 is not in the organisation chart',
    ]);
  });

  it('puts a special account under the special-account type', () => {
    const out = map({
      ...budgetCase.fields,
      accnut_se_code: '310',
      accnut_se_nm: '교통사업특별회계',
    });
    const account = out.shared.find((r) => r.subject.value.endsWith('/budget-account/310'));
    const broader = account?.quads.find((q) => q.predicate.value.endsWith('#broader'));
    expect(broader?.object.value).toBe(`${BASE}id/concept/budget-account/special`);
  });
});

describe('budget phase as files state it', () => {
  const phase = (text: string) => {
    try {
      return parseBudgetPhase('budget_phase', text);
    } catch (error) {
      return error instanceof Error ? `! ${error.message}` : 'thrown';
    }
  };

  it('reads notations and the Korean names', () => {
    expect(
      [
        'original',
        'Settlement',
        '본예산',
        '결산',
        '제1회 추경',
        '제2회 추가경정예산',
        '3차 추경',
      ].map(phase),
    ).toEqual([
      'original',
      'settlement',
      'original',
      'settlement',
      'supplementary-1',
      'supplementary-2',
      'supplementary-3',
    ]);
  });

  it('refuses rounds beyond the scheme and other words', () => {
    expect(phase('supplementary-6')).toMatch(/^! unknown budget phase "supplementary-6"/);
    expect(phase('가예산')).toMatch(/^! unknown budget phase "가예산"/);
  });
});
