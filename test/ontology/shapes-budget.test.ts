// SHACL shapes for budget lines and their data sets (shapes/budget.ttl): a conforming fixture and
// mutations that each break one rule.
import { describe, it } from 'vitest';
import { qb, xsd } from '../../src/vocab/namespaces.ts';
import {
  drop,
  expectConforms,
  expectViolation,
  fixture,
  id,
  literal,
  plaza,
  replace,
} from './helpers.ts';

const line = id('budget/2024/original/100.6110201.D2024-0731');
const dataset = id('budget/2024/original');
const budget = () => fixture('budget-line.ttl');
const decimal = (v: string) => literal(v, xsd('decimal'));

describe('shapes/budget.ttl', () => {
  it('accepts a budget line with its data set', async () => {
    await expectConforms(budget());
  });

  it('rejects a negative current budget, share, expenditure or organised amount', async () => {
    for (const p of ['currentBudgetAmount', 'nationalShare', 'executedAmount', 'budgetAmount']) {
      await expectViolation(replace(budget(), line, plaza(p), decimal('-1')), {
        focus: line.value,
        component: 'MinInclusiveConstraintComponent',
      });
    }
  });

  it('lets the other share be negative (transfers out)', async () => {
    await expectConforms(replace(budget(), line, plaza('otherShare'), decimal('-900')));
  });

  it('requires amounts to be xsd:decimal', async () => {
    await expectViolation(replace(budget(), line, plaza('currentBudgetAmount'), literal('4.2e9')), {
      focus: line.value,
      path: plaza('currentBudgetAmount').value,
      component: 'DatatypeConstraintComponent',
    });
  });

  it('requires every dimension', async () => {
    for (const p of [
      'fiscalYear',
      'budgetPhase',
      'budgetAccount',
      'budgetOrganization',
      'functionalClassification',
      'budgetProjectCode',
    ]) {
      await expectViolation(drop(budget(), line, plaza(p)), {
        focus: line.value,
        path: plaza(p).value,
        component: 'MinCountConstraintComponent',
      });
    }
  });

  it('requires the functional classification to be a budget-function concept', async () => {
    await expectViolation(
      replace(budget(), line, plaza('functionalClassification'), id('concept/function/abc')),
      { focus: line.value, component: 'PatternConstraintComponent' },
    );
  });

  it("requires a line's year and phase to be its data set's", async () => {
    await expectViolation(
      replace(budget(), line, plaza('fiscalYear'), literal('2023', xsd('gYear'))),
      { focus: line.value, component: 'EqualsConstraintComponent' },
    );
    await expectViolation(
      replace(budget(), line, plaza('budgetPhase'), id('concept/budget-phase/settlement')),
      { focus: line.value, component: 'EqualsConstraintComponent' },
    );
  });

  it('requires the data set to declare the budget structure, year and currency', async () => {
    await expectViolation(drop(budget(), dataset, qb('structure')), {
      focus: dataset.value,
      path: qb('structure').value,
      component: 'MinCountConstraintComponent',
    });
    await expectViolation(drop(budget(), dataset, plaza('fiscalYear')), {
      focus: dataset.value,
      path: plaza('fiscalYear').value,
      component: 'MinCountConstraintComponent',
    });
    await expectViolation(replace(budget(), dataset, plaza('currency'), literal('USD')), {
      focus: dataset.value,
      component: 'InConstraintComponent',
    });
  });
});
