// Writes a process graph as BPMN 2.0 XML the way each modeller does: Camunda Modeler (`bpmn:`
// prefix, camunda: attributes, bpmndi), bpmn.io (default namespace), Signavio (`bpmn2:`, signavio:
// metadata). Each keeps its diagram interchange section, as real exports do.
import type { GraphFlow, GraphNode, ProcessGraph } from './process-graph.ts';

const MODEL = 'http://www.omg.org/spec/BPMN/20100524/MODEL';
const DI_NS =
  'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"';

const escape = (s: string): string =>
  s
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

const ELEMENT: Readonly<Record<string, string>> = {
  start: 'startEvent',
  check: 'exclusiveGateway',
  end: 'endEvent',
  'rejected-end': 'endEvent',
};

function elementName(node: GraphNode, dialect: ProcessGraph['dialect']): string {
  if (node.role !== 'step') return ELEMENT[node.role] ?? 'task';
  if (dialect !== 'camunda')
    return node.kind === 'receive' && dialect === 'signavio' ? 'receiveTask' : 'task';
  return { user: 'userTask', service: 'serviceTask', receive: 'receiveTask', manual: 'manualTask' }[
    node.kind ?? 'user'
  ];
}

function camundaAttributes(node: GraphNode, g: ProcessGraph): string {
  if (g.dialect !== 'camunda' || node.role !== 'step') return '';
  if (node.kind === 'user')
    return ` camunda:candidateGroups="${g.plan.lanes[node.laneIndex]?.deptCode ?? ''}"`;
  if (node.kind === 'service') return ` camunda:type="external" camunda:topic="notify"`;
  return '';
}

function nodeXml(node: GraphNode, g: ProcessGraph, p: string, indent: string): string {
  const tag = `${p}${elementName(node, g.dialect)}`;
  const incoming = g.flows
    .filter((f) => f.target === node.id)
    .map((f) => `${indent}  <${p}incoming>${f.id}</${p}incoming>\n`);
  const outgoing = g.flows
    .filter((f) => f.source === node.id)
    .map((f) => `${indent}  <${p}outgoing>${f.id}</${p}outgoing>\n`);
  const signavio =
    g.dialect === 'signavio'
      ? `${indent}  <${p}extensionElements>\n${indent}    <signavio:signavioMetaData metaKey="bgcolor" metaValue="#ffffcc" />\n${indent}  </${p}extensionElements>\n`
      : '';
  const defaultFlow =
    node.role === 'check'
      ? ` default="${g.flows.find((f) => f.source === node.id && f.condition === undefined)?.id ?? ''}"`
      : '';
  const doc =
    node.role === 'step' && node.step
      ? `${indent}  <${p}documentation>산출 문서: ${escape(node.step.produces)}</${p}documentation>\n`
      : '';
  return `${indent}<${tag} id="${node.id}" name="${escape(node.name)}"${defaultFlow}${camundaAttributes(node, g)}>\n${doc}${signavio}${incoming.join('')}${outgoing.join('')}${indent}</${tag}>\n`;
}

function flowXml(flow: GraphFlow, p: string, indent: string, xsiType: string): string {
  const name = flow.name === undefined ? '' : ` name="${escape(flow.name)}"`;
  const open = `${indent}<${p}sequenceFlow id="${flow.id}"${name} sourceRef="${flow.source}" targetRef="${flow.target}"`;
  if (flow.condition === undefined) return `${open} />\n`;
  return `${open}>\n${indent}  <${p}conditionExpression xsi:type="${xsiType}">${escape(flow.condition)}</${p}conditionExpression>\n${indent}</${p}sequenceFlow>\n`;
}

function lanesXml(g: ProcessGraph, p: string, indent: string): string {
  const lanes = g.plan.lanes.map((lane, i) => {
    const refs = g.nodes
      .filter((n) => n.laneIndex === i)
      .map((n) => `${indent}    <${p}flowNodeRef>${n.id}</${p}flowNodeRef>\n`);
    return `${indent}  <${p}lane id="${g.laneIds[i] ?? ''}" name="${escape(lane.name)}">\n${refs.join('')}${indent}  </${p}lane>\n`;
  });
  return `${indent}<${p}laneSet id="${g.ids('laneSet')}">\n${lanes.join('')}${indent}</${p}laneSet>\n`;
}

function diagramXml(g: ProcessGraph, plane: string, dc: string, di: string): string {
  const shapes = g.nodes.map((n, i) => {
    const x = 200 + i * 140;
    const y = 100 + n.laneIndex * 160;
    const [w, h] = n.role === 'step' ? [100, 80] : n.role === 'check' ? [50, 50] : [36, 36];
    return `      <bpmndi:BPMNShape id="${n.id}_di" bpmnElement="${n.id}">\n        <${dc}:Bounds x="${x}" y="${y}" width="${w}" height="${h}" />\n      </bpmndi:BPMNShape>\n`;
  });
  const edges = g.flows.map(
    (f) =>
      `      <bpmndi:BPMNEdge id="${f.id}_di" bpmnElement="${f.id}">\n        <${di}:waypoint x="0" y="0" />\n        <${di}:waypoint x="10" y="0" />\n      </bpmndi:BPMNEdge>\n`,
  );
  return `  <bpmndi:BPMNDiagram id="${g.ids('diagram')}">\n    <bpmndi:BPMNPlane id="${g.ids('plane')}" bpmnElement="${plane}">\n${shapes.join('')}${edges.join('')}    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n`;
}

function processXml(g: ProcessGraph, p: string, attributes: string, xsiType: string): string {
  const indent = '    ';
  return (
    `  <${p}process id="${g.plan.id}" name="${escape(g.plan.nameKo)}"${attributes}>\n` +
    `    <${p}documentation>${escape(g.plan.documentation)}</${p}documentation>\n` +
    lanesXml(g, p, indent) +
    g.nodes.map((n) => nodeXml(n, g, p, indent)).join('') +
    g.flows.map((f) => flowXml(f, p, indent, xsiType)).join('') +
    `  </${p}process>\n`
  );
}

function collaborationXml(g: ProcessGraph, p: string, name: string): string {
  return `  <${p}collaboration id="${g.ids('collaboration')}">\n    <${p}participant id="${g.ids('participant')}" name="${escape(name)}" processRef="${g.plan.id}" />\n  </${p}collaboration>\n`;
}

export function renderBpmn(g: ProcessGraph): string {
  const head = '<?xml version="1.0" encoding="UTF-8"?>\n';
  if (g.dialect === 'camunda') {
    return (
      head +
      `<bpmn:definitions xmlns:bpmn="${MODEL}" ${DI_NS} xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="${g.ids('definitions')}" targetNamespace="http://bpmn.io/schema/bpmn" exporter="Camunda Modeler" exporterVersion="5.28.0">\n` +
      collaborationXml(g, 'bpmn:', g.plan.owner.unit.name) +
      processXml(
        g,
        'bpmn:',
        ' isExecutable="true" camunda:versionTag="2024.1"',
        'bpmn:tFormalExpression',
      ) +
      diagramXml(g, g.ids('collaboration'), 'dc', 'di') +
      '</bpmn:definitions>\n'
    );
  }
  if (g.dialect === 'bpmnio') {
    return (
      head +
      `<definitions xmlns="${MODEL}" ${DI_NS} xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="sample-diagram" targetNamespace="http://bpmn.io/schema/bpmn">\n` +
      processXml(g, '', ' isExecutable="false"', 'tFormalExpression') +
      diagramXml(g, g.plan.id, 'dc', 'di') +
      '</definitions>\n'
    );
  }
  return (
    head +
    `<bpmn2:definitions xmlns:bpmn2="${MODEL}" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:omgdc="http://www.omg.org/spec/DD/20100524/DC" xmlns:omgdi="http://www.omg.org/spec/DD/20100524/DI" xmlns:signavio="http://www.signavio.com" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" exporter="Signavio Process Editor, http://www.signavio.com" exporterVersion="17.6.0" expressionLanguage="http://www.w3.org/TR/XPath" id="${g.ids('definitions')}" targetNamespace="http://www.signavio.com" typeLanguage="http://www.w3.org/2001/XMLSchema">\n` +
    collaborationXml(g, 'bpmn2:', g.plan.nameKo) +
    processXml(
      g,
      'bpmn2:',
      ' processType="None" isClosed="false" isExecutable="false"',
      'bpmn2:tFormalExpression',
    ) +
    diagramXml(g, g.ids('collaboration'), 'omgdc', 'omgdi') +
    '</bpmn2:definitions>\n'
  );
}
