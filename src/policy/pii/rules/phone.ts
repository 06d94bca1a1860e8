// Telephone numbers: mobile, area codes, 070/050x/080, +82, 15xx/16xx/18xx, bare local numbers.
import { issnChecksumOk } from '../checksums.ts';
import {
  cueAfter,
  cueBefore,
  NUM_END,
  NUM_START,
  SEP,
  type Emit,
  type PiiRule,
  type ScanInput,
} from '../rule.ts';

/** Prefixes after the trunk 0: mobile, Seoul, the regional codes, internet, personal, toll-free. */
const AREA = '1[016789]|2|3[1-3]|4[1-4]|5[1-5]|6[1-4]|70|50[2-8]|80';
const AFTER_AREA = String.raw`(?:\) ?|${SEP})?`;
const DOMESTIC = new RegExp(
  `${NUM_START}0(${AREA})${AFTER_AREA}(\\d{3,4})${SEP}?(\\d{4})${NUM_END}`,
  'g',
);
const INTERNATIONAL = new RegExp(
  `\\+ ?82 ?-? ?(?:\\(0\\) ?)?(${AREA})${AFTER_AREA}(\\d{3,4})${SEP}?(\\d{4})${NUM_END}`,
  'g',
);
const REPRESENTATIVE = new RegExp(`${NUM_START}(1[568]\\d{2})${SEP}(\\d{4})${NUM_END}`, 'g');
const LOCAL = new RegExp(`${NUM_START}([2-9]\\d{2,3}) ?[-.] ?(\\d{4})${NUM_END}`, 'g');

const PHONE_CUE = /☎|℡|전화|연락처|휴대|핸드폰|팩스|문의|tel|phone|fax|콜센터|고객센터|대표번호/i;
const SERIAL_CUE = /ISSN|ISBN/i;
const UNIT_AFTER = /^ ?[년원명개건%]/;

/**
 * Office numbers (an exchange of the institution, Seoul City Hall `02-2133-xxxx` by default) are
 * reported with rule `phone/office-exchange` in every field: the redactor decides whether to
 * mask them (titles: yes), and the leak alarm ignores them (they are published as contacts).
 */
export const phoneRule: PiiRule = {
  name: 'phone',
  needs: 'digits',
  scan(input, emit) {
    const { text } = input;
    for (const m of text.matchAll(DOMESTIC)) {
      const area = m[1] ?? '';
      const middle = m[2] ?? '';
      const mobile = area.startsWith('1');
      const landline = area === '2' || (area.length === 2 && /^[3-6]/.test(area));
      if (landline && !/^[2-9]/.test(middle)) continue;
      if (area === '70' && middle.length !== 4) continue;
      const bare = m[0].length === 1 + area.length + middle.length + 4;
      const office = area === '2' && input.officeExchanges.has(middle);
      emit({
        kind: 'phone',
        start: m.index,
        end: m.index + m[0].length,
        confidence: office || (bare && !mobile) ? 'medium' : 'high',
        rule: office ? 'phone/office-exchange' : `phone/${mobile ? 'mobile' : areaRule(area)}`,
      });
    }
    for (const m of text.matchAll(INTERNATIONAL)) {
      emit({
        kind: 'phone',
        start: m.index,
        end: m.index + m[0].length,
        confidence: 'high',
        rule: 'phone/international',
      });
    }
    scanRepresentative(input, emit);
    scanLocal(input, emit);
  },
};

function areaRule(area: string): string {
  if (area === '70') return 'internet';
  if (area.startsWith('50')) return 'personal-050';
  if (area === '80') return 'toll-free';
  return 'area-code';
}

/**
 * 1588-1234: organisations' representative numbers. Outside a contact field and without a phone
 * cue, a valid ISSN (Korean journals: 1598-…, 1599-…) or a year range is not one.
 */
function scanRepresentative(input: ScanInput, emit: Emit): void {
  const { text } = input;
  for (const m of text.matchAll(REPRESENTATIVE)) {
    const end = m.index + m[0].length;
    if (UNIT_AFTER.test(text.slice(end, end + 2))) continue;
    if (cueBefore(text, m.index, SERIAL_CUE, 12)) continue;
    const cued =
      input.field === 'contact' ||
      cueBefore(text, m.index, PHONE_CUE, 12) ||
      cueAfter(text, end, PHONE_CUE, 8);
    if (!cued && issnChecksumOk((m[1] ?? '') + (m[2] ?? ''))) continue;
    if (!cued && isYearRange(text, m.index, end, m[1] ?? '', m[2] ?? '')) continue;
    emit({
      kind: 'phone',
      start: m.index,
      end,
      confidence: 'medium',
      rule: 'phone/representative',
    });
  }
}

/** `(1592-1598)`: two increasing years in parentheses, or followed by 년. */
function isYearRange(text: string, start: number, end: number, a: string, b: string): boolean {
  const from = Number(a);
  const to = Number(b);
  if (!(to > from && to - from < 300)) return false;
  return text[start - 1] === '(' || text[end] === ')' || text[end] === '년';
}

/** A number without area code: a phone in a contact field, or right after a phone cue (☎, 전화). */
function scanLocal(input: ScanInput, emit: Emit): void {
  const { text } = input;
  const contact = input.field === 'contact';
  for (const m of text.matchAll(LOCAL)) {
    const end = m.index + m[0].length;
    if (!contact && !cueBefore(text, m.index, PHONE_CUE, 8)) continue;
    if (UNIT_AFTER.test(text.slice(end, end + 2))) continue;
    const office = input.officeExchanges.has(m[1] ?? '');
    emit({
      kind: 'phone',
      start: m.index,
      end,
      confidence: 'medium',
      rule: office
        ? 'phone/office-exchange'
        : contact
          ? 'phone/local-in-contact'
          : 'phone/local-cued',
    });
  }
}
