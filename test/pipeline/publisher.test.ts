// The publisher on a real (in-process) public store: a graph the redactor cannot handle, or the
// gate refuses, is withdrawn and reported — never published unmasked, never kept in an older
// version — and the other graphs of the batch are published.
import type * as RDF from '@rdfjs/types';
import { describe, expect, it } from 'vitest';
import { Publisher } from '../../src/pipeline/publish.ts';
import { LeakScanner } from '../../src/policy/leak-scanner.ts';
import { MaskingPolicy } from '../../src/policy/masking-policy.ts';
import { PublicationGate } from '../../src/policy/publication-gate.ts';
import { Redactor } from '../../src/policy/redactor.ts';
import { OxigraphStore } from '../../src/store/oxigraph-store.ts';
import { IriMinter } from '../../src/vocab/iri.ts';
import { loadOntologyQuads } from '../../src/vocab/ontology-files.ts';
import { BASE, parseTrig } from '../support/rdf.ts';

const policy = MaskingPolicy.fromOntology(loadOntologyQuads(BASE));
const iri = new IriMinter(BASE);
const graph = (key: string) => iri.graphOf(iri.document(key));

function doc(key: string, number: string) {
  return {
    graph: graph(key),
    quads: parseTrig(`@prefix plaza: <https://w3id.org/plaza/def#> .
      @prefix dct: <http://purl.org/dc/terms/> .
      <id/document/${key}> dct:identifier "${key}" ; plaza:documentNumber "${number}" ;
        dct:accessRights <id/concept/disclosure-grade/public> ;
        plaza:disclosure <id/document/${key}#decision> .
      <id/document/${key}#decision> plaza:disclosureStatus <id/concept/disclosure-grade/public> .`),
  };
}

/** A redactor that fails on one record, as a bug or an unforeseen input would make it. */
class FailingRedactor extends Redactor {
  override redact(quads: readonly RDF.Quad[], day: string) {
    if (quads.some((q) => q.subject.value.endsWith('/000000000000002')))
      throw new TypeError('boom');
    return super.redact(quads, day);
  }
}

function publisher(store: OxigraphStore, canaries: string[] = []) {
  return new Publisher({
    store,
    redactor: new FailingRedactor(policy, iri),
    gate: new PublicationGate(policy, new LeakScanner(canaries), BASE),
    clock: () => new Date('2026-11-27T01:00:00Z'),
  });
}

async function graphsIn(store: OxigraphStore): Promise<string[]> {
  return (await store.graphs()).map((g) => g.value).sort();
}

describe('Publisher', () => {
  it('withdraws a graph the redactor fails on, and publishes the rest of the batch', async () => {
    const store = new OxigraphStore();
    const report = await publisher(store).publish([
      doc('000000000000001', '정보공개정책과-1'),
      doc('000000000000002', '정보공개정책과-2'),
    ]);
    expect(report.published).toBe(1);
    expect(report.blocked).toEqual([
      {
        graph: graph('000000000000002').value,
        violations: [
          { subject: graph('000000000000002').value, reason: 'redaction failed: TypeError' },
        ],
      },
    ]);
    expect(await graphsIn(store)).toEqual([graph('000000000000001').value]);
  });

  it('withdraws the published version of a record whose new version the gate refuses', async () => {
    const store = new OxigraphStore();
    await publisher(store).publish([doc('000000000000003', '정보공개정책과-3')]);
    expect(await graphsIn(store)).toEqual([graph('000000000000003').value]);
    // The same record again, now carrying a planted value: refused, and the old version removed.
    const report = await publisher(store, ['정보공개정책과-33']).publish([
      doc('000000000000003', '정보공개정책과-33'),
    ]);
    expect(report.blocked.map((b) => b.violations.map((v) => v.reason))).toEqual([
      ['canary in a literal value'],
    ]);
    expect(await graphsIn(store)).toEqual([]);
  });

  it('tells its listeners which graphs each write changed, with a growing version', async () => {
    const store = new OxigraphStore();
    const p = publisher(store);
    const seen: { version: number; graphs: readonly string[] | 'all' }[] = [];
    const stop = p.onPublished(({ version, graphs }) => seen.push({ version, graphs }));
    await p.publish([doc('000000000000004', '정보공개정책과-4')]);
    await p.publish([{ graph: graph('000000000000004'), delete: true }]);
    await p.clear();
    stop();
    await p.publish([doc('000000000000005', '정보공개정책과-5')]);
    const g4 = graph('000000000000004').value;
    expect(seen).toEqual([
      { version: 1, graphs: [g4] },
      { version: 2, graphs: [g4] },
      { version: 3, graphs: 'all' },
    ]);
    expect(p.version).toBe(4);
  });
});
