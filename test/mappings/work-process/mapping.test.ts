// The work_process mapping: graphs for each modeller dialect (isomorphism against hand-checked
// TriG), notices for what is kept but unlinked, and the same model in every namespace spelling.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { workProcessMapping } from '../../../mappings/work-process.ts';
import { IriMinter } from '../../../src/vocab/iri.ts';
import { BASE, expectIsomorphic, parseTrig } from '../../support/rdf.ts';
import { INGESTED_AT, INITIATIVES, ORGS } from '../cases.ts';
import { bpmnDocument, fixtureText } from './bpmn-text.ts';
import { withoutLinkNotices } from '../../support/notices.ts';

const iri = new IriMinter(BASE);

function mapProcess(fields: Record<string, string>, file = 'case.bpmn') {
  const parsed = workProcessMapping.parse(fields);
  const meta = { key: parsed.key, file, line: 1, format: 'bpmn' as const, ingestedAt: INGESTED_AT };
  return workProcessMapping.map(parsed.record, meta, { iri, orgs: ORGS, initiatives: INITIATIVES });
}

function fromFixture(name: string, processId: string, withSidecar = true) {
  const fields: Record<string, string> = {
    process_id: processId,
    bpmn: fixtureText(`${name}.bpmn`),
  };
  if (withSidecar) fields['sidecar'] = fixtureText(`${name}.process.json`);
  return mapProcess(fields, `${name}.bpmn`);
}

const expected = (name: string) =>
  parseTrig(readFileSync(new URL(`../expected/${name}`, import.meta.url), 'utf8'));
const allQuads = (out: ReturnType<typeof mapProcess>) => [
  ...out.quads,
  ...out.shared.flatMap((r) => r.quads),
];

describe('work processes from each modeller', () => {
  it('Camunda Modeler: camunda: attributes, collaboration, lanes, a loop and a boundary timer', () => {
    const out = fromFixture('camunda', 'Process_air_permit');
    expectIsomorphic(allQuads(out), expected('work-process-camunda.trig'));
    expect(withoutLinkNotices(out.notices)).toEqual([
      {
        file: 'camunda.bpmn',
        line: 1,
        field: 'Lane_counter',
        message: 'lane "민원실": department "민원실" is not in the organisation chart',
      },
    ]);
    expect(out.graph.value).toBe(`${BASE}graph/process/Process_air_permit`);
    for (const r of out.shared) expect(r.quads.every((q) => q.graph.equals(r.graph))).toBe(true);
  });

  it('bpmn.io, default namespace, no sidecar: ingested, reported as unlinked', () => {
    const out = fromFixture('bpmnio', 'Process_1', false);
    expectIsomorphic(allQuads(out), expected('work-process-bpmnio.trig'));
    expect(withoutLinkNotices(out.notices).map((n) => `${n.field}: ${n.message}`)).toEqual([
      'Task_orphan: not reachable from a start event: kept, without a step number',
      'sidecar: unlinked: no sidecar',
    ]);
  });

  it('Signavio, bpmn2: prefix and signavio: extensions, two pools in one file', () => {
    const supply = fromFixture('signavio', 'sid-PROC-SUPPLY');
    expectIsomorphic(allQuads(supply), expected('work-process-signavio.trig'));
    expect(withoutLinkNotices(supply.notices)).toEqual([]);
    const vendor = fromFixture('signavio', 'sid-PROC-VENDOR');
    expectIsomorphic(allQuads(vendor), expected('work-process-signavio-unlinked.trig'));
    expect(withoutLinkNotices(vendor.notices).map((n) => `${n.field}: ${n.message}`)).toEqual([
      'sidecar: unlinked: the sidecar has no entry for process sid-PROC-VENDOR',
    ]);
  });

  it('maps the same model identically whatever the namespace prefix', () => {
    const body =
      '<process id="P" name="민원 처리"><startEvent id="S"/><userTask id="T" name="검토"/>' +
      '<exclusiveGateway id="G"/><endEvent id="E"/><sequenceFlow id="F1" sourceRef="S" targetRef="T"/>' +
      '<sequenceFlow id="F2" sourceRef="T" targetRef="G"/>' +
      '<sequenceFlow id="F3" name="승인" sourceRef="G" targetRef="E"/></process>';
    const graphs = ['bpmn', 'bpmn2', ''].map((prefix) =>
      allQuads(mapProcess({ process_id: 'P', bpmn: bpmnDocument(body, prefix) })),
    );
    expect(graphs[0]?.length).toBeGreaterThan(30);
    expectIsomorphic(graphs[1] ?? [], graphs[0] ?? []);
    expectIsomorphic(graphs[2] ?? [], graphs[0] ?? []);
  });

  it('keys a process by its id, hashing ids an IRI cannot carry', () => {
    const body =
      '<process id="city:P1"><startEvent id="city:S"/><task id="T1"/><endEvent id="E"/>' +
      '<sequenceFlow id="f1" sourceRef="city:S" targetRef="T1"/>' +
      '<sequenceFlow id="f2" sourceRef="T1" targetRef="E"/></process>';
    const fields = { process_id: 'city:P1', bpmn: bpmnDocument(body) };
    expect(workProcessMapping.parse(fields).key).toMatch(/^x-[0-9a-f]{16}$/);
    const out = mapProcess(fields);
    const ids = out.quads.filter((q) => q.predicate.value.endsWith('/identifier'));
    expect(ids.map((q) => q.object.value)).toEqual(expect.arrayContaining(['city:P1', 'city:S']));
    expect(out.quads.every((q) => !q.subject.value.includes('city:'))).toBe(true);
  });
});
