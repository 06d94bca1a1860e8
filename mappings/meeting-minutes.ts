// meeting_minutes (위원회 회의록) → plaza:Meeting with its committee, attendees, ordered agenda
// items and decisions, and the plaza:Minutes record with its speaker turns. One record per meeting.
import { DataFactory } from 'n3';
import { dct, plaza, prov, rdf, schema } from '../src/vocab/namespaces.ts';
import { RowError, type SourceMapping } from './mapping.ts';
import { checkMeeting, type CheckedMeeting } from './meeting/check-meeting.ts';
import {
  describeAgenda,
  describeAttendees,
  describeCommittee,
  describeTurns,
  MINUTES_TYPES,
} from './meeting/map-parts.ts';
import type { GradeValue } from './parse/codes.ts';
import { FieldError } from './parse/fields.ts';
import { applyLink, linkPolicyContext } from './policy/link-context.ts';
import { GraphBuilder } from './rdf/graph-builder.ts';

const literal = DataFactory.literal.bind(DataFactory);
const VERSION = 'meeting_minutes@2';

export const meetingMinutesMapping: SourceMapping<CheckedMeeting> = {
  kind: 'meeting_minutes',
  version: VERSION,

  parse(fields) {
    const checked = checkMeeting(fields['document']);
    const id = fields['meeting_id'];
    // The record log keys the record by the field; it must name the meeting the document holds.
    if (id !== undefined && id !== checked.json.meeting_id)
      throw new RowError([
        new FieldError('meeting_id', `${JSON.stringify(id)} is not the document's meeting_id`),
      ]);
    return { key: checked.json.meeting_id, op: 'upsert', record: checked };
  },

  subject: (key, iri) => iri.meeting(key),

  map(rec, meta, ctx) {
    const m = rec.json;
    const s = ctx.iri.meeting(m.meeting_id);
    const g = new GraphBuilder(s, meta, ctx);
    const title = m.title ?? `${m.committee.name} 제${m.sequence}차 회의`;
    for (const t of [plaza('Meeting'), schema('Event'), prov('Activity')]) g.add(s, rdf('type'), t);
    g.add(s, dct('identifier'), literal(m.meeting_id));
    g.text(s, dct('title'), title, 'ko');
    g.provenance(VERSION);
    g.add(s, plaza('committee'), describeCommittee(g, m.committee));
    g.typed(s, plaza('sessionNumber'), String(m.sequence), 'integer');
    g.dateTime(s, schema('startDate'), rec.start);
    g.dateTime(s, schema('endDate'), rec.end);
    g.text(s, schema('location'), m.place, 'ko');
    g.typed(s, plaza('openSession'), String(m.open), 'boolean');

    // A closed meeting is withheld as a whole (meeting and minutes), never published in full; with
    // no ground stated it is recorded as "not stated" with a derived release date, and reported.
    const items = m.closure?.legal_grounds ?? [];
    const grade: GradeValue = m.open
      ? { grade: 'public', items: [] }
      : { grade: 'non-public', items };
    if (!m.open && items.length === 0)
      g.notice(
        '/closure/legal_grounds',
        'closed meeting without a legal ground: recorded as not stated, release date derived',
      );
    g.disclosure(grade, rec.start, rec.release);

    describeAttendees(g, s, m);
    const contexts = [...describeAgenda(g, s, m).values()];
    for (const { initiative, pointer } of contexts)
      g.policyContext(initiative, 'agenda-reference', pointer);
    const reason = 'no agenda item names an initiative';
    const unlinked =
      contexts.length === 0
        ? linkPolicyContext(g, [
            { basis: 'agenda-reference', field: '/agenda', cannot: reason, reason },
          ])
        : undefined;

    if (m.minutes) {
      const minutes = ctx.iri.minutes(s);
      const mg = new GraphBuilder(
        minutes,
        meta,
        ctx,
        g.quads,
        g.notices,
        g.sharedResources,
        g.graph,
      );
      mg.identity(MINUTES_TYPES, 'minutes', `${m.meeting_id}/minutes`, `${title} 회의록`);
      mg.add(s, plaza('minutes'), minutes);
      mg.add(minutes, plaza('minutesOf'), s);
      if (ctx.orgs.unit(m.committee.department_code))
        mg.add(minutes, plaza('responsibleUnit'), ctx.iri.org(m.committee.department_code));
      mg.disclosure(grade, rec.start, rec.release);
      // The minutes record the meeting: they share its policy context.
      for (const { initiative, pointer } of contexts)
        mg.policyContext(initiative, 'agenda-reference', pointer);
      if (unlinked) applyLink(mg, unlinked, minutes);
      describeTurns(mg, m);
    }
    return g.result();
  },
};
