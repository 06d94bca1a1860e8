// The publisher's write side through the real app, real stores and the real record log: Graph
// Store protocol at /store and SPARQL Update at /sparql/update, re-published through the redactor,
// durable across a restart, audited, and refused with a specific 4xx when they should be.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataFactory } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestPlaza, type TestPlaza } from '../support/test-plaza.ts';

const sha256 = (t: string): string => createHash('sha256').update(t).digest('hex');
const TOKENS = [
  { name: 'press-office', role: 'publisher', sha256: sha256('pub-token') },
  { name: 'auditor', role: 'official', sha256: sha256('off-token') },
];
const PUBLISHER = { Authorization: 'Bearer pub-token' };
const OFFICIAL = { Authorization: 'Bearer off-token' };
const BASE = 'http://localhost:3000/';
const NOTES = `${BASE}graph/publisher/notes`;
const PHONE = '010-2345-6789';

let plaza: TestPlaza;
beforeAll(async () => {
  plaza = await openTestPlaza({ ingest: [], tokens: TOKENS });
});
afterAll(() => plaza.close());

const store = (graph: string): string => `/store?graph=${encodeURIComponent(graph)}`;

function put(graph: string, body: string, type = 'text/turtle', method = 'PUT'): Promise<Response> {
  return plaza.request(store(graph), {
    method,
    headers: { ...PUBLISHER, 'Content-Type': type },
    body,
  });
}

function update(sparql: string, headers: Record<string, string> = PUBLISHER): Promise<Response> {
  return plaza.request('/sparql/update', {
    method: 'POST',
    headers: { ...headers, 'Content-Type': 'application/sparql-update' },
    body: sparql,
  });
}

/** The objects of <s> <p> ?o in one graph of a store, as plain values. */
async function values(which: 'internal' | 'public', graph: string): Promise<string[]> {
  const s = which === 'internal' ? plaza.rt.store : plaza.rt.publicStore;
  const quads = await s.match(null, null, null, DataFactory.namedNode(graph));
  return quads.map((q) => q.object.value);
}

async function dumpGraph(which: 'internal' | 'public', graph: string): Promise<string> {
  const s = which === 'internal' ? plaza.rt.store : plaza.rt.publicStore;
  const quads = await s.match(null, null, null, DataFactory.namedNode(graph));
  return quads.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`).join('\n');
}

const NOTE = `@prefix dct: <http://purl.org/dc/terms/> .
<${BASE}id/note/1> dct:title "Office hours notice" ;
  dct:description "For questions call the coordinator on ${PHONE} before Friday." .
`;

describe('Graph Store protocol: PUT, GET, POST, DELETE', () => {
  it('PUT puts the full text in the internal graph and a masked one in the public graph', async () => {
    const res = await put(NOTES, NOTE);
    expect(res.status).toBe(201);
    expect(res.headers.get('Location')).toBe(store(NOTES));
    const report = (await res.json()) as {
      seq: number;
      redactions: number;
      graphs: { change: string; publication: string; triples: number }[];
    };
    expect(report.graphs).toEqual([
      expect.objectContaining({ change: 'created', publication: 'published', triples: 2 }),
    ]);
    expect(report.redactions).toBeGreaterThan(0);
    expect(report.seq).toBe(plaza.rt.log.lastSeq);

    const internal = await dumpGraph('internal', NOTES);
    const published = await dumpGraph('public', NOTES);
    expect(internal).toContain(PHONE);
    expect(published).not.toContain(PHONE);
    expect(published).toContain('Office hours notice');
    expect(published).toContain('https://w3id.org/plaza/def#Redacted');
    expect(published).toMatch(/coordinator on \[[^\]]+\] before Friday/);
    // The leak alarm would fire on the internal text, and has nothing to fire on in public.
    expect(plaza.rt.scanner.scanBody(internal)).toBe('pii');
    expect(plaza.rt.scanner.scanBody(published)).toBeUndefined();
    // The public endpoint answers from the masked copy: the alarm has nothing to withhold.
    const query = `SELECT ?d WHERE { GRAPH <${NOTES}> { ?s <http://purl.org/dc/terms/description> ?d } }`;
    const answer = await plaza.request(`/sparql?query=${encodeURIComponent(query)}`, {
      headers: { Accept: 'application/sparql-results+json' },
    });
    expect(answer.status).toBe(200);
    const text = await answer.text();
    expect(text).toMatch(/coordinator on \[[^\]]+\] before Friday/);
    expect(text).not.toContain(PHONE);
  });

  it('PUT of the same content again changes nothing and appends nothing', async () => {
    const seq = plaza.rt.log.lastSeq;
    const res = await put(NOTES, NOTE);
    expect(res.status).toBe(200);
    const report = (await res.json()) as { graphs: { change: string }[] };
    expect(report.graphs[0]?.change).toBe('unchanged');
    expect(plaza.rt.log.lastSeq).toBe(seq);
  });

  it('GET returns the internal content to the publisher by conneg; HEAD has no body', async () => {
    const ttl = await plaza.request(store(NOTES), { headers: PUBLISHER });
    expect(ttl.status).toBe(200);
    expect(ttl.headers.get('Content-Type')).toMatch(/^text\/turtle/);
    expect(await ttl.text()).toContain(PHONE);

    const nq = await plaza.request(store(NOTES), {
      headers: { ...PUBLISHER, Accept: 'application/n-quads' },
    });
    expect(nq.headers.get('Content-Type')).toMatch(/^application\/n-quads/);
    const lines = (await nq.text()).trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(new RegExp(`<${NOTES}> \\.$`));

    const jsonld = await plaza.request(`${store(NOTES)}&format=jsonld`, { headers: PUBLISHER });
    expect(jsonld.headers.get('Content-Type')).toMatch(/^application\/ld\+json/);
    expect(JSON.stringify(await jsonld.json())).toContain(PHONE);

    const head = await plaza.request(store(NOTES), { method: 'HEAD', headers: PUBLISHER });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');

    const missing = await plaza.request(store(`${BASE}graph/publisher/none`), {
      headers: PUBLISHER,
    });
    expect(missing.status).toBe(404);
  });

  it('POST merges N-Triples into the graph; blank nodes become Skolem IRIs', async () => {
    const res = await put(
      NOTES,
      `<${BASE}id/note/1> <http://purl.org/dc/terms/subject> _:topic .\n_:topic <http://www.w3.org/2000/01/rdf-schema#label> "opening hours" .\n`,
      'application/n-triples',
      'POST',
    );
    expect(res.status).toBe(200);
    const internal = await values('internal', NOTES);
    expect(internal).toContain('Office hours notice');
    expect(internal).toContain('opening hours');
    expect(internal.some((v) => v.startsWith(`${BASE}.well-known/genid/publisher-notes-`))).toBe(
      true,
    );
    expect(await values('public', NOTES)).toContain('opening hours');
  });

  it('DELETE removes the graph from both stores; a second DELETE is a 404', async () => {
    const other = `${BASE}graph/publisher/to-delete`;
    expect((await put(other, `<${BASE}id/x> <${BASE}p> "gone soon" .`)).status).toBe(201);
    expect(await values('public', other)).toEqual(['gone soon']);
    const res = await plaza.request(store(other), { method: 'DELETE', headers: PUBLISHER });
    expect(res.status).toBe(200);
    expect(await values('internal', other)).toEqual([]);
    expect(await values('public', other)).toEqual([]);
    const again = await plaza.request(store(other), { method: 'DELETE', headers: PUBLISHER });
    expect(again.status).toBe(404);
  });

  it('POST without a graph creates a new publisher graph and says where', async () => {
    const res = await plaza.request('/store', {
      method: 'POST',
      headers: { ...PUBLISHER, 'Content-Type': 'text/turtle' },
      body: `<${BASE}id/y> <${BASE}p> "fresh" .`,
    });
    expect(res.status).toBe(201);
    const location = res.headers.get('Location') ?? '';
    const graph = new URL(location, BASE).searchParams.get('graph') ?? '';
    expect(graph).toMatch(new RegExp(`^${BASE}graph/publisher/[0-9a-f-]{36}$`));
    expect(await values('public', graph)).toEqual(['fresh']);
  });
  it('a graph the gate refuses is kept internally, withdrawn from public, and reported', async () => {
    const graph = `${BASE}graph/publisher/bad-iri`;
    const res = await put(graph, `<${BASE}id/person/${PHONE}> <${BASE}p> "a contact" .`);
    expect(res.status).toBe(201);
    const report = (await res.json()) as {
      graphs: { publication: string; violations: string[] }[];
    };
    expect(report.graphs[0]?.publication).toBe('blocked');
    expect(report.graphs[0]?.violations.join(' ')).toMatch(/in an IRI/);
    expect(JSON.stringify(report)).not.toContain(PHONE);
    expect(await values('internal', graph)).toEqual(['a contact']);
    expect(await values('public', graph)).toEqual([]);
  });
});

describe('SPARQL Update', () => {
  const PRESS = `${BASE}graph/publisher/press`;

  it('INSERT DATA is written to the internal graph and re-published', async () => {
    const res = await update(
      `PREFIX dct: <http://purl.org/dc/terms/>
       INSERT DATA { GRAPH <${PRESS}> { <${BASE}id/press/1> dct:title "Budget hearing moved" } }`,
    );
    expect(res.status).toBe(200);
    const report = (await res.json()) as { graphs: { graph: string; change: string }[] };
    expect(report.graphs).toEqual([expect.objectContaining({ graph: PRESS, change: 'created' })]);
    expect(await values('internal', PRESS)).toEqual(['Budget hearing moved']);
    expect(await values('public', PRESS)).toEqual(['Budget hearing moved']);
  });

  it('a form-encoded INSERT … WHERE copies between publisher graphs', async () => {
    const copy = `${BASE}graph/publisher/press-copy`;
    const res = await plaza.request('/sparql/update', {
      method: 'POST',
      headers: { ...PUBLISHER, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        update: `INSERT { GRAPH <${copy}> { ?s ?p ?o } } WHERE { GRAPH <${PRESS}> { ?s ?p ?o } }`,
      }).toString(),
    });
    expect(res.status).toBe(200);
    expect(await values('public', copy)).toEqual(['Budget hearing moved']);
  });

  it('DELETE WHERE removes the triples from both graphs', async () => {
    const res = await update(`DELETE WHERE { GRAPH <${PRESS}> { ?s ?p ?o } }`);
    expect(res.status).toBe(200);
    const report = (await res.json()) as { graphs: { change: string }[] };
    expect(report.graphs[0]?.change).toBe('deleted');
    expect(await values('internal', PRESS)).toEqual([]);
    expect(await values('public', PRESS)).toEqual([]);
  });

  it('refuses updates whose graphs cannot be named statically, and LOAD', async () => {
    const cases: [string, RegExp][] = [
      [
        `INSERT { GRAPH ?g { <${BASE}a> <${BASE}b> "c" } } WHERE { VALUES ?g { <${PRESS}> } }`,
        /GRAPH \?g in a template/,
      ],
      [`INSERT DATA { <${BASE}a> <${BASE}b> "c" }`, /default graph/],
      ['DROP ALL', /DROP ALL/],
      [`LOAD <http://example.org/data.ttl> INTO GRAPH <${PRESS}>`, /LOAD is not allowed/],
      [
        `INSERT { GRAPH <${PRESS}> { ?s ?p ?o } } WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }`,
        /SERVICE/,
      ],
    ];
    for (const [sparql, message] of cases) {
      const res = await update(sparql);
      expect(res.status, sparql).toBe(400);
      expect(await res.text(), sparql).toMatch(message);
    }
  });

  it('a syntax error names line and column', async () => {
    const res = await update(`INSERT DATA {\n  GRAPH <${PRESS}> { <${BASE}a> <${BASE}b> }\n}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/line 2, column \d+/);
  });

  it('record graphs may be neither written nor read into a publisher graph', async () => {
    const record = `${BASE}graph/document/123`;
    const write = await update(`INSERT DATA { GRAPH <${record}> { <${BASE}a> <${BASE}b> "c" } }`);
    expect(write.status).toBe(403);
    expect(await write.text()).toMatch(/projection of the source exports/);
    const read = await update(
      `INSERT { GRAPH <${PRESS}> { ?s ?p ?o } } WHERE { GRAPH <${record}> { ?s ?p ?o } }`,
    );
    expect(read.status).toBe(403);
    expect(await read.text()).toMatch(/disclosure decision/);
    const gsp = await put(record, `<${BASE}a> <${BASE}b> "c" .`);
    expect(gsp.status).toBe(403);
  });
});

describe('who may write, and what is refused', () => {
  it('no token is a 401; an official is a 403 for writes but may read; public GET is a 401', async () => {
    const anonymous = await plaza.request(store(NOTES), {
      method: 'PUT',
      headers: { 'Content-Type': 'text/turtle' },
      body: NOTE,
    });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('WWW-Authenticate')).toContain('Bearer');
    expect((await plaza.request(store(NOTES))).status).toBe(401);
    const official = await plaza.request(store(NOTES), {
      method: 'PUT',
      headers: { ...OFFICIAL, 'Content-Type': 'text/turtle' },
      body: NOTE,
    });
    expect(official.status).toBe(403);
    expect((await update(`CLEAR GRAPH <${NOTES}>`, OFFICIAL)).status).toBe(403);
    expect((await update(`CLEAR GRAPH <${NOTES}>`, {})).status).toBe(401);
    expect((await plaza.request(store(NOTES), { headers: OFFICIAL })).status).toBe(200);
  });

  it('bad Turtle is a 400 naming the line; an unknown content type is a 415', async () => {
    const bad = await put(
      NOTES,
      `<${BASE}a> <${BASE}b> "c" .\n<${BASE}a> <${BASE}b> "unterminated .\n`,
    );
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/RDF_SYNTAX.*line 2/);
    const csv = await put(NOTES, 'a,b,c', 'text/csv');
    expect(csv.status).toBe(415);
    expect(await csv.text()).toMatch(/text\/turtle/);
    const noType = await plaza.request(store(NOTES), {
      method: 'PUT',
      headers: PUBLISHER,
      body: new TextEncoder().encode(NOTE), // bytes: no Content-Type is added
    });
    expect(noType.status).toBe(415);
  });

  it('protocol mistakes get their own status: 405, 415 for a charset, 400 for bad encoding', async () => {
    const get = await plaza.request('/sparql/update', { headers: PUBLISHER });
    expect(get.status).toBe(405);
    expect(get.headers.get('Allow')).toBe('POST');
    const latin1 = await put(NOTES, NOTE, 'text/turtle; charset=iso-8859-1');
    expect(latin1.status).toBe(415);
    const form = await plaza.request('/sparql/update', {
      method: 'POST',
      headers: { ...PUBLISHER, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'update=CLEAR%2GRAPH',
    });
    expect(form.status).toBe(400);
    expect(await form.text()).toMatch(/MALFORMED_ENCODING/);
    const using = await plaza.request(
      `/sparql/update?using-graph-uri=${encodeURIComponent(NOTES)}`,
      {
        method: 'POST',
        headers: { ...PUBLISHER, 'Content-Type': 'application/sparql-update' },
        body: `CLEAR GRAPH <${NOTES}>`,
      },
    );
    expect(using.status).toBe(400);
    expect(await using.text()).toMatch(/write USING/);
    const notAcceptable = await plaza.request(store(NOTES), {
      headers: { ...PUBLISHER, Accept: 'image/png' },
    });
    expect(notAcceptable.status).toBe(406);
  });

  it('a dataset body may not put triples into another graph; ?default is refused', async () => {
    const res = await put(
      NOTES,
      `<${BASE}a> <${BASE}b> "c" <${BASE}graph/document/123> .\n`,
      'application/n-quads',
    );
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/graph\/document\/123/);
    const dflt = await plaza.request('/store?default', {
      method: 'PUT',
      headers: { ...PUBLISHER, 'Content-Type': 'text/turtle' },
      body: NOTE,
    });
    expect(dflt.status).toBe(400);
    expect(await dflt.text()).toMatch(/named graph/);
  });

  it('every access is in the audit log, written before it proceeded', async () => {
    const text = await readFile(join(plaza.dir, 'audit', 'audit.log'), 'utf8');
    const entries = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { who: string; action: string; detail: string });
    const put = new RegExp(`^PUT <${NOTES}> text/turtle \\d+ bytes$`);
    expect(entries.some((e) => e.who === 'press-office' && put.test(e.detail))).toBe(true);
    const updates = entries.filter((e) => e.who === 'press-office' && e.action === 'update');
    expect(updates.some((e) => e.detail.includes('INSERT DATA'))).toBe(true);
    expect(entries).toContainEqual(
      expect.objectContaining({ who: 'auditor', action: 'graph-store', detail: `GET <${NOTES}>` }),
    );
    // Refused before they proceeded: neither the anonymous nor the official write is recorded.
    expect(entries.filter((e) => e.who === 'auditor' && e.detail.startsWith('PUT'))).toEqual([]);
  });
});

describe('durability', () => {
  it('writes survive a restart: snapshot plus the log written after it', async () => {
    const kept = `${BASE}graph/publisher/kept`;
    expect((await put(kept, `<${BASE}id/k> <${BASE}p> "before the snapshot" .`)).status).toBe(201);
    await plaza.rt.checkpoint();
    const res = await update(
      `INSERT DATA { GRAPH <${kept}> { <${BASE}id/k> <${BASE}p> "after it" } }`,
    );
    expect(res.status).toBe(200);
    const internal = (await values('internal', kept)).sort();
    const published = (await values('public', kept)).sort();
    const notes = await dumpGraph('public', NOTES);

    await plaza.rt.close();
    const reopened = await openTestPlaza({ from: plaza.dir, tokens: TOKENS });
    try {
      const after = async (s: 'store' | 'publicStore', g: string): Promise<string[]> =>
        (await reopened.rt[s].match(null, null, null, DataFactory.namedNode(g)))
          .map((q) => q.object.value)
          .sort();
      expect(internal).toEqual(['after it', 'before the snapshot']);
      expect(await after('store', kept)).toEqual(internal);
      expect(await after('publicStore', kept)).toEqual(published);
      const reopenedNotes = (
        await reopened.rt.publicStore.match(null, null, null, DataFactory.namedNode(NOTES))
      )
        .map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`)
        .join('\n');
      expect(reopenedNotes.split('\n').sort()).toEqual(notes.split('\n').sort());
      expect(reopenedNotes).not.toContain(PHONE);
      // The restarted app knows the graph exists (from the log) and can delete it.
      const del = await reopened.request(store(kept), { method: 'DELETE', headers: PUBLISHER });
      expect(del.status).toBe(200);
    } finally {
      await reopened.close();
    }
  });
});
