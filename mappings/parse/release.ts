// The records-management rule for withheld records (SOURCES.md): re-classified every 5 years from
// production, opened at the latest 30 years after the end of the production year.
import type { LocalDate } from './fields.ts';

export type ReleaseRule = 'given' | 'five-year-review' | 'thirty-year-limit';

export interface ScheduledRelease {
  readonly date: LocalDate;
  readonly rule: ReleaseRule;
}

function compare(a: LocalDate, b: LocalDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function addYears(d: LocalDate, years: number): LocalDate {
  const year = d.year + years;
  const last = new Date(Date.UTC(year, d.month, 0)).getUTCDate();
  return { year, month: d.month, day: Math.min(d.day, last) };
}

/**
 * The release date of a record withheld at `asOf`: the first 5-year review after `asOf`, unless the
 * 30-year limit (1 January of production year + 31) comes first. Pure: `asOf` is the ingest date.
 */
export function deriveRelease(produced: LocalDate, asOf: LocalDate): ScheduledRelease {
  const limit: LocalDate = { year: produced.year + 31, month: 1, day: 1 };
  let review = addYears(produced, 5);
  while (compare(review, asOf) <= 0) review = addYears(review, 5);
  return compare(review, limit) < 0
    ? { date: review, rule: 'five-year-review' }
    : { date: limit, rule: 'thirty-year-limit' };
}
