// Invented people: officials (position + name, public by law) per department, and private persons.
import { hashLabel, Rng } from './prng.ts';
import type { StaffSeries } from './org-units.ts';

/** Common surnames, weighted by repetition. */
export const SURNAMES: readonly string[] = [
  ...'김김김김이이이박박최정정강조윤장임한오서신권황안송류홍전고문양손배백허유남심노하곽성차주우구',
];

// prettier-ignore
export const GIVEN_NAMES = [
  '서연', '민준', '지훈', '수빈', '현우', '예린', '도윤', '하은', '지민', '서준', '유진', '승현',
  '다은', '재원', '은지', '태희', '성민', '혜진', '동현', '수정', '영호', '미경', '정훈', '경희',
  '희준', '창민', '영은', '민서', '준호', '소연', '상우', '지영', '윤서', '건우', '나연', '시우',
  '보람', '진우', '가영', '태윤', '세진', '한결', '우진', '예지', '주원', '채원', '민재', '다인',
] as const;

/** Position titles per staff series: [working level, team leader]. */
const POSITIONS: Readonly<Record<StaffSeries, readonly [readonly string[], string]>> = {
  admin: [['행정주무관', '행정주무관', '행정주사', '행정주사보'], '행정사무관'],
  tax: [['세무주무관', '세무주사', '행정주무관'], '행정사무관'],
  environment: [['환경주무관', '환경주사', '행정주무관'], '환경사무관'],
  facility: [['시설주무관', '토목주사', '건축주무관', '행정주무관'], '시설사무관'],
  health: [['보건주무관', '식품위생주무관', '간호주사', '행정주무관'], '보건사무관'],
  welfare: [['사회복지주무관', '사회복지주사', '행정주무관'], '사회복지사무관'],
  fire: [['소방장', '소방위', '소방교', '소방위'], '소방경'],
  curator: [['학예연구사', '행정주무관'], '학예연구관'],
  records: [['기록연구사', '행정주무관', '전산주무관'], '기록연구관'],
};

export interface Official {
  readonly position: string;
  readonly name: string;
}

export function personName(rng: Rng): string {
  return rng.pick(SURNAMES) + rng.pick(GIVEN_NAMES);
}

/** `행정주무관 박서연`: how the lists write the responsible official. */
export function officialLabel(official: Official): string {
  return `${official.position} ${official.name}`;
}

const rosters = new Map<string, readonly Official[]>();

/**
 * The staff of a unit: stable for the unit's code (not the run's seed), so the same officials
 * appear across kinds, files and runs — as in real exports.
 */
export function rosterOf(unitCode: string, series: StaffSeries): readonly Official[] {
  let roster = rosters.get(unitCode);
  if (!roster) {
    const rng = new Rng(hashLabel(`roster:${unitCode}`));
    const [working, leader] = POSITIONS[series];
    const staff: Official[] = [];
    for (let i = 0; i < 9; i++) {
      staff.push({ position: i < 2 ? leader : rng.pick(working), name: personName(rng) });
    }
    roster = staff;
    rosters.set(unitCode, roster);
  }
  return roster;
}

/** The usual writer of a document: mostly working-level staff, sometimes a team leader. */
export function pickWriter(rng: Rng, unitCode: string, series: StaffSeries): Official {
  const roster = rosterOf(unitCode, series);
  const index = rng.chance(0.15) ? rng.int(0, 1) : rng.int(2, roster.length - 1);
  return roster[index] ?? rng.pick(roster);
}

/** A name with its middle syllable masked: `이*혁` or `김0규`, as some files already arrive. */
export function maskedName(rng: Rng): string {
  const name = personName(rng);
  const mask = rng.chance(0.5) ? '*' : '0';
  return `${name.slice(0, 1)}${mask}${name.slice(-1)}`;
}

/** A research-report author statement: `박창민외8`, `김영은 등`, `이수진 외 3인`, `최동훈, 한결`. */
export function authorStatement(rng: Rng): string {
  const name = personName(rng);
  return rng.weighted<string>([
    [`${name}외${rng.int(1, 9)}`, 4],
    [`${name} 등`, 3],
    [`${name} 외 ${rng.int(1, 6)}인`, 2],
    [`${name}, ${personName(rng)}`, 1],
    [name, 1],
  ]);
}
