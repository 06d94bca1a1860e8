// Bad BPMN and sidecars: each problem is a reject naming the element or JSON pointer and the
// reason, all problems of a process at once; the other processes of the file still map.
import { describe, expect, it } from 'vitest';
import { RowError } from '../../../mappings/mapping.ts';
import { workProcessMapping } from '../../../mappings/work-process.ts';
import { bpmnDocument, fixtureText, straightProcess } from './bpmn-text.ts';

function rejects(fields: Record<string, string>): string[] {
  try {
    workProcessMapping.parse(fields);
  } catch (error) {
    if (error instanceof RowError) return error.errors.map((e) => `${e.field}: ${e.message}`);
    throw error;
  }
  return [];
}

const good = straightProcess('P', ['T1', 'T2']);

describe('rejects of the whole document', () => {
  it('rejects XML that is not well-formed, with its line', () => {
    const xml = bpmnDocument(good).replace('</bpmn:process>', '</bpmn:proces>');
    const [reason] = rejects({ process_id: 'P', bpmn: xml });
    expect(reason).toMatch(/^bpmn: not well-formed XML: .*proces.* \(line \d+\)$/);
  });

  it('rejects XML that is not BPMN 2.0', () => {
    const xml = '<definitions xmlns="http://example.org/not-bpmn"><process id="P"/></definitions>';
    expect(rejects({ process_id: 'P', bpmn: xml })).toEqual([
      'bpmn: not BPMN 2.0: the root element must be <definitions> in namespace http://www.omg.org/spec/BPMN/20100524/MODEL',
    ]);
  });

  it('rejects a process id the file does not hold', () => {
    expect(rejects({ process_id: 'Q', bpmn: bpmnDocument(good) })).toEqual([
      'process_id: no bpmn:process with id "Q" in the file',
    ]);
  });
});

describe('rejects of one process', () => {
  it('lists every broken flow reference and the missing start event at once', () => {
    const body =
      '<process id="P"><task id="T1"/><endEvent id="E"/>' +
      '<sequenceFlow id="F1" sourceRef="T1" targetRef="Nowhere"/>' +
      '<sequenceFlow id="F2" sourceRef="Ghost" targetRef="E"/>' +
      '<sequenceFlow id="F3" targetRef="E"/></process>';
    expect(rejects({ process_id: 'P', bpmn: bpmnDocument(body) })).toEqual([
      'F1: targetRef points to "Nowhere", which is not an element of the file',
      'F2: sourceRef points to "Ghost", which is not an element of the file',
      'F3: sourceRef is missing',
      'P: process has no start event',
    ]);
  });

  it('rejects a flow into another process, and keeps the other process of the file', () => {
    const a = straightProcess('A', ['TA']);
    const b = straightProcess('B', ['TB']).replace(
      '</process>',
      '<sequenceFlow id="Cross" sourceRef="TB" targetRef="TA"/></process>',
    );
    const xml = bpmnDocument(a + b);
    expect(rejects({ process_id: 'B', bpmn: xml })).toEqual([
      'Cross: targetRef "TA" is not a flow node of process B',
    ]);
    expect(workProcessMapping.parse({ process_id: 'A', bpmn: xml }).key).toBe('A');
  });

  it('rejects a lane naming a node that is not in the process', () => {
    const body = good.replace(
      '<startEvent',
      '<laneSet id="LS"><lane id="L1" name="총무과"><flowNodeRef>T9</flowNodeRef></lane></laneSet><startEvent',
    );
    expect(rejects({ process_id: 'P', bpmn: bpmnDocument(body) })).toEqual([
      'L1: flowNodeRef "T9" names no element of the process',
    ]);
  });

  it('names elements the BPMN reader dropped for an illegal id', () => {
    const body =
      '<process id="P"><startEvent id="S"/><task id="검토"/>' +
      '<sequenceFlow id="F1" sourceRef="S" targetRef="검토"/></process>';
    expect(rejects({ process_id: 'P', bpmn: bpmnDocument(body) })).toEqual([
      'F1: targetRef points to "검토", an element the BPMN reader dropped: illegal ID (BPMN ids are ASCII names)',
    ]);
  });
});

describe('rejects from the sidecar', () => {
  const xml = bpmnDocument(straightProcess('A', ['TA']) + straightProcess('B', ['TB']));

  it('rejects a sidecar that is not JSON', () => {
    const [reason] = rejects({ process_id: 'A', bpmn: xml, sidecar: '{"processes": ' });
    expect(reason).toMatch(/^sidecar: not valid JSON: /);
  });

  it('names each schema violation by JSON pointer, only for the process concerned', () => {
    const sidecar = JSON.stringify({
      processes: {
        A: {
          initiatives: [{ level: 'plan', id: 'X-1' }],
          legalBasis: [{ law: '건축법' }],
          steps: { TA: { produces: [] } },
          owner: '총무과',
        },
        B: { department: '총무과' },
      },
    });
    expect(rejects({ process_id: 'A', bpmn: xml, sidecar })).toEqual([
      'sidecar#/processes/A: unknown property "owner"',
      'sidecar#/processes/A/initiatives/0/level: must be equal to one of the allowed values: policy, programme, project',
      "sidecar#/processes/A/legalBasis/0: must have required property 'article'",
      'sidecar#/processes/A/steps/TA/produces: must NOT have fewer than 1 items',
    ]);
    expect(workProcessMapping.parse({ process_id: 'B', bpmn: xml, sidecar }).key).toBe('B');
  });

  it('rejects step ids that are not flow nodes of the process', () => {
    const sidecar = JSON.stringify({
      processes: {
        A: {
          steps: {
            TB: { produces: [{ label: '공문' }] },
            TA: { produces: [{ recordType: 'minutes' }] },
          },
        },
      },
    });
    expect(rejects({ process_id: 'A', bpmn: xml, sidecar })).toEqual([
      'sidecar#/processes/A/steps/TB: names no flow node of process A',
    ]);
  });

  it('reports, without rejecting, sidecar entries for processes the file does not hold', () => {
    const sidecar = JSON.stringify({ processes: { A: {}, Z: {} } });
    const parsed = workProcessMapping.parse({ process_id: 'A', bpmn: xml, sidecar });
    expect(parsed.record.remarks).toEqual([
      ['sidecar#/processes/Z', 'names no process of the BPMN file; ignored'],
    ]);
  });

  it('accepts the sample sidecars of the fixtures', () => {
    for (const [name, id] of [
      ['camunda', 'Process_air_permit'],
      ['signavio', 'sid-PROC-SUPPLY'],
    ] as const) {
      const fields = {
        process_id: id,
        bpmn: fixtureText(`${name}.bpmn`),
        sidecar: fixtureText(`${name}.process.json`),
      };
      expect(rejects(fields)).toEqual([]);
    }
  });
});
