// Research-report vocabulary: themes per policy field, report kinds, regions, ISBN/ISSN numbers.
import type { Rng } from './prng.ts';
import { DISTRICTS } from './places.ts';

// prettier-ignore
export const THEMES: Readonly<Record<string, readonly string[]>> = {
  행정: ['서울시 조직문화 혁신', '시민 참여형 정책 결정', '정보공개 제도 개선', '자치구 간 행정서비스 격차', '공공기록물 관리체계'],
  재정: ['지방세 세입 구조 변화', '서울시 재정 건전성', '체납액 징수 효율화', '주민참여예산제 운영'],
  환경: ['미세먼지 저감을 위한 도시숲 조성', '서울시 탄소중립 이행', '생활폐기물 감량', '건물 에너지 효율화', '빗물 재이용 활성화'],
  복지: ['서울형 기초보장제도', '안심소득 시범사업', '어르신 일자리 사업', '국공립어린이집 확충', '1인 가구 사회적 고립'],
  교통: ['시내버스 준공영제 개선', '기후동행카드 도입', '보행친화도시 조성', '심야 택시 수급', '공영주차장 운영'],
  안전: ['도시 침수 대응', '노후 교량 안전관리', '재난 대응 체계 고도화', '화재 취약 주거시설', '하천 범람 예측'],
  '주택ㆍ도시': ['공공임대주택 공급 확대', '노후 공동주택 관리', '신속통합기획 추진', '청년 주거 안정'],
  경제: ['소상공인 경영 실태', '전통시장 활성화', '청년 일자리 정책', '외국인 투자 유치 여건'],
  보건: ['공공보건의료 강화', '감염병 대응 체계', '음식점 위생등급제', '응급의료 접근성'],
  문화: ['생활문화 활성화', '서울 축제의 경제적 효과', '박물관 관람 행태', '생활체육 참여'],
};

const SUFFIXES = [
  '연구',
  '방안 연구',
  '실태조사',
  '효과 분석',
  '개선방안',
  '기본계획 수립 연구용역',
  '성과 평가',
];

export const REPORT_KINDS = ['정책연구', '연구용역', '학술연구', '실태조사', '백서'] as const;

export function researchTitle(rng: Rng, field: string, year: number): string {
  const theme = rng.pick(THEMES[field] ?? THEMES['행정'] ?? ['서울시 정책']);
  const suffix = rng.pick(SUFFIXES);
  return rng.weighted<string>([
    [`${theme} ${suffix}`, 5],
    [`${year}년 ${theme} ${suffix}`, 3],
    [`「${theme}」 ${suffix}`, 1],
    [`${theme}ㆍ확산을 위한 ${suffix}`, 1],
  ]);
}

export function region(rng: Rng): string {
  return rng.weighted<string>([
    ['서울특별시', 12],
    ['서울시 전역', 3],
    [rng.pick(DISTRICTS), 3],
    ['수도권', 1],
  ]);
}

const ISBN_PREFIXES = ['979-11-6599', '979-11-5700', '978-89-8052', '979-11-92013'] as const;

/** A hyphenated ISBN-13 with a correct check digit, e.g. `979-11-6599-123-4`. */
export function isbn13(rng: Rng): string {
  const prefix = rng.pick(ISBN_PREFIXES);
  const titlePart = rng.digits(12 - prefix.replaceAll('-', '').length);
  const digits = (prefix + titlePart).replaceAll('-', '');
  const sum = [...digits].reduce((acc, ch, i) => acc + Number(ch) * (i % 2 === 0 ? 1 : 3), 0);
  return `${prefix}-${titlePart}-${(10 - (sum % 10)) % 10}`;
}

/** An ISSN with a correct check character, e.g. `2005-123X`. */
export function issn(rng: Rng): string {
  const digits = `${rng.int(1, 2)}${rng.digits(6)}`;
  const sum = [...digits].reduce((acc, ch, i) => acc + Number(ch) * (8 - i), 0);
  const check = (11 - (sum % 11)) % 11;
  return `${digits.slice(0, 4)}-${digits.slice(4)}${check === 10 ? 'X' : String(check)}`;
}
