// JSON-LD for integrators over data/: compacted /data/*.jsonld and the framed record-with-context
// form, expanded by an independent processor (pyld, Debian python3-pyld) with a local document
// loader for our context, compared with what the public store holds. No network anywhere.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import type * as RDF from '@rdfjs/types';
import { DataFactory } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECORD_WITH_CONTEXT_PROFILE } from '../../src/http/record-context.ts';
import { describeResource, resourceJsonLd } from '../../src/http/resource-description.ts';
import {
  RemoteDocumentRefused,
  contextUrlFor,
  staticDocumentLoader,
} from '../../src/serialize/jsonld-loader.ts';
import { dct, plaza, rdf, skos } from '../../src/vocab/namespaces.ts';
import { ontologyPath } from '../../src/vocab/ontology-files.ts';
import { describeWithClient } from '../clients/run-client.ts';
import { openTestPlaza, type TestPlaza } from '../support/test-plaza.ts';
import {
  examples,
  expectAllInStore,
  expectIsomorphic,
  parseBody,
  parseNTriples,
} from './linked-data-helpers.ts';

const PYTHON = '/usr/bin/python3';

/** Expands the document on stdin with pyld, then converts it to N-Quads; only our context loads. */
const PYLD_SCRIPT = `
import json, sys
from pyld import jsonld
context_url, context_path = sys.argv[1], sys.argv[2]
with open(context_path, encoding='utf-8') as f:
    context = json.load(f)
def loader(url, options=None):
    if url != context_url:
        raise jsonld.JsonLdError('no network: ' + url, 'jsonld.LoadDocumentError', code='loading document failed')
    return {'contextUrl': None, 'documentUrl': url, 'document': context}
doc = json.load(sys.stdin)
expanded = jsonld.expand(doc, {'documentLoader': loader})
sys.stdout.write(jsonld.to_rdf(expanded, {'format': 'application/n-quads'}))
`;

function pyldMissing(): string | undefined {
  if (!existsSync(PYTHON)) return `${PYTHON} is not installed: apt-get install python3`;
  try {
    execFileSync(PYTHON, ['-c', 'import pyld'], { stdio: 'pipe' });
    return undefined;
  } catch {
    return 'pyld is missing: apt-get install python3-pyld';
  }
}

/** pyld's triples for a JSON-LD body. */
function pyldTriples(body: string, contextUrl: string): Promise<RDF.Quad[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(PYTHON, ['-c', PYLD_SCRIPT, contextUrl, ontologyPath('context.jsonld')]);
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(parseNTriples(out)) : reject(new Error(`pyld failed: ${err}`)),
    );
    child.stdin.end(body);
  });
}

let p: TestPlaza;
let base: string;
let contextUrl: string;
let ex: Awaited<ReturnType<typeof examples>>;
beforeAll(async () => {
  p = await openTestPlaza();
  base = p.deps.baseIri;
  contextUrl = contextUrlFor(base);
  ex = await examples(p.rt.publicStore, base);
});
afterAll(() => p.close());

const dataPath = (iri: string, suffix: string): string =>
  `/data/${iri.slice(base.length + 3)}${suffix}`;

async function framed(iri: string): Promise<{ body: string; doc: Record<string, unknown> }> {
  const res = await p.request(dataPath(iri, '.jsonld?profile=context'));
  expect(res.status).toBe(200);
  expect(res.headers.get('Content-Type')).toBe('application/ld+json; charset=utf-8');
  const body = await res.text();
  return { body, doc: JSON.parse(body) as Record<string, unknown> };
}

/** The store's `s p o` objects (values), across graphs. */
async function objects(s: string, pr: RDF.NamedNode): Promise<string[]> {
  const quads = await p.rt.publicStore.match(DataFactory.namedNode(s), pr, null, null);
  return quads.map((q) => q.object.value);
}

const has = (triples: readonly RDF.Quad[], s: string, pr: RDF.NamedNode, o?: string): boolean =>
  triples.some(
    (t) =>
      t.subject.value === s && t.predicate.equals(pr) && (o === undefined || t.object.value === o),
  );

describe('the static document loader', () => {
  it('resolves our context URL to the file and refuses every other URL', async () => {
    const load = staticDocumentLoader(contextUrl);
    const noCallback = (): void => undefined; // the typings want jsonld's legacy callback slot
    const ours = await load(contextUrl, noCallback);
    expect(
      (ours.document as { '@context': Record<string, unknown> })['@context']['@protected'],
    ).toBe(true);
    await expect(load('https://schema.org/', noCallback)).rejects.toBeInstanceOf(
      RemoteDocumentRefused,
    );
    await expect(load(`${base}def/other.jsonld`, noCallback)).rejects.toBeInstanceOf(
      RemoteDocumentRefused,
    );
  });

  it('a description compacts against the context by URL, with the record first', async () => {
    const quads = await describeResource(p.rt.publicStore, ex.linkedDocument);
    const doc = await resourceJsonLd(quads, ex.linkedDocument);
    expect(doc['@context']).toBe(contextUrl);
    const graph = doc['@graph'] as Array<Record<string, unknown>>;
    expect(graph[0]?.['id']).toBe(ex.linkedDocument);
    expect(graph[0]?.['type']).toContain('ApprovalDocument');
  });
});

describe('the JSON-LD block of a page', () => {
  it('is the same compacted description /data serves', async () => {
    for (const iri of [ex.linkedDocument, ex.withheld]) {
      const res = await p.request(`/page/${iri.slice(base.length + 3)}`);
      expect(res.status).toBe(200);
      const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(
        await res.text(),
      );
      expect(block).not.toBeNull();
      const data = await p.request(dataPath(iri, '.jsonld'));
      expect(JSON.parse(block?.[1] ?? '')).toEqual(JSON.parse(await data.text()));
    }
  });
});

describe('framed: a record with its policy context', () => {
  it('embeds the decision, organisation, classification and the initiative chain', async () => {
    const { doc, body } = await framed(ex.linkedDocument);
    expect(doc['@context']).toBe(contextUrl);
    expect(doc['id']).toBe(ex.linkedDocument);
    const decision = doc['disclosure'] as Record<string, unknown>;
    expect(decision['id']).toBe(`${ex.linkedDocument}#decision`);
    expect(decision['type']).toBe('DisclosureDecision');
    const triples = await parseBody(body, 'application/ld+json', base);
    await expectAllInStore(p.rt.publicStore, triples);
    // the record's own description is all there
    const own = (await describeResource(p.rt.publicStore, ex.linkedDocument)).filter((q) =>
      q.subject.value.startsWith(ex.linkedDocument),
    );
    for (const q of own)
      expect(has(triples, q.subject.value, q.predicate as RDF.NamedNode, q.object.value)).toBe(
        true,
      );
    // organisation and classification with their labels
    for (const org of await objects(ex.linkedDocument, plaza('responsibleUnit')))
      expect(has(triples, org, skos('prefLabel'))).toBe(true);
    for (const concept of await objects(ex.linkedDocument, dct('subject')))
      expect(has(triples, concept, skos('prefLabel'))).toBe(true);
    // every initiative up the chain (dct:isPartOf) to its policy, each with its kind and label
    let level = await objects(ex.linkedDocument, plaza('policyContext'));
    const seen = new Set<string>();
    expect(level.length).toBeGreaterThan(0);
    while (level.length > 0) {
      const next: string[] = [];
      for (const initiative of level) {
        if (seen.has(initiative)) continue;
        seen.add(initiative);
        expect(has(triples, initiative, rdf('type'), plaza('PolicyInitiative').value)).toBe(true);
        expect(has(triples, initiative, skos('prefLabel'))).toBe(true);
        for (const parent of await objects(initiative, dct('isPartOf'))) {
          expect(has(triples, initiative, dct('isPartOf'), parent)).toBe(true);
          next.push(parent);
        }
      }
      level = next;
    }
    expect([...seen].some((i) => i.includes('/id/policy/'))).toBe(true);
  });

  it('is also what Accept: application/ld+json;profile="…#record-with-context" gets', async () => {
    const accept = `application/ld+json;profile="${RECORD_WITH_CONTEXT_PROFILE}"`;
    const res = await p.request(dataPath(ex.linkedDocument, ''), { headers: { Accept: accept } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Location')).toBe(
      dataPath(ex.linkedDocument, '.jsonld?profile=context'),
    );
    expect(JSON.parse(await res.text())).toEqual((await framed(ex.linkedDocument)).doc);
    const plain = await p.request(dataPath(ex.linkedDocument, '.jsonld'));
    expect(plain.headers.get('ETag')).not.toBe(res.headers.get('ETag'));
  });

  it('a withheld record framed: the placeholder is embedded, nothing personal leaks', async () => {
    const { doc, body } = await framed(ex.withheld);
    const withheld = doc['withheldContent'] as Record<string, unknown>;
    expect(withheld['type']).toBe('Redacted');
    expect(withheld['scheduledRelease']).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(p.deps.scanBody(body)).toBeUndefined();
  });
});

describeWithClient('pyld (python3-pyld)', pyldMissing(), () => {
  it('expands every compacted description to the triples the store holds', async () => {
    for (const iri of [ex.linkedDocument, ex.withheld, ex.redactedLine]) {
      const res = await p.request(dataPath(iri, '.jsonld'));
      const triples = await pyldTriples(await res.text(), contextUrl);
      expectIsomorphic(triples, await describeResource(p.rt.publicStore, iri));
    }
  });

  it('expands the framed form to the same triples jsonld.js reads, all held by the store', async () => {
    for (const iri of [ex.linkedDocument, ex.withheld, ex.redactedLine]) {
      const { body } = await framed(iri);
      const byPyld = await pyldTriples(body, contextUrl);
      expect(byPyld.length).toBeGreaterThan(20);
      expectIsomorphic(byPyld, await parseBody(body, 'application/ld+json', base));
      await expectAllInStore(p.rt.publicStore, byPyld);
    }
  });

  it('a redacted value stays a plaza:Redacted node through pyld', async () => {
    const res = await p.request(dataPath(ex.redactedLine, '.jsonld'));
    const triples = await pyldTriples(await res.text(), contextUrl);
    const placeholder = triples.find(
      (t) => t.subject.value === ex.redactedLine && t.predicate.equals(plaza('participants')),
    );
    expect(placeholder?.object.termType).toBe('NamedNode');
    expect(
      has(triples, placeholder?.object.value ?? '', rdf('type'), plaza('Redacted').value),
    ).toBe(true);
  });
});
