// Field decoders shared by every source: dates in the formats the city's files use, amounts, text.
// Each returns a value or a FieldError naming the field, so a bad row is rejected with a reason.

export class FieldError extends Error {
  readonly code = 'FIELD';
  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(reason);
  }
}

/** A calendar date, no time zone (xsd:date). */
export interface LocalDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A local date-time in Korea Standard Time (xsd:dateTime with +09:00). */
export interface LocalDateTime extends LocalDate {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** Trims, NFC-normalises and folds whitespace runs (incl. fullwidth/nbsp) to one space. */
export function cleanText(value: string | undefined): string {
  if (value === undefined) return '';
  return value
    .normalize('NFC')
    .replace(/[\s\u00a0\u3000]+/gu, ' ')
    .trim();
}

/** Like cleanText but keeps line breaks (for multi-line free text). */
export function cleanMultiline(value: string | undefined): string {
  if (value === undefined) return '';
  return value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[\t \u00a0\u3000]+/gu, ' ').trim())
    .join('\n')
    .trim();
}

export function required(field: string, value: string | undefined): string {
  const v = cleanText(value);
  if (v === '') throw new FieldError(field, 'required value is missing');
  return v;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function checkedDate(field: string, raw: string, y: number, m: number, d: number): LocalDate {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
    throw new FieldError(field, `not a calendar date: ${JSON.stringify(raw)}`);
  }
  return { year: y, month: m, day: d };
}

/** `YYYYMMDD[hhmm[ss]]` and separated forms, incl. Korean `2023. 1. 5.` and one-digit months/days. */
const DATE_TIME =
  /^(\d{4})(?:[-./]\s*(\d{1,2})[-./]\s*(\d{1,2})|(\d{2})(\d{2}))\.?(?:[ T]?(\d{2}):?(\d{2})(?::?(\d{2}))?(?:\.\d+)?)?$/;

/** Parses YYYYMMDD, YYYY-MM-DD, YYYY.MM.DD, YYYY/MM/DD, 14-digit timestamps, and `… hh:mm[:ss]`. */
export function parseDateTime(field: string, value: string | undefined): LocalDateTime {
  const raw = cleanText(value).replace(/\.$/, '');
  if (raw === '') throw new FieldError(field, 'required date is missing');
  const m = DATE_TIME.exec(raw);
  if (!m) throw new FieldError(field, `unparseable date ${JSON.stringify(raw)}`);
  const date = checkedDate(field, raw, Number(m[1]), Number(m[2] ?? m[4]), Number(m[3] ?? m[5]));
  const hour = Number(m[6] ?? 0);
  const minute = Number(m[7] ?? 0);
  const second = Number(m[8] ?? 0);
  if (hour > 23 || minute > 59 || second > 59) {
    throw new FieldError(field, `not a time of day: ${JSON.stringify(raw)}`);
  }
  return { ...date, hour, minute, second };
}

export function parseDate(field: string, value: string | undefined): LocalDate {
  const { year, month, day } = parseDateTime(field, value);
  return { year, month, day };
}

export function optionalDate(field: string, value: string | undefined): LocalDate | undefined {
  return cleanText(value) === '' ? undefined : parseDate(field, value);
}

export function optionalDateTime(
  field: string,
  value: string | undefined,
): LocalDateTime | undefined {
  return cleanText(value) === '' ? undefined : parseDateTime(field, value);
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function formatDate(d: LocalDate): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function formatDateTime(d: LocalDateTime): string {
  return `${formatDate(d)}T${pad(d.hour)}:${pad(d.minute)}:${pad(d.second)}+09:00`;
}

/** A year (creation year) as a four-digit number. */
export function parseYear(field: string, value: string | undefined): number {
  const raw = cleanText(value).replace(/년$/, '');
  if (!/^\d{4}$/.test(raw)) throw new FieldError(field, `not a year: ${JSON.stringify(value)}`);
  return Number(raw);
}

/** An amount in won: digits with optional thousands separators, optional decimals, optional 원. */
export function parseAmount(field: string, value: string | undefined): string {
  const raw = cleanText(value).replace(/원$/, '').replace(/,/g, '').trim();
  if (!/^-?\d+(\.\d+)?$/.test(raw)) {
    throw new FieldError(field, `not an amount: ${JSON.stringify(value)}`);
  }
  return raw.replace(/^(-?)0+(?=\d)/, '$1');
}

export function optionalAmount(field: string, value: string | undefined): string | undefined {
  return cleanText(value) === '' ? undefined : parseAmount(field, value);
}
