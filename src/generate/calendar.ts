// Calendar arithmetic on UTC day numbers (days since 1970-01-01) and the date spellings exports use.

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;

export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** `2024-01-31` → day number. */
export function dayFromIso(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) {
    throw new RangeError(`not an ISO date: ${iso}`);
  }
  return dayNumber(year, month, day);
}

export function civil(dayNum: number): CivilDate {
  const date = new Date(dayNum * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** 0 = Monday … 6 = Sunday. */
export function weekday(dayNum: number): number {
  return (((dayNum + 3) % 7) + 7) % 7;
}

export function isWeekend(dayNum: number): boolean {
  return weekday(dayNum) >= 5;
}

export function monthStart(dayNum: number): number {
  const { year, month } = civil(dayNum);
  return dayNumber(year, month, 1);
}

export function monthEnd(dayNum: number): number {
  const { year, month } = civil(dayNum);
  return dayNumber(year, month + 1, 1) - 1;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `YYYYMMDD`, the spelling the lists use. */
export function compactDate(dayNum: number): string {
  const { year, month, day } = civil(dayNum);
  return `${pad(year, 4)}${pad(month)}${pad(day)}`;
}

/** `YYYY-MM-DD`. */
export function isoDate(dayNum: number): string {
  const { year, month, day } = civil(dayNum);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** `hhmmss` / `hh:mm` from seconds since midnight. */
function clock(seconds: number, withSeconds: boolean, separator: string): string {
  const parts = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60];
  if (withSeconds) parts.push(seconds % 60);
  return parts.map((n) => pad(n)).join(separator);
}

/** `YYYYMMDDhhmmss`, the 14-digit registration timestamp. */
export function timestamp14(dayNum: number, seconds: number): string {
  return compactDate(dayNum) + clock(seconds, true, '');
}

/** `YYYY-MM-DD hh:mm`, the expense execution time. */
export function minuteStamp(dayNum: number, seconds: number): string {
  return `${isoDate(dayNum)} ${clock(seconds, false, ':')}`;
}

/** The other spellings real files show where `YYYYMMDD` is expected. */
export type DateSpelling = 'compact' | 'dashed' | 'dotted' | 'slashed' | 'timestamp';

export function spellDate(dayNum: number, spelling: DateSpelling, seconds = 32_400): string {
  const iso = isoDate(dayNum);
  switch (spelling) {
    case 'compact':
      return compactDate(dayNum);
    case 'dashed':
      return iso;
    case 'dotted':
      return iso.replaceAll('-', '.');
    case 'slashed':
      return iso.replaceAll('-', '/');
    case 'timestamp':
      return timestamp14(dayNum, seconds);
  }
}
