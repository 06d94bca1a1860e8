// Private street (도로명) addresses, only with a residence cue: 자택 도봉로 12길 34, 101동 1203호.
import { cueBefore, type PiiRule } from '../rule.ts';

const STREET = new RegExp(
  String.raw`(?<![가-힣○0-9])([가-힣○][가-힣○0-9]{0,11}?(?:대로|로|길)) ?\d{1,4}(?: ?- ?\d{1,4})?(?: ?번?길 ?\d{1,4}(?: ?- ?\d{1,4})?)?(?!\d)`,
  'g',
);
/** Words ending in 로/길 that are not road names, and counts that follow a number. */
const NOT_A_ROAD = new Set([
  '도로',
  '대로',
  '통로',
  '진로',
  '경로',
  '항로',
  '수로',
  '선로',
  '차로',
  '골목길',
  '산책로',
  '자전거길',
]);
const UNIT_AFTER = /^ ?[곳건개명%차번회]/;
const UNIT = /(?<!\d)\d{1,4} ?동 ?\d{1,4} ?호/g;

/** Where someone lives: business addresses (shops, offices) carry none of these. */
const RESIDENCE_CUE = /거주|자택|댁|주거|거소|사는 곳|살고|전입|실거주|주민등록지|본가|주소지/;
/** `주소` alone also introduces an office's address: then an institution word is near. */
const ADDRESS_CUE = /주소/;
const INSTITUTION =
  /청사|시청|구청|센터|빌딩|타워|공단|공사|본관|별관|회관|㈜|주식회사|사무소|사옥|재단/;
const DWELLING_CUE =
  /아파트|빌라|맨션|오피스텔|연립|다세대|주공|자이|래미안|푸르지오|힐스테이트|세대/;

export const streetAddressRule: PiiRule = {
  name: 'street-address',
  needs: 'digits',
  scan({ text }, emit) {
    const cued = RESIDENCE_CUE.test(text) || ADDRESS_CUE.test(text);
    if (!cued && !DWELLING_CUE.test(text)) return;
    for (const m of cued ? text.matchAll(STREET) : []) {
      const end = m.index + m[0].length;
      if (NOT_A_ROAD.has(m[1] ?? '') || UNIT_AFTER.test(text.slice(end, end + 2))) continue;
      if (!residence(text, m.index, end)) continue;
      emit({
        kind: 'street-address',
        start: m.index,
        end,
        confidence: 'high',
        rule: 'street-address/residence-cue',
      });
    }
    for (const m of text.matchAll(UNIT)) {
      const dwelling =
        cueBefore(text, m.index, DWELLING_CUE, 30) || cueBefore(text, m.index, RESIDENCE_CUE, 30);
      if (!dwelling) continue;
      emit({
        kind: 'street-address',
        start: m.index,
        end: m.index + m[0].length,
        confidence: 'high',
        rule: 'street-address/dwelling-unit',
      });
    }
  },
};

/** A residence cue before the address; or `주소` with no institution named around it. */
function residence(text: string, start: number, end: number): boolean {
  if (cueBefore(text, start, RESIDENCE_CUE, 24)) return true;
  if (!cueBefore(text, start, ADDRESS_CUE, 24)) return false;
  const around = text.slice(Math.max(0, start - 24), Math.min(text.length, end + 16));
  return !INSTITUTION.test(around);
}
