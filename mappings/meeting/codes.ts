// The Korean labels of meeting minutes → notations of the committee-type, meeting-role and
// decision-outcome schemes (ontology/schemes), and which roles vote and which outcomes adopt.

export const COMMITTEE_TYPES = {
  심의: 'deliberative',
  자문: 'advisory',
  의결: 'decision-making',
} as const;
export type CommitteeTypeLabel = keyof typeof COMMITTEE_TYPES;

export const MEETING_ROLES = {
  위원장: 'chair',
  부위원장: 'vice-chair',
  위원: 'member',
  간사: 'secretary',
  '참석 공무원': 'attending-official',
  참고인: 'witness',
} as const;
export type MeetingRoleLabel = keyof typeof MEETING_ROLES;

/** Members who vote; 간사, attending officials and witnesses speak but do not vote. */
export const VOTING_ROLES: ReadonlySet<MeetingRoleLabel> = new Set(['위원장', '부위원장', '위원']);

export const DECISION_OUTCOMES = {
  원안가결: 'adopted',
  수정가결: 'adopted-amended',
  '조건부 가결': 'adopted-with-conditions',
  조건부가결: 'adopted-with-conditions',
  재심의: 'referred-back',
  보류: 'deferred',
  부결: 'rejected',
  철회: 'withdrawn',
  보고접수: 'noted',
  '자문의견 제시': 'advice-given',
} as const;
export type DecisionOutcomeLabel = keyof typeof DECISION_OUTCOMES;

/** Outcomes that adopt the item (가결): they cannot carry more votes against than in favour. */
export const ADOPTING_OUTCOMES: ReadonlySet<string> = new Set([
  'adopted',
  'adopted-amended',
  'adopted-with-conditions',
]);
