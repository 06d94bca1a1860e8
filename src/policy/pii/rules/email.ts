// E-mail addresses, found by expanding around each `@` (linear time, no regex backtracking).
import type { PiiRule } from '../rule.ts';

const LOCAL = /[A-Za-z0-9._%+-]/;
const DOMAIN = /[A-Za-z0-9.-]/;

/**
 * A local part touched by a mask mark on its left (`**cd@…`), or empty because the mask sits
 * right before the `@` (`hong***@…`), is an already-masked address: nothing to report.
 */
export const emailRule: PiiRule = {
  name: 'email',
  needs: 'at-sign',
  scan({ text }, emit) {
    for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
      let start = at;
      while (start > 0 && LOCAL.test(text.charAt(start - 1))) start--;
      while (start < at && text.charAt(start) === '.') start++;
      if (start === at) continue;
      if (start > 0 && /[*○●◯]/.test(text.charAt(start - 1))) continue;
      let end = at + 1;
      while (end < text.length && DOMAIN.test(text.charAt(end))) end++;
      while (end > at + 1 && /[.-]/.test(text.charAt(end - 1))) end--;
      if (!isDomain(text.slice(at + 1, end))) continue;
      emit({ kind: 'email', start, end, confidence: 'high', rule: 'email/address' });
    }
  },
};

/** Dot-separated non-empty labels, the last alphabetic and at least two letters long. */
function isDomain(domain: string): boolean {
  const labels = domain.split('.');
  const tld = labels[labels.length - 1] ?? '';
  return labels.length >= 2 && labels.every((l) => l.length > 0) && /^[A-Za-z]{2,}$/.test(tld);
}
