// The people of a committee: stable per committee (not per run), so the same members reappear
// across its meetings — citizen members by invented name, officials as position + invented name.
import { orgUnits } from '../org-chart.ts';
import { personName } from '../people.ts';
import { hashLabel, Rng } from '../prng.ts';
import type { CityCommittee } from '../city/index.ts';
import type { AttendeeJson } from '../../../mappings/meeting/meeting-document.ts';

export interface CommitteePeople {
  readonly chair: AttendeeJson;
  readonly viceChair: AttendeeJson;
  /** Ex-officio members (officials) and appointed members (citizens). */
  readonly members: readonly AttendeeJson[];
  readonly secretary: AttendeeJson;
  /** Officials who present items and answer questions (not members). */
  readonly staff: readonly AttendeeJson[];
}

const EXPERT_SEATS = 9;

function departmentNames(deptCode: string): { bureau: string; division: string } {
  const unit = orgUnits().find((u) => u.code === deptCode);
  return { bureau: unit?.path[0] ?? '기획조정실', division: unit?.name ?? '기획담당관' };
}

/** The head's title of a unit: `주택정책실` → `주택정책실장`, `복지기획관` stays as it is. */
function headOf(unitName: string): string {
  return /관$/.test(unitName) ? unitName : `${unitName}장`;
}

const cache = new Map<string, CommitteePeople>();

export function committeePeople(committee: CityCommittee): CommitteePeople {
  const cached = cache.get(committee.code);
  if (cached) return cached;
  const rng = new Rng(hashLabel(`committee:${committee.code}`));
  const { bureau, division } = departmentNames(committee.deptCode);
  const citizen = (role: AttendeeJson['role']): AttendeeJson => ({
    role,
    name: personName(rng),
    public_official: false,
  });
  const official = (role: AttendeeJson['role'], position: string): AttendeeJson => ({
    role,
    name: personName(rng),
    public_official: true,
    position,
  });
  // The personnel committee is chaired by a vice-mayor (ex officio); the others by a citizen expert.
  const chair = committee.type === '의결' ? official('위원장', '행정1부시장') : citizen('위원장');
  const people: CommitteePeople = {
    chair,
    viceChair: citizen('부위원장'),
    members: [
      official('위원', headOf(bureau)),
      official('위원', '기획조정실장'),
      ...Array.from({ length: EXPERT_SEATS }, () => citizen('위원')),
    ],
    secretary: official('간사', headOf(division)),
    staff: [
      official('참석 공무원', `${division} 팀장`),
      official('참석 공무원', `${division} 주무관`),
    ],
  };
  cache.set(committee.code, people);
  return people;
}
