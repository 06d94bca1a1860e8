// Words around a name that say whose name it is: officials' ranks, citizens' roles, labels.

/** Public-service ranks and posts (matched as the end of a word: 행정주무관, 사회복지주사). */
export const OFFICIAL_RANKS: readonly string[] = (
  '주무관 주사보 주사 사무관 서기관 부이사관 이사관 관리관 연구사 연구관 지도사 지도관 ' +
  '소방사 소방교 소방장 소방위 소방경 소방령 소방정 소방감 순경 경장 경사 경위 경감 경정 총경 ' +
  '과장 팀장 국장 실장 본부장 단장 부장 차장 계장 주임 반장 담당관 기획관 정책관 감사관 ' +
  '비서관 보좌관 대변인 공무원 주무관님 과장님 팀장님'
).split(' ');

/** Roles that are a private person's by nature: the name after them is a citizen's. */
export const CITIZEN_ROLES: readonly string[] = (
  '민원인 신청인 청구인 신고인 신고자 고발인 고소인 진정인 제보자 피해자 가해자 피의자 위반자 체납자 ' +
  '수급자 수급권자 소유자 소유주 점유자 임차인 임대인 세입자 세대주 보호자 대리인 상속인 유족 ' +
  '예금주 수상자 수혜자 응시자 합격자 입주자 계약자 건축주 업주 점주 운전자 차주 환자 학생 ' +
  '참고인 증인 당사자 배우자 자녀 부친 모친 명예시민 후보자 추천자 기부자 기증자 의뢰인 ' +
  '방문자 신청자 청구자 사업주 대표자 대표이사 상대방 이용자 조합원 회원 고객'
).split(' ');

/** Labels that introduce a name outright. */
export const NAME_LABELS: readonly string[] = ['성명', '이름', '실명', '본명'];

/** Roles that may be anyone's (a shop's 대표, a committee's 위원): a weaker signal. */
export const BROAD_ROLES: readonly string[] = (
  '대표 원장 관장 이사장 회장 사장 조합장 위원장 위원 교수 박사 강사 변호사 세무사 노무사 ' +
  '회계사 건축사 법무사 기자 작가 시민 주민 참석자 직원 담당자 담당 간사 연구원 전문가 ' +
  '감독 코치 선수 어르신 통장 이장 학부모'
).split(' ');

export type RoleClass = 'official' | 'citizen' | 'label' | 'broad';

/** Roles indexed by their last syllable, longest first, so a lookup checks only a handful. */
const BY_LAST = new Map<string, (readonly [string, RoleClass])[]>();
for (const [words, cls] of [
  [OFFICIAL_RANKS, 'official'],
  [CITIZEN_ROLES, 'citizen'],
  [NAME_LABELS, 'label'],
  [BROAD_ROLES, 'broad'],
] as const) {
  for (const word of words) {
    const last = word.charAt(word.length - 1);
    const list = BY_LAST.get(last) ?? [];
    list.push([word, cls]);
    list.sort((a, b) => b[0].length - a[0].length);
    BY_LAST.set(last, list);
  }
}

/** The role a word ends with (longest match), e.g. `행정주무관` → official, `자문위원` → broad. */
export function roleOf(word: string): RoleClass | undefined {
  for (const [role, cls] of BY_LAST.get(word.charAt(word.length - 1)) ?? []) {
    if (word.endsWith(role)) return cls === 'label' && word !== role ? undefined : cls;
  }
  return undefined;
}

/** Every role word, so that a role itself (`신청인 외 2명`) is never read as a name. */
export const ROLE_WORDS: readonly string[] = [
  ...OFFICIAL_RANKS,
  ...CITIZEN_ROLES,
  ...NAME_LABELS,
  ...BROAD_ROLES,
];
