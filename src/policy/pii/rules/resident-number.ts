// Resident (주민등록번호) and foreigner (외국인등록번호) registration numbers: YYMMDD-GNNNNNN.
import { foreignerChecksumOk, residentChecksumOk } from '../checksums.ts';
import type { PiiRule } from '../rule.ts';
import { birthDateValid, corporateCueNearest, thirteenDigitCandidates } from './thirteen-digits.ts';

/**
 * The birth date must be valid for the century the gender digit implies (1–2, 5–6: 1900s; 3–4,
 * 7–8: 2000s; 9, 0: 1800s). The checksum only raises confidence: numbers issued since Oct 2020
 * have random tails. A number the text calls a 법인 number is left to the corporate rule.
 */
export const residentNumberRule: PiiRule = {
  name: 'resident-number',
  needs: 'digits',
  scan({ text }, emit) {
    for (const c of thirteenDigitCandidates(text)) {
      const gender = c.digits.charCodeAt(6) - 48;
      if (c.separator === 'space' && (gender === 0 || gender === 9)) continue;
      if (!birthDateValid(c.digits)) continue;
      if (corporateCueNearest(text, c.start)) continue;
      const foreigner = gender >= 5 && gender <= 8;
      const checksum = residentChecksumOk(c.digits) || (foreigner && foreignerChecksumOk(c.digits));
      emit({
        kind: foreigner ? 'foreigner-registration-number' : 'resident-registration-number',
        start: c.start,
        end: c.end,
        confidence: checksum ? 'high' : 'medium',
        rule: `${foreigner ? 'foreigner-number' : 'resident-number'}/${checksum ? 'date+checksum' : 'date'}`,
      });
    }
  },
};
