// The shared `NNNNNN-NNNNNNN` shape of resident, foreigner and corporate registration numbers,
// and the context test that tells a corporate number from a person's.
import { isCalendarDate } from '../checksums.ts';
import { HYPHEN, NUM_END, NUM_START } from '../rule.ts';

export interface ThirteenDigits {
  readonly start: number;
  readonly end: number;
  readonly digits: string;
  readonly separator: 'hyphen' | 'space' | 'none';
}

const SHAPE = new RegExp(`${NUM_START}(\\d{6})(?:(${HYPHEN})|( ))?(\\d{7})${NUM_END}`, 'g');

export function* thirteenDigitCandidates(text: string): Generator<ThirteenDigits> {
  for (const m of text.matchAll(SHAPE)) {
    const head = m[1] ?? '';
    const tail = m[4] ?? '';
    const separator = m[2] !== undefined ? 'hyphen' : m[3] !== undefined ? 'space' : 'none';
    yield { start: m.index, end: m.index + m[0].length, digits: head + tail, separator };
  }
}

/** The birth date a resident/foreigner number claims is a real date in its gender digit's century. */
export function birthDateValid(digits: string): boolean {
  const gender = digits.charCodeAt(6) - 48;
  const century =
    gender === 9 || gender === 0 ? 1800 : gender <= 2 || gender === 5 || gender === 6 ? 1900 : 2000;
  const year = century + Number(digits.slice(0, 2));
  return isCalendarDate(year, Number(digits.slice(2, 4)), Number(digits.slice(4, 6)));
}

const CORPORATE_CUE = /법인/g;
const PERSON_CUE = /주민|외국인|생년|본인|개인/g;

function lastIndex(window: string, cue: RegExp): number {
  let last = -1;
  for (const m of window.matchAll(cue)) last = m.index;
  return last;
}

/** `법인` is the nearest cue within 24 code units before the number (so 법인 … 주민등록번호 is a person's). */
export function corporateCueNearest(text: string, start: number): boolean {
  const window = text.slice(Math.max(0, start - 24), start);
  const corporate = lastIndex(window, CORPORATE_CUE);
  return corporate >= 0 && corporate > lastIndex(window, PERSON_CUE);
}
