// Names need a surname, a plausible given name AND a context signal; officials' bylines stay public.
import { describe, expect, it } from 'vitest';
import { containsPii, detectPii } from '../../../src/policy/pii/detect.ts';
import { rules, spans } from './spans.ts';

const names = (text: string, field?: Parameters<typeof detectPii>[1]): string[] =>
  spans(text, field)
    .filter(([kind]) => kind === 'person-name')
    .map(([, s]) => s);

describe('person names', () => {
  it.each([
    ['민원인 홍길동 면담 결과', '홍길동', 'person-name/citizen-role'],
    ['대표 이영희 명의 변경', '이영희', 'person-name/broad-role'],
    ['민원 처리 결과 통보(박민수)', '박민수', 'person-name/parenthesized'],
    ['김민수 씨 민원', '김민수', 'person-name/honorific'],
    ['홍길동님께 안내', '홍길동', 'person-name/honorific'],
    ['이지훈 외 20명', '이지훈', 'person-name/and-others'],
    ['박창민외8', '박창민', 'person-name/and-others'],
    ['피해자 정수빈의 진술', '정수빈', 'person-name/citizen-role'],
    ['고(故) 황보현 유족', '황보현', 'person-name/deceased'],
    ['성명: 한서진', '한서진', 'person-name/label'],
    ['질의: 최영수 위원', '최영수', 'person-name/role-after'],
    ['김철수 군 장학금 지급', '김철수', 'person-name/junior-honorific'],
    ['연락처: 김민지 010-0123-4567', '김민지', 'person-name/contact-after'],
  ])('finds the name in %s', (text, name, rule) => {
    expect(names(text)).toEqual([name]);
    expect(rules(text)).toContain(rule);
  });

  it('names the rule after a citizen’s signal before an official one', () => {
    expect(rules('소방위 김희준외 8명', { field: 'participants' })).toEqual([
      'person-name/and-others',
    ]);
    expect(rules('행정주무관 박서연', { field: 'participants' })).toEqual([
      'person-name/official-rank',
    ]);
  });

  it('needs a context signal: a bare name is not a finding', () => {
    expect(detectPii('홍길동 면담 결과')).toEqual([]);
    expect(detectPii('김민수')).toEqual([]);
  });

  it('needs a surname plus one or two syllables (compound surnames allowed)', () => {
    expect(names('민원인 남궁민수 요청')).toEqual(['남궁민수']);
    expect(names('민원인 김철 씨')).toEqual(['김철']);
    expect(detectPii('민원인 김 씨')).toEqual([]);
    expect(detectPii('민원인 김빛나리 요청')).toEqual([]);
  });

  it.each([
    '생활권 녹지 조성 결과(강서구)',
    '조례 개정(최종안) 보고',
    '서울형 기초보장제도 운영 계획(하반기)',
    '대표 홈페이지 개편',
    '민원인 주소지 변경',
    '학생 주거비 지원 사업',
    '민원인 유형별 응대 매뉴얼',
    '장애인 등 교통약자',
    '전문가 등 자문단',
    '신청인 외 2명',
    '방정환 선생 어린이날',
    '선생님 감사합니다',
    '날씨 맑음',
    '관계기관 직원 등 5명',
  ])('does not take an ordinary word for a name: %s', (text) => {
    expect(names(text, { field: 'title' })).toEqual([]);
  });

  it('leaves already-masked names alone', () => {
    for (const text of [
      '민원 회신(이*혁)',
      '(김0규)',
      '(김○규)',
      'OOO 님',
      '○○○ 씨',
      '민원인 홍*동 씨',
      '주무관 김○○',
    ]) {
      expect(detectPii(text)).toEqual([]);
    }
  });

  it('reads a list of names in a participants or authors field', () => {
    expect(names('김민준, 이서윤, 박지호', { field: 'participants' })).toEqual([
      '김민준',
      '이서윤',
      '박지호',
    ]);
    expect(names('유세진, 심소연', { field: 'authors' })).toEqual(['유세진', '심소연']);
    expect(names('김영은 등', { field: 'authors' })).toEqual(['김영은']);
    expect(names('서울연구원 도시공간연구실', { field: 'authors' })).toEqual([]);
  });
});

describe('officials’ names (public by law as responsible writers)', () => {
  it('are kept in an official byline', () => {
    for (const byline of ['행정주무관 박서연', '과장 이민호', '소방경 이영은', '주무관 김○○']) {
      expect(detectPii(byline, { field: 'official' })).toEqual([]);
    }
  });

  it('are kept where the caller lists them and the text marks them as officials', () => {
    const context = { field: 'title', officialNames: ['박서연'] } as const;
    expect(detectPii('행정주무관 박서연 국외출장 결과 보고', context)).toEqual([]);
    expect(detectPii('박서연 주무관 교육 결과', context)).toEqual([]);
    expect(names('민원인 박서연 면담', context)).toEqual(['박서연']);
  });

  it('are found elsewhere (a participant list, a title), but do not trip the leak alarm alone', () => {
    expect(names('행정주무관 박서연 징계 처분 결과', { field: 'title' })).toEqual(['박서연']);
    expect(containsPii('행정주무관 박서연')).toBe(false);
    expect(containsPii('소방위 김희준외 8명')).toBe(true);
    expect(containsPii('민원인 홍길동')).toBe(true);
  });
});
