// Mapping output against the ontology: every coined term is defined, every code-list concept
// exists in its scheme, and every mapped record conforms to the SHACL shapes.
import { describe, expect, it } from 'vitest';
import { MAPPINGS } from '../../mappings/index.ts';
import type { MappedRecord } from '../../mappings/mapping.ts';
import { GraphValidator } from '../../src/pipeline/validate.ts';
import { IriMinter } from '../../src/vocab/iri.ts';
import { PLAZA_NS } from '../../src/vocab/namespaces.ts';
import { loadOntologyQuads } from '../../src/vocab/ontology-files.ts';
import { BASE } from '../support/rdf.ts';
import { CASES, INGESTED_AT, INITIATIVES, ORGS } from './cases.ts';

const iri = new IriMinter(BASE);
const ontology = loadOntologyQuads(BASE);
const defined = new Set(
  ontology.filter((q) => q.predicate.value.endsWith('#type')).map((q) => q.subject.value),
);

function mapCase(c: (typeof CASES)[number]): MappedRecord {
  const m = MAPPINGS[c.kind];
  const parsed = m.parse(c.fields);
  return m.map(
    parsed.record,
    { key: c.key, file: 'case.csv', line: 2, format: 'csv', ingestedAt: INGESTED_AT },
    { iri, orgs: ORGS, initiatives: INITIATIVES },
  );
}

const outputs = CASES.map((c) => ({ c, out: mapCase(c) }));

describe('mapping output and the ontology agree', () => {
  it('every plaza: class and property the mappings emit is defined in ontology/plaza.ttl', () => {
    const used = new Set<string>();
    for (const { out } of outputs) {
      for (const q of [...out.quads, ...out.shared.flatMap((r) => r.quads)]) {
        if (q.predicate.value.startsWith(PLAZA_NS)) used.add(q.predicate.value);
        if (q.object.value.startsWith(PLAZA_NS)) used.add(q.object.value);
      }
    }
    expect([...used].filter((t) => !defined.has(t))).toEqual([]);
  });

  it('every code-list concept the mappings point at exists in ontology/schemes', () => {
    // budget-account: the accounts a file names are minted from it, under the scheme's three types
    const minted = /\/id\/concept\/(unit-task|function|budget-account)\//;
    const referenced = new Set<string>();
    for (const { out } of outputs) {
      for (const q of [...out.quads, ...out.shared.flatMap((r) => r.quads)]) {
        const o = q.object.value;
        if (
          (o.startsWith(`${BASE}id/concept/`) || o.startsWith(`${BASE}id/legal/`)) &&
          !minted.test(o)
        )
          referenced.add(o);
      }
    }
    expect(referenced.size).toBeGreaterThan(10);
    expect([...referenced].filter((c) => !defined.has(c))).toEqual([]);
  });

  const validator = new GraphValidator(BASE);
  for (const { c, out } of outputs) {
    it(`conforms to the shapes: ${c.name}`, async () => {
      const report = await validator.validate([
        ...out.quads,
        ...out.shared.flatMap((r) => r.quads),
      ]);
      expect(report.violations).toEqual([]);
      expect(report.conforms).toBe(true);
    });
  }

  it('a withheld record whose release date is missing does not conform', async () => {
    const first = outputs[0];
    if (!first) throw new Error('no case');
    const broken = [...first.out.quads, ...first.out.shared.flatMap((r) => r.quads)].filter(
      (q) => !q.predicate.value.endsWith('#scheduledRelease'),
    );
    const report = await validator.validate(broken);
    expect(report.conforms).toBe(false);
    expect(report.violations.some((v) => v.focusNode.endsWith('#decision'))).toBe(true);
  });
});
