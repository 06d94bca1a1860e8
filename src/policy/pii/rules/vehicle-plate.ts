// Vehicle registration plates: 24러5122, 123가 4567, and the older regional 서울12가3456.
import type { PiiRule } from '../rule.ts';

const REGIONS =
  '서울|부산|경기|강원|충북|충남|전북|전남|경북|경남|제주|대구|인천|광주|대전|울산|세종';
/** Private, commercial (아바사자), delivery (배) and rental (하허호) letters. */
const LETTERS = '가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주아바사자배하허호';
const PLATE = new RegExp(
  `(?<!\\d)(?:(${REGIONS}) ?)?(\\d{2,3}) ?([${LETTERS}])( ?)(\\d{4})(?!\\d)`,
  'g',
);
/** `12조3456억`, `3천`: amounts and counts, not plates. */
const UNIT_AFTER = /^ ?[억만천원년명개건회]/;
const RENTAL = /[하허호]/;

/**
 * A masked plate (`24러****`) has no four digits and is not matched. An ordinal `제12호 3456` is
 * not a plate; rental letters (하허호) must touch the digits.
 */
export const vehiclePlateRule: PiiRule = {
  name: 'vehicle-plate',
  needs: 'digits',
  scan({ text }, emit) {
    for (const m of text.matchAll(PLATE)) {
      const end = m.index + m[0].length;
      if (UNIT_AFTER.test(text.slice(end, end + 2))) continue;
      const letter = m[3] ?? '';
      if (RENTAL.test(letter) && m[4] === ' ') continue;
      const digitsStart = m.index + (m[1] ? m[0].indexOf(m[2] ?? '', m[1].length) : 0);
      if (text[digitsStart - 1] === '제') continue;
      emit({
        kind: 'vehicle-plate',
        start: m.index,
        end,
        confidence: 'high',
        rule: m[1] ? 'vehicle-plate/regional' : 'vehicle-plate/current',
      });
    }
  },
};
