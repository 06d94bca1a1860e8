// SHACL shapes for organisations, ingest provenance and disclosure decisions: fixtures and mutations.
import { describe, expect, it } from 'vitest';
import { org, prov, xsd } from '../../src/vocab/namespaces.ts';
import {
  SHAPES_NS,
  add,
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
  dct,
} from './helpers.ts';

const doc = id('document/202412345678901');
const decision = namedNode(`${doc.value}#decision`);
const ingest = namedNode(`${doc.value}#ingest`);
const source = namedNode(`${doc.value}#source`);
const disclosure = id('disclosure/7654321');
const report = id('report/556677');
const division = id('org/3010123');

describe('shapes/organisation.ttl', () => {
  it('accepts organisational units', async () => {
    await expectConforms(fixture('organisation.ttl'));
  });

  it('requires a Korean name, one per language', async () => {
    const store = drop(
      fixture('organisation.ttl'),
      division,
      namedNode('http://www.w3.org/2004/02/skos/core#prefLabel'),
    );
    add(
      store,
      division,
      namedNode('http://www.w3.org/2004/02/skos/core#prefLabel'),
      literal('Job Policy Division', 'en'),
    );
    await expectViolation(store, {
      path: 'http://www.w3.org/2004/02/skos/core#prefLabel',
      component: 'QualifiedMinCountConstraintComponent',
    });
    add(
      store,
      division,
      namedNode('http://www.w3.org/2004/02/skos/core#prefLabel'),
      literal('Jobs Division', 'en'),
    );
    add(
      store,
      division,
      namedNode('http://www.w3.org/2004/02/skos/core#prefLabel'),
      literal('일자리정책과', 'ko'),
    );
    await expectViolation(store, {
      path: 'http://www.w3.org/2004/02/skos/core#prefLabel',
      component: 'UniqueLangConstraintComponent',
    });
  });

  it('requires validFrom not after validUntil', async () => {
    const store = replace(
      fixture('organisation.ttl'),
      division,
      plaza('validFrom'),
      literal('2024-01-01', xsd('date')),
    );
    await expectViolation(store, {
      focus: division.value,
      path: plaza('validFrom').value,
      component: 'LessThanOrEqualsConstraintComponent',
    });
  });

  it('requires a known organisation type and an organisation parent', async () => {
    await expectViolation(
      replace(fixture('organisation.ttl'), division, plaza('orgType'), id('concept/org-type/unit')),
      {
        path: plaza('orgType').value,
        component: 'InConstraintComponent',
      },
    );
    await expectViolation(
      replace(fixture('organisation.ttl'), division, org('unitOf'), literal('경제정책실', 'ko')),
      {
        path: org('unitOf').value,
        component: 'NodeKindConstraintComponent',
      },
    );
  });
});

describe('shapes/organisation.ttl: reorganisations (org:ChangeEvent)', () => {
  const rename = id('org-change/3010620-2024-01-01');
  const merge = id('org-change/3010440-2024-01-01');
  const founding = id('org-change/3010470-2024-01-01');
  const changes = () => fixture('organisation-changes.ttl');

  it('accepts a rename, a merge of two units and an establishment', async () => {
    await expectConforms(changes());
  });

  it('requires one change type from the scheme and one date', async () => {
    await expectViolation(drop(changes(), merge, plaza('changeType')), {
      focus: merge.value,
      path: plaza('changeType').value,
      component: 'MinCountConstraintComponent',
    });
    await expectViolation(
      replace(changes(), merge, plaza('changeType'), id('concept/org-type/division')),
      { focus: merge.value, path: plaza('changeType').value, component: 'InConstraintComponent' },
    );
    await expectViolation(drop(changes(), rename, dct('date')), {
      focus: rename.value,
      path: dct('date').value,
      component: 'MinCountConstraintComponent',
    });
  });

  it('requires the originals and results the change type implies', async () => {
    // A rename with two results is a split.
    await expectViolation(add(changes(), rename, org('resultingOrganization'), id('org/3010440')), {
      focus: rename.value,
      component: 'OrConstraintComponent',
    });
    // An establishment takes over from no unit.
    await expectViolation(
      add(changes(), founding, org('originalOrganization'), id('org/3010430')),
      { focus: founding.value, component: 'OrConstraintComponent' },
    );
    // A merge has one result.
    await expectViolation(drop(changes(), merge, org('resultingOrganization')), {
      focus: merge.value,
      component: 'OrConstraintComponent',
    });
  });

  it('requires a unit ended by a change to state its last day, and to point at an event', async () => {
    await expectViolation(drop(changes(), id('org/3010430'), plaza('validUntil')), {
      focus: id('org/3010430').value,
      path: plaza('validUntil').value,
      component: 'MinCountConstraintComponent',
    });
    await expectViolation(
      replace(changes(), id('org/3010620'), org('changedBy'), id('org/3010630')),
      { focus: id('org/3010620').value, component: 'ClassConstraintComponent' },
    );
  });
});

describe('shapes/provenance.ttl', () => {
  it('accepts the ingest activity and source row of a record', async () => {
    await expectConforms(fixture('approval-document.ttl'));
  });

  it('requires the ingest time and mapping version', async () => {
    await expectViolation(drop(fixture('approval-document.ttl'), ingest, prov('endedAtTime')), {
      focus: ingest.value,
      path: prov('endedAtTime').value,
      component: 'MinCountConstraintComponent',
    });
    await expectViolation(
      replace(
        fixture('approval-document.ttl'),
        ingest,
        plaza('mappingVersion'),
        literal('info_list'),
      ),
      {
        path: plaza('mappingVersion').value,
        component: 'PatternConstraintComponent',
      },
    );
  });

  it('requires a 1-based line, a bare file name and a known format', async () => {
    await expectViolation(
      replace(
        fixture('approval-document.ttl'),
        source,
        plaza('sourceLine'),
        literal('0', xsd('integer')),
      ),
      {
        focus: source.value,
        path: plaza('sourceLine').value,
        component: 'MinInclusiveConstraintComponent',
      },
    );
    await expectViolation(
      replace(
        fixture('approval-document.ttl'),
        source,
        plaza('sourceFile'),
        literal('data/info_list/x.csv'),
      ),
      { path: plaza('sourceFile').value, component: 'PatternConstraintComponent' },
    );
    await expectViolation(
      replace(fixture('approval-document.ttl'), source, plaza('sourceFormat'), literal('pdf')),
      {
        path: plaza('sourceFormat').value,
        component: 'InConstraintComponent',
      },
    );
  });

  it('requires the source row to be typed', async () => {
    const store = drop(
      fixture('approval-document.ttl'),
      source,
      namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'),
    );
    await expectViolation(store, {
      focus: ingest.value,
      path: prov('used').value,
      component: 'ClassConstraintComponent',
    });
  });
});

describe('shapes/disclosure-decision.ttl', () => {
  const withheldShape = (name: string) => `${SHAPES_NS}${name}`;

  it('accepts restricted, public and not-stated decisions', async () => {
    await expectConforms(fixture('approval-document.ttl'));
    await expectConforms(fixture('proactive-disclosure.ttl'));
    await expectConforms(fixture('research-report.ttl'));
  });

  it('fails a restricted decision without a legal ground on plaza:legalGround', async () => {
    const [violation] = await expectViolation(
      drop(fixture('approval-document.ttl'), decision, plaza('legalGround')),
      {
        focus: decision.value,
        component: 'OrConstraintComponent',
        shape: withheldShape('WithheldDecisionLegalGroundShape'),
      },
    );
    expect(violation?.messages.find((m) => m.language === 'en')?.text).toContain(
      'plaza:legalGround',
    );
  });

  it('fails a non-public decision without a scheduled release or release rule', async () => {
    const store = replace(
      fixture('approval-document.ttl'),
      decision,
      plaza('disclosureStatus'),
      id('concept/disclosure-grade/non-public'),
    );
    replace(store, doc, dct('accessRights'), id('concept/disclosure-grade/non-public'));
    await expectConforms(store);
    drop(store, decision, plaza('scheduledRelease'));
    drop(store, decision, plaza('releaseRule'));
    const { violations } = await validate(store);
    expect(violations.map((v) => v.shape).sort()).toEqual([
      withheldShape('WithheldDecisionReleaseRuleShape'),
      withheldShape('WithheldDecisionScheduledReleaseShape'),
    ]);
  });

  it('requires the scheduled release to be one xsd:date', async () => {
    await expectViolation(
      replace(
        fixture('approval-document.ttl'),
        decision,
        plaza('scheduledRelease'),
        literal('2029-12-31T00:00:00', xsd('dateTime')),
      ),
      { path: plaza('scheduledRelease').value, component: 'DatatypeConstraintComponent' },
    );
    await expectViolation(
      add(
        fixture('approval-document.ttl'),
        decision,
        plaza('scheduledRelease'),
        literal('2030-01-01', xsd('date')),
      ),
      { path: plaza('scheduledRelease').value, component: 'MaxCountConstraintComponent' },
    );
  });

  it('fails a public decision that states a legal ground', async () => {
    const store = add(
      fixture('proactive-disclosure.ttl'),
      namedNode(`${disclosure.value}#decision`),
      plaza('legalGround'),
      id('legal/opengov-act/art/9/para/1/item/5'),
    );
    await expectViolation(store, {
      component: 'OrConstraintComponent',
      shape: withheldShape('PublicDecisionShape'),
    });
  });

  it('accepts only Art. 9(1) items or not-stated as grounds, and not-stated alone', async () => {
    await expectViolation(
      add(
        fixture('approval-document.ttl'),
        decision,
        plaza('legalGround'),
        id('legal/opengov-act/art/9/para/1/item/9'),
      ),
      { path: plaza('legalGround').value, component: 'InConstraintComponent' },
    );
    const store = add(
      fixture('approval-document.ttl'),
      decision,
      plaza('legalGround'),
      id('legal/not-stated'),
    );
    await expectViolation(store, {
      component: 'OrConstraintComponent',
      shape: withheldShape('NotStatedGroundShape'),
    });
    drop(store, decision, plaza('legalGround'));
    await expectConforms(add(store, decision, plaza('legalGround'), id('legal/not-stated')));
  });

  it('requires a status from the disclosure-grade scheme', async () => {
    await expectViolation(
      replace(
        fixture('research-report.ttl'),
        namedNode(`${report.value}#decision`),
        plaza('disclosureStatus'),
        id('concept/disclosure-grade/unknown'),
      ),
      { path: plaza('disclosureStatus').value, component: 'InConstraintComponent' },
    );
  });

  it('keeps a Redacted placeholder constant-shaped and grounded', async () => {
    const placeholder = namedNode(`${disclosure.value}#redacted-1`);
    await expectViolation(
      drop(fixture('proactive-disclosure.ttl'), placeholder, plaza('legalGround')),
      {
        focus: placeholder.value,
        path: plaza('legalGround').value,
        component: 'MinCountConstraintComponent',
      },
    );
    await expectViolation(
      add(
        fixture('proactive-disclosure.ttl'),
        placeholder,
        namedNode('http://www.w3.org/2000/01/rdf-schema#label'),
        literal('010-****-5678'),
      ),
      {
        path: 'http://www.w3.org/2000/01/rdf-schema#label',
        component: 'ClosedConstraintComponent',
      },
    );
  });
});
