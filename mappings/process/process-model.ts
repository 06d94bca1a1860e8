// Extracts one bpmn:process from a parsed BPMN document into a plain model (nodes, flows, lanes),
// checking its references: each broken reference becomes a FieldError named by the element id.
import { FieldError } from '../parse/fields.ts';
import type { BpmnDocument, BpmnWarning, ModdleElement } from './bpmn-document.ts';
import { documentationOf, label, list, localName, lower, ref, text } from './moddle-values.ts';
import { lanesOf } from './process-lanes.ts';

export type NodeCategory = 'activity' | 'gateway' | 'event';

/** The BPMN flow-node types Plaza maps, by local name, with their category. */
export const NODE_KINDS: Readonly<Record<string, NodeCategory>> = {
  task: 'activity',
  userTask: 'activity',
  serviceTask: 'activity',
  manualTask: 'activity',
  scriptTask: 'activity',
  businessRuleTask: 'activity',
  sendTask: 'activity',
  receiveTask: 'activity',
  subProcess: 'activity',
  adHocSubProcess: 'activity',
  transaction: 'activity',
  callActivity: 'activity',
  exclusiveGateway: 'gateway',
  parallelGateway: 'gateway',
  inclusiveGateway: 'gateway',
  eventBasedGateway: 'gateway',
  complexGateway: 'gateway',
  startEvent: 'event',
  endEvent: 'event',
  intermediateCatchEvent: 'event',
  intermediateThrowEvent: 'event',
  boundaryEvent: 'event',
};

export interface FlowNodeModel {
  readonly id: string;
  /** BPMN local type name: `userTask`, `exclusiveGateway`, `startEvent`, … */
  readonly kind: string;
  readonly category: NodeCategory;
  readonly name: string;
  readonly documentation: string;
  /** The process or sub-process whose flow this node belongs to. */
  readonly container: string;
  /** A boundary event's host activity. */
  readonly attachedTo?: string;
  /** An event sub-process: started by its own event, not by a flow. */
  readonly triggeredByEvent: boolean;
  /** A link event's name: a throw link continues at the catch links of the same name. */
  readonly link?: string;
}

export interface SequenceFlowModel {
  readonly id: string;
  readonly name: string;
  readonly condition: string;
  readonly source: string;
  readonly target: string;
  readonly container: string;
}

export interface LaneModel {
  readonly id: string;
  readonly name: string;
  /** The flow nodes placed in this lane and in none of its child lanes. */
  readonly nodes: readonly string[];
  /** The enclosing lane of a nested lane. */
  readonly parent?: string;
}

export interface ProcessModel {
  readonly id: string;
  readonly name: string;
  readonly documentation: string;
  /** The collaboration participant (pool) that holds this process, if any. */
  readonly participant?: { readonly id: string; readonly name: string };
  readonly nodes: readonly FlowNodeModel[];
  readonly flows: readonly SequenceFlowModel[];
  readonly lanes: readonly LaneModel[];
  /** bpmn-moddle warnings about this process (or the whole file) that did not reject it. */
  readonly warnings: readonly string[];
}

function linkOf(element: ModdleElement): { link?: string } {
  const link = list(element['eventDefinitions']).find(
    (d) => d.$type === 'bpmn:LinkEventDefinition',
  );
  return link === undefined ? {} : { link: text(link.name) };
}

export function processesOf(doc: BpmnDocument): ModdleElement[] {
  return list(doc.definitions['rootElements']).filter((e) => e.$type === 'bpmn:Process');
}

class ProcessReader {
  readonly nodes: FlowNodeModel[] = [];
  readonly flows: SequenceFlowModel[] = [];
  readonly errors: FieldError[] = [];
  readonly ids = new Set<string>();
  readonly rawFlows: { element: ModdleElement; container: string }[] = [];

  constructor(
    readonly unresolved: ReadonlyMap<string, BpmnWarning>,
    readonly illegalIds: ReadonlySet<string>,
  ) {}

  collect(container: ModdleElement): void {
    const containerId = container.id ?? '';
    for (const element of list(container['flowElements'])) {
      const id = element.id ?? '';
      this.ids.add(id);
      const kind = lower(localName(element.$type));
      if (kind === 'sequenceFlow') {
        this.rawFlows.push({ element, container: containerId });
        continue;
      }
      const category = NODE_KINDS[kind];
      if (category === undefined) continue; // data objects and references: not flow nodes
      const host = ref(element['attachedToRef']);
      if (kind === 'boundaryEvent' && host?.id === undefined)
        this.errors.push(
          new FieldError(id, `attachedToRef ${this.missing(element, 'attachedToRef')}`),
        );
      this.nodes.push({
        id,
        kind,
        category,
        name: label(element.name),
        documentation: documentationOf(element),
        container: containerId,
        ...(host?.id === undefined ? {} : { attachedTo: host.id }),
        triggeredByEvent: element['triggeredByEvent'] === true,
        ...linkOf(element),
      });
      if (category === 'activity') this.collect(element);
    }
  }

  /** Describes an unset reference: the id it named (from the reader's warning) or its absence. */
  missing(element: ModdleElement, property: string): string {
    const warning = this.unresolved.get(`${element.id ?? ''} ${property}`);
    if (warning?.value === undefined) return 'is missing';
    if (this.illegalIds.has(warning.value))
      return `points to "${warning.value}", an element the BPMN reader dropped: illegal ID (BPMN ids are ASCII names)`;
    return `points to "${warning.value}", which is not an element of the file`;
  }

  resolveFlows(processId: string): void {
    const nodeContainer = new Map(this.nodes.map((n) => [n.id, n.container]));
    for (const { element, container } of this.rawFlows) {
      const id = element.id ?? '';
      const ends: Record<'sourceRef' | 'targetRef', string | undefined> = {
        sourceRef: undefined,
        targetRef: undefined,
      };
      for (const end of ['sourceRef', 'targetRef'] as const) {
        const node = ref(element[end])?.id;
        if (node === undefined) {
          this.errors.push(new FieldError(id, `${end} ${this.missing(element, end)}`));
        } else if (nodeContainer.get(node) !== container) {
          const where =
            container === processId ? `process ${processId}` : `sub-process ${container}`;
          this.errors.push(new FieldError(id, `${end} "${node}" is not a flow node of ${where}`));
        } else ends[end] = node;
      }
      if (ends.sourceRef === undefined || ends.targetRef === undefined) continue;
      const condition = ref(element['conditionExpression']);
      this.flows.push({
        id,
        name: label(element.name),
        condition: text(condition?.['body']),
        source: ends.sourceRef,
        target: ends.targetRef,
        container,
      });
    }
  }
}

function participantOf(doc: BpmnDocument, processId: string) {
  for (const root of list(doc.definitions['rootElements'])) {
    if (root.$type !== 'bpmn:Collaboration') continue;
    for (const p of list(root['participants']))
      if (ref(p['processRef'])?.id === processId) return { id: p.id ?? '', name: label(p.name) };
  }
  return undefined;
}

/** Reads one process; throws nothing, returns the errors found (an empty list: the model is sound). */
export function readProcess(
  doc: BpmnDocument,
  process: ModdleElement,
): { model: ProcessModel; errors: FieldError[] } {
  const unresolved = new Map<string, BpmnWarning>();
  for (const w of doc.warnings)
    if (w.element?.id !== undefined && w.property !== undefined)
      unresolved.set(`${w.element.id} ${localName(w.property)}`, w);
  const illegalIds = new Set(
    doc.warnings.flatMap((w) =>
      [...w.message.matchAll(/illegal ID <([^>]*)>/g)].map((m) => m[1] ?? ''),
    ),
  );
  const reader = new ProcessReader(unresolved, illegalIds);
  const processId = process.id ?? '';
  reader.collect(process);
  reader.resolveFlows(processId);
  const nodeIds = new Set(reader.nodes.map((n) => n.id));
  const lanes = lanesOf(process, nodeIds, reader.ids, doc, reader.errors);
  const participant = participantOf(doc, processId);
  const warnings = doc.warnings
    .filter(
      (w) => w.element === undefined || reader.ids.has(w.element.id ?? '') || w.element === process,
    )
    .filter((w) => !(w.property !== undefined && w.element?.id !== undefined))
    .map((w) => w.message.replace(/\s+/g, ' '));
  if (!reader.nodes.some((n) => n.kind === 'startEvent' && n.container === processId))
    reader.errors.push(
      new FieldError(
        processId,
        reader.nodes.length === 0
          ? 'process is empty (no flow nodes): nothing to ingest'
          : 'process has no start event',
      ),
    );
  const model: ProcessModel = {
    id: processId,
    name: label(process.name),
    documentation: documentationOf(process),
    ...(participant === undefined ? {} : { participant }),
    nodes: reader.nodes,
    flows: reader.flows,
    lanes,
    warnings,
  };
  return { model, errors: reader.errors };
}
