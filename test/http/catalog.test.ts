// VoID, the DCAT-AP catalogue, the public dump and the Atom feed, against a real Plaza over data/:
// every format parses to the same graph, the figures are the public store's own counts, the
// catalogue meets DCAT-AP's mandatory properties, and dump and feed follow each publish.
import { gunzipSync } from 'node:zlib';
import type * as RDF from '@rdfjs/types';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import jsonld from 'jsonld';
import { DataFactory, Parser, Store as N3Store, type Quad } from 'n3';
import oxigraph from 'oxigraph';
import SHACLValidator from 'rdf-validate-shacl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import { PublicDumpBuilder } from '../../src/pipeline/public-dump.ts';
import { LeakScanner } from '../../src/policy/leak-scanner.ts';
import { OxigraphStore } from '../../src/store/oxigraph-store.ts';
import { dcat, dct, foaf, plaza as plazaNs, rdf, voidVocab } from '../../src/vocab/namespaces.ts';
import { parseOntologyFile } from '../../src/vocab/ontology-files.ts';
import { expectIsomorphic } from '../support/rdf.ts';
import { openTestPlaza, TODAY, type TestPlaza } from '../support/test-plaza.ts';

const BASE = 'http://localhost:3000/';
let plaza: TestPlaza;
let now = TODAY;

beforeAll(async () => {
  plaza = await openTestPlaza({ clock: () => now });
}, 180_000);
afterAll(async () => plaza?.close());

const nq = (text: string): Quad[] => new Parser({ format: 'application/n-quads' }).parse(text);

async function parseAs(type: string, body: string): Promise<Quad[]> {
  if (type.startsWith('text/turtle')) return new Parser({ baseIRI: BASE }).parse(body);
  if (type.startsWith('application/n-triples')) return nq(body);
  if (type.startsWith('application/ld+json'))
    return nq(
      (await jsonld.toRDF(JSON.parse(body) as object, { format: 'application/n-quads' })) as string,
    );
  if (type.startsWith('application/rdf+xml')) {
    const store = new oxigraph.Store();
    store.load(body, { format: 'application/rdf+xml', base_iri: BASE });
    return nq(store.dump({ format: 'application/n-quads' }));
  }
  throw new Error(`unexpected type ${type}`);
}

async function fetchGraph(path: string, accept = 'text/turtle'): Promise<Quad[]> {
  const res = await plaza.request(path, { headers: { Accept: accept } });
  expect(res.status, path).toBe(200);
  return parseAs(res.headers.get('Content-Type') ?? '', await res.text());
}

async function count(sparql: string): Promise<number> {
  const result = await plaza.rt.publicStore.query(sparql);
  if (result.type !== 'solutions') throw new Error('expected solutions');
  return Number(result.rows[0]?.get('n')?.value);
}

const objectsOf = (quads: Quad[], s: RDF.Term, p: RDF.Term): RDF.Term[] =>
  quads.filter((q) => q.subject.equals(s) && q.predicate.equals(p)).map((q) => q.object);
const one = (quads: Quad[], s: RDF.Term, p: RDF.Term): string => {
  const [o] = objectsOf(quads, s, p);
  if (!o) throw new Error(`no ${p.value} on ${s.value}`);
  return o.value;
};
const classCount = (cls: string): Promise<number> =>
  count(`SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a <${cls}> }`);

const FORMATS = [
  'text/turtle',
  'application/n-triples',
  'application/ld+json',
  'application/rdf+xml',
];

describe.each(['/.well-known/void', '/catalog'])('%s', (path) => {
  it('answers the same graph in Turtle (default), N-Triples, JSON-LD and RDF/XML', async () => {
    const res = await plaza.request(path);
    expect(res.headers.get('Content-Type')).toBe('text/turtle; charset=utf-8');
    expect(res.headers.get('Vary')).toContain('Accept');
    const turtle = await parseAs('text/turtle', await res.text());
    expect(turtle.length).toBeGreaterThan(50);
    for (const type of FORMATS.slice(1)) expectIsomorphic(await fetchGraph(path, type), turtle);
    expectIsomorphic(await fetchGraph(`${path}?format=nt`, '*/*'), turtle);
  });

  it('refuses a format it cannot give (406) and revalidates by ETag (304)', async () => {
    expect((await plaza.request(path, { headers: { Accept: 'text/csv' } })).status).toBe(406);
    const first = await plaza.request(path);
    const etag = first.headers.get('ETag') ?? '';
    expect(etag).not.toBe('');
    const again = await plaza.request(path, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
  });
});

describe('VoID', () => {
  it('states the public store’s own counts, URI space, endpoint and dump', async () => {
    const quads = await fetchGraph('/.well-known/void');
    const ds = DataFactory.namedNode(`${BASE}.well-known/void#dataset`);
    const triples = await count(
      'SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }',
    );
    expect(triples).toBe(await plaza.rt.publicStore.size());
    expect(Number(one(quads, ds, voidVocab('triples')))).toBe(triples);
    expect(Number(one(quads, ds, voidVocab('entities')))).toBe(
      await count(
        `SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o FILTER(STRSTARTS(STR(?s), "${BASE}id/")) }`,
      ),
    );
    expect(Number(one(quads, ds, voidVocab('classes')))).toBe(
      await count('SELECT (COUNT(DISTINCT ?c) AS ?n) { ?s a ?c }'),
    );
    expect(one(quads, ds, voidVocab('uriSpace'))).toBe(`${BASE}id/`);
    expect(one(quads, ds, voidVocab('sparqlEndpoint'))).toBe(`${BASE}sparql`);
    expect(one(quads, ds, voidVocab('dataDump'))).toBe(`${BASE}dumps/public.nq.gz`);
    expect(objectsOf(quads, ds, voidVocab('vocabulary')).map((v) => v.value)).toContain(
      'https://w3id.org/plaza/def#',
    );
    const partitions = objectsOf(quads, ds, voidVocab('classPartition'));
    expect(partitions.length).toBeGreaterThanOrEqual(10);
    for (const part of partitions) {
      const cls = one(quads, part, voidVocab('class'));
      expect(Number(one(quads, part, voidVocab('entities'))), cls).toBe(await classCount(cls));
    }
    for (const example of objectsOf(quads, ds, voidVocab('exampleResource')))
      expect(await count(`SELECT (COUNT(*) AS ?n) { <${example.value}> ?p ?o }`)).toBeGreaterThan(
        0,
      );
  });
});

describe('DCAT-AP catalogue', () => {
  const shapes = new N3Store(parseOntologyFile('shapes/dcat-ap/mandatory.ttl', BASE));
  const validate = (quads: Quad[]) => new SHACLValidator(shapes).validate(new N3Store(quads));
  const catalogue = DataFactory.namedNode(`${BASE}catalog`);

  it('has a dataset per record kind whose counts are the public store’s', async () => {
    const quads = await fetchGraph('/catalog');
    const datasets = objectsOf(quads, catalogue, dcat('dataset'));
    const classes = datasets.map((d) => one(quads, d, voidVocab('class')));
    expect(classes).toEqual(
      expect.arrayContaining(
        [
          'ApprovalDocument',
          'ProactiveDisclosure',
          'ResearchReport',
          'ExpenseReport',
          'BudgetLine',
          'Meeting',
          'WorkProcess',
          'PolicyInitiative',
        ].map((c) => plazaNs(c).value),
      ),
    );
    for (const d of datasets) {
      const cls = one(quads, d, voidVocab('class'));
      expect(Number(one(quads, d, voidVocab('entities'))), cls).toBe(await classCount(cls));
      const distributions = objectsOf(quads, d, dcat('distribution'));
      const urls = distributions
        .flatMap((x) => objectsOf(quads, x, dcat('accessURL')))
        .map((u) => u.value);
      expect(urls).toEqual(expect.arrayContaining([`${BASE}sparql`, `${BASE}dumps/public.nq.gz`]));
    }
    const approval = DataFactory.namedNode(`${BASE}catalog#approval-document`);
    const period = objectsOf(quads, approval, dct('temporal'))[0]!;
    expect(one(quads, period, dcat('startDate'))).toBe(
      (
        await plaza.rt.publicStore
          .query(
            `SELECT (MIN(STR(?d)) AS ?n) { ?s a <${plazaNs('ApprovalDocument').value}> ; <${dct('created').value}> ?d }`,
          )
          .then((r) => (r.type === 'solutions' ? r.rows[0]?.get('n')?.value : undefined))
      )?.slice(0, 10),
    );
    const service = DataFactory.namedNode(`${BASE}catalog#sparql`);
    expect(one(quads, service, dcat('endpointURL'))).toBe(`${BASE}sparql`);
    const dump = DataFactory.namedNode(`${BASE}catalog#approval-document-dump`);
    expect(one(quads, dump, dcat('mediaType'))).toBe(
      'http://www.iana.org/assignments/media-types/application/n-quads',
    );
    expect(one(quads, dump, dcat('compressFormat'))).toBe(
      'http://www.iana.org/assignments/media-types/application/gzip',
    );
    const publisher = objectsOf(quads, catalogue, dct('publisher'))[0]!;
    expect(publisher.value).toBe(`${BASE}id/org/6110000`);
    expect(objectsOf(quads, publisher, foaf('name')).map((n) => n.value)).toContain('서울특별시');
  });

  it('conforms to the DCAT-AP 3 mandatory-property shapes', async () => {
    const report = await validate(await fetchGraph('/catalog', 'application/ld+json'));
    expect(report.results.map((r) => r.message.map((m) => m.value).join())).toEqual([]);
    expect(report.conforms).toBe(true);
  });

  it.each([
    ['the catalogue’s publisher', catalogue, dct('publisher')],
    [
      'a distribution’s access URL',
      DataFactory.namedNode(`${BASE}catalog#budget-line-dump`),
      dcat('accessURL'),
    ],
    [
      'the data service’s endpoint URL',
      DataFactory.namedNode(`${BASE}catalog#sparql`),
      dcat('endpointURL'),
    ],
    [
      'a dataset’s description',
      DataFactory.namedNode(`${BASE}catalog#meeting`),
      dct('description'),
    ],
  ])('does not conform without %s', async (_what, subject, predicate) => {
    const quads = await fetchGraph('/catalog');
    const without = quads.filter(
      (q) => !(q.subject.equals(subject) && q.predicate.equals(predicate)),
    );
    expect(without.length).toBeLessThan(quads.length);
    const report = await validate(without);
    expect(report.conforms).toBe(false);
    expect(report.results.map((r) => [r.focusNode?.value, r.path?.value])).toEqual([
      [subject.value, predicate.value],
    ]);
  });

  it('does not conform when the publisher is no foaf:Agent with a name', async () => {
    const quads = await fetchGraph('/catalog');
    const publisher = objectsOf(quads, catalogue, dct('publisher'))[0]!;
    const report = await validate(
      quads.filter((q) => !(q.subject.equals(publisher) && q.predicate.equals(rdf('type')))),
    );
    expect(report.conforms).toBe(false);
  });
});

async function download(): Promise<{ res: Response; bytes: Buffer }> {
  const res = await plaza.request('/dumps/public.nq.gz');
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

/** An Atom text construct as parsed (`type="text"` makes it an object with `#text`). */
const textOf = (v: unknown): string =>
  typeof v === 'object' && v !== null ? String((v as Record<string, unknown>)['#text']) : String(v);

async function feed(): Promise<{
  entries: Record<string, unknown>[];
  doc: Record<string, unknown>;
}> {
  const res = await plaza.request('/feed.atom');
  expect(res.status).toBe(200);
  expect(res.headers.get('Content-Type')).toBe('application/atom+xml; charset=utf-8');
  const text = await res.text();
  expect(XMLValidator.validate(text)).toBe(true);
  const parsed = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => name === 'entry' || name === 'link',
  }).parse(text) as {
    feed: Record<string, unknown>;
  };
  return { doc: parsed.feed, entries: (parsed.feed['entry'] ?? []) as Record<string, unknown>[] };
}

describe('public dump and feed', () => {
  it('serves the whole public graph as a gzip file, isomorphic to the store', async () => {
    await plaza.deps.dumps.whenIdle();
    const { res, bytes } = await download();
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/gzip');
    expect(res.headers.get('Content-Encoding')).toBeNull();
    expect(res.headers.get('Content-Disposition')).toBe('attachment; filename="public.nq.gz"');
    expect(Number(res.headers.get('Content-Length'))).toBe(bytes.length);
    expect(res.headers.get('Last-Modified')).not.toBeNull();
    expectIsomorphic(nq(gunzipSync(bytes).toString()), nq(await plaza.rt.publicStore.dump('nq')));
    const etag = res.headers.get('ETag') ?? '';
    expect(
      (await plaza.request('/dumps/public.nq.gz', { headers: { 'If-None-Match': etag } })).status,
    ).toBe(304);
    const head = await plaza.request('/dumps/public.nq.gz', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('Content-Length')).toBe(String(bytes.length));
  });

  it('lists the latest records in a valid Atom feed, newest first, Korean first', async () => {
    const { doc, entries } = await feed();
    expect(doc['@_xml:lang']).toBe('ko');
    for (const field of ['id', 'title', 'updated', 'author'])
      expect(doc[field], field).toBeDefined();
    expect(entries.length).toBe(50);
    const times = entries.map((e) => Date.parse(String(e['updated'])));
    expect(times.every((t, i) => i === 0 || t <= times[i - 1]!)).toBe(true);
    for (const e of entries.slice(0, 5)) {
      expect(String(e['id'])).toMatch(new RegExp(`^${BASE}id/`));
      expect((e['link'] as Record<string, string>[])[0]?.['@_href']).toBe(e['id']);
      expect(textOf(e['title'])).not.toBe('');
      expect(textOf(e['summary'])).toMatch(/ · /);
      expect(
        await count(
          `SELECT (COUNT(*) AS ?n) { <${String(e['id'])}> <${plazaNs('disclosure').value}> ?d }`,
        ),
      ).toBe(1);
    }
  });

  it('rebuilds the dump and updates the feed after a release', async () => {
    const before = await download();
    const first = await plaza.rt.publicStore.query(
      `SELECT (MIN(?d) AS ?n) { ?r <${plazaNs('withheldContent').value}> ?w ; <${plazaNs('disclosure').value}>/<${plazaNs('scheduledRelease').value}> ?d }`,
    );
    const day = first.type === 'solutions' ? first.rows[0]?.get('n')?.value : undefined;
    expect(day).toMatch(/^\d{4}-\d\d-\d\d$/);
    now = new Date(`${day!}T12:00:00+09:00`);
    const report = await plaza.rt.release();
    expect(report.released).toBeGreaterThan(0);
    await plaza.deps.dumps.whenIdle();
    const after = await download();
    expect(after.res.headers.get('ETag')).not.toBe(before.res.headers.get('ETag'));
    const dumped = nq(gunzipSync(after.bytes).toString());
    expectIsomorphic(dumped, nq(await plaza.rt.publicStore.dump('nq')));
    expect(
      dumped.some((q) => q.predicate.equals(plazaNs('releasedOn')) && q.object.value === day),
    ).toBe(true);
    const { entries } = await feed();
    expect(textOf(entries[0]?.['summary'])).toContain(`${day!} 공개 전환`);
    expect(Date.parse(String(entries[0]?.['updated']))).toBe(Date.parse(`${day!}T00:00:00+09:00`));
  });

  it('answers 503 while the public graph trips the leak alarm, and never sends that dump', async () => {
    const canary = 'CANARY-5d1e0c77';
    const store = new OxigraphStore();
    await store.replaceGraphs([
      {
        graph: DataFactory.namedNode(`${BASE}graph/document/x`),
        nquads: `<${BASE}id/document/x> <${dct('title').value}> "연락처 ${canary}"@ko .\n`,
      },
    ]);
    const scanner = new LeakScanner([canary]);
    const dumps = new PublicDumpBuilder({
      store,
      dir: `${plaza.dir}/leaky-dumps`,
      scan: (text) => scanner.scanBody(text),
      onPublished: () => () => undefined,
      lastPublishedAt: () => undefined,
      logger: { info: () => undefined, error: () => undefined },
    }).start();
    await dumps.whenIdle();
    const { app } = createApp({ ...plaza.deps, dumps });
    const res = await app.request('/dumps/public.nq.gz');
    expect(res.status).toBe(503);
    expect(res.headers.get('Retry-After')).not.toBeNull();
    expect(await res.text()).not.toContain(canary);
    await dumps.close();
    await store.close();
  });
});
