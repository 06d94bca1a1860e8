// Turns the policy tables into the spine's flat list of initiatives with ids, periods and budget codes.
import { departments } from '../org-chart.ts';
import { ACCOUNTS, type PolicySpec, type ProgrammeSpec, type ProjectSpec } from './policy-spec.ts';
import type { BudgetCode, CityInitiative, Period } from './types.ts';

const pad2 = (n: number): string => String(n).padStart(2, '0');

function functionPathOf(deptCode: string): string {
  const dept = departments().find((d) => d.unit.code === deptCode);
  if (!dept) throw new Error(`spine: department ${deptCode} is not in the org chart`);
  return dept.taxonomy;
}

/** Tasks of the initiatives below that the same department owns (what the parent covers itself). */
function ownTasks(deptCode: string, below: readonly CityInitiative[]): string[] {
  const tasks = below.filter((i) => i.deptCode === deptCode).flatMap((i) => i.unitTasks);
  return [...new Set(tasks)];
}

function buildProject(
  spec: ProjectSpec,
  programme: ProgrammeSpec,
  ids: { parentId: string; id: string; programmeCode: string; unitCode: string },
  period: Period,
): CityInitiative {
  const [realmCode, sectCode] = spec.fn ?? programme.fn;
  const detailNames = spec.details ?? [spec.nameKo];
  const budget = detailNames.map((detailNameKo, k): BudgetCode => ({
    realmCode,
    sectCode,
    account: ACCOUNTS[programme.account ?? 'general'],
    programmeCode: ids.programmeCode,
    unitCode: ids.unitCode,
    detailCode: `${ids.unitCode}${pad2(k + 1)}`,
    detailNameKo,
  }));
  const deptCode = spec.dept ?? programme.dept;
  return {
    id: ids.id,
    level: 'project',
    parentId: ids.parentId,
    nameKo: spec.nameKo,
    nameEn: spec.nameEn,
    deptCode,
    period: spec.period ?? period,
    functionPath: functionPathOf(deptCode),
    unitTasks: spec.tasks,
    budget,
  };
}

/** One policy and everything below it, parents before children. */
export function buildPolicy(spec: PolicySpec): CityInitiative[] {
  const policyId = `POL-${pad2(spec.no)}`;
  const below: CityInitiative[] = [];
  spec.programmes.forEach((programme, g) => {
    const programmeId = `PRG-${pad2(spec.no)}-${g + 1}`;
    const programmeCode = String(1000 + spec.no * 10 + g + 1);
    const period = programme.period ?? spec.period;
    const projects = programme.projects.map((project, j) =>
      buildProject(
        project,
        programme,
        {
          parentId: programmeId,
          id: `PRJ-${pad2(spec.no)}-${g + 1}-${j + 1}`,
          programmeCode,
          unitCode: `${programmeCode}${pad2(j + 1)}`,
        },
        period,
      ),
    );
    below.push(
      {
        id: programmeId,
        level: 'programme',
        parentId: policyId,
        nameKo: programme.nameKo,
        nameEn: programme.nameEn,
        deptCode: programme.dept,
        period,
        functionPath: functionPathOf(programme.dept),
        unitTasks: ownTasks(programme.dept, projects),
        budget: [],
      },
      ...projects,
    );
  });
  const policy: CityInitiative = {
    id: policyId,
    level: 'policy',
    parentId: '',
    nameKo: spec.nameKo,
    nameEn: spec.nameEn,
    deptCode: spec.dept,
    period: spec.period,
    functionPath: functionPathOf(spec.dept),
    unitTasks: ownTasks(spec.dept, below),
    budget: [],
  };
  return [policy, ...below];
}
