// The shape of a generated work process, independent of the modeller that writes it: steps named
// after the documents they produce, a completeness check with a rejection path, lanes = departments.
import { departments, type Department } from '../org-chart.ts';
import { SPINE_DEPARTMENTS, cityInitiative, type CityProcess } from '../city/index.ts';

export type StepKind = 'user' | 'service' | 'receive' | 'manual';

export interface PlannedStep {
  /** Position in the main flow (0-based); the rejection step is last. */
  readonly index: number;
  readonly name: string;
  readonly kind: StepKind;
  /** The document type the step produces (ko), as the spine names it. */
  readonly produces: string;
  readonly laneIndex: number;
}

export interface PlannedLane {
  readonly name: string;
  readonly deptCode: string;
}

export interface PlannedProcess {
  readonly id: string;
  readonly nameKo: string;
  readonly documentation: string;
  readonly steps: readonly PlannedStep[];
  /** The check after this main step (index); its "no" branch leads to the rejection step. */
  readonly checkAfter: number;
  readonly checkName: string;
  readonly rejection: PlannedStep;
  readonly lanes: readonly PlannedLane[];
  readonly source: CityProcess;
  readonly owner: Department;
}

const byCode = new Map(departments().map((d) => [d.unit.code, d]));

function departmentOf(code: string): Department {
  const dept = byCode.get(code);
  if (!dept) throw new Error(`spine department ${code} is not in the generated chart`);
  return dept;
}

/** Applications arrive at the petitions desk; money moves through the finance division. */
function laneCodeFor(label: string, ownerCode: string): string {
  if (/(신청서|청구서)$/.test(label)) return SPINE_DEPARTMENTS.civilPetitions;
  if (/(결의서|고지서)$/.test(label)) return SPINE_DEPARTMENTS.finance;
  return ownerCode;
}

function stepName(label: string): { name: string; kind: StepKind } {
  if (/(신청서|청구서)$/.test(label)) return { name: `${label} 접수`, kind: 'receive' };
  if (/(공고문|발표문)$/.test(label)) return { name: `${label} 게시`, kind: 'service' };
  if (/(통지서|통보|고지서|명령서)$/.test(label)) return { name: `${label} 발송`, kind: 'service' };
  if (/계획$/.test(label)) return { name: `${label} 수립`, kind: 'user' };
  if (/(계약서|허가서)$/.test(label)) return { name: `${label} 발급`, kind: 'user' };
  return { name: `${label} 작성`, kind: 'user' };
}

export function planProcess(source: CityProcess, id = source.id): PlannedProcess {
  const owner = departmentOf(source.deptCode);
  const laneCodes: string[] = [];
  const laneOf = (code: string): number => {
    if (!laneCodes.includes(code)) laneCodes.push(code);
    return laneCodes.indexOf(code);
  };
  laneOf(owner.unit.code);
  const steps = source.documentTypes.map((label, index): PlannedStep => {
    const { name, kind } = stepName(label);
    return {
      index,
      name,
      kind,
      produces: label,
      laneIndex: laneOf(laneCodeFor(label, owner.unit.code)),
    };
  });
  const rejection: PlannedStep = {
    index: steps.length,
    name: '반려 통지',
    kind: 'manual',
    produces: '반려 통지서',
    laneIndex: 0,
  };
  const initiative = cityInitiative(source.initiativeId);
  return {
    id,
    nameKo: source.nameKo,
    documentation: `${source.nameKo} 업무의 처리 절차. 근거: ${source.legalBasis}.${initiative ? ` 관련 사업: ${initiative.nameKo}.` : ''}`,
    steps,
    checkAfter: Math.min(1, steps.length - 1),
    checkName: '요건 충족?',
    rejection,
    lanes: laneCodes.map((code) => ({ name: departmentOf(code).unit.name, deptCode: code })),
    source,
    owner,
  };
}
