// The JSON Schema of the budget_list envelope (mappings/schemas): the fixtures validate, and a
// broken envelope or line does not.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { budgetFixture } from './harness.ts';

const schema: unknown = JSON.parse(
  readFileSync(new URL('../../mappings/schemas/budget_list.schema.json', import.meta.url), 'utf8'),
);
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema as object);
const envelope = () =>
  JSON.parse(readFileSync(budgetFixture('2024_supplementary-1_budget_list.json'), 'utf8')) as {
    BudgetExpenditureList: [{ head: object[] }, { row: Record<string, unknown>[] }];
  };

describe('budget_list.schema.json', () => {
  it('accepts the envelope fixture', () => {
    expect(validate(envelope()), JSON.stringify(validate.errors)).toBe(true);
  });

  it('requires a list_total_count in the head', () => {
    const doc = envelope();
    doc.BudgetExpenditureList[0].head = [{ budget_phase: 'original' }];
    expect(validate(doc)).toBe(false);
  });

  it('refuses a negative expenditure but not a negative other share', () => {
    const doc = envelope();
    const line = doc.BudgetExpenditureList[1].row[0] ?? {};
    line['etc_crntam'] = -10;
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    line['expndtram'] = -10;
    expect(validate(doc)).toBe(false);
  });

  it('requires the detail-project code', () => {
    const doc = envelope();
    delete doc.BudgetExpenditureList[1].row[1]?.['detail_bsns_code'];
    expect(validate(doc)).toBe(false);
  });
});
