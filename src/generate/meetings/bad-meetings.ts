// data/_bad/…_meeting_minutes.json: good meetings with broken ones mixed in, each with the reject
// (position, JSON pointer, reason) the reader or the mapping must report; the rest is ingested.
import type { MeetingJson } from '../../../mappings/meeting/meeting-document.ts';
import { VOTING_ROLES } from '../../../mappings/meeting/codes.ts';
import { encodeMeetings } from './encode-meetings.ts';

export interface ExpectedMeetingReject {
  /** 1-based position in the array. */
  readonly line: number;
  /** JSON pointer in the meeting (or `meeting_id` / '' for reader rejects). */
  readonly field: string;
  readonly reason: string;
}

export interface BadMeetingFile {
  readonly path: string;
  readonly name: string;
  readonly text: string;
  readonly goodMeetings: number;
  readonly rejects: readonly ExpectedMeetingReject[];
  /** Ingested, but reported (closed without a legal ground). */
  readonly notices: readonly ExpectedMeetingReject[];
}

type Entry = { readonly value: unknown; readonly reject?: Omit<ExpectedMeetingReject, 'line'> };

const NAME = '20240101_20241231_meeting_minutes.json';

/** A copy of `base` with a new id and two agenda items, each decided by vote. */
function variant(
  base: MeetingJson,
  n: number,
  change: (m: MeetingJson) => MeetingJson,
): MeetingJson {
  const voting = base.attendees.filter((a) => VOTING_ROLES.has(a.role)).length;
  const two: MeetingJson = {
    ...base,
    meeting_id: `${base.committee.code}-${base.start.slice(0, 4)}-9${n}`,
    sequence: 90 + n,
    agenda: [
      {
        order: 1,
        title: base.agenda[0]?.title ?? '안건',
        related_policies: [...(base.committee.policies ?? [])],
      },
      { order: 2, title: '기타 안건' },
    ],
    decisions: [
      { agenda_order: 1, outcome: '원안가결', votes: { yes: voting, no: 0, abstain: 0 } },
      { agenda_order: 2, outcome: '보류' },
    ],
  };
  delete (two as { minutes?: unknown }).minutes;
  return change(two);
}

export function badMeetingFile(bases: readonly MeetingJson[]): BadMeetingFile {
  const [a, b, c] = bases;
  if (!a || !b || !c) throw new RangeError('bad meetings need three base meetings');
  const voting = a.attendees.filter((x) => VOTING_ROLES.has(x.role)).length;
  const entries: Entry[] = [
    { value: a },
    {
      value: variant(a, 1, (m) => ({
        ...m,
        decisions: [
          { agenda_order: 1, outcome: '원안가결', votes: { yes: voting, no: 1, abstain: 1 } },
        ],
      })),
      reject: {
        field: '/decisions/0/votes',
        reason: `${voting + 2} votes counted but only ${voting} voting members (위원장, 부위원장, 위원) attended`,
      },
    },
    {
      value: variant(a, 2, (m) => ({ ...m, decisions: [{ agenda_order: 3, outcome: '재심의' }] })),
      reject: { field: '/decisions/0/agenda_order', reason: 'no agenda item has order 3' },
    },
    {
      value: variant(a, 3, (m) => ({
        ...m,
        agenda: m.agenda.map((item) => ({ ...item, order: 1 })),
        decisions: [{ agenda_order: 1, outcome: '보류' }],
      })),
      reject: {
        field: '/agenda/1/order',
        reason: 'duplicate agenda order 1 (also /agenda/0/order)',
      },
    },
    {
      value: variant(b, 4, (m) => ({ ...m, committee: { ...m.committee, type: '협의' as never } })),
      reject: { field: '/committee/type', reason: 'must be one of "심의", "자문", "의결"' },
    },
    {
      value: '2024년 제5차 회의',
      reject: { field: '', reason: 'element 6 is string, not a meeting object' },
    },
    {
      value: variant(b, 5, (m) => ({
        ...m,
        decisions: [{ agenda_order: 1, outcome: '수정가결', votes: { yes: 1, no: 2, abstain: 0 } }],
      })),
      reject: {
        field: '/decisions/0/outcome',
        reason: '수정가결 with more votes against (2) than in favour (1)',
      },
    },
    { value: variant(c, 6, (m) => ({ ...m, open: false, closure: {} })) },
    {
      value: { ...variant(c, 7, (m) => m), meeting_id: undefined },
      reject: { field: 'meeting_id', reason: 'meeting 9 has no meeting_id string' },
    },
    { value: b },
  ];
  const rejects = entries.flatMap((e, i) => (e.reject ? [{ line: i + 1, ...e.reject }] : []));
  return {
    path: `_bad/${NAME}`,
    name: NAME,
    text: encodeMeetings(
      entries.map((e) => e.value),
      { indent: 2 },
    ),
    goodMeetings: entries.length - rejects.length,
    rejects,
    notices: [
      {
        line: 8,
        field: '/closure/legal_grounds',
        reason:
          'closed meeting without a legal ground: recorded as not stated, release date derived',
      },
    ],
  };
}
