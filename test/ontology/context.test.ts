// The published JSON-LD context (ontology/context.jsonld): valid JSON-LD 1.1, protected, typed as
// MODEL.md says, and able to round-trip a record. jsonld never touches the network here.
import { describe, expect, it } from 'vitest';
import jsonld from 'jsonld';
import { Parser, Store, Writer, type Quad } from 'n3';
import { isomorphic } from 'rdf-isomorphic';
import { PLAZA_NS, owl, xsd } from '../../src/vocab/namespaces.ts';
import { loadJsonLdContext, parseOntologyFile } from '../../src/vocab/ontology-files.ts';
import { BASE, fixture, plaza, rdf } from './helpers.ts';

const CONTEXT_URL = `${BASE}def/context.jsonld`;
const contextDocument = loadJsonLdContext();
const context = contextDocument['@context'] as Record<string, unknown>;

type DocumentLoader = NonNullable<
  NonNullable<Parameters<typeof jsonld.expand>[1]>['documentLoader']
>;
type RemoteDocument = Awaited<ReturnType<DocumentLoader>>;

/** Serves the context from the file; any other URL is an error (no network). */
const documentLoader: DocumentLoader = (url: string) => {
  if (url !== CONTEXT_URL) return Promise.reject(new Error(`no network in tests: ${url}`));
  const document = contextDocument as unknown as RemoteDocument['document'];
  return Promise.resolve({ contextUrl: undefined, documentUrl: url, document });
};

async function toQuads(doc: object): Promise<Quad[]> {
  const nquads = (await jsonld.toRDF(doc, {
    format: 'application/n-quads',
    documentLoader,
  })) as string;
  return new Parser({ format: 'N-Quads' }).parse(nquads);
}

function toNQuads(quads: Quad[]): string {
  const writer = new Writer({ format: 'N-Quads' });
  writer.addQuads(quads);
  let out = '';
  writer.end((error, result: string) => {
    if (error) throw error;
    out = result;
  });
  return out;
}

describe('context.jsonld', () => {
  it('is a JSON-LD 1.1, protected context', () => {
    expect(context['@version']).toBe(1.1);
    expect(context['@protected']).toBe(true);
  });

  it('expands a title language map to dct:title', async () => {
    const expanded = await jsonld.expand(
      { '@context': CONTEXT_URL, '@id': `${BASE}id/document/1`, title: { ko: '예산' } },
      { documentLoader },
    );
    expect(expanded).toEqual([
      {
        '@id': `${BASE}id/document/1`,
        'http://purl.org/dc/terms/title': [{ '@value': '예산', '@language': 'ko' }],
      },
    ]);
  });

  it('types dates, numbers and references as MODEL.md does', async () => {
    const quads = await toQuads({
      '@context': CONTEXT_URL,
      id: `${BASE}id/document/1`,
      type: 'ApprovalDocument',
      created: '2024-11-05',
      accessRights: `${BASE}id/concept/disclosure-grade/restricted`,
      disclosure: {
        id: `${BASE}id/document/1#decision`,
        type: 'DisclosureDecision',
        legalGround: [`${BASE}id/legal/opengov-act/art/9/para/1/item/6`],
        scheduledRelease: '2029-12-31',
      },
      wasGeneratedBy: {
        id: `${BASE}id/document/1#ingest`,
        used: { id: `${BASE}id/document/1#source`, sourceLine: 2, sourceFormat: 'csv' },
      },
      amount: '234500',
    });
    const object = (predicate: string) =>
      quads.find((q) => q.predicate.value === predicate)?.object;
    const datatype = (predicate: string) => {
      const o = object(predicate);
      return o?.termType === 'Literal' ? o.datatype.value : o?.termType;
    };
    expect(datatype('http://purl.org/dc/terms/created')).toBe(xsd('date').value);
    expect(datatype(plaza('scheduledRelease').value)).toBe(xsd('date').value);
    expect(datatype(plaza('sourceLine').value)).toBe(xsd('integer').value);
    expect(datatype(plaza('sourceFormat').value)).toBe(xsd('string').value);
    expect(datatype(plaza('amount').value)).toBe(xsd('decimal').value);
    expect(datatype('http://purl.org/dc/terms/accessRights')).toBe('NamedNode');
    expect(datatype(plaza('legalGround').value)).toBe('NamedNode');
    const types = quads.filter(
      (q) => q.subject.value === `${BASE}id/document/1` && q.predicate.equals(rdf('type')),
    );
    expect(types.map((q) => q.object.value)).toEqual([plaza('ApprovalDocument').value]);
  });

  it('cannot be overridden by a later context (protected terms)', async () => {
    const doc = { '@context': [CONTEXT_URL, { title: 'http://example.org/title' }], title: 'x' };
    await expect(jsonld.expand(doc, { documentLoader })).rejects.toThrow(
      /redefine a protected term/,
    );
  });

  it('round-trips a record through compaction', async () => {
    const original = fixture('approval-document.ttl').getQuads(null, null, null, null);
    const expanded = await jsonld.fromRDF(toNQuads(original), { format: 'application/n-quads' });
    const compacted = await jsonld.compact(
      expanded,
      { '@context': CONTEXT_URL },
      { documentLoader },
    );
    const graph = compacted['@graph'] as Record<string, unknown>[];
    const record = graph.find((node) => node['id'] === `${BASE}id/document/202412345678901`);
    expect(record).toMatchObject({
      type: 'ApprovalDocument',
      identifier: '202412345678901',
      title: { ko: '2025년 청년 일자리 박람회 개최 계획' },
      created: '2024-11-05',
      accessRights: `${BASE}id/concept/disclosure-grade/restricted`,
      departmentName: { ko: '일자리정책과' },
    });
    expect(isomorphic(await toQuads(compacted), original)).toBe(true);
  });

  it('names every coined class and property, and only defined plaza: terms', () => {
    const ontology = new Store(parseOntologyFile('plaza.ttl', BASE));
    const expandIri = (value: string) => value.replace(/^plaza:/, PLAZA_NS);
    const mapped = new Set(
      Object.values(context).flatMap((definition) => {
        const iri =
          typeof definition === 'string' ? definition : (definition as { '@id'?: string })['@id'];
        return typeof iri === 'string' ? [expandIri(iri)] : [];
      }),
    );
    const coined = [owl('Class'), owl('ObjectProperty'), owl('DatatypeProperty'), rdf('Property')]
      .flatMap((type) => ontology.getSubjects(rdf('type'), type, null))
      .map((t) => t.value)
      .filter((iri) => iri.startsWith(PLAZA_NS));
    for (const iri of coined) expect(mapped.has(iri), iri).toBe(true);
    for (const iri of mapped) {
      if (iri.startsWith(PLAZA_NS) && iri !== PLAZA_NS) {
        expect(ontology.countQuads(iri, rdf('type'), null, null), iri).toBeGreaterThan(0);
      }
    }
  });
});
