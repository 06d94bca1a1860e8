// One meeting object of a meeting_minutes export, drawn from the spine: the committee, who came,
// the agenda, what was decided (votes consistent with attendance) and the minutes.
import type { CityCommittee } from '../city/index.ts';
import type { Rng } from '../prng.ts';
import { VOTING_ROLES } from '../../../mappings/meeting/codes.ts';
import type {
  AttendeeJson,
  DecisionJson,
  MeetingJson,
} from '../../../mappings/meeting/meeting-document.ts';
import { planAgenda, type CandidateDocument, type PlannedItem } from './agenda.ts';
import { committeePeople } from './committee-people.ts';
import { minutesTurns, type MinutesPlan } from './minutes-text.ts';

export const MEETING_PLACES = [
  '서울시청 본관 8층 다목적홀',
  '서울시청 서소문2청사 21층 대회의실',
  '서울시청 본관 6층 기획상황실',
  '서울시청 무교별관 3층 회의실',
  '서울시청 신청사 3층 대회의실',
];

export type Closure = 'open' | 'closed' | 'closed-without-ground' | 'closed-with-release';

export interface MeetingSpec {
  readonly committee: CityCommittee;
  /** 회차 within the committee's year. */
  readonly sequence: number;
  /** ISO date. */
  readonly day: string;
  readonly closure: Closure;
  readonly withTrap: boolean;
}

export interface BuiltMeeting {
  readonly meeting: MeetingJson;
  readonly traps: MinutesPlan['traps'];
}

const CONDITIONS = [
  '위원 의견을 반영하여 세부 추진 일정을 보완할 것',
  '자치구 협의 결과를 다음 회의에 보고할 것',
  '성과 지표를 구체화하여 제출할 것',
];

function attendeesOf(spec: MeetingSpec, rng: Rng): AttendeeJson[] {
  const people = committeePeople(spec.committee);
  const citizens = people.members.filter((m) => !m.public_official);
  const present = citizens.filter(() => rng.chance(0.65));
  const officials = people.members.filter((m) => m.public_official && rng.chance(0.8));
  return [
    people.chair,
    ...(rng.chance(0.8) ? [people.viceChair] : []),
    ...officials,
    ...(present.length > 0 ? present : citizens.slice(0, 3)),
    people.secretary,
    ...people.staff.slice(0, rng.int(1, 2)),
  ];
}

function outcomeOf(
  committee: CityCommittee,
  planned: PlannedItem,
  rng: Rng,
): DecisionJson['outcome'] {
  if (planned.report) return '보고접수';
  if (committee.type === '자문') return rng.chance(0.8) ? '자문의견 제시' : '원안가결';
  if (committee.type === '의결')
    return rng.weighted([
      ['원안가결', 8],
      ['수정가결', 2],
      ['부결', 1],
    ]);
  return rng.weighted([
    ['원안가결', 10],
    ['조건부 가결', 5],
    ['수정가결', 3],
    ['재심의', 2],
    ['보류', 1],
  ]);
}

/** A vote consistent with attendance: yes + no + abstain never exceeds the voting members present. */
function voteOf(outcome: DecisionJson['outcome'], voting: number, rng: Rng): DecisionJson['votes'] {
  const abstain = rng.int(0, 1);
  const away = rng.int(0, 1);
  const cast = Math.max(1, voting - abstain - away);
  if (outcome === '부결') {
    const yes = Math.floor((cast - 1) / 2);
    return { yes, no: cast - yes, abstain };
  }
  const no = cast > 2 ? rng.int(0, 1) : 0;
  return { yes: cast - no, no, abstain };
}

function statementOf(outcome: DecisionJson['outcome'], votes: DecisionJson['votes']): string {
  const tally = votes
    ? `찬성 ${votes.yes}인, 반대 ${votes.no}인, 기권 ${votes.abstain}인으로 `
    : '';
  const what: Record<DecisionJson['outcome'], string> = {
    원안가결: '원안대로 가결되었음을 선포합니다.',
    수정가결: '수정한 대로 가결되었음을 선포합니다.',
    '조건부 가결': '조건부로 가결되었음을 선포합니다.',
    조건부가결: '조건부로 가결되었음을 선포합니다.',
    재심의: '보완 후 재심의하기로 하겠습니다.',
    보류: '심의를 보류하겠습니다.',
    부결: '부결되었음을 선포합니다.',
    철회: '철회되었습니다.',
    보고접수: '보고받은 것으로 하겠습니다.',
    '자문의견 제시': '위원님들의 자문 의견을 정리하여 통보하겠습니다.',
  };
  return `${tally}${what[outcome]}`;
}

function closureOf(spec: MeetingSpec): MeetingJson['closure'] {
  const year = Number(spec.day.slice(0, 4));
  const personnel = spec.committee.type === '의결';
  switch (spec.closure) {
    case 'open':
      return undefined;
    case 'closed-without-ground':
      return { reason: '안건 검토 중인 사항이 포함되어 비공개로 진행' };
    case 'closed-with-release':
      return {
        legal_grounds: [5],
        reason: '의사결정 과정 중인 사항',
        release_date: `${year + 3}-12-31`,
      };
    case 'closed':
      return personnel
        ? { legal_grounds: [5, 6], reason: '인사 관련 사항으로 개인정보가 포함됨' }
        : { legal_grounds: [5], reason: '의사결정 과정 중인 사항' };
  }
}

export function buildMeeting(
  spec: MeetingSpec,
  documents: readonly CandidateDocument[],
  rng: Rng,
): BuiltMeeting {
  const { committee, sequence, day } = spec;
  const year = day.slice(0, 4);
  const short = committee.nameKo.replace(/^서울특별시\s*/, '');
  const title = `${year}년 제${sequence}차 ${short}`;
  const attendees = attendeesOf(spec, rng);
  const voting = attendees.filter((a) => VOTING_ROLES.has(a.role)).length;
  const agenda = planAgenda(committee, day, documents, rng);
  const decisions: DecisionJson[] = agenda.map((planned) => {
    const outcome = outcomeOf(committee, planned, rng);
    const voted = !planned.report && outcome !== '자문의견 제시' && rng.chance(0.6);
    const votes = voted ? voteOf(outcome, voting, rng) : undefined;
    const conditions =
      outcome === '조건부 가결' || outcome === '수정가결' ? rng.pick(CONDITIONS) : undefined;
    return {
      agenda_order: planned.item.order,
      outcome,
      ...(conditions ? { conditions } : {}),
      ...(votes ? { votes } : {}),
    };
  });
  const people = committeePeople(committee);
  const minutes = minutesTurns(
    title,
    people.chair,
    people.secretary,
    attendees.filter((a) => !a.public_official && a.role === '위원'),
    attendees.filter((a) => a.role === '참석 공무원'),
    agenda.map((planned, i) => ({
      order: planned.item.order,
      title: planned.item.title,
      statement: statementOf(decisions[i]?.outcome ?? '보고접수', decisions[i]?.votes),
    })),
    spec.withTrap,
    rng,
  );
  const hour = rng.pick([10, 14, 15]);
  const closure = closureOf(spec);
  const meeting: MeetingJson = {
    meeting_id: `${committee.code}-${year}-${String(sequence).padStart(2, '0')}`,
    committee: {
      code: committee.code,
      name: committee.nameKo,
      name_en: committee.nameEn,
      type: committee.type,
      department_code: committee.deptCode,
      policies: committee.policyIds,
    },
    sequence,
    title,
    start: `${day}T${String(hour).padStart(2, '0')}:00:00+09:00`,
    end: `${day}T${String(hour + 2).padStart(2, '0')}:00:00+09:00`,
    place: rng.pick(MEETING_PLACES),
    open: spec.closure === 'open',
    ...(closure ? { closure } : {}),
    attendees,
    agenda: agenda.map((p) => p.item),
    decisions,
    minutes: { turns: minutes.turns },
  };
  return { meeting, traps: minutes.traps };
}
