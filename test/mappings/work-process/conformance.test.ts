// Work-process output against the ontology: coined terms defined, code-list concepts existing
// (BPMN element types, record types), and every fixture process conforming to the SHACL shapes.
import { describe, expect, it } from 'vitest';
import { workProcessMapping } from '../../../mappings/work-process.ts';
import { GraphValidator } from '../../../src/pipeline/validate.ts';
import { IriMinter } from '../../../src/vocab/iri.ts';
import { PLAZA_NS } from '../../../src/vocab/namespaces.ts';
import { loadOntologyQuads } from '../../../src/vocab/ontology-files.ts';
import { BASE } from '../../support/rdf.ts';
import { INGESTED_AT, INITIATIVES, ORGS } from '../cases.ts';
import { fixtureText } from './bpmn-text.ts';

const iri = new IriMinter(BASE);
const defined = new Set(
  loadOntologyQuads(BASE)
    .filter((q) => q.predicate.value.endsWith('#type'))
    .map((q) => q.subject.value),
);

const FIXTURES = [
  ['camunda', 'Process_air_permit', true],
  ['bpmnio', 'Process_1', false],
  ['signavio', 'sid-PROC-SUPPLY', true],
  ['signavio', 'sid-PROC-VENDOR', true],
] as const;

const outputs = FIXTURES.map(([name, id, withSidecar]) => {
  const fields: Record<string, string> = { process_id: id, bpmn: fixtureText(`${name}.bpmn`) };
  if (withSidecar) fields['sidecar'] = fixtureText(`${name}.process.json`);
  const parsed = workProcessMapping.parse(fields);
  const meta = { key: parsed.key, file: `${name}.bpmn`, line: 1, format: 'bpmn' as const };
  const out = workProcessMapping.map(
    parsed.record,
    { ...meta, ingestedAt: INGESTED_AT },
    { iri, orgs: ORGS, initiatives: INITIATIVES },
  );
  return { name: `${name} ${id}`, quads: [...out.quads, ...out.shared.flatMap((r) => r.quads)] };
});

describe('work-process output and the ontology agree', () => {
  it('uses only plaza: terms defined in ontology/plaza.ttl', () => {
    const used = new Set(
      outputs
        .flatMap((o) => o.quads)
        .flatMap((q) => [q.predicate.value, q.object.value])
        .filter((v) => v.startsWith(PLAZA_NS)),
    );
    expect(used.size).toBeGreaterThan(15);
    expect([...used].filter((t) => !defined.has(t))).toEqual([]);
  });

  it('points only at code-list concepts the schemes define (besides minted labels)', () => {
    const minted = /\/id\/concept\/(unit-task|function|document-type)\//;
    const referenced = new Set(
      outputs
        .flatMap((o) => o.quads)
        .map((q) => q.object.value)
        .filter((o) => o.startsWith(`${BASE}id/concept/`) && !minted.test(o)),
    );
    expect([...referenced].filter((c) => c.includes('bpmn-element-type')).length).toBeGreaterThan(
      8,
    );
    expect([...referenced].filter((c) => !defined.has(c))).toEqual([]);
  });

  const validator = new GraphValidator(BASE);
  for (const { name, quads } of outputs) {
    it(`conforms to the shapes: ${name}`, async () => {
      const report = await validator.validate(quads);
      expect(report.violations).toEqual([]);
      expect(report.conforms).toBe(true);
    });
  }
});
