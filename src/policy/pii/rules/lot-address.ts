// Lot-number (지번) addresses of private parcels: 신길동 151-12, 종로1가 12-3, 산 12-1, 151번지.
import { cueBefore, type PiiRule } from '../rule.ts';

const LOT = new RegExp(
  String.raw`(?<![가-힣])([가-힣]{1,5}\d{0,2}(?:동|가|리)) ?(?:산 ?)?\d{1,4}(?:( ?- ?)\d{1,4})?( ?번지)?(?!\d)(?! ?-)`,
  'g',
);
/** Words ending in 동 that are not neighbourhoods (활동 1-2차 …). */
const NOT_A_PLACE = new Set(
  (
    '활동 운동 행동 이동 공동 합동 협동 변동 연동 작동 가동 출동 노동 아동 발동 기동 유동 자동 수동 ' +
    '감동 충동 진동 선동 파동 소동 거동 율동 혼동 부동 난동 준동 약동 초동 태동 격동 폭동 반동 요동 ' +
    '생동 책동 구동 주동 피동 능동 언동 연계동'
  ).split(' '),
);
/** `1-2차`, `3-4층`, `1-2월`: ordinals and ranges, not lots. */
const UNIT_AFTER = /^[차회분기년월일개명건%세조층위급권편장절항쪽반주]/;
/** `683-1번지 일원`, `300-1 외 12필지`: a planning area named by its first parcel, not a home. */
const AREA_AFTER = /^ ?(?:일원|일대|외 ?\d+ ?필지|\d* ?필지)/;
/** In a place field (a shop's address) only a private cue makes a lot personal. */
const PRIVATE_CUE = /자택|거주|주소지|댁|주거|거소|실거주|본가/;

export const lotAddressRule: PiiRule = {
  name: 'lot-address',
  needs: 'digits',
  scan({ text, field }, emit) {
    for (const m of text.matchAll(LOT)) {
      const word = m[1] ?? '';
      const hasSub = m[2] !== undefined;
      if (!hasSub && m[3] === undefined) continue;
      const end = m.index + m[0].length;
      if (UNIT_AFTER.test(text.charAt(end)) || AREA_AFTER.test(text.slice(end, end + 10))) continue;
      if (!placeWord(word, text, m.index)) continue;
      if (field === 'place' && !cueBefore(text, m.index, PRIVATE_CUE, 24)) continue;
      emit({
        kind: 'lot-address',
        start: m.index,
        end,
        confidence: hasSub ? 'high' : 'medium',
        rule: field === 'place' ? 'lot-address/private-cue' : 'lot-address/lot-number',
      });
    }
  },
};

function placeWord(word: string, text: string, start: number): boolean {
  if (word.endsWith('가')) return /\d가$/.test(word);
  if (word.endsWith('리')) return /[가-힣][읍면] $/.test(text.slice(Math.max(0, start - 8), start));
  const stem = word.replace(/\d*동$/, '');
  return stem.length >= 1 && !NOT_A_PLACE.has(word);
}
