// SHACL shapes for work processes (shapes/work-process.ttl): a mapped process conforms, and each
// constraint catches the mutation it is there for.
import { describe, expect, it } from 'vitest';
import { MaskingPolicy } from '../../src/policy/masking-policy.ts';
import { loadOntologyQuads } from '../../src/vocab/ontology-files.ts';
import { cpov, xsd } from '../../src/vocab/namespaces.ts';
import {
  BASE,
  add,
  dct,
  drop,
  expectConforms,
  expectViolation,
  fixture,
  id,
  literal,
  plaza,
  replace,
} from './helpers.ts';

const process = id('process/Process_air_permit');
const element = (bpmnId: string) => id(`process/Process_air_permit/element/${bpmnId}`);
const review = element('Activity_review');
const gateway = element('Gateway_complete');
const timeout = element('Event_timeout');
const flow = element('Flow_yes');
const lane = element('Lane_air');
const bpmnType = (kind: string) => id(`concept/bpmn-element-type/${kind}`);
const wp = () => fixture('work-process.ttl');

describe('shapes/work-process.ttl', () => {
  it('accepts a mapped work process', async () => {
    await expectConforms(wp());
  });

  it('requires the process identifier, record type and access rights', async () => {
    await expectViolation(drop(wp(), process, dct('identifier')), {
      focus: process.value,
      path: dct('identifier').value,
      component: 'MinCountConstraintComponent',
    });
    await expectViolation(replace(wp(), process, dct('type'), id('concept/record-type/meeting')), {
      focus: process.value,
      component: 'HasValueConstraintComponent',
    });
    await expectViolation(drop(wp(), process, dct('accessRights')), {
      focus: process.value,
      path: dct('accessRights').value,
      component: 'MinCountConstraintComponent',
    });
  });

  it('wants the legal basis as a tagged citation and its provision as an IRI', async () => {
    await expectViolation(add(wp(), process, plaza('legalBasis'), literal('건축법 제11조')), {
      focus: process.value,
      path: plaza('legalBasis').value,
      component: 'DatatypeConstraintComponent',
    });
    await expectViolation(add(wp(), process, cpov('hasLegalResource'), literal('제27조')), {
      focus: process.value,
      path: cpov('hasLegalResource').value,
      component: 'NodeKindConstraintComponent',
    });
  });

  it('keeps each element in one process, with a BPMN type of its own kind', async () => {
    await expectViolation(drop(wp(), review, dct('isPartOf')), {
      focus: review.value,
      path: dct('isPartOf').value,
      component: 'MinCountConstraintComponent',
    });
    await expectViolation(replace(wp(), review, plaza('bpmnType'), bpmnType('parallelGateway')), {
      focus: review.value,
      path: plaza('bpmnType').value,
      component: 'InConstraintComponent',
    });
    await expectViolation(replace(wp(), gateway, plaza('bpmnType'), bpmnType('userTask')), {
      focus: gateway.value,
      path: plaza('bpmnType').value,
      component: 'InConstraintComponent',
    });
  });

  it('numbers steps with one positive integer', async () => {
    await expectViolation(
      replace(wp(), review, plaza('stepNumber'), literal('0', xsd('integer'))),
      {
        focus: review.value,
        path: plaza('stepNumber').value,
        component: 'MinInclusiveConstraintComponent',
      },
    );
    await expectViolation(add(wp(), review, plaza('stepNumber'), literal('7', xsd('integer'))), {
      focus: review.value,
      path: plaza('stepNumber').value,
      component: 'MaxCountConstraintComponent',
    });
  });

  it('attaches only boundary events, to a step', async () => {
    await expectViolation(add(wp(), gateway, plaza('attachedTo'), review), {
      focus: gateway.value,
      path: plaza('bpmnType').value,
      component: 'HasValueConstraintComponent',
    });
    await expectViolation(replace(wp(), timeout, plaza('attachedTo'), lane), {
      focus: timeout.value,
      path: plaza('attachedTo').value,
      component: 'ClassConstraintComponent',
    });
  });

  it('gives a sequence flow exactly one source and target, and a plain condition', async () => {
    await expectViolation(drop(wp(), flow, plaza('flowTarget')), {
      focus: flow.value,
      path: plaza('flowTarget').value,
      component: 'MinCountConstraintComponent',
    });
    await expectViolation(add(wp(), flow, plaza('flowSource'), review), {
      focus: flow.value,
      path: plaza('flowSource').value,
      component: 'MaxCountConstraintComponent',
    });
    await expectViolation(replace(wp(), flow, plaza('flowCondition'), literal('${x}', 'ko')), {
      focus: flow.value,
      path: plaza('flowCondition').value,
      component: 'DatatypeConstraintComponent',
    });
  });

  it('wants lanes and produced document types as the right IRIs', async () => {
    await expectViolation(add(wp(), lane, plaza('laneUnit'), literal('대기정책과', 'ko')), {
      focus: lane.value,
      path: plaza('laneUnit').value,
    });
    await expectViolation(
      add(wp(), review, plaza('producesDocumentType'), id('concept/licence/cc-by')),
      {
        focus: review.value,
        path: plaza('producesDocumentType').value,
        component: 'PatternConstraintComponent',
      },
    );
    await expectViolation(add(wp(), review, plaza('lane'), flow), {
      focus: review.value,
      path: plaza('lane').value,
    });
  });

  it('takes the BPMN documentation as tagged text the redactor scans, or its placeholder', async () => {
    await expectViolation(replace(wp(), process, dct('description'), literal('담당: 주무관')), {
      focus: process.value,
      path: dct('description').value,
      component: 'NodeConstraintComponent',
    });
    const policy = MaskingPolicy.fromOntology(loadOntologyQuads(BASE));
    expect(policy.of(dct('description').value).treatment).toBe('scan');
  });
});
