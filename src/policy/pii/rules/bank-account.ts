// Bank account numbers: 10–14 digits (grouped by hyphens or in one run), only next to a bank cue.
import { isCalendarDate } from '../checksums.ts';
import { cueAfter, cueBefore, digitsOf, NUM_END, NUM_START, type PiiRule } from '../rule.ts';

const GROUPED = new RegExp(`${NUM_START}\\d{2,6}(?: ?- ?\\d{1,7}){1,4}${NUM_END}`, 'g');
const RUN = new RegExp(`${NUM_START}\\d{10,14}${NUM_END}`, 'g');

/** Bank names that are also ordinary words (국민, 우리, 하나 …) count only right next to the number. */
const AMBIGUOUS_BANKS = '국민|신한|우리|하나|기업|부산|대구|경남|광주|전북|제주|산업|씨티|제일';
const PLAIN_BANKS =
  '농협|수협|신협|새마을금고|우체국|카카오뱅크|케이뱅크|토스뱅크|SC제일|KB|IBK|NH';
/** Cue words before the number: account words anywhere in the window, bank names right before. */
const ACCOUNT_CUE = /계좌|예금주|입금|통장|송금|이체|account/i;
const BANK_RIGHT_BEFORE = new RegExp(
  `(?:(?:${AMBIGUOUS_BANKS})(?:은행)?|${PLAIN_BANKS}|[가-힣]{1,4}은행)[ :)]{0,3}$`,
);
/** Anything that could cue an account anywhere in the text; without it the rule has nothing to do. */
const ANY_CUE = new RegExp(`${ACCOUNT_CUE.source}|${AMBIGUOUS_BANKS}|${PLAIN_BANKS}|은행`, 'i');
const BANK_RIGHT_AFTER = new RegExp(
  `^[ (]{0,2}(?:(?:${AMBIGUOUS_BANKS})은행|${PLAIN_BANKS}|[가-힣]{1,4}은행)`,
);

/** A run that opens with YYYYMMDD is a date or timestamp, not an account. */
function startsWithDate(digits: string): boolean {
  const year = Number(digits.slice(0, 4));
  return (
    year >= 1900 &&
    year <= 2100 &&
    isCalendarDate(year, Number(digits.slice(4, 6)), Number(digits.slice(6, 8)))
  );
}

export const bankAccountRule: PiiRule = {
  name: 'bank-account',
  needs: 'digits',
  scan({ text }, emit) {
    if (!ANY_CUE.test(text)) return;
    const seen = new Set<number>();
    const consider = (start: number, match: string): void => {
      const digits = digitsOf(match);
      if (digits.length < 10 || digits.length > 14 || seen.has(start)) return;
      if (!match.includes('-') && startsWithDate(digits)) return;
      const end = start + match.length;
      const cued =
        cueBefore(text, start, ACCOUNT_CUE, 24) ||
        cueBefore(text, start, BANK_RIGHT_BEFORE, 14) ||
        cueAfter(text, end, BANK_RIGHT_AFTER, 10);
      if (!cued) return;
      seen.add(start);
      emit({ kind: 'bank-account', start, end, confidence: 'high', rule: 'bank-account/context' });
    };
    for (const m of text.matchAll(GROUPED)) consider(m.index, m[0]);
    for (const m of text.matchAll(RUN)) consider(m.index, m[0]);
  },
};
