// meeting_minutes: the mapping by graph isomorphism, the closed-meeting rule, and every bad-input
// check (schema, agenda orders, decisions, votes against attendance) named by its JSON pointer.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAPPINGS } from '../../mappings/index.ts';
import { RowError } from '../../mappings/mapping.ts';
import { InitiativeDirectory } from '../../mappings/policy/initiative-directory.ts';
import { IriMinter } from '../../src/vocab/iri.ts';
import { plaza } from '../../src/vocab/namespaces.ts';
import { BASE, expectIsomorphic, parseTrig } from '../support/rdf.ts';
import { INGESTED_AT, INITIATIVES, ORGS } from './cases.ts';
import { CLOSED_WITHOUT_GROUND, OPEN_MEETING, copyOf, meetingFields } from './meeting-cases.ts';
import { withoutLinkNotices } from '../support/notices.ts';

const iri = new IriMinter(BASE);
const mapping = MAPPINGS.meeting_minutes;
const meta = (key: string) => ({
  key,
  file: 'case.json',
  line: 1,
  format: 'json' as const,
  ingestedAt: INGESTED_AT,
});

function mapMeeting(meeting: object) {
  const parsed = mapping.parse(meetingFields(meeting));
  return mapping.map(parsed.record, meta(parsed.key), {
    iri,
    orgs: ORGS,
    initiatives: INITIATIVES,
  });
}

function expected(name: string) {
  return parseTrig(readFileSync(new URL(`expected/${name}`, import.meta.url), 'utf8'));
}

/** The row errors of a meeting, as `pointer: reason`. */
function rejects(meeting: object): string[] {
  try {
    mapping.parse(meetingFields(meeting));
  } catch (error) {
    if (error instanceof RowError) return error.errors.map((e) => `${e.field}: ${e.message}`);
    throw error;
  }
  return [];
}

describe('meeting_minutes mapping', () => {
  it('maps an open meeting: committee, attendees, agenda, decisions, votes and minutes', () => {
    const out = mapMeeting(OPEN_MEETING);
    expectIsomorphic(
      [...out.quads, ...out.shared.flatMap((r) => r.quads)],
      expected('meeting-minutes.trig'),
    );
    expect(out.subject.value).toBe(`${BASE}id/meeting/C021-2024-03`);
    expect(out.quads.every((q) => q.graph.equals(out.graph))).toBe(true);
    expect(out.shared.map((r) => r.graph.value)).toEqual([`${BASE}graph/org/C021`]);
    expect(withoutLinkNotices(out.notices)).toEqual([]);
  });

  it('puts citizen names on plaza:citizenName and officials on plaza:officialName', () => {
    const out = mapMeeting(OPEN_MEETING);
    const names = (p: string) =>
      out.quads.filter((q) => q.predicate.equals(plaza(p))).map((q) => q.object.value);
    expect(names('citizenName').sort()).toEqual(['오세린', '오세린', '한정우', '한정우']);
    expect(names('officialName').sort()).toEqual(['김도현', '김도현', '정미경']);
    expect(out.quads.some((q) => /한정우|오세린/.test(q.subject.value))).toBe(false);
  });

  it('withholds a closed meeting without a ground as "not stated", derived release, reported', () => {
    const out = mapMeeting(CLOSED_WITHOUT_GROUND);
    expectIsomorphic(
      [...out.quads, ...out.shared.flatMap((r) => r.quads)],
      expected('meeting-minutes-closed.trig'),
    );
    expect(withoutLinkNotices(out.notices)).toEqual([
      {
        file: 'case.json',
        line: 1,
        field: '/closure/legal_grounds',
        message:
          'closed meeting without a legal ground: recorded as not stated, release date derived',
      },
    ]);
  });

  it('gives a closed meeting with grounds a non-public decision on the meeting and its minutes', () => {
    const closed = copyOf(OPEN_MEETING);
    closed['open'] = false;
    closed['closure'] = { legal_grounds: [5, 6], release_date: '2027-12-31' };
    const out = mapMeeting(closed);
    const meeting = `${BASE}id/meeting/C021-2024-03`;
    for (const record of [meeting, `${meeting}/minutes`]) {
      const objects = (p: string, s = `${record}#decision`) =>
        out.quads
          .filter((q) => q.subject.value === s && q.predicate.equals(plaza(p)))
          .map((q) => q.object.value);
      expect(objects('disclosureStatus')).toEqual([
        `${BASE}id/concept/disclosure-grade/non-public`,
      ]);
      expect(objects('legalGround')).toEqual([
        `${BASE}id/legal/opengov-act/art/9/para/1/item/5`,
        `${BASE}id/legal/opengov-act/art/9/para/1/item/6`,
      ]);
      expect(objects('scheduledRelease')).toEqual(['2027-12-31']);
    }
    expect(withoutLinkNotices(out.notices)).toEqual([]);
  });

  it('reports an owning department the organisation chart does not know', () => {
    const m = copyOf(CLOSED_WITHOUT_GROUND);
    m['open'] = true;
    delete m['closure'];
    (m['committee'] as Record<string, unknown>)['department_code'] = '6119999';
    const out = mapMeeting(m);
    expect(withoutLinkNotices(out.notices).map((n) => `${n.field}: ${n.message}`)).toEqual([
      '/committee/department_code: department code 6119999 is not in the organisation chart',
    ]);
    expect(out.shared[0]?.quads.some((q) => q.predicate.value.endsWith('#unitOf'))).toBe(false);
  });

  it('links only initiatives the policy list knows, at their real level, once one is known', () => {
    const initiatives = new InitiativeDirectory([
      { id: 'POL-02', level: 'policy', nameKo: '기후위기 대응', unitTasks: [], detailCodes: [] },
      {
        id: 'PRG-02-1',
        level: 'programme',
        parentId: 'POL-02',
        nameKo: '건물 에너지 전환',
        unitTasks: [],
        detailCodes: [],
      },
    ]);
    const m = copyOf(OPEN_MEETING);
    const agenda = m['agenda'] as Record<string, unknown>[];
    agenda[1]!['related_policies'] = ['PRG-02-1'];
    const parsed = mapping.parse(meetingFields(m));
    const out = mapping.map(parsed.record, meta(parsed.key), { iri, orgs: ORGS, initiatives });
    expect(withoutLinkNotices(out.notices).map((n) => `${n.field}: ${n.message}`)).toEqual([
      '/agenda/0/related_projects/0: no policy, programme or project "PRJ-02-1-1" in the policy list: not linked',
      '/agenda/1/related_policies/0: PRG-02-1 is a programme, not a policy: linked as such',
    ]);
    const contexts = (subject: string) =>
      out.quads
        .filter((q) => q.subject.value === subject && q.predicate.equals(plaza('policyContext')))
        .map((q) => q.object.value.slice(`${BASE}id/`.length))
        .sort();
    const meeting = `${BASE}id/meeting/C021-2024-03`;
    expect(contexts(meeting)).toEqual(['policy/POL-02', 'programme/PRG-02-1']);
    expect(contexts(`${meeting}/agenda/2`)).toEqual(['programme/PRG-02-1']);
  });

  it('keys the record by meeting_id', () => {
    expect(mapping.parse(meetingFields(OPEN_MEETING)).key).toBe('C021-2024-03');
    expect(mapping.subject('C021-2024-03', iri).value).toBe(`${BASE}id/meeting/C021-2024-03`);
  });
});

describe('meeting_minutes bad input', () => {
  it('is valid as given (the mutations below are what fails)', () => {
    expect(rejects(OPEN_MEETING)).toEqual([]);
    expect(rejects(CLOSED_WITHOUT_GROUND)).toEqual([]);
  });

  it('names schema violations by JSON pointer, all at once', () => {
    const m = copyOf(OPEN_MEETING);
    delete m['place'];
    (m['committee'] as Record<string, unknown>)['type'] = '협의';
    (m['agenda'] as Record<string, unknown>[])[1]!['related_documents'] = ['12345'];
    m['sequence'] = 0;
    m['chair'] = '한정우';
    expect(rejects(m)).toEqual([
      '/place: is required',
      '/chair: is not a property the format defines',
      '/committee/type: must be one of "심의", "자문", "의결"',
      '/sequence: must be >= 1',
      '/agenda/1/related_documents/0: must match pattern "^\\d{15}$"',
    ]);
  });

  it('refuses a closure on an open meeting and an unknown decision outcome', () => {
    const m = copyOf(OPEN_MEETING);
    m['closure'] = { legal_grounds: [5] };
    (m['decisions'] as Record<string, unknown>[])[1]!['outcome'] = '가결';
    const errors = rejects(m);
    expect(errors).toContain('/closure: an open meeting (open: true) has no closure');
    expect(
      errors.some((e) => e.startsWith('/decisions/1/outcome: must be one of "원안가결"')),
    ).toBe(true);
  });

  it('rejects duplicate agenda orders and decisions on missing or already decided items', () => {
    const m = copyOf(OPEN_MEETING);
    (m['agenda'] as Record<string, unknown>[])[1]!['order'] = 1;
    expect(rejects(m)).toEqual([
      '/agenda/1/order: duplicate agenda order 1 (also /agenda/0/order)',
      '/decisions/1/agenda_order: no agenda item has order 2',
    ]);
    const twice = copyOf(OPEN_MEETING);
    (twice['decisions'] as Record<string, unknown>[])[1]!['agenda_order'] = 1;
    expect(rejects(twice)).toEqual([
      '/decisions/1/agenda_order: agenda item 1 already has a decision (/decisions/0)',
    ]);
  });

  it('rejects vote counts that contradict attendance or the outcome', () => {
    const m = copyOf(OPEN_MEETING);
    const d = (m['decisions'] as Record<string, unknown>[])[0]!;
    d['votes'] = { yes: 2, no: 1, abstain: 1 };
    expect(rejects(m)).toEqual([
      '/decisions/0/votes: 4 votes counted but only 3 voting members (위원장, 부위원장, 위원) attended',
    ]);
    d['votes'] = { yes: 1, no: 2, abstain: 0 };
    expect(rejects(m)).toEqual([
      '/decisions/0/outcome: 조건부 가결 with more votes against (2) than in favour (1)',
    ]);
    d['outcome'] = '부결';
    expect(rejects(m)).toEqual([]);
  });

  it('rejects a meeting that ends before it starts, and an impossible date', () => {
    const m = copyOf(OPEN_MEETING);
    m['end'] = '2024-05-14T13:00';
    expect(rejects(m)).toEqual([
      '/end: the meeting ends (2024-05-14T13:00) before it starts (2024-05-14T14:00:00+09:00)',
    ]);
    m['start'] = '2024-02-30T10:00';
    delete m['end'];
    expect(rejects(m)).toEqual(['/start: not a calendar date: "2024-02-30T10:00"']);
  });

  it('rejects a meeting_id field that is not the document’s', () => {
    const fields = { ...meetingFields(OPEN_MEETING), meeting_id: 'C021-2024-04' };
    expect(() => mapping.parse(fields)).toThrow(
      'meeting_id: "C021-2024-04" is not the document\'s meeting_id',
    );
  });

  it('rejects a document that is not JSON', () => {
    expect(() => mapping.parse({ meeting_id: 'x', document: '{' })).toThrow(
      'document: is not a JSON text',
    );
  });
});
