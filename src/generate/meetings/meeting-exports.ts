// `plaza generate` for meeting_minutes: meetings in proportion to the documents, spread over the
// run's window, one JSON array per calendar year (cut at MAX_MEETINGS_PER_FILE), streamed.
import { join } from 'node:path';
import { compactDate, dayFromIso, isoDate, weekday } from '../calendar.ts';
import { CITY_COMMITTEES } from '../city/index.ts';
import type { Window } from '../plan.ts';
import { Rng, seedFor } from '../prng.ts';
import { writeTextFile } from '../write-file.ts';
import { buildMeeting, type Closure, type MeetingSpec } from './build-meeting.ts';

/** Meetings per info_list row (the samples: 38 meetings beside ~3,700 documents). */
export const MEETING_SCALE = 0.01;
export const MAX_MEETINGS_PER_FILE = 5_000;

/** `count` meetings evenly over the window on working days, committees drawn at random. */
export function planMeetingsOver(window: Window, count: number, rng: Rng): MeetingSpec[] {
  const span = window.lastDay - window.firstDay + 1;
  const sequences = new Map<string, number>();
  const specs: MeetingSpec[] = [];
  for (let i = 0; i < count; i++) {
    let day = window.firstDay + Math.floor(((i + 0.5) * span) / count);
    while (weekday(day) >= 5 && day > window.firstDay) day--;
    const committee = rng.pick(CITY_COMMITTEES);
    const year = isoDate(day).slice(0, 4);
    const key = `${committee.code}-${year}`;
    const sequence = (sequences.get(key) ?? 0) + 1;
    sequences.set(key, sequence);
    const closure: Closure =
      committee.type === '의결'
        ? 'closed'
        : rng.weighted<Closure>([
            ['open', 94],
            ['closed', 3],
            ['closed-with-release', 2],
            ['closed-without-ground', 1],
          ]);
    specs.push({ committee, sequence, day: isoDate(day), closure, withTrap: i % 3 === 1 });
  }
  return specs;
}

function* arrayPieces(specs: readonly MeetingSpec[], rng: Rng): Generator<string> {
  yield '[\n';
  for (const [i, spec] of specs.entries()) {
    const { meeting } = buildMeeting(spec, [], rng);
    yield `${i === 0 ? '' : ',\n'}${JSON.stringify(meeting)}`;
  }
  yield '\n]\n';
}

/** Writes the meeting files of a run; returns their paths and the number of meetings. */
export async function writeMeetingExports(
  records: number,
  window: Window,
  outDir: string,
  seed: number,
): Promise<{ files: string[]; meetings: number }> {
  const count = Math.round(records * MEETING_SCALE);
  const rng = new Rng(seedFor(seed, 'meetings'));
  const specs = planMeetingsOver(window, count, rng);
  const byYear = new Map<string, MeetingSpec[]>();
  for (const spec of specs) {
    const year = spec.day.slice(0, 4);
    const group = byYear.get(year);
    if (group) group.push(spec);
    else byYear.set(year, [spec]);
  }
  const files: string[] = [];
  for (const [year, group] of byYear) {
    for (let at = 0; at < group.length; at += MAX_MEETINGS_PER_FILE) {
      const chunk = group.slice(at, at + MAX_MEETINGS_PER_FILE);
      const from = Math.max(
        window.firstDay,
        at === 0 ? dayFromIso(`${year}-01-01`) : dayFromIso(chunk[0]?.day ?? ''),
      );
      const last = at + MAX_MEETINGS_PER_FILE >= group.length;
      const to = Math.min(
        window.lastDay,
        last ? dayFromIso(`${year}-12-31`) : dayFromIso(chunk.at(-1)?.day ?? ''),
      );
      const path = join(
        outDir,
        'meeting_minutes',
        `${compactDate(from)}_${compactDate(to)}_meeting_minutes.json`,
      );
      await writeTextFile(path, arrayPieces(chunk, rng));
      files.push(path);
    }
  }
  return { files, meetings: count };
}
