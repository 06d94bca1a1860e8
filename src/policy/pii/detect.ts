// Korean PII detection over free text: runs every rule, settles overlaps, maps offsets back.
import { normalizeText } from './normalize.ts';
import { ROLE_WORDS } from './names/roles.ts';
import { resolveFindings } from './resolve.ts';
import type { PiiRule, ScanInput } from './rule.ts';
import { bankAccountRule } from './rules/bank-account.ts';
import { businessNumberRule } from './rules/business-number.ts';
import { cardNumberRule } from './rules/card-number.ts';
import { corporateNumberRule } from './rules/corporate-number.ts';
import { driverLicenceRule } from './rules/driver-licence.ts';
import { emailRule } from './rules/email.ts';
import { lotAddressRule } from './rules/lot-address.ts';
import { passportRule } from './rules/passport.ts';
import { personNameRule } from './rules/person-name.ts';
import { phoneRule } from './rules/phone.ts';
import { residentNumberRule } from './rules/resident-number.ts';
import { streetAddressRule } from './rules/street-address.ts';
import { vehiclePlateRule } from './rules/vehicle-plate.ts';
import type { PiiContext, PiiFinding } from './types.ts';

export { maskPii, PII_MASK_TOKEN } from './mask.ts';

const RULES: readonly PiiRule[] = [
  residentNumberRule,
  corporateNumberRule,
  businessNumberRule,
  cardNumberRule,
  phoneRule,
  emailRule,
  bankAccountRule,
  passportRule,
  driverLicenceRule,
  vehiclePlateRule,
  lotAddressRule,
  streetAddressRule,
  personNameRule,
];

/** The rule of an office number (`02-2133-xxxx`): found, but published contact data, not a leak. */
export const OFFICE_PHONE_RULE = 'phone/office-exchange';
/**
 * Findings `containsPii` does not count as leaks: office numbers, and a name whose only evidence
 * is an official rank next to it (`행정주무관 박서연`, the byline the law makes public). The
 * redactor still sees them through `detectPii` and masks them where the field calls for it.
 */
export const PUBLIC_BY_LAW_RULES: ReadonlySet<string> = new Set([
  OFFICE_PHONE_RULE,
  'person-name/official-rank',
  'person-name/rank-after',
]);
/** Seoul City Hall (02-2133) and the Waterworks Headquarters (02-3146). */
const DEFAULT_EXCHANGES: ReadonlySet<string> = new Set(['2133', '3146']);
const NO_NAMES: ReadonlySet<string> = new Set();

/** Quick pre-check for the name rule: without one of these, no name can have a context signal. */
const NAME_CUE = new RegExp(
  `[(씨님군양외등故:]|[가-힣][ (]{0,2}0\\d|${[...new Set(ROLE_WORDS)].join('|')}`,
);

/**
 * Finds personal data in `text`. Pure, synchronous and linear in the length of the text.
 * Offsets are UTF-16 code units into `text`; findings are ordered by start and never include the
 * matched text. Already-masked fragments (`(이*혁)`, `(김0규)`, `148-**`, `『산성OO』`) are not
 * findings: there is nothing left in them to hide.
 */
export function detectPii(text: string, context: PiiContext = {}): PiiFinding[] {
  if (text.length === 0) return [];
  const normalized = normalizeText(text);
  const t = normalized.text;
  const field = context.field ?? 'free-text';
  const hasDigits = /\d/.test(t);
  const hasAt = t.includes('@');
  const nameCue = field === 'participants' || field === 'authors' || NAME_CUE.test(t);
  if (!hasDigits && !hasAt && !nameCue) return [];
  const input: ScanInput = {
    text: t,
    field,
    officialNames: context.officialNames ? new Set(context.officialNames) : NO_NAMES,
    officeExchanges: context.officeExchanges ? new Set(context.officeExchanges) : DEFAULT_EXCHANGES,
  };
  const found: PiiFinding[] = [];
  const emit = (f: PiiFinding): void => {
    found.push(f);
  };
  for (const rule of RULES) {
    if (rule.needs === 'digits' && !hasDigits) continue;
    if (rule.needs === 'at-sign' && !hasAt) continue;
    if (rule.needs === 'name-cue' && !nameCue) continue;
    rule.scan(input, emit);
  }
  return resolveFindings(found).map((f) => ({
    ...f,
    start: normalized.start(f.start),
    end: normalized.end(f.end - 1),
  }));
}

/** The leak alarm's question: is there personal data here, beyond what the law makes public? */
export function containsPii(text: string, context?: PiiContext): boolean {
  return detectPii(text, context).some((f) => !PUBLIC_BY_LAW_RULES.has(f.rule));
}
