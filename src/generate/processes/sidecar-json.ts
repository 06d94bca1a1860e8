// The JSON sidecar of a generated process: its initiative, owner, legal basis, function path and
// the documents each step produces (record-type concepts where the step yields an approval document).
import type { ProcessGraph } from './process-graph.ts';
import { cityInitiative } from '../city/index.ts';

/** Documents a citizen or company submits are not the city's approval documents. */
const SUBMITTED = /(신청서|청구서)$/;

/** `영유아보육법 제36조` → law `영유아보육법`, article `제36조`. */
export function splitLegalBasis(text: string): { law: string; article: string } {
  const m = /^(.*\S)\s+(제\d+조\S*)$/u.exec(text.trim());
  if (!m) throw new Error(`legal basis without an article: ${text}`);
  return { law: m[1] ?? '', article: m[2] ?? '' };
}

export function renderSidecar(g: ProcessGraph): string {
  const { plan } = g;
  const initiative = cityInitiative(plan.source.initiativeId);
  if (!initiative)
    throw new Error(`process ${plan.id}: unknown initiative ${plan.source.initiativeId}`);
  const steps: Record<string, { produces: object[] }> = {};
  for (const node of g.nodes) {
    if (node.role !== 'step' || !node.step) continue;
    const label = node.step.produces;
    steps[node.id] = {
      produces: SUBMITTED.test(label)
        ? [{ label }]
        : [{ recordType: 'approval-document' }, { label }],
    };
  }
  const links = {
    initiatives: [{ level: initiative.level, id: initiative.id }],
    department: plan.owner.unit.name,
    legalBasis: [splitLegalBasis(plan.source.legalBasis)],
    function: `${plan.owner.taxonomy.split('>').join(' > ')} > ${plan.source.unitTask}`,
    steps,
  };
  return `${JSON.stringify({ processes: { [plan.id]: links } }, null, 2)}\n`;
}
