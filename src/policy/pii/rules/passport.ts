// Korean passport numbers (M12345678, or since 2021 M123A4567), only next to the cue 여권.
import { cueAfter, cueBefore, type PiiRule } from '../rule.ts';

const NUMBER = /(?<![A-Za-z0-9])[MSRODGmsrodg](?:\d{8}|\d{3}[A-Za-z]\d{4})(?![A-Za-z0-9])/g;
const CUE = /여권|passport/i;

export const passportRule: PiiRule = {
  name: 'passport',
  needs: 'digits',
  scan({ text }, emit) {
    if (!CUE.test(text)) return;
    for (const m of text.matchAll(NUMBER)) {
      const end = m.index + m[0].length;
      if (!cueBefore(text, m.index, CUE, 24) && !cueAfter(text, end, CUE, 8)) continue;
      emit({ kind: 'passport', start: m.index, end, confidence: 'high', rule: 'passport/context' });
    }
  },
};
