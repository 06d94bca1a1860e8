// A planned process as the nodes, flows and lanes every modeller draws, with ids in the style of
// the modeller that writes it (Camunda `Activity_0k3v9xq`, bpmn.io `Task_1`, Signavio `sid-…`).
import { hashLabel } from '../prng.ts';
import type { PlannedProcess, PlannedStep, StepKind } from './process-plan.ts';

export type Dialect = 'camunda' | 'bpmnio' | 'signavio';

export type NodeRole = 'start' | 'step' | 'check' | 'end' | 'rejected-end';

export interface GraphNode {
  readonly id: string;
  readonly role: NodeRole;
  readonly name: string;
  readonly kind?: StepKind;
  readonly step?: PlannedStep;
  readonly laneIndex: number;
}

export interface GraphFlow {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly name?: string;
  readonly condition?: string;
}

export interface ProcessGraph {
  readonly plan: PlannedProcess;
  readonly dialect: Dialect;
  readonly nodes: readonly GraphNode[];
  readonly flows: readonly GraphFlow[];
  readonly laneIds: readonly string[];
  /** Extra ids: definitions, collaboration, participant, lane set. */
  readonly ids: (role: string) => string;
}

const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';

function suffix(seed: string, length: number): string {
  let h = hashLabel(seed);
  let out = '';
  for (let i = 0; i < length; i++) {
    out += BASE36[h % 36] ?? '0';
    h = hashLabel(`${seed}:${String(i)}:${String(h)}`);
  }
  return out;
}

function hex(seed: string, length: number): string {
  let out = '';
  for (let i = 0; out.length < length; i++)
    out += hashLabel(`${seed}#${String(i)}`)
      .toString(16)
      .padStart(8, '0');
  return out.slice(0, length).toUpperCase();
}

const CAMUNDA_PREFIX: Readonly<Record<string, string>> = {
  start: 'StartEvent',
  step: 'Activity',
  check: 'Gateway',
  end: 'Event',
  'rejected-end': 'Event',
  flow: 'Flow',
  lane: 'Lane',
  definitions: 'Definitions',
  collaboration: 'Collaboration',
  participant: 'Participant',
  laneSet: 'LaneSet',
  diagram: 'BPMNDiagram',
  plane: 'BPMNPlane',
};

/** Mints the ids of one process in the dialect's style, deterministically from the process id. */
function idMinter(dialect: Dialect, processId: string) {
  const counters = new Map<string, number>();
  return (role: string, key: string): string => {
    const seed = `${processId}/${role}/${key}`;
    if (dialect === 'signavio') {
      const h = hex(seed, 32);
      return `sid-${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    }
    if (dialect === 'camunda') return `${CAMUNDA_PREFIX[role] ?? 'Element'}_${suffix(seed, 7)}`;
    const label =
      { step: 'Task', check: 'Gateway', start: 'StartEvent', flow: 'Flow', lane: 'Lane' }[role] ??
      'EndEvent';
    const n = (counters.get(label) ?? 0) + 1;
    counters.set(label, n);
    return `${label}_${String(n)}`;
  };
}

export function processGraph(plan: PlannedProcess, dialect: Dialect): ProcessGraph {
  const mint = idMinter(dialect, plan.id);
  const node = (
    role: NodeRole,
    key: string,
    name: string,
    laneIndex: number,
    step?: PlannedStep,
  ): GraphNode => ({
    id: mint(role, key),
    role,
    name,
    laneIndex,
    ...(step ? { step, kind: step.kind } : {}),
  });
  const firstLane = plan.steps[0]?.laneIndex ?? 0;
  const start = node('start', 'start', '처리 개시', firstLane);
  const steps = plan.steps.map((s) => node('step', String(s.index), s.name, s.laneIndex, s));
  const check = node('check', 'check', plan.checkName, 0);
  const rejection = node('step', 'rejection', plan.rejection.name, 0, plan.rejection);
  const end = node('end', 'end', '처리 완료', steps.at(-1)?.laneIndex ?? 0);
  const rejectedEnd = node('rejected-end', 'rejected', '반려 종결', 0);
  const nodes = [start, ...steps, check, rejection, end, rejectedEnd];
  const flows: GraphFlow[] = [];
  const flow = (source: GraphNode, target: GraphNode, extra: Partial<GraphFlow> = {}) =>
    flows.push({
      id: mint('flow', `${source.id}>${target.id}`),
      source: source.id,
      target: target.id,
      ...extra,
    });
  const chain = [start, ...steps.slice(0, plan.checkAfter + 1), check];
  for (let i = 1; i < chain.length; i++) flow(chain[i - 1] as GraphNode, chain[i] as GraphNode);
  const rest = [...steps.slice(plan.checkAfter + 1), end];
  flow(check, rest[0] as GraphNode, {
    name: '충족',
    condition: dialect === 'camunda' ? '${eligible}' : 'eligible = true',
  });
  flow(check, rejection, { name: '미충족' });
  for (let i = 1; i < rest.length; i++) flow(rest[i - 1] as GraphNode, rest[i] as GraphNode);
  flow(rejection, rejectedEnd);
  const laneIds = plan.lanes.map((_, i) => mint('lane', String(i)));
  return { plan, dialect, nodes, flows, laneIds, ids: (role) => mint(role, role) };
}
