// The context around a name candidate: role before it, honorific or "and others" after it,
// parentheses around it, a list field — each a signal with a weight.
import type { PiiField } from '../types.ts';
import type { HangulToken } from './hangul-tokens.ts';
import { roleOf } from './roles.ts';

export type SignalName =
  | 'citizen-role'
  | 'label'
  | 'deceased'
  | 'official-rank'
  | 'rank-after'
  | 'role-after'
  | 'contact-after'
  | 'honorific'
  | 'junior-honorific'
  | 'and-others'
  | 'broad-role'
  | 'and-others-uncounted'
  | 'parenthesized'
  | 'field-list'
  | 'list-continuation';

export interface Signal {
  readonly name: SignalName;
  readonly strong: boolean;
}

/** How the token was read: the core name and what was glued to it (`김희준외`, `홍길동씨의`). */
export type Glued = 'none' | 'and-others' | 'honorific' | 'particle';

const ROLE_GAP = /^[ :()]{1,3}$/;
const LIST_GAP = /^ ?[,ㆍ·/;] ?$/;
const LIST_EDGE = /[,ㆍ·/;]/;
/** A phone number or e-mail right after the name: `홍길동(010-…)`, `홍길동 02-…`. */
const CONTACT_AFTER = /^[ :(]{0,2}(?:0\d|\+82|[A-Za-z0-9._-]+@)/;

/** The signal the word before a token gives (`민원인 홍길동`, `행정주무관 박서연`). */
export function prefixSignal(
  text: string,
  tokens: readonly HangulToken[],
  k: number,
  previousWasName: boolean,
): Signal | undefined {
  const token = tokens[k];
  const prev = tokens[k - 1];
  if (!token) return undefined;
  if (text.slice(Math.max(0, token.start - 4), token.start).includes('故')) {
    return { name: 'deceased', strong: true };
  }
  if (!prev) return undefined;
  const gap = text.slice(prev.end, token.start);
  if (previousWasName && LIST_GAP.test(gap)) return { name: 'list-continuation', strong: false };
  if (!ROLE_GAP.test(gap)) return undefined;
  switch (roleOf(prev.text)) {
    case 'official':
      return { name: 'official-rank', strong: true };
    case 'citizen':
      return { name: 'citizen-role', strong: true };
    case 'label':
      return { name: 'label', strong: true };
    case 'broad':
      return { name: 'broad-role', strong: false };
    default:
      return undefined;
  }
}

/**
 * The signal after a token: glued (`김희준외 8명`), a contact number (`홍길동(010-…)`), or the
 * next word (`홍길동 씨`, `김철수 군`, `박민수 주무관`, `최영수 위원`).
 */
export function suffixSignal(
  text: string,
  tokens: readonly HangulToken[],
  k: number,
  glued: Glued,
): Signal | undefined {
  const token = tokens[k];
  if (!token) return undefined;
  if (glued === 'honorific') return { name: 'honorific', strong: true };
  if (glued === 'and-others') return andOthers(text, token.end);
  if (glued === 'particle') return undefined;
  if (CONTACT_AFTER.test(text.slice(token.end, token.end + 6))) {
    return { name: 'contact-after', strong: false };
  }
  const next = tokens[k + 1];
  if (!next || !/^ {1,2}$/.test(text.slice(token.end, next.start))) return undefined;
  const word = next.text;
  if (/^[씨님]/.test(word) && word.length <= 3) return { name: 'honorific', strong: true };
  if (word === '군' || word === '양') return { name: 'junior-honorific', strong: true };
  if (word === '외' || word === '등') return andOthers(text, next.end);
  if (word.length > 6) return undefined;
  const role = roleOf(word);
  if (role === 'official') return { name: 'rank-after', strong: true };
  if (role === 'broad' || role === 'citizen') return { name: 'role-after', strong: false };
  return undefined;
}

/** `외 8명`, `외8`, `등 6명` count the others: strong; a bare `등` is weaker. */
function andOthers(text: string, after: number): Signal {
  return /^ ?\d/.test(text.slice(after, after + 2))
    ? { name: 'and-others', strong: true }
    : { name: 'and-others-uncounted', strong: false };
}

/** `(박민수)` in a title, or the first item of `(박민수, 010-…)`. */
export function parenthesized(text: string, start: number, end: number): Signal | undefined {
  if (text.charAt(start - 1) !== '(') return undefined;
  const after = text.charAt(end);
  // `(홍길동)`, `(홍길동, …)`, and the name a title files a matter under: `(홍길동 관련)`.
  const closes = after === ')' || after === ',' || PAREN_MATTER.test(text.slice(end, end + 8));
  return closes ? { name: 'parenthesized', strong: false } : undefined;
}

/** What may follow a name inside a title's parentheses: `(홍길동 관련)`, `(홍길동 건)` … */
const PAREN_MATTER = /^ ?(관련|건|민원|신고|외|등)[ ,)]/u;

/** In a participants or authors field, a name standing alone between list separators. */
export function fieldList(
  field: PiiField,
  text: string,
  start: number,
  tokenEnd: number,
  hasSuffix: boolean,
): Signal | undefined {
  if (field !== 'participants' && field !== 'authors') return undefined;
  let b = start - 1;
  while (b >= 0 && text.charAt(b) === ' ') b--;
  let a = tokenEnd;
  while (a < text.length && text.charAt(a) === ' ') a++;
  const startOk = b < 0 || LIST_EDGE.test(text.charAt(b));
  const endOk = a >= text.length || LIST_EDGE.test(text.charAt(a)) || hasSuffix;
  return startOk && endOk ? { name: 'field-list', strong: false } : undefined;
}
