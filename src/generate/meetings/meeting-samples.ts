// The meeting_minutes samples of data/: half-year exports drawn from the spine (each written in
// another JSON style), and a bad file whose rejects are documented (pure: returns the files).
import { departments } from '../org-chart.ts';
import { Rng, seedFor } from '../prng.ts';
import type { ExportRow } from '../columns.ts';
import type { MeetingJson } from '../../../mappings/meeting/meeting-document.ts';
import type { CandidateDocument } from './agenda.ts';
import { buildMeeting } from './build-meeting.ts';
import { badMeetingFile, type BadMeetingFile } from './bad-meetings.ts';
import { encodeMeetings, type MeetingStyle } from './encode-meetings.ts';
import { planMeetings } from './meeting-plan.ts';

export interface MeetingSampleFile {
  /** Path under data/. */
  readonly path: string;
  readonly name: string;
  readonly text: string;
  readonly meetings: readonly MeetingJson[];
  readonly traps: readonly {
    readonly meetingId: string;
    readonly position: number;
    readonly kind: string;
  }[];
  readonly note: string;
}

export interface MeetingSamples {
  readonly files: readonly MeetingSampleFile[];
  readonly bad: BadMeetingFile;
}

const HALVES: readonly { from: string; to: string; style: MeetingStyle; note: string }[] = [
  {
    from: '2023-01-01',
    to: '2023-06-30',
    style: { indent: 2 },
    note: 'pretty-printed, 2-space indent',
  },
  {
    from: '2023-07-01',
    to: '2023-12-31',
    style: { indent: 2, asciiEscape: true },
    note: 'every non-ASCII character `\\uXXXX`-escaped',
  },
  {
    from: '2024-01-01',
    to: '2024-06-30',
    style: { indent: 4, reverseKeys: true },
    note: '4-space indent, keys in another order than the canonical one',
  },
  { from: '2024-07-01', to: '2024-12-31', style: { indent: 0 }, note: 'compact, one line' },
];

/** Approval documents of the info_list samples, with the org code of their department. */
export function candidateDocuments(infoRows: readonly ExportRow[]): CandidateDocument[] {
  const codeOf = new Map(departments().map((d) => [d.displayName, d.unit.code]));
  return infoRows.flatMap((row) => {
    const deptCode = codeOf.get((row['rspnber_dept_nm'] ?? '').trim());
    const date = (row['doc_prdctn_dt'] ?? '').replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3');
    const packageId = row['package_id'] ?? '';
    return deptCode && /^\d{4}-\d{2}-\d{2}$/.test(date) && /^\d{15}$/.test(packageId)
      ? [{ packageId, deptCode, date }]
      : [];
  });
}

export const MEETING_SAMPLE_SEED = 242;

export function buildMeetingSamples(
  documents: readonly CandidateDocument[],
  seed = MEETING_SAMPLE_SEED,
): MeetingSamples {
  const rng = new Rng(seedFor(seed, 'meetings'));
  const built = planMeetings([2023, 2024], seedFor(seed, 'meeting-plan')).map((spec) =>
    buildMeeting(spec, documents, rng),
  );
  const files = HALVES.map(({ from, to, style, note }) => {
    const mine = built.filter((b) => {
      const day = b.meeting.start.slice(0, 10);
      return day >= from && day <= to;
    });
    const name = `${from.replaceAll('-', '')}_${to.replaceAll('-', '')}_meeting_minutes.json`;
    return {
      path: `meeting_minutes/${name}`,
      name,
      text: encodeMeetings(
        mine.map((b) => b.meeting),
        style,
      ),
      meetings: mine.map((b) => b.meeting),
      traps: mine.flatMap((b) => b.traps.map((t) => ({ meetingId: b.meeting.meeting_id, ...t }))),
      note,
    };
  });
  return { files, bad: badMeetingFile(built.slice(0, 3).map((b) => b.meeting)) };
}
