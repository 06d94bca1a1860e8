// The PII detector's public surface: detect, mask, and the leak alarm's yes/no.
export { containsPii, detectPii, OFFICE_PHONE_RULE, PUBLIC_BY_LAW_RULES } from './detect.ts';
export { maskPii, PII_MASK_TOKEN } from './mask.ts';
export {
  PII_KINDS,
  type PiiContext,
  type PiiField,
  type PiiFinding,
  type PiiKind,
} from './types.ts';
