// The detector's public vocabulary: what kinds of personal data it reports and how a finding looks.

export const PII_KINDS = [
  'resident-registration-number',
  'foreigner-registration-number',
  'business-registration-number',
  'corporate-registration-number',
  'phone',
  'email',
  'card-number',
  'bank-account',
  'passport',
  'driver-licence',
  'vehicle-plate',
  'street-address',
  'lot-address',
  'person-name',
] as const;

export type PiiKind = (typeof PII_KINDS)[number];

/**
 * One place in a string that carries personal data. Offsets are UTF-16 code units into the
 * string given to `detectPii` (half-open `[start, end)`). A finding never carries the matched
 * text, so findings can be logged as they are.
 */
export interface PiiFinding {
  readonly kind: PiiKind;
  readonly start: number;
  readonly end: number;
  readonly confidence: 'high' | 'medium';
  /** Which rule fired, e.g. `phone/mobile`, `person-name/role-prefix`: safe for logs. */
  readonly rule: string;
}

/**
 * Where the text comes from. The field changes what counts as a signal:
 * - `contact`: a bare local number (`2133-5235`) is a phone;
 * - `place`: a shop's street or lot address is public unless a private cue (자택, 거주 …) is near;
 * - `participants` / `authors`: a list of bare names is a list of persons;
 * - `official`: a byline (`행정주무관 박서연`) — officials' names and positions as responsible
 *   writers are public by law (정보공개법 Art. 9(1)6 proviso), so names after a rank are kept.
 */
export type PiiField =
  'title' | 'contact' | 'place' | 'purpose' | 'participants' | 'authors' | 'official' | 'free-text';

export interface PiiContext {
  readonly field?: PiiField;
  /**
   * Officials known to be public in this record (e.g. its responsible writer). A name in this list
   * is not reported where the text itself marks it as an official's (rank before or after it).
   */
  readonly officialNames?: Iterable<string>;
  /**
   * Public office exchanges: the first group of a landline that belongs to the institution
   * (default: Seoul City Hall `2133` and the Waterworks Headquarters `3146`, under area code 02 or
   * written without it). Numbers on these
   * exchanges are reported with rule `phone/office-exchange`, which the leak alarm ignores.
   */
  readonly officeExchanges?: readonly string[];
}
