// Private lot and street addresses: by their shape (동 + lot number) or by a residence cue.
import { describe, expect, it } from 'vitest';
import { detectPii } from '../../../src/policy/pii/detect.ts';
import { spans } from './spans.ts';

describe('lot addresses', () => {
  it.each([
    '신길동 151-12',
    '상계동 1021-3',
    '창동 17-205',
    '종로5가 82-1',
    '불광동 산 42-3',
    '신림동 1433번지',
  ])('finds %s in a title', (lot) =>
    expect(spans(`도로점용 허가(${lot})`, { field: 'title' })).toEqual([['lot-address', lot]]),
  );
  it.each([
    '도로점용 허가(신길동 148-**)',
    '1-2차 회의',
    '활동 1-2 단계',
    '3-4층 리모델링',
    '용산구 한남동 683-1번지 일원 재정비촉진구역',
    '성수동2가 300-1 외 12필지',
    '마포구 상암동 1600 일대',
    '관리 1-2',
  ])('leaves %s alone', (text) => {
    expect(detectPii(text, { field: 'title' })).toEqual([]);
  });
  it('in a place field belongs to a shop, unless a private cue is near', () => {
    expect(detectPii('무교동낙지(중구 무교동 45-2)', { field: 'place' })).toEqual([]);
    expect(spans('퇴직 직원 댁 방문(응암동 17-52)', { field: 'place' })).toEqual([
      ['lot-address', '응암동 17-52'],
    ]);
  });
});

describe('street addresses', () => {
  it('are found after a residence cue', () => {
    expect(spans('민원인 자택 도봉로 12길 34 방문')).toContainEqual([
      'street-address',
      '도봉로 12길 34',
    ]);
    expect(spans('거주지: 은평로 21-7')).toEqual([['street-address', '은평로 21-7']]);
    expect(spans('○○아파트 101동 1203호 누수')).toEqual([['street-address', '101동 1203호']]);
  });
  it('without a cue, or at an institution, are public', () => {
    expect(detectPii('한가람(중구 남대문로 115)', { field: 'place' })).toEqual([]);
    expect(detectPii('세종대로 110 일대 보행환경 개선')).toEqual([]);
    expect(detectPii('주소: 중구 세종대로 110 (서울시청)')).toEqual([]);
    expect(detectPii('주소 불명 도로 12곳 정비')).toEqual([]);
    expect(detectPii('한빛빌딩 101동 1203호 사무실 임차')).toEqual([]);
  });
});
