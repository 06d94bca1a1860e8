// Dereferencing through the real app over data/: /id's conneg table (303 Location per Accept and
// ?format=), 404s for unknown IRIs and malformed keys, /data in every format parsed back against the
// public store, redacted records, and /def (ontology and context).
import { DataFactory } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeResource } from '../../src/http/resource-description.ts';
import { plaza, rdf } from '../../src/vocab/namespaces.ts';
import { parseOntologyFile } from '../../src/vocab/ontology-files.ts';
import { openTestPlaza, type TestPlaza } from '../support/test-plaza.ts';
import {
  asTriples,
  examples,
  expectAllInStore,
  expectIsomorphic,
  parseBody,
  parseNTriples,
} from './linked-data-helpers.ts';

let p: TestPlaza;
let base: string;
let ex: Awaited<ReturnType<typeof examples>>;
beforeAll(async () => {
  p = await openTestPlaza();
  base = p.deps.baseIri;
  ex = await examples(p.rt.publicStore, base);
});
afterAll(() => p.close());

/** The path of an IRI under the base (`id/document/…`). */
const pathOf = (iri: string): string => iri.slice(base.length - 1);

const FIREFOX = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const CHROME =
  'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7';
const RDFLIB =
  'application/rdf+xml, text/n3, text/turtle, application/n-triples, application/ld+json, application/n-quads, application/trig, text/html;q=0.5';
const PROFILE = 'application/ld+json;profile="https://w3id.org/plaza/def#record-with-context"';

describe('GET /id/{type}/{key}: 303 by conneg', () => {
  // [Accept, ?format=, expected Location suffix after the type/key path]
  const table: ReadonlyArray<readonly [string | undefined, string | undefined, string]> = [
    [undefined, undefined, 'page'],
    ['*/*', undefined, 'page'],
    [FIREFOX, undefined, 'page'],
    [CHROME, undefined, 'page'],
    ['text/html', undefined, 'page'],
    ['text/turtle', undefined, '.ttl'],
    ['application/x-turtle', undefined, '.ttl'],
    ['application/n-triples', undefined, '.nt'],
    ['application/ld+json', undefined, '.jsonld'],
    ['application/json', undefined, '.jsonld'],
    ['application/rdf+xml', undefined, '.rdf'],
    [RDFLIB, undefined, '.rdf'],
    ['text/turtle;q=0.5, application/ld+json', undefined, '.jsonld'],
    ['text/html;q=0.1, application/n-triples;q=0.9', undefined, '.nt'],
    ['application/ld+json;q=0.9, text/html', undefined, 'page'],
    ['text/*', undefined, 'page'],
    ['text/turtle, text/html;q=0', undefined, '.ttl'],
    [PROFILE, undefined, '.jsonld?profile=context'],
    [FIREFOX, 'ttl', '.ttl'],
    [FIREFOX, 'json', '.jsonld'],
    [FIREFOX, 'application/rdf+xml', '.rdf'],
    ['text/turtle', 'html', 'page'],
    ['text/turtle', 'nt', '.nt'],
  ];
  it.each(table)('Accept %s, format=%s → %s', async (accept, format, expected) => {
    const path = pathOf(ex.linkedDocument);
    const res = await p.request(`${path}${format ? `?format=${encodeURIComponent(format)}` : ''}`, {
      headers: accept === undefined ? {} : { Accept: accept },
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('Vary')).toBe('Accept');
    const key = path.slice('/id/'.length);
    expect(res.headers.get('Location')).toBe(
      expected === 'page' ? `/page/${key}` : `/data/${key}${expected}`,
    );
  });

  it('redirects every kind of resource the public store holds', async () => {
    const kinds = [
      ex.withheld,
      ex.redactedLine,
      `${base}id/org/${await firstKey('org')}`,
      `${base}id/legal/opengov-act/art/9/para/1/item/5`,
      `${base}id/concept/disclosure-grade`,
      `${base}id/concept/disclosure-grade/restricted`,
    ];
    for (const iri of kinds) {
      const res = await p.request(pathOf(iri), { headers: { Accept: 'text/turtle' } });
      expect(res.status, iri).toBe(303);
      expect(res.headers.get('Location')).toBe(`/data/${iri.slice(base.length + 3)}.ttl`);
    }
  });

  it('answers 404 for an IRI with nothing published, naming it', async () => {
    const res = await p.request('/id/document/999999999999999', {
      headers: { Accept: 'application/json' },
    });
    expect(res.status).toBe(404);
    const body = (await res.json()) as { code: string; detail: string };
    expect(body.code).toBe('NOT_FOUND');
    expect(body.detail).toContain(`${base}id/document/999999999999999`);
  });

  it.each([
    ['/id/nosuchtype/1', 'UNKNOWN_TYPE'],
    ['/id/document', 'MALFORMED_KEY'],
    ['/id/document/', 'MALFORMED_KEY'],
    ['/id/document/a%20b', 'MALFORMED_KEY'],
    ['/id/document/1/2', 'MALFORMED_KEY'],
    ['/id/document/...', 'MALFORMED_KEY'],
    ['/id/document/%3Cscript%3E', 'MALFORMED_KEY'],
    ['/id/meeting/C041-2024-02/agenda/0', 'MALFORMED_KEY'],
    ['/id/meeting/C041-2024-02/agenda/x', 'MALFORMED_KEY'],
    ['/id/org-change/6110910', 'MALFORMED_KEY'],
    ['/id/legal/opengov-act/art/nine', 'MALFORMED_KEY'],
    ['/id/document/1%23decision', 'MALFORMED_KEY'],
  ])('%s is a malformed path: 404 %s without a store look-up', async (path, code) => {
    const res = await p.request(path, { headers: { Accept: 'application/json' } });
    expect(res.status).toBe(404);
    const body = (await res.json()) as { code: string; detail: string };
    expect(body.code).toBe(code);
    expect(body.detail).not.toContain('<script>');
  });

  it('refuses formats it cannot serve: 406 for a known one, 400 for an unknown one', async () => {
    const path = pathOf(ex.linkedDocument);
    expect((await p.request(`${path}?format=nq`)).status).toBe(406);
    expect((await p.request(`${path}?format=bogus`)).status).toBe(400);
    expect((await p.request(path, { headers: { Accept: 'image/png' } })).status).toBe(406);
    expect((await p.request(`${path}?format=ttl&profile=context`)).status).toBe(406);
    expect((await p.request(`${path}?format=jsonld&profile=nope`)).status).toBe(400);
  });
});

async function firstKey(type: string): Promise<string> {
  const quads = await p.rt.publicStore.match(null, rdf('type'), null, null);
  const iri = quads
    .map((q) => q.subject.value)
    .filter((s) => s.startsWith(`${base}id/${type}/`) && !s.includes('#'))
    .sort()[0];
  if (!iri) throw new Error(`no ${type}`);
  return iri.slice(`${base}id/${type}/`.length);
}

describe('GET /data/{type}/{key}.{ext}', () => {
  const formats = [
    ['ttl', 'text/turtle'],
    ['nt', 'application/n-triples'],
    ['jsonld', 'application/ld+json'],
    ['rdf', 'application/rdf+xml'],
  ] as const;

  it.each(formats)('.%s is the public description, parsed back isomorphic', async (ext, type) => {
    for (const iri of [ex.linkedDocument, ex.withheld, ex.redactedLine]) {
      const res = await p.request(`/data/${iri.slice(base.length + 3)}.${ext}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('Content-Type')).toBe(`${type}; charset=utf-8`);
      expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
      expect(res.headers.get('ETag')).toContain(p.deps.dataVersion());
      const served = await parseBody(await res.text(), type, base);
      expectIsomorphic(served, await describeResource(p.rt.publicStore, iri));
      // … which holds every triple the store has about the IRI, and nothing the store lacks
      const own = await p.rt.publicStore.match(DataFactory.namedNode(iri), null, null, null);
      expect(own.length).toBeGreaterThan(3);
      const keys = new Set(
        served.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`),
      );
      expect(
        own.filter((q) => !keys.has(`${q.subject.value} ${q.predicate.value} ${q.object.value}`)),
      ).toEqual([]);
      await expectAllInStore(p.rt.publicStore, served);
    }
  });

  it('Turtle carries prefixes; the description includes the hash parts and linked labels', async () => {
    const res = await p.request(`/data/${ex.linkedDocument.slice(base.length + 3)}.ttl`);
    const text = await res.text();
    expect(text).toContain('@prefix plaza: <https://w3id.org/plaza/def#>.');
    expect(text).toContain(`<${ex.linkedDocument}#decision> a plaza:DisclosureDecision`);
    expect(text).toMatch(/skos:prefLabel "[^"]+"@ko/);
  });

  it('without an extension: conneg, Content-Location and Vary', async () => {
    const key = ex.linkedDocument.slice(base.length + 3);
    const res = await p.request(`/data/${key}`, { headers: { Accept: 'application/n-triples' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/n-triples; charset=utf-8');
    expect(res.headers.get('Content-Location')).toBe(`/data/${key}.nt`);
    expect(res.headers.get('Vary')).toBe('Accept');
    const browser = await p.request(`/data/${key}`, { headers: { Accept: FIREFOX } });
    expect(browser.headers.get('Content-Type')).toBe('text/turtle; charset=utf-8');
    const forced = await p.request(`/data/${key}?format=rdf`, {
      headers: { Accept: 'text/turtle' },
    });
    expect(forced.headers.get('Content-Type')).toBe('application/rdf+xml; charset=utf-8');
  });

  it('answers 304 to the same ETag while the data version holds', async () => {
    const path = `/data/${ex.linkedDocument.slice(base.length + 3)}.jsonld`;
    const first = await p.request(path);
    const tag = first.headers.get('ETag') ?? '';
    const again = await p.request(path, { headers: { 'If-None-Match': tag } });
    expect(again.status).toBe(304);
    const other = await p.request(path.replace(/\.jsonld$/, '.ttl'), {
      headers: { 'If-None-Match': tag },
    });
    expect(other.status).toBe(200);
  });

  it('404 for unknown and malformed resources, 404 for an unknown extension key', async () => {
    expect((await p.request('/data/document/999999999999999.ttl')).status).toBe(404);
    expect((await p.request('/data/document/a%20b.ttl')).status).toBe(404);
    expect((await p.request('/data/nosuchtype/1.nt')).status).toBe(404);
    expect((await p.request(`/data/${ex.linkedDocument.slice(base.length + 3)}.html`)).status).toBe(
      404,
    );
  });
});

describe('redacted records', () => {
  it('a withheld record is its stub and a plaza:Redacted placeholder with ground and release date', async () => {
    const res = await p.request(`/data/${ex.withheld.slice(base.length + 3)}.nt`);
    expect(res.status).toBe(200); // the leak alarm let it through
    const triples = parseNTriples(await res.text());
    const placeholder = `${ex.withheld}#withheld`;
    const about = (s: string, pr: string) =>
      triples
        .filter((t) => t.subject.value === s && t.predicate.value === pr)
        .map((t) => t.object.value);
    expect(about(placeholder, rdf('type').value)).toContain(plaza('Redacted').value);
    expect(about(placeholder, plaza('legalGround').value).length).toBeGreaterThan(0);
    expect(about(placeholder, plaza('scheduledRelease').value).length).toBe(1);
    expect(about(`${ex.withheld}#decision`, plaza('disclosureStatus').value)[0]).toMatch(
      /disclosure-grade\/(non-public|restricted)$/,
    );
  });

  it('a redacted personal-data value is a placeholder; the internal value appears nowhere', async () => {
    const line = DataFactory.namedNode(ex.redactedLine);
    const internal = await p.rt.store.match(line, plaza('participants'), null, null);
    const secrets = internal.map((q) => q.object.value).filter((v) => v.length > 1);
    expect(secrets.length).toBeGreaterThan(0);
    for (const ext of ['ttl', 'nt', 'jsonld', 'rdf']) {
      const res = await p.request(`/data/${ex.redactedLine.slice(base.length + 3)}.${ext}`);
      expect(res.status).toBe(200);
      const body = await res.text();
      for (const secret of secrets) expect(body).not.toContain(secret);
      expect(p.deps.scanBody(body)).toBeUndefined();
      expect(body).toContain(ext === 'jsonld' ? '"Redacted"' : 'Redacted');
    }
  });
});

describe('/def', () => {
  it('/def/context.jsonld is the protected 1.1 context, cached long', async () => {
    const res = await p.request('/def/context.jsonld');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/ld+json; charset=utf-8');
    expect(res.headers.get('Cache-Control')).toMatch(/max-age=\d{5,}/);
    const doc = (await res.json()) as { '@context': Record<string, unknown> };
    expect(doc['@context']['@version']).toBe(1.1);
    expect(doc['@context']['@protected']).toBe(true);
    const tag = res.headers.get('ETag') ?? '';
    expect(
      (await p.request('/def/context.jsonld', { headers: { 'If-None-Match': tag } })).status,
    ).toBe(304);
  });

  it('/def/plaza serves the ontology (ontology/plaza.ttl) by conneg', async () => {
    const stored = asTriples(parseOntologyFile('plaza.ttl', base));
    expect(stored.length).toBeGreaterThan(500);
    for (const [accept, type] of [
      ['text/turtle', 'text/turtle'],
      ['application/ld+json', 'application/ld+json'],
      ['application/rdf+xml', 'application/rdf+xml'],
      ['application/n-triples', 'application/n-triples'],
    ] as const) {
      const res = await p.request('/def/plaza', { headers: { Accept: accept } });
      expect(res.status).toBe(200);
      expect(res.headers.get('Content-Type')).toBe(`${type}; charset=utf-8`);
      expectIsomorphic(await parseBody(await res.text(), type, base), stored);
    }
    const browser = await p.request('/def/plaza', { headers: { Accept: FIREFOX } });
    expect(browser.headers.get('Content-Type')).toBe('text/plain; charset=utf-8');
    expect(await browser.text()).toContain('plaza:Redacted');
    const file = await p.request('/def/plaza.nt');
    expect(file.headers.get('Content-Type')).toBe('application/n-triples; charset=utf-8');
    expect((await p.request('/def/plaza.xml')).status).toBe(404);
  });
});
