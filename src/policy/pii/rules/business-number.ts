// Business registration numbers (사업자등록번호): NNN-NN-NNNNN with the National Tax Service check.
import { businessChecksumOk } from '../checksums.ts';
import { cueBefore, digitsOf, HYPHEN, NUM_END, NUM_START, type PiiRule } from '../rule.ts';

const GROUPED = new RegExp(`${NUM_START}\\d{3}${HYPHEN}\\d{2}${HYPHEN}\\d{5}${NUM_END}`, 'g');
const PLAIN = new RegExp(`${NUM_START}[1-9]\\d{9}${NUM_END}`, 'g');
const CUE = /사업자|등록번호|사업장번호|business/i;

/**
 * Grouped and checksum-valid: high. Grouped without the checksum, or ten plain digits, only next
 * to a cue (사업자, 등록번호): medium, or high when the checksum holds.
 */
export const businessNumberRule: PiiRule = {
  name: 'business-number',
  needs: 'digits',
  scan({ text }, emit) {
    for (const m of text.matchAll(GROUPED)) {
      const checksum = businessChecksumOk(digitsOf(m[0]));
      if (!checksum && !cueBefore(text, m.index, CUE, 24)) continue;
      emit({
        kind: 'business-registration-number',
        start: m.index,
        end: m.index + m[0].length,
        confidence: checksum ? 'high' : 'medium',
        rule: checksum ? 'business-number/checksum' : 'business-number/context',
      });
    }
    if (!CUE.test(text)) return;
    for (const m of text.matchAll(PLAIN)) {
      if (!cueBefore(text, m.index, CUE, 24)) continue;
      const checksum = businessChecksumOk(m[0]);
      emit({
        kind: 'business-registration-number',
        start: m.index,
        end: m.index + m[0].length,
        confidence: checksum ? 'high' : 'medium',
        rule: checksum ? 'business-number/context+checksum' : 'business-number/context',
      });
    }
  },
};
