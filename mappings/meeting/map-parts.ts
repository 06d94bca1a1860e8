// The parts of a meeting graph: the committee (shared), attendees, agenda items with their
// decisions and policy context, and the minutes with their speaker turns. Names never reach an
// IRI; a citizen's name goes on plaza:citizenName (masked), an official's on plaza:officialName.
import { DataFactory, type NamedNode } from 'n3';
import { dct, org, plaza, rdf, rico, schema, skos } from '../../src/vocab/namespaces.ts';
import type { InitiativeLevel } from '../../src/vocab/iri.ts';
import type { GraphBuilder } from '../rdf/graph-builder.ts';
import {
  COMMITTEE_TYPES,
  DECISION_OUTCOMES,
  MEETING_ROLES,
  type MeetingRoleLabel,
} from './codes.ts';
import type {
  AgendaItemJson,
  CommitteeJson,
  DecisionJson,
  MeetingJson,
} from './meeting-document.ts';

const literal = DataFactory.literal.bind(DataFactory);
const RELATED: readonly [
  InitiativeLevel,
  'related_policies' | 'related_programmes' | 'related_projects',
][] = [
  ['policy', 'related_policies'],
  ['programme', 'related_programmes'],
  ['project', 'related_projects'],
];

/**
 * The initiative an id names. Once a policy list is known, an id it does not know is reported and
 * not linked (never guessed), and an id filed under the wrong level links at its real level, with
 * a notice; before any policy list is known, the ids are linked as the source states them.
 */
function initiativeNamed(
  g: GraphBuilder,
  level: InitiativeLevel,
  id: string,
  pointer: string,
): NamedNode | undefined {
  const directory = g.ctx.initiatives;
  if (directory.size === 0) return g.iri.initiative(level, id);
  const found = directory.byIdentifier(id);
  if (found.status !== 'resolved') {
    g.notice(pointer, `${found.reason} in the policy list: not linked`);
    return undefined;
  }
  const actual = found.initiative.level;
  if (actual !== level) g.notice(pointer, `${id} is a ${actual}, not a ${level}: linked as such`);
  return g.iri.initiative(actual, id);
}

/** The department running the committee, when the organisation chart knows its code. */
function owningUnit(g: GraphBuilder, code: string): NamedNode | undefined {
  if (g.ctx.orgs.unit(code)) return g.iri.org(code);
  g.notice(
    '/committee/department_code',
    `department code ${code} is not in the organisation chart`,
  );
  return undefined;
}

/** The committee as an organisation, described once in its own graph (the last meeting read wins). */
export function describeCommittee(g: GraphBuilder, c: CommitteeJson): NamedNode {
  const s = g.iri.org(c.code);
  const cg = g.shared(s);
  cg.add(s, rdf('type'), org('Organization'));
  cg.add(s, dct('identifier'), literal(c.code));
  cg.text(s, skos('prefLabel'), c.name, 'ko');
  cg.text(s, skos('prefLabel'), c.name_en, 'en');
  cg.add(s, plaza('orgType'), g.iri.concept('org-type', 'committee'));
  cg.add(s, plaza('committeeType'), g.iri.concept('committee-type', COMMITTEE_TYPES[c.type]));
  const unit = owningUnit(g, c.department_code);
  if (unit) cg.add(s, org('unitOf'), unit);
  (c.policies ?? []).forEach((id, i) => {
    const pointer = `/committee/policies/${i}`;
    const policy = initiativeNamed(g, 'policy', id, pointer);
    if (policy) cg.policyContext(policy, 'explicit-id', pointer);
  });
  return s;
}

/** A person's name: public for an official in the course of duty, personal data for a citizen. */
function person(
  g: GraphBuilder,
  s: NamedNode,
  role: MeetingRoleLabel,
  name: string,
  official: boolean,
  position?: string,
): void {
  g.add(s, plaza('meetingRole'), g.iri.concept('meeting-role', MEETING_ROLES[role]));
  g.typed(s, plaza('publicOfficial'), String(official), 'boolean');
  g.text(s, official ? plaza('officialName') : plaza('citizenName'), name, 'ko');
  if (official) g.text(s, plaza('officialPosition'), position, 'ko');
}

export function describeAttendees(g: GraphBuilder, meeting: NamedNode, m: MeetingJson): void {
  m.attendees.forEach((a, i) => {
    const s = g.iri.attendee(meeting, i + 1);
    g.add(meeting, plaza('attendee'), s);
    g.add(s, rdf('type'), plaza('Attendee'));
    person(g, s, a.role, a.name, a.public_official, a.position);
  });
}

function describeDecision(g: GraphBuilder, item: NamedNode, d: DecisionJson): void {
  const s = g.iri.decision(item);
  g.add(item, plaza('decision'), s);
  g.add(s, rdf('type'), plaza('Decision'));
  g.add(
    s,
    plaza('decisionOutcome'),
    g.iri.concept('decision-outcome', DECISION_OUTCOMES[d.outcome]),
  );
  g.text(s, plaza('conditions'), d.conditions, 'ko');
  if (!d.votes) return;
  g.typed(s, plaza('votesInFavour'), String(d.votes.yes), 'integer');
  g.typed(s, plaza('votesAgainst'), String(d.votes.no), 'integer');
  g.typed(s, plaza('abstentions'), String(d.votes.abstain), 'integer');
}

/**
 * The agenda items in order, each linked to the initiatives and documents it names; returns the
 * initiatives with the pointer that first named each, for the meeting's own policy context.
 */
export function describeAgenda(
  g: GraphBuilder,
  meeting: NamedNode,
  m: MeetingJson,
): Map<string, { initiative: NamedNode; pointer: string }> {
  const named = new Map<string, { initiative: NamedNode; pointer: string }>();
  m.agenda.forEach((a: AgendaItemJson, i) => {
    const s = g.iri.agendaItem(meeting, a.order);
    g.add(meeting, plaza('agendaItem'), s);
    g.add(s, rdf('type'), plaza('AgendaItem'));
    g.typed(s, schema('position'), String(a.order), 'integer');
    g.text(s, dct('title'), a.title, 'ko');
    for (const [level, field] of RELATED) {
      (a[field] ?? []).forEach((id, j) => {
        const pointer = `/agenda/${i}/${field}/${j}`;
        const initiative = initiativeNamed(g, level, id, pointer);
        if (!initiative) return;
        g.policyContext(initiative, 'agenda-reference', pointer, s);
        if (!named.has(initiative.value)) named.set(initiative.value, { initiative, pointer });
      });
    }
    for (const id of a.related_documents ?? []) g.add(s, dct('relation'), g.iri.document(id));
    const decision = (m.decisions ?? []).find((d) => d.agenda_order === a.order);
    if (decision) describeDecision(g, s, decision);
  });
  return named;
}

/** Whether a speaker is an official: as stated, else as the matching attendee, else a citizen. */
function speakerIsOfficial(m: MeetingJson, role: MeetingRoleLabel, name: string): boolean {
  const attendee = m.attendees.find((a) => a.role === role && a.name === name);
  return attendee?.public_official ?? false;
}

/** The minutes' speaker turns, in order; the text is free text the PII detector scans. */
export function describeTurns(mg: GraphBuilder, m: MeetingJson): void {
  const minutes = mg.subject;
  (m.minutes?.turns ?? []).forEach((t, i) => {
    const s = mg.iri.speakerTurn(minutes, i + 1);
    mg.add(minutes, plaza('speakerTurn'), s);
    mg.add(s, rdf('type'), plaza('SpeakerTurn'));
    mg.typed(s, schema('position'), String(i + 1), 'integer');
    const official = t.public_official ?? speakerIsOfficial(m, t.speaker_role, t.speaker_name);
    person(mg, s, t.speaker_role, t.speaker_name, official);
    mg.text(s, plaza('utterance'), t.text, 'ko');
  });
}

export const MINUTES_TYPES = [plaza('Minutes'), rico('Record')];
