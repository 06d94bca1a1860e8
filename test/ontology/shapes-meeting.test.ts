// SHACL shapes for meetings (shapes/meeting.ttl): the mapped meetings conform, every coined term and
// concept they use is defined, and each rule fails on a mutation that breaks it.
import { describe, expect, it } from 'vitest';
import { Store } from 'n3';
import { MAPPINGS } from '../../mappings/index.ts';
import { IriMinter } from '../../src/vocab/iri.ts';
import { PLAZA_NS, schema, xsd } from '../../src/vocab/namespaces.ts';
import { loadOntologyQuads } from '../../src/vocab/ontology-files.ts';
import { INGESTED_AT, INITIATIVES, ORGS } from '../mappings/cases.ts';
import { CLOSED_WITHOUT_GROUND, OPEN_MEETING, meetingFields } from '../mappings/meeting-cases.ts';
import {
  BASE,
  add,
  dct,
  drop,
  expectConforms,
  expectViolation,
  id,
  literal,
  namedNode,
  plaza,
  replace,
} from './helpers.ts';

const iri = new IriMinter(BASE);

function mapped(meeting: object): Store {
  const m = MAPPINGS.meeting_minutes;
  const parsed = m.parse(meetingFields(meeting));
  const meta = {
    key: parsed.key,
    file: 'm.json',
    line: 1,
    format: 'json' as const,
    ingestedAt: INGESTED_AT,
  };
  const out = m.map(parsed.record, meta, { iri, orgs: ORGS, initiatives: INITIATIVES });
  return new Store([...out.quads, ...out.shared.flatMap((r) => r.quads)]);
}

const meeting = id('meeting/C021-2024-03');
const minutes = id('meeting/C021-2024-03/minutes');
const item = id('meeting/C021-2024-03/agenda/1');
const decision = id('meeting/C021-2024-03/agenda/1/decision');
const citizen = id('meeting/C021-2024-03/attendee/3');
const official = id('meeting/C021-2024-03/attendee/2');
const turn = id('meeting/C021-2024-03/minutes/turn/3');
const committee = id('org/C021');
const open = () => mapped(OPEN_MEETING);

describe('shapes/meeting.ttl', () => {
  it('accepts the mapped open and closed meetings', async () => {
    await expectConforms(open());
    await expectConforms(mapped(CLOSED_WITHOUT_GROUND));
  });

  it('uses only defined plaza: terms and scheme concepts', () => {
    const defined = new Set(loadOntologyQuads(BASE).map((q) => q.subject.value));
    for (const q of open().getQuads(null, null, null, null)) {
      for (const t of [q.predicate, q.object]) {
        const v = t.value;
        if (v.startsWith(PLAZA_NS) || v.startsWith(`${BASE}id/concept/`))
          expect(defined.has(v), v).toBe(true);
      }
    }
  });

  it('requires a meeting to have a committee, a start and at least one agenda item', async () => {
    await expectViolation(drop(open(), meeting, plaza('committee')), {
      focus: meeting.value,
      path: plaza('committee').value,
      component: 'MinCountConstraintComponent',
    });
    await expectViolation(drop(open(), meeting, schema('startDate')), {
      path: schema('startDate').value,
      component: 'MinCountConstraintComponent',
    });
    // Without agenda items a meeting must be a withheld stub (public graph); otherwise refused.
    await expectViolation(drop(open(), meeting, plaza('agendaItem')), {
      focus: meeting.value,
      component: 'OrConstraintComponent',
    });
  });

  it('refuses a closed meeting that is published as public', async () => {
    const store = replace(open(), meeting, plaza('openSession'), literal('false', xsd('boolean')));
    await expectViolation(store, {
      focus: meeting.value,
      component: 'OrConstraintComponent',
      shape: 'https://w3id.org/plaza/shapes#ClosedMeetingShape',
    });
  });

  it('checks agenda order, decision outcome and vote counts', async () => {
    await expectViolation(replace(open(), item, schema('position'), literal('0', xsd('integer'))), {
      focus: item.value,
      component: 'MinInclusiveConstraintComponent',
    });
    await expectViolation(
      replace(open(), decision, plaza('decisionOutcome'), id('concept/decision-outcome/approved')),
      { focus: decision.value, component: 'InConstraintComponent' },
    );
    await expectViolation(
      replace(open(), decision, plaza('votesAgainst'), literal('-1', xsd('integer'))),
      { path: plaza('votesAgainst').value, component: 'MinInclusiveConstraintComponent' },
    );
    await expectViolation(add(open(), item, dct('relation'), id('report/1')), {
      path: dct('relation').value,
      component: 'PatternConstraintComponent',
    });
  });

  it('keeps a citizen’s name off the public official-name property, and vice versa', async () => {
    const moved = drop(open(), citizen, plaza('citizenName'));
    add(moved, citizen, plaza('officialName'), literal('오세린', 'ko'));
    await expectViolation(moved, { focus: citizen.value, component: 'XoneConstraintComponent' });
    const unnamed = drop(open(), official, plaza('officialName'));
    await expectViolation(unnamed, { focus: official.value, component: 'XoneConstraintComponent' });
    const turnMoved = drop(open(), turn, plaza('citizenName'));
    add(turnMoved, turn, plaza('officialName'), literal('오세린', 'ko'));
    await expectViolation(turnMoved, { focus: turn.value, component: 'XoneConstraintComponent' });
  });

  it('accepts a plaza:Redacted placeholder for a citizen’s name and an utterance', async () => {
    const store = open();
    const redacted = namedNode(`${citizen.value}#redacted`);
    replace(store, citizen, plaza('citizenName'), redacted);
    replace(store, turn, plaza('utterance'), redacted);
    add(
      store,
      redacted,
      namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'),
      plaza('Redacted'),
    );
    add(store, redacted, plaza('legalGround'), id('legal/opengov-act/art/9/para/1/item/6'));
    await expectConforms(store);
  });

  it('treats the minutes as a record and requires their meeting', async () => {
    await expectViolation(drop(open(), minutes, dct('identifier')), {
      focus: minutes.value,
      path: dct('identifier').value,
      component: 'MinCountConstraintComponent',
    });
    await expectViolation(drop(open(), minutes, plaza('minutesOf')), {
      focus: minutes.value,
      path: plaza('minutesOf').value,
      component: 'MinCountConstraintComponent',
    });
  });

  it('requires a committee type from the committee-type scheme', async () => {
    await expectViolation(
      replace(open(), committee, plaza('committeeType'), id('concept/committee-type/other')),
      { focus: committee.value, component: 'InConstraintComponent' },
    );
    expect(open().countQuads(committee, plaza('committeeType'), null, null)).toBe(1);
  });
});
