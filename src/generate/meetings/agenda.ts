// A meeting's agenda drawn from the spine: items about the committee's policies, programmes and
// projects active on the meeting day, each naming them by id, some naming approval documents.
import { childrenOf, cityInitiative, isActiveOn, type CityCommittee } from '../city/index.ts';
import type { CityInitiative } from '../city/index.ts';
import type { Rng } from '../prng.ts';
import type { AgendaItemJson } from '../../../mappings/meeting/meeting-document.ts';

/** An approval document a committee's department produced (from the info_list samples). */
export interface CandidateDocument {
  readonly packageId: string;
  readonly deptCode: string;
  /** ISO production date. */
  readonly date: string;
}

export interface PlannedItem {
  readonly item: AgendaItemJson;
  /** A report item is noted, not decided. */
  readonly report: boolean;
}

const PERSONNEL_ITEMS = [
  '지방공무원 승진 임용 심의',
  '지방공무원 징계 의결 요구의 건',
  '지방공무원 징계부가금 부과 의결의 건',
  '임기제 공무원 채용 심의',
];

function activeChildren(id: string, day: string): CityInitiative[] {
  return childrenOf(id).filter((c) => isActiveOn(c, day));
}

/** 0–2 documents of the department produced within 60 days before the meeting. */
function documentsFor(
  committee: CityCommittee,
  day: string,
  documents: readonly CandidateDocument[],
  rng: Rng,
): string[] {
  const from = new Date(Date.parse(`${day}T00:00:00Z`) - 60 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const near = documents.filter(
    (d) => d.deptCode === committee.deptCode && d.date >= from && d.date < day,
  );
  if (near.length === 0) return [];
  const first = rng.pick(near);
  const second = rng.pick(near);
  return first === second ? [first.packageId] : [first.packageId, second.packageId];
}

function personnelAgenda(committee: CityCommittee, year: string, rng: Rng): PlannedItem[] {
  const policy = committee.policyIds[0] ?? '';
  const count = rng.int(1, 3);
  return Array.from({ length: count }, (_, i) => ({
    report: false,
    item: {
      order: i + 1,
      title: `${year}년 ${rng.pick(PERSONNEL_ITEMS)}`,
      ...(i === 0 && policy !== '' ? { related_policies: [policy] } : {}),
    },
  }));
}

/** One to three items; the first is always a decision item on an initiative of the committee. */
export function planAgenda(
  committee: CityCommittee,
  day: string,
  documents: readonly CandidateDocument[],
  rng: Rng,
): PlannedItem[] {
  const year = day.slice(0, 4);
  if (committee.type === '의결') return personnelAgenda(committee, year, rng);
  const items: PlannedItem[] = [];
  const count = rng.int(1, 3);
  for (let order = 1; order <= count; order++) {
    const policy = cityInitiative(rng.pick(committee.policyIds));
    if (!policy) continue;
    const programmes = activeChildren(policy.id, day);
    const programme = programmes.length > 0 ? rng.pick(programmes) : undefined;
    const projects = programme ? activeChildren(programme.id, day) : [];
    const project = projects.length > 0 ? rng.pick(projects) : undefined;
    const level = order === 1 ? rng.int(0, 2) : rng.int(0, 3);
    const report = order > 1 && level === 3;
    let item: AgendaItemJson;
    if (level === 0 || !programme) {
      item = {
        order,
        title: `${year}년 ${policy.nameKo} 시행계획(안)`,
        related_policies: [policy.id],
      };
    } else if (level === 1 || !project) {
      item = {
        order,
        title: `${programme.nameKo} 추진계획 변경(안)`,
        related_policies: [policy.id],
        related_programmes: [programme.id],
      };
    } else {
      const docs = documentsFor(committee, day, documents, rng);
      item = {
        order,
        title: report ? `${project.nameKo} 추진상황 보고` : `${project.nameKo} 기본계획(안)`,
        related_projects: [project.id],
        ...(docs.length > 0 ? { related_documents: docs } : {}),
      };
    }
    items.push({ item, report });
  }
  return items;
}
