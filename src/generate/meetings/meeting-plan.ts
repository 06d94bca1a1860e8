// When each committee meets: a few meetings a year on working days, numbered within the year,
// and which meetings are closed or carry a PII trap (deterministic for a seed).
import { dayNumber, isoDate, weekday } from '../calendar.ts';
import { CITY_COMMITTEES, type CityCommittee } from '../city/index.ts';
import { Rng } from '../prng.ts';
import type { Closure, MeetingSpec } from './build-meeting.ts';

/** Meetings a year: the climate committee meets quarterly-ish, advisory ones once. */
function meetingsPerYear(committee: CityCommittee): number {
  if (committee.code === 'C021') return 3;
  return committee.type === '자문' ? 1 : 2;
}

/** The first Tuesday–Thursday on or after a day. */
function workingDayFrom(day: number): number {
  let d = day;
  while (weekday(d) < 1 || weekday(d) > 3) d++;
  return d;
}

/** Closed meetings: the personnel committee always; one disclosure-board meeting with a release
 * date; one housing meeting whose export forgot the legal ground (reported, never published). */
function closureFor(committee: CityCommittee, year: number, sequence: number): Closure {
  if (committee.type === '의결') return 'closed';
  if (committee.code === 'C071' && year === 2024 && sequence === 1) return 'closed-with-release';
  if (committee.code === 'C041' && year === 2024 && sequence === 2) return 'closed-without-ground';
  return 'open';
}

/** Every meeting of the given years, in date order. */
export function planMeetings(years: readonly number[], seed: number): MeetingSpec[] {
  const rng = new Rng(seed);
  const specs: MeetingSpec[] = [];
  for (const year of years) {
    for (const committee of CITY_COMMITTEES) {
      const n = meetingsPerYear(committee);
      for (let k = 0; k < n; k++) {
        const month = 1 + Math.floor(((k + 0.5) * 12) / n) + rng.int(-1, 0);
        const day = workingDayFrom(dayNumber(year, Math.max(1, month), rng.int(5, 20)));
        specs.push({
          committee,
          sequence: k + 1,
          day: isoDate(day),
          closure: closureFor(committee, year, k + 1),
          withTrap: false,
        });
      }
    }
  }
  specs.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  // Every third meeting's minutes carry a personal detail a citizen said aloud.
  return specs.map((s, i) => ({ ...s, withTrap: i % 3 === 1 }));
}
