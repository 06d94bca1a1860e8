// Unit tasks every department has (과공통일반사무): pay, expenses, running costs, general affairs.
import type { Retention } from './task-titles.ts';

export interface CommonTaskSpec {
  readonly retention: Retention;
  readonly titles: readonly string[];
  /** The card-name prefix the lists show for this task (`[지출]업무추진비집행`), when any. */
  readonly prefix?: string;
}

export const COMMON_TASK_TAXONOMY = '행정>일반행정지원>과공통일반사무>예산회계(서무)';

export const COMMON_TASKS: Readonly<Record<string, CommonTaskSpec>> = {
  급여및수당관리: {
    retention: '5년',
    titles: [
      '{Y}년 {M}월 초과근무수당 지급',
      '{M}월 직원 급여 지급 내역 보고',
      '{Y}년 정근수당 지급 계획',
      '직원 명절휴가비 지급',
    ],
  },
  업무추진비집행: {
    retention: '5년',
    prefix: '[지출]',
    titles: [
      '[지출] {M}월 업무추진비 지급',
      '[지출] {M}월 부서운영 업무추진비 집행',
      '{Y}년 {M}월 시책추진 업무추진비 집행',
    ],
  },
  일반운영비집행: {
    retention: '5년',
    prefix: '[지출]',
    titles: [
      '[지출] 사무용품 구입 대금 지급',
      '[지출] {M}월 복합기 임차료 지급',
      '[지출] {CO} 용역대금 지급',
      '{M}월 부서 운영비 집행',
    ],
  },
  서무관리: {
    retention: '1년',
    prefix: '[500]',
    titles: [
      '{M}월 부서 보안점검 결과 보고',
      '직원 연가 사용 현황 보고',
      '{Y}년 {M}월 부서 서무 업무 처리',
    ],
  },
};

/** Generic titles any unit task can carry; `{TASK}` is the task's label. */
export const GENERIC_TITLES: readonly string[] = [
  '{Y}년 {TASK} 추진계획 보고',
  '{Y}년 {H} {TASK} 추진실적 보고',
  '{TASK} 관련 자료 제출',
  '{TASK} 관련 {GU} 협조 요청',
  '{Y}년 {Q}분기 {TASK} 업무 추진상황 점검',
  '’{YY}년 {TASK} 업무 추진 결과 보고',
  '{TASK} 관련 회의 개최 알림',
  '{TASK} 관련 민원 회신{PERSON}',
  '{TASK} 관련 {BLDG} 입주업체 협조 요청',
  '{TASK} 관련 {EST:상가} 현장 확인 결과',
  '{TASK} 관련 민원 회신 요청 (연락처 {PHONE})',
];

/** Common tasks take this share of a department's documents. */
export const COMMON_TASK_SHARE = 0.3;
