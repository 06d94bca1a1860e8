// Corporate registration numbers (법인등록번호): NNNNNN-NNNNNNN with the mod-10 check digit.
import { corporateChecksumOk } from '../checksums.ts';
import type { PiiRule } from '../rule.ts';
import { birthDateValid, corporateCueNearest, thirteenDigitCandidates } from './thirteen-digits.ts';

/**
 * Same shape as a resident number, so: the nearest cue `법인` decides (checksum → high, else
 * medium); without the cue, a hyphenated number whose "birth date" is impossible but whose
 * corporate checksum holds is still one (medium). Everything else is left to the resident rule.
 */
export const corporateNumberRule: PiiRule = {
  name: 'corporate-number',
  needs: 'digits',
  scan({ text }, emit) {
    for (const c of thirteenDigitCandidates(text)) {
      const checksum = corporateChecksumOk(c.digits);
      if (corporateCueNearest(text, c.start)) {
        emit({
          kind: 'corporate-registration-number',
          start: c.start,
          end: c.end,
          confidence: checksum ? 'high' : 'medium',
          rule: checksum ? 'corporate-number/context+checksum' : 'corporate-number/context',
        });
      } else if (checksum && c.separator === 'hyphen' && !birthDateValid(c.digits)) {
        emit({
          kind: 'corporate-registration-number',
          start: c.start,
          end: c.end,
          confidence: 'medium',
          rule: 'corporate-number/checksum',
        });
      }
    }
  },
};
