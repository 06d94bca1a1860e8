// The step-numbering rule (ontology/MODEL.md): breadth-first from the start events, joins wait for
// their branches, loops set aside, sub-processes numbered inside, unreachable nodes reported.
import { describe, expect, it } from 'vitest';
import { parseBpmnDocument } from '../../../mappings/process/bpmn-document.ts';
import { processesOf, readProcess } from '../../../mappings/process/process-model.ts';
import { orderSteps } from '../../../mappings/process/step-order.ts';
import { bpmnDocument } from './bpmn-text.ts';

type Edge = readonly [from: string, to: string];

/** A process with the given nodes (`kind:id`) and flows, in that document order. */
function order(nodes: readonly string[], edges: readonly Edge[], inner = '') {
  const xmlNodes = nodes.map((n) => {
    const [kind, id] = n.split(':');
    return `<${kind} id="${id}"/>`;
  });
  const flows = edges.map(
    ([a, b], i) => `<sequenceFlow id="f${i}" sourceRef="${a}" targetRef="${b}"/>`,
  );
  const doc = parseBpmnDocument(
    bpmnDocument(`<process id="P">${xmlNodes.join('')}${inner}${flows.join('')}</process>`),
  );
  const [process] = processesOf(doc);
  if (!process) throw new Error('no process');
  const { model, errors } = readProcess(doc, process);
  expect(errors).toEqual([]);
  const result = orderSteps(model);
  return { steps: Object.fromEntries(result.stepNumbers), unreachable: result.unreachable };
}

describe('step order', () => {
  it('numbers a straight line of tasks in flow order, not document order', () => {
    const { steps } = order(
      ['startEvent:S', 'task:C', 'task:A', 'task:B', 'endEvent:E'],
      [
        ['S', 'A'],
        ['A', 'B'],
        ['B', 'C'],
        ['C', 'E'],
      ],
    );
    expect(steps).toEqual({ A: 1, B: 2, C: 3 });
  });

  it('interleaves parallel branches level by level, and a join waits for all of them', () => {
    const { steps } = order(
      [
        'startEvent:S',
        'parallelGateway:G',
        'task:A1',
        'task:A2',
        'task:B1',
        'parallelGateway:J',
        'task:Z',
      ],
      [
        ['S', 'G'],
        ['G', 'A1'],
        ['G', 'B1'],
        ['A1', 'A2'],
        ['A2', 'J'],
        ['B1', 'J'],
        ['J', 'Z'],
      ],
    );
    expect(steps).toEqual({ A1: 1, B1: 2, A2: 3, Z: 4 });
  });

  it('sets loop-back flows aside', () => {
    const { steps, unreachable } = order(
      ['startEvent:S', 'task:Review', 'exclusiveGateway:G', 'task:Fix', 'task:Approve'],
      [
        ['S', 'Review'],
        ['Review', 'G'],
        ['G', 'Fix'],
        ['Fix', 'Review'],
        ['G', 'Approve'],
      ],
    );
    expect(steps).toEqual({ Review: 1, Fix: 2, Approve: 3 });
    expect(unreachable).toEqual([]);
  });

  it('numbers the steps of a sub-process within it, and reports unreachable nodes', () => {
    const sub =
      '<subProcess id="Sub"><startEvent id="SS"/><task id="In1"/><task id="In2"/>' +
      '<sequenceFlow id="s1" sourceRef="SS" targetRef="In1"/><sequenceFlow id="s2" sourceRef="In1" targetRef="In2"/></subProcess>';
    const { steps, unreachable } = order(
      ['startEvent:S', 'task:A', 'task:Lost', 'endEvent:E'],
      [
        ['S', 'A'],
        ['A', 'Sub'],
        ['Sub', 'E'],
      ],
      sub,
    );
    expect(steps).toEqual({ A: 1, Sub: 2, In1: 1, In2: 2 });
    expect(unreachable).toEqual(['Lost']);
  });

  it('starts an event sub-process by its own event', () => {
    const sub =
      '<subProcess id="OnCancel" triggeredByEvent="true"><startEvent id="CS"/><task id="Undo"/>' +
      '<sequenceFlow id="c1" sourceRef="CS" targetRef="Undo"/></subProcess>';
    const { steps, unreachable } = order(['startEvent:S', 'task:A'], [['S', 'A']], sub);
    expect(steps).toEqual({ A: 1, OnCancel: 2, Undo: 1 });
    expect(unreachable).toEqual([]);
  });
});

describe('step order across link events and nested lanes', () => {
  it('continues a flow at the catch link event of the same name', () => {
    const links =
      '<intermediateThrowEvent id="GoTo"><linkEventDefinition id="L1" name="B"/></intermediateThrowEvent>' +
      '<intermediateCatchEvent id="ComeIn"><linkEventDefinition id="L2" name="B"/></intermediateCatchEvent>';
    const { steps, unreachable } = order(
      ['startEvent:S', 'task:A', 'task:B'],
      [
        ['S', 'A'],
        ['A', 'GoTo'],
        ['ComeIn', 'B'],
      ],
      links,
    );
    expect(steps).toEqual({ A: 1, B: 2 });
    expect(unreachable).toEqual([]);
  });

  it('places a node in its innermost lane, and drops lane references to data objects', () => {
    const lanes =
      '<laneSet id="LS"><lane id="Bureau" name="행정국"><flowNodeRef>S</flowNodeRef><flowNodeRef>A</flowNodeRef>' +
      '<flowNodeRef>D</flowNodeRef><childLaneSet id="CLS"><lane id="Division" name="총무과"><flowNodeRef>A</flowNodeRef>' +
      '</lane></childLaneSet></lane></laneSet><dataObjectReference id="D" dataObjectRef="DO"/><dataObject id="DO"/>';
    const doc = parseBpmnDocument(
      bpmnDocument(
        `<process id="P">${lanes}<startEvent id="S"/><task id="A"/>` +
          '<sequenceFlow id="f" sourceRef="S" targetRef="A"/></process>',
      ),
    );
    const [process] = processesOf(doc);
    if (!process) throw new Error('no process');
    const { model, errors } = readProcess(doc, process);
    expect(errors).toEqual([]);
    expect(model.lanes).toEqual([
      { id: 'Bureau', name: '행정국', nodes: ['S'] },
      { id: 'Division', name: '총무과', nodes: ['A'], parent: 'Bureau' },
    ]);
  });
});
