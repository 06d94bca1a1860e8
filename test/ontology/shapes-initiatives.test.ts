// SHACL shapes for policies, programmes and projects (shapes/policy-initiative.ttl).
import { describe, it } from 'vitest';
import { schema, xsd } from '../../src/vocab/namespaces.ts';
import {
  add,
  dct,
  drop,
  expectConforms,
  expectViolation,
  fixture,
  id,
  literal,
  plaza,
  rdf,
  replace,
  skos,
} from './helpers.ts';

const policy = id('policy/POL-03');
const programme = id('programme/PRG-03-2');
const project = id('project/PRJ-03-2-2');
const initiatives = () => fixture('policy-initiative.ttl');

describe('shapes/policy-initiative.ttl', () => {
  it('accepts a policy, a programme and a project', async () => {
    await expectConforms(initiatives());
  });

  it('requires one identifier and a Korean name', async () => {
    await expectViolation(drop(initiatives(), project, dct('identifier')), {
      focus: project.value,
      path: dct('identifier').value,
      component: 'MinCountConstraintComponent',
    });
    const english = replace(
      initiatives(),
      programme,
      skos('prefLabel'),
      literal('Clean cars', 'en'),
    );
    await expectViolation(english, {
      focus: programme.value,
      path: skos('prefLabel').value,
      component: 'QualifiedMinCountConstraintComponent',
    });
  });

  it('is exactly one of policy, programme and project', async () => {
    await expectViolation(add(initiatives(), project, rdf('type'), plaza('Programme')), {
      focus: project.value,
      path: rdf('type').value,
      component: 'QualifiedMaxCountConstraintComponent',
    });
  });

  it('hangs programmes under policies and projects under programmes', async () => {
    await expectViolation(drop(initiatives(), project, dct('isPartOf')), {
      focus: project.value,
      path: dct('isPartOf').value,
      component: 'MinCountConstraintComponent',
    });
    await expectViolation(replace(initiatives(), project, dct('isPartOf'), policy), {
      focus: project.value,
      path: dct('isPartOf').value,
      component: 'PatternConstraintComponent',
    });
    await expectViolation(add(initiatives(), policy, dct('isPartOf'), programme), {
      focus: policy.value,
      path: dct('isPartOf').value,
      component: 'MaxCountConstraintComponent',
    });
  });

  it('keeps the period in order and the owner an organisation', async () => {
    const late = literal('2027-01-01', xsd('date'));
    await expectViolation(replace(initiatives(), policy, schema('startDate'), late), {
      focus: policy.value,
      path: schema('startDate').value,
      component: 'LessThanOrEqualsConstraintComponent',
    });
    await expectViolation(replace(initiatives(), policy, plaza('responsibleUnit'), policy), {
      path: plaza('responsibleUnit').value,
      component: 'PatternConstraintComponent',
    });
  });

  it('gives budget codes as digit strings, one at most for a programme and none for a policy', async () => {
    await expectViolation(
      add(initiatives(), project, plaza('budgetProjectCode'), literal('10-3')),
      {
        path: plaza('budgetProjectCode').value,
        component: 'PatternConstraintComponent',
      },
    );
    await expectViolation(
      add(initiatives(), programme, plaza('budgetProjectCode'), literal('1033')),
      {
        focus: programme.value,
        component: 'MaxCountConstraintComponent',
      },
    );
    await expectViolation(add(initiatives(), policy, plaza('budgetProjectCode'), literal('1030')), {
      focus: policy.value,
      component: 'MaxCountConstraintComponent',
    });
  });
});
