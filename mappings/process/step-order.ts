// The deterministic order of a process's steps and which nodes no start event reaches.
//
// Rule (ontology/MODEL.md, "Work processes"): within each container (the process, or a
// sub-process), walk from its start events (document order), then from its event sub-processes
// (started by their own event, so they come after the main flow). Flows that close a loop — those reaching a node still on
// the path of a depth-first walk taken in document order — are set aside. The remaining graph is
// ordered breadth-first by Kahn's algorithm: a node comes next once every non-loop flow into it
// is done, successors joining the queue in the document order of their source's outgoing flows.
// Branches after a gateway are thus interleaved level by level and a join waits for its branches.
// Activities (tasks, sub-processes, call activities) are numbered 1, 2, … in that order. A throw
// link event leads to the catch link events of the same name; a boundary event follows its host.
import type { FlowNodeModel, ProcessModel } from './process-model.ts';

export interface StepOrder {
  /** Activity id → its step number within its container (1-based). */
  readonly stepNumbers: ReadonlyMap<string, number>;
  /** Flow nodes no start event reaches, in document order. */
  readonly unreachable: readonly string[];
}

function successorsOf(model: ProcessModel): Map<string, string[]> {
  const next = new Map<string, string[]>(model.nodes.map((n) => [n.id, []]));
  for (const f of model.flows) next.get(f.source)?.push(f.target);
  for (const n of model.nodes) if (n.attachedTo !== undefined) next.get(n.attachedTo)?.push(n.id);
  // A throw link event jumps to the catch link events of the same name in its container.
  for (const from of model.nodes.filter((n) => n.kind === 'intermediateThrowEvent' && n.link))
    for (const to of model.nodes)
      if (
        to.kind === 'intermediateCatchEvent' &&
        to.link === from.link &&
        to.container === from.container
      )
        next.get(from.id)?.push(to.id);
  return next;
}

/** The starts of a container: its start events, then its event sub-processes (after the main flow). */
function rootsOf(nodes: readonly FlowNodeModel[], next: Map<string, string[]>): string[][] {
  const starts = nodes.filter((n) => n.kind === 'startEvent').map((n) => n.id);
  const triggered = nodes.filter((n) => n.triggeredByEvent).map((n) => n.id);
  if (starts.length > 0) return [starts, triggered];
  // A sub-process without a start event begins with its nodes that no flow enters.
  const entered = new Set([...next.values()].flat());
  const first = nodes.filter(
    (n) => !entered.has(n.id) && n.attachedTo === undefined && !n.triggeredByEvent,
  );
  return [first.map((n) => n.id), triggered];
}

/** Depth-first from the roots: the reachable nodes and the flows that close a loop. */
function explore(roots: readonly string[], next: Map<string, string[]>) {
  const state = new Map<string, 'open' | 'done'>();
  const loopFlows = new Set<string>();
  const visit = (id: string): void => {
    state.set(id, 'open');
    for (const to of next.get(id) ?? []) {
      const s = state.get(to);
      if (s === 'open') loopFlows.add(`${id} ${to}`);
      else if (s === undefined) visit(to);
    }
    state.set(id, 'done');
  };
  for (const r of roots) if (!state.has(r)) visit(r);
  return { reached: new Set(state.keys()), loopFlows };
}

function kahnOrder(
  rootGroups: readonly (readonly string[])[],
  reached: ReadonlySet<string>,
  next: Map<string, string[]>,
  loopFlows: ReadonlySet<string>,
): string[] {
  const indegree = new Map<string, number>([...reached].map((id) => [id, 0]));
  for (const from of reached)
    for (const to of next.get(from) ?? [])
      if (!loopFlows.has(`${from} ${to}`)) indegree.set(to, (indegree.get(to) ?? 0) + 1);
  const order: string[] = [];
  const queued = new Set<string>();
  for (const roots of rootGroups) {
    const queue = roots.filter((r) => indegree.get(r) === 0 && !queued.has(r));
    for (const r of queue) queued.add(r);
    while (queue.length > 0) {
      const id = queue.shift() as string;
      order.push(id);
      for (const to of next.get(id) ?? []) {
        if (loopFlows.has(`${id} ${to}`)) continue;
        const left = (indegree.get(to) ?? 0) - 1;
        indegree.set(to, left);
        if (left === 0 && !queued.has(to)) {
          queued.add(to);
          queue.push(to);
        }
      }
    }
  }
  return order;
}

export function orderSteps(model: ProcessModel): StepOrder {
  const next = successorsOf(model);
  const stepNumbers = new Map<string, number>();
  const reachedAll = new Set<string>();
  const byContainer = new Map<string, FlowNodeModel[]>();
  for (const n of model.nodes)
    byContainer.set(n.container, [...(byContainer.get(n.container) ?? []), n]);
  // Containers in document order; a sub-process is walked only when its parent reached it.
  for (const [container, nodes] of byContainer) {
    if (container !== model.id && !reachedAll.has(container)) continue;
    const roots = rootsOf(nodes, next);
    const { reached, loopFlows } = explore(roots.flat(), next);
    for (const id of reached) reachedAll.add(id);
    const category = new Map(nodes.map((n) => [n.id, n.category]));
    let step = 0;
    for (const id of kahnOrder(roots, reached, next, loopFlows))
      if (category.get(id) === 'activity') stepNumbers.set(id, ++step);
  }
  const unreachable = model.nodes.filter((n) => !reachedAll.has(n.id)).map((n) => n.id);
  return { stepNumbers, unreachable };
}
