// SHACL shapes for records (shapes/record.ttl and the per-kind files): conforming fixtures and mutations.
import { describe, expect, it } from 'vitest';
import { turtleFilesIn } from '../../src/vocab/ontology-files.ts';
import { bibo, foaf, prov, xsd } from '../../src/vocab/namespaces.ts';
import {
  add,
  blankNode,
  dct,
  drop,
  expectConforms,
  expectViolation,
  fixture,
  id,
  literal,
  namedNode,
  plaza,
  replace,
  validate,
} from './helpers.ts';

const doc = id('document/202412345678901');
const decision = namedNode(`${doc.value}#decision`);
const disclosure = id('disclosure/7654321');
const report = id('report/556677');
const expenseReport = id('expense-report/88001');
const line = id('expense-report/88001/line/1');

it('has a test block for every shape file', () => {
  expect(turtleFilesIn('shapes')).toEqual([
    'shapes/approval-document.ttl',
    'shapes/budget.ttl', // test block in shapes-budget.test.ts
    'shapes/disclosure-decision.ttl',
    'shapes/expense.ttl',
    'shapes/meeting.ttl',
    'shapes/organisation.ttl',
    'shapes/policy-context.ttl',
    'shapes/policy-initiative.ttl',
    'shapes/proactive-disclosure.ttl',
    'shapes/provenance.ttl',
    'shapes/record.ttl',
    'shapes/research-report.ttl',
    'shapes/work-process.ttl',
  ]);
});

describe('shapes/record.ttl', () => {
  it('accepts complete records of every kind', async () => {
    for (const name of [
      'approval-document',
      'proactive-disclosure',
      'research-report',
      'expense',
      'budget-line',
    ]) {
      await expectConforms(fixture(`${name}.ttl`));
    }
  });

  it('requires exactly one dct:identifier', async () => {
    await expectViolation(drop(fixture('approval-document.ttl'), doc, dct('identifier')), {
      focus: doc.value,
      path: dct('identifier').value,
      component: 'MinCountConstraintComponent',
    });
    await expectViolation(
      add(fixture('approval-document.ttl'), doc, dct('identifier'), literal('x2')),
      {
        path: dct('identifier').value,
        component: 'MaxCountConstraintComponent',
      },
    );
  });

  it('requires the identifier to be a trimmed plain string', async () => {
    const store = replace(fixture('approval-document.ttl'), doc, dct('identifier'), literal(' 1 '));
    await expectViolation(store, {
      path: dct('identifier').value,
      component: 'PatternConstraintComponent',
    });
    const typed = literal('202412345678901', xsd('integer'));
    await expectViolation(
      replace(fixture('approval-document.ttl'), doc, dct('identifier'), typed),
      {
        path: dct('identifier').value,
        component: 'DatatypeConstraintComponent',
      },
    );
  });

  it('requires a title that is a @ko/@en literal or a Redacted placeholder', async () => {
    await expectViolation(drop(fixture('approval-document.ttl'), doc, dct('title')), {
      path: dct('title').value,
      component: 'MinCountConstraintComponent',
    });
    const plain = literal('제목');
    await expectViolation(replace(fixture('approval-document.ttl'), doc, dct('title'), plain), {
      path: dct('title').value,
      component: 'NodeConstraintComponent',
    });
    const placeholder = namedNode(`${doc.value}#redacted-title`);
    const store = replace(fixture('approval-document.ttl'), doc, dct('title'), placeholder);
    add(
      store,
      placeholder,
      namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'),
      plaza('Redacted'),
    );
    add(store, placeholder, plaza('legalGround'), id('legal/opengov-act/art/9/para/1/item/6'));
    await expectConforms(store);
  });

  it('requires exactly one access right and disclosure decision, and that they agree', async () => {
    await expectViolation(drop(fixture('approval-document.ttl'), doc, dct('accessRights')), {
      path: dct('accessRights').value,
      component: 'MinCountConstraintComponent',
    });
    const unknown = id('concept/disclosure-grade/secret');
    await expectViolation(
      replace(fixture('approval-document.ttl'), doc, dct('accessRights'), unknown),
      {
        path: dct('accessRights').value,
        component: 'InConstraintComponent',
      },
    );
    const disagreeing = id('concept/disclosure-grade/public');
    const { violations } = await validate(
      replace(fixture('approval-document.ttl'), doc, dct('accessRights'), disagreeing),
    );
    // one result per differing value: the record's grade and the decision's status
    expect(new Set(violations.map((v) => `${v.focus} ${v.component}`))).toEqual(
      new Set([`${doc.value} EqualsConstraintComponent`]),
    );
    await expectViolation(drop(fixture('approval-document.ttl'), doc, plaza('disclosure')), {
      path: plaza('disclosure').value,
      component: 'MinCountConstraintComponent',
    });
  });

  it('requires the disclosure decision to be typed as one', async () => {
    const store = fixture('approval-document.ttl');
    store.removeQuads(store.getQuads(decision, null, null, null));
    await expectViolation(store, {
      focus: doc.value,
      path: plaza('disclosure').value,
      component: 'ClassConstraintComponent',
    });
  });

  it('checks the datatype of dates and the form of references', async () => {
    await expectViolation(
      replace(
        fixture('approval-document.ttl'),
        doc,
        dct('created'),
        literal('2024-11-05T00:00:00', xsd('dateTime')),
      ),
      { path: dct('created').value, component: 'DatatypeConstraintComponent' },
    );
    await expectViolation(
      replace(fixture('research-report.ttl'), report, dct('issued'), literal('20240201100000')),
      { path: dct('issued').value, component: 'OrConstraintComponent' },
    );
    await expectViolation(
      replace(fixture('approval-document.ttl'), doc, plaza('responsibleUnit'), id('document/1')),
      { path: plaza('responsibleUnit').value, component: 'PatternConstraintComponent' },
    );
    await expectViolation(
      replace(
        fixture('approval-document.ttl'),
        doc,
        plaza('retentionPeriod'),
        id('concept/retention/2y'),
      ),
      { path: plaza('retentionPeriod').value, component: 'InConstraintComponent' },
    );
    await expectViolation(
      replace(
        fixture('approval-document.ttl'),
        doc,
        dct('license'),
        namedNode('https://creativecommons.org/licenses/by/4.0/'),
      ),
      { path: dct('license').value, component: 'InConstraintComponent' },
    );
    await expectViolation(
      replace(
        fixture('approval-document.ttl'),
        doc,
        foaf('page'),
        literal('https://opengov.seoul.go.kr/sanction/'),
      ),
      { path: foaf('page').value, component: 'NodeKindConstraintComponent' },
    );
  });

  it('requires the ingest provenance link', async () => {
    await expectViolation(drop(fixture('approval-document.ttl'), doc, prov('wasGeneratedBy')), {
      focus: doc.value,
      path: prov('wasGeneratedBy').value,
      component: 'MinCountConstraintComponent',
    });
  });

  it('gives every violation an English and a Korean message', async () => {
    const { violations } = await validate(
      drop(fixture('approval-document.ttl'), doc, dct('identifier')),
    );
    expect(violations[0]?.messages.map((m) => m.language).sort()).toEqual(['en', 'ko']);
  });
});

describe('shapes/approval-document.ttl', () => {
  it('accepts an approval document', async () => {
    await expectConforms(fixture('approval-document.ttl'));
  });

  it('requires the production date and department name', async () => {
    await expectViolation(drop(fixture('approval-document.ttl'), doc, dct('created')), {
      path: dct('created').value,
      component: 'MinCountConstraintComponent',
    });
    await expectViolation(drop(fixture('approval-document.ttl'), doc, plaza('departmentName')), {
      path: plaza('departmentName').value,
      component: 'MinCountConstraintComponent',
    });
  });

  it('requires the approval-document record type', async () => {
    const wrong = id('concept/record-type/research-report');
    await expectViolation(replace(fixture('approval-document.ttl'), doc, dct('type'), wrong), {
      path: dct('type').value,
      component: 'HasValueConstraintComponent',
    });
  });

  it('keeps the responsible official a literal (public by law, never a placeholder)', async () => {
    await expectViolation(
      replace(fixture('approval-document.ttl'), doc, plaza('responsibleOfficial'), blankNode('r')),
      { path: plaza('responsibleOfficial').value, component: 'DatatypeConstraintComponent' },
    );
  });
});

describe('shapes/proactive-disclosure.ttl', () => {
  it('accepts a proactive disclosure whose phone number was redacted', async () => {
    await expectConforms(fixture('proactive-disclosure.ttl'));
  });

  it('requires the registration time as xsd:dateTime', async () => {
    await expectViolation(drop(fixture('proactive-disclosure.ttl'), disclosure, dct('issued')), {
      path: dct('issued').value,
      component: 'MinCountConstraintComponent',
    });
    await expectViolation(
      replace(
        fixture('proactive-disclosure.ttl'),
        disclosure,
        dct('issued'),
        literal('2024-10-02', xsd('date')),
      ),
      { path: dct('issued').value, component: 'DatatypeConstraintComponent' },
    );
  });

  it('accepts a phone number as a plain string but not as a bare node', async () => {
    await expectConforms(
      replace(
        fixture('proactive-disclosure.ttl'),
        disclosure,
        plaza('contactPhone'),
        literal('02-2133-5235'),
      ),
    );
    await expectViolation(
      replace(
        fixture('proactive-disclosure.ttl'),
        disclosure,
        plaza('contactPhone'),
        blankNode('p'),
      ),
      { path: plaza('contactPhone').value, component: 'NodeConstraintComponent' },
    );
  });
});

describe('shapes/research-report.ttl', () => {
  it('accepts a research report with a not-stated grade', async () => {
    await expectConforms(fixture('research-report.ttl'));
  });

  it('requires a gYear creation year', async () => {
    await expectViolation(
      replace(
        fixture('research-report.ttl'),
        report,
        plaza('creationYear'),
        literal('2023', xsd('integer')),
      ),
      { path: plaza('creationYear').value, component: 'DatatypeConstraintComponent' },
    );
  });

  it('allows one ISBN and one author statement', async () => {
    await expectViolation(
      add(fixture('research-report.ttl'), report, bibo('isbn'), literal('979-11-1111-111-1')),
      {
        path: bibo('isbn').value,
        component: 'MaxCountConstraintComponent',
      },
    );
    await expectViolation(
      add(
        fixture('research-report.ttl'),
        report,
        plaza('authorStatement'),
        literal('김영은 등', 'ko'),
      ),
      {
        path: plaza('authorStatement').value,
        component: 'MaxCountConstraintComponent',
      },
    );
  });
});

describe('shapes/expense.ttl', () => {
  it('accepts an expense report with a line', async () => {
    await expectConforms(fixture('expense.ttl'));
  });

  it('requires the report month as xsd:gYearMonth', async () => {
    await expectViolation(
      replace(
        fixture('expense.ttl'),
        expenseReport,
        plaza('period'),
        literal('2024-09', xsd('date')),
      ),
      {
        focus: expenseReport.value,
        path: plaza('period').value,
        component: 'DatatypeConstraintComponent',
      },
    );
  });

  it('requires a report to have at least one line', async () => {
    await expectViolation(drop(fixture('expense.ttl'), expenseReport, dct('hasPart')), {
      focus: expenseReport.value,
      path: dct('hasPart').value,
      component: 'MinCountConstraintComponent',
    });
  });

  it('requires a line to belong to an expense report', async () => {
    await expectViolation(drop(fixture('expense.ttl'), line, dct('isPartOf')), {
      focus: line.value,
      path: dct('isPartOf').value,
      component: 'MinCountConstraintComponent',
    });
    await expectViolation(
      replace(fixture('expense.ttl'), line, dct('isPartOf'), id('report/556677')),
      {
        path: dct('isPartOf').value,
        component: 'PatternConstraintComponent',
      },
    );
  });

  it('requires a decimal amount in KRW and a known payment method', async () => {
    await expectViolation(drop(fixture('expense.ttl'), line, plaza('amount')), {
      path: plaza('amount').value,
      component: 'MinCountConstraintComponent',
    });
    await expectViolation(
      replace(fixture('expense.ttl'), line, plaza('amount'), literal('234,500')),
      {
        path: plaza('amount').value,
        component: 'DatatypeConstraintComponent',
      },
    );
    await expectViolation(
      replace(fixture('expense.ttl'), line, plaza('currency'), literal('USD')),
      {
        path: plaza('currency').value,
        component: 'InConstraintComponent',
      },
    );
    await expectViolation(
      replace(
        fixture('expense.ttl'),
        line,
        plaza('paymentMethod'),
        id('concept/payment-method/cheque'),
      ),
      { path: plaza('paymentMethod').value, component: 'InConstraintComponent' },
    );
  });

  it('accepts redacted participants but not plain-string ones', async () => {
    await expectViolation(
      replace(fixture('expense.ttl'), line, plaza('participants'), literal('김철수')),
      {
        path: plaza('participants').value,
        component: 'NodeConstraintComponent',
      },
    );
  });
});

describe('shapes/policy-context.ttl', () => {
  const project = id('project/P01-01-01');
  const link = namedNode(`${doc.value}#context-project-P01-01-01`);
  /** The approval-document fixture linked to a project by its unit task. */
  function linked() {
    const store = fixture('approval-document.ttl');
    add(store, doc, plaza('policyContext'), project);
    add(store, doc, plaza('qualifiedPolicyContext'), link);
    add(
      store,
      link,
      namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'),
      plaza('PolicyContextLink'),
    );
    add(store, link, plaza('linkTarget'), project);
    add(store, link, plaza('linkBasis'), id('concept/link-basis/unit-task'));
    add(store, link, plaza('linkSourceField'), literal('tkcrd_nm'));
    return store;
  }

  it('accepts a record whose policy-context link says how it was derived', async () => {
    await expectConforms(linked());
  });

  it('requires a qualified link beside every plaza:policyContext', async () => {
    await expectViolation(drop(linked(), doc, plaza('qualifiedPolicyContext')), {
      focus: doc.value,
      path: plaza('qualifiedPolicyContext').value,
      component: 'MinCountConstraintComponent',
    });
  });

  it('requires a known basis, an initiative target and a source field', async () => {
    await expectViolation(
      replace(linked(), link, plaza('linkBasis'), id('concept/link-basis/guess')),
      {
        path: plaza('linkBasis').value,
        component: 'InConstraintComponent',
      },
    );
    await expectViolation(replace(linked(), link, plaza('linkTarget'), id('org/6110100')), {
      path: plaza('linkTarget').value,
      component: 'PatternConstraintComponent',
    });
    await expectViolation(drop(linked(), link, plaza('linkSourceField')), {
      path: plaza('linkSourceField').value,
      component: 'MinCountConstraintComponent',
    });
  });

  it('accepts one link issue on an unlinked record, and neither two nor one beside a link', async () => {
    const issue = 'unit-task: ambiguous — tkcrd_nm: 2 initiatives of different policies match';
    const unlinked = fixture('approval-document.ttl');
    add(unlinked, doc, plaza('linkIssue'), literal(issue));
    await expectConforms(unlinked);
    add(unlinked, doc, plaza('linkIssue'), literal('department: ambiguous'));
    await expectViolation(unlinked, {
      focus: doc.value,
      path: plaza('linkIssue').value,
      component: 'MaxCountConstraintComponent',
    });
    const both = linked();
    add(both, doc, plaza('linkIssue'), literal(issue));
    await expectViolation(both, {
      focus: doc.value,
      path: plaza('policyContext').value,
      component: 'MaxCountConstraintComponent',
    });
  });
});
