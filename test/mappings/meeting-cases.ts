// Meeting objects as a meeting_minutes export holds them, for the mapping, reader and shape tests.
import { canonicalJson } from '../../mappings/parse/canonical-json.ts';

/** An open meeting: two agenda items (one voted, one noted), officials and citizens, three turns. */
export const OPEN_MEETING = {
  meeting_id: 'C021-2024-03',
  committee: {
    code: 'C021',
    name: '서울특별시 기후변화대응위원회',
    name_en: 'Seoul Climate Change Committee',
    type: '심의',
    department_code: '6110201',
    policies: ['POL-02'],
  },
  sequence: 3,
  start: '2024-05-14T14:00:00+09:00',
  end: '2024-05-14 16:00',
  place: '서울시청 본관 8층 다목적홀',
  open: true,
  attendees: [
    { role: '위원장', name: '한정우', public_official: false },
    { role: '위원', name: '정미경', public_official: true, position: '기후환경본부장' },
    { role: '위원', name: '오세린', public_official: false },
    { role: '간사', name: '김도현', public_official: true, position: '대기정책과장' },
  ],
  agenda: [
    {
      order: 1,
      title: '2024년 대기질 개선 시행계획(안)',
      related_policies: ['POL-02'],
      related_projects: ['PRJ-02-1-1'],
      related_documents: ['000000000012345'],
    },
    { order: 2, title: '미세먼지 계절관리제 추진 결과 보고', related_policies: ['POL-02'] },
  ],
  decisions: [
    {
      agenda_order: 1,
      outcome: '조건부 가결',
      conditions: '노후 경유차 저감 목표를 연차별로 제시할 것',
      votes: { yes: 2, no: 0, abstain: 1 },
    },
    { agenda_order: 2, outcome: '보고접수' },
  ],
  minutes: {
    turns: [
      { speaker_role: '위원장', speaker_name: '한정우', text: '제3차 회의를 개회하겠습니다.' },
      {
        speaker_role: '간사',
        speaker_name: '김도현',
        text: '안건 1의 주요 내용을 보고드리겠습니다.',
      },
      {
        speaker_role: '위원',
        speaker_name: '오세린',
        text: '주민 의견은 제 번호 010-1234-5678로 받겠습니다.',
      },
    ],
  },
} as const;

/** A closed meeting that states no legal ground (the source forgot it). */
export const CLOSED_WITHOUT_GROUND = {
  meeting_id: 'C111-2024-02',
  committee: {
    code: 'C111',
    name: '서울특별시 인사위원회',
    type: '의결',
    department_code: '6110101',
  },
  sequence: 2,
  start: '2024-02-20T10:00',
  place: '서울시청 서소문2청사 회의실',
  open: false,
  closure: {},
  attendees: [{ role: '위원장', name: '이상민', public_official: true, position: '행정1부시장' }],
  agenda: [{ order: 1, title: '징계 의결 요구 건' }],
  decisions: [{ agenda_order: 1, outcome: '원안가결', votes: { yes: 1, no: 0, abstain: 0 } }],
} as const;

/** A record log row: the meeting's id and canonical JSON text. */
export function meetingFields(meeting: object): Record<string, string> {
  const id = (meeting as { meeting_id?: unknown }).meeting_id;
  return { meeting_id: typeof id === 'string' ? id : '', document: canonicalJson(meeting) };
}

/** A deep copy to mutate in bad-input tests. */
export function copyOf<T>(value: T): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}
