// Maps a process's flow: its nodes (steps, gateways, events) with their step numbers, the
// sequence flows between them, and its lanes resolved to organisation units.
import { DataFactory, type NamedNode } from 'n3';
import { dct, plaza, rdf } from '../../src/vocab/namespaces.ts';
import type { GraphBuilder } from '../rdf/graph-builder.ts';
import { bpmnKey, type WorkProcessRecord } from './parse-process.ts';
import type { NodeCategory } from './process-model.ts';

const CLASS_OF: Readonly<Record<NodeCategory, string>> = {
  activity: 'ProcessStep',
  gateway: 'ProcessGateway',
  event: 'ProcessEvent',
};

export function mapFlow(g: GraphBuilder, record: WorkProcessRecord): void {
  const { model, order } = record;
  const s = g.subject;
  const element = (id: string): NamedNode => g.iri.processElement(s, bpmnKey(id));
  const container = (id: string): NamedNode => (id === model.id ? s : element(id));
  const describe = (e: NamedNode, id: string, name: string, parent: string): void => {
    g.add(e, dct('identifier'), DataFactory.literal(id));
    g.text(e, dct('title'), name, 'ko');
    g.add(e, dct('isPartOf'), container(parent));
  };

  for (const node of model.nodes) {
    const e = element(node.id);
    g.add(e, rdf('type'), plaza(CLASS_OF[node.category]));
    g.add(e, plaza('bpmnType'), g.iri.concept('bpmn-element-type', node.kind));
    describe(e, node.id, node.name, node.container);
    g.text(e, dct('description'), node.documentation, 'ko');
    if (node.attachedTo !== undefined) g.add(e, plaza('attachedTo'), element(node.attachedTo));
    g.typed(e, plaza('stepNumber'), order.stepNumbers.get(node.id)?.toString(), 'integer');
  }
  for (const id of order.unreachable)
    g.notice(id, 'not reachable from a start event: kept, without a step number');

  for (const flow of model.flows) {
    const f = element(flow.id);
    g.add(f, rdf('type'), plaza('SequenceFlow'));
    describe(f, flow.id, flow.name, flow.container);
    g.add(f, plaza('flowSource'), element(flow.source));
    g.add(f, plaza('flowTarget'), element(flow.target));
    g.text(f, plaza('flowCondition'), flow.condition);
    g.add(element(flow.source), plaza('nextStep'), element(flow.target));
  }

  for (const lane of model.lanes) {
    const l = element(lane.id);
    g.add(l, rdf('type'), plaza('ProcessLane'));
    describe(l, lane.id, lane.name, lane.parent ?? model.id);
    for (const n of lane.nodes) g.add(element(n), plaza('lane'), l);
    if (lane.name === '') continue;
    const unit = g.ctx.orgs.resolve(lane.name);
    if (unit.status === 'resolved') g.add(l, plaza('laneUnit'), g.iri.org(unit.code));
    else g.notice(lane.id, `lane "${lane.name}": ${unit.reason}`);
  }
}
