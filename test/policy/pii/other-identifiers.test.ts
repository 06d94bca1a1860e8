// E-mail, cards, bank accounts, passports, driver's licences and vehicle plates.
import { describe, expect, it } from 'vitest';
import { detectPii } from '../../../src/policy/pii/detect.ts';
import { valid } from './check-digits.ts';
import { rules, spans } from './spans.ts';

describe('e-mail addresses', () => {
  it('are found whole, including sub-domains and plus-tags', () => {
    expect(spans('회신: minji_kim+seoul@mail.example.co.kr.')).toEqual([
      ['email', 'minji_kim+seoul@mail.example.co.kr'],
    ]);
  });
  it('are not found when masked or incomplete', () => {
    expect(detectPii('hong***@example.com')).toEqual([]);
    expect(detectPii('**cd@example.com')).toEqual([]);
    expect(detectPii('hong@localhost')).toEqual([]);
    expect(detectPii('@example.com')).toEqual([]);
  });
});

describe('card numbers', () => {
  it('grouped with a valid Luhn digit and an issuer prefix: high', () => {
    const card = valid('luhn', '4532-0151-1283-036');
    expect(rules(card)).toEqual(['card-number/grouped+luhn']);
    const amex = valid('luhn', '3782 822463 1000');
    expect(spans(amex)).toEqual([['card-number', amex]]);
  });
  it('in one run only at 15 (Amex) or 16 digits', () => {
    const run = valid('luhn', '455612345678901');
    expect(spans(run)).toEqual([['card-number', run]]);
    expect(detectPii(valid('luhn', '45561234567890'))).toEqual([]);
  });
  it('without Luhn only next to a card cue', () => {
    expect(detectPii('1234-5678-9012-3456')).toEqual([]);
    expect(rules('카드번호 1234-5678-9012-3456')).toEqual(['card-number/context']);
  });
  it('leave 15-digit document ids alone even when Luhn-valid', () => {
    const id = valid('luhn', '20240000012345');
    expect(id).toHaveLength(15);
    expect(detectPii(id)).toEqual([]);
  });
});

describe('bank accounts', () => {
  it('need a bank or account cue', () => {
    expect(spans('신한은행 110-123-456789')).toEqual([['bank-account', '110-123-456789']]);
    expect(spans('110-123-456789 (우체국)')).toEqual([['bank-account', '110-123-456789']]);
    expect(detectPii('110-123-456789')).toEqual([]);
  });
  it('count ambiguous bank names (국민, 우리, 하나) only right before the number', () => {
    expect(spans('국민 123456-01-234567')).toEqual([['bank-account', '123456-01-234567']]);
    expect(detectPii('국민 참여 예산 1,234건')).toEqual([]);
    expect(detectPii('우리 구 주민센터 14개소')).toEqual([]);
  });
  it('leave dates and timestamps alone even next to a cue', () => {
    expect(detectPii('계좌 개설 20240305093012')).toEqual([]);
    expect(detectPii('입금일 2024-03-05')).toEqual([]);
  });
});

describe('passports and driver’s licences', () => {
  it('passports need 여권', () => {
    expect(spans('여권번호 M12345678')).toEqual([['passport', 'M12345678']]);
    expect(spans('여권 사본(M123A4567)')).toEqual([['passport', 'M123A4567']]);
    expect(detectPii('모델명 M12345678')).toEqual([]);
  });
  it('licences need 면허, unless the region is written', () => {
    expect(spans('운전면허번호 11-24-123456-01')).toEqual([['driver-licence', '11-24-123456-01']]);
    expect(spans('서울 12-345678-90')).toEqual([['driver-licence', '서울 12-345678-90']]);
    expect(detectPii('11-24-123456-01')).toEqual([]);
  });
});

describe('vehicle plates', () => {
  it.each([
    '24러5122',
    '123가4567',
    '12가 3456',
    '서울12가3456',
    '서울 12 가 3456',
    '77바 8080',
    '45하1234',
  ])('finds %s', (plate) =>
    expect(spans(`차량 ${plate} 견인`)).toEqual([['vehicle-plate', plate]]),
  );
  it.each(['24러****', '12조3456억원', '고시 제12호 3456건', '2024년 3월', '45하 1234'])(
    'leaves %s alone',
    (text) => expect(detectPii(text)).toEqual([]),
  );
});
