// Payment card numbers: 13–19 digits, grouped (4-4-4-4, 4-6-5 …) or in one run, Luhn-checked.
import { luhnOk } from '../checksums.ts';
import { cueBefore, digitsOf, NUM_END, NUM_START, type PiiRule } from '../rule.ts';

const GROUPED = new RegExp(
  `${NUM_START}\\d{4}( ?- ?| )\\d{4,6}\\1\\d{4,5}(?:\\1\\d{1,4})?${NUM_END}`,
  'g',
);
const RUN = new RegExp(`${NUM_START}\\d{15,16}${NUM_END}`, 'g');
/** Issuer prefixes: Amex, JCB, Diners, Visa, Mastercard (51–55, 2221–2720), UnionPay, domestic 9. */
const NETWORK = /^(?:3[0478]|35|4|5[1-5]|222[1-9]|22[3-9]|2[3-6]|27[01]|2720|6|9)/;
const CUE = /카드|card|신용|체크/i;

/**
 * Grouped with a network prefix and a valid Luhn digit: high; grouped next to a card cue
 * without Luhn: medium. A run of digits must be 15 (Amex) or 16 long, Luhn-valid and carry a
 * network prefix, so 15-digit document ids (which start 19/20/00) and timestamps are left alone.
 */
export const cardNumberRule: PiiRule = {
  name: 'card-number',
  needs: 'digits',
  scan({ text }, emit) {
    for (const m of text.matchAll(GROUPED)) {
      const digits = digitsOf(m[0]);
      if (digits.length < 13 || digits.length > 19) continue;
      const valid = luhnOk(digits) && NETWORK.test(digits);
      if (!valid && !cueBefore(text, m.index, CUE, 16)) continue;
      emit({
        kind: 'card-number',
        start: m.index,
        end: m.index + m[0].length,
        confidence: valid ? 'high' : 'medium',
        rule: valid ? 'card-number/grouped+luhn' : 'card-number/context',
      });
    }
    for (const m of text.matchAll(RUN)) {
      const digits = m[0];
      const amex = digits.length === 15 && /^3[47]/.test(digits);
      if (digits.length === 15 && !amex) continue;
      if (!luhnOk(digits) || !NETWORK.test(digits)) continue;
      emit({
        kind: 'card-number',
        start: m.index,
        end: m.index + m[0].length,
        confidence: 'high',
        rule: 'card-number/run+luhn',
      });
    }
  },
};
