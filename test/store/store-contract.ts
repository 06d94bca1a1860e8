// The behavioural suite every Store adapter passes: bulk graph replacement, queries in every format, errors by code.
import type * as RDF from '@rdfjs/types';
import { DataFactory, Parser } from 'n3';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isomorphic } from 'rdf-isomorphic';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GraphReplacement, QueryDataset, Store } from '../../src/store/store.ts';
import { StoreError } from '../../src/store/store-error.ts';

const namedNode = (iri: string): RDF.NamedNode => DataFactory.namedNode(iri);
const EX = 'http://example.org/';
const g = (n: string): RDF.NamedNode => namedNode(`${EX}graph/${n}`);
const triples = (s: string, values: string[]): string =>
  values.map((v, i) => `<${EX}id/${s}> <${EX}p${i}> "${v}"@ko .\n`).join('');

export async function rejection(promise: Promise<unknown>): Promise<StoreError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreError);
  return error as StoreError;
}

function sorted(quads: readonly RDF.Quad[]): string[] {
  return quads
    .map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value} ${q.graph.value}`)
    .sort();
}

/** Where a remote store legitimately differs; each flag names the measured difference. */
export interface ContractDifferences {
  /** CSV is the store's own (Virtuoso quotes every field): only the values are compared. */
  readonly ownCsv?: boolean;
  /** Syntax errors carry a line but no column (Virtuoso reports lines only). */
  readonly syntaxLineOnly?: boolean;
}

/** Runs the shared suite; `makeStore` returns an empty store (the suite closes it after each test). */
export function describeStoreContract(
  name: string,
  makeStore: () => Store | Promise<Store>,
  differences: ContractDifferences = {},
): void {
  describe(name, () => {
    let store: Store;
    beforeEach(async () => {
      store = await makeStore();
      await store.replaceGraphs([
        { graph: g('a'), nquads: triples('a', ['한', '둘']) },
        { graph: g('b'), nquads: triples('b', ['x']) },
      ]);
    });
    afterEach(() => store.close());

    describe('replaceGraphs', () => {
      it('replaces a whole graph, and replacing it again with the same text changes nothing', async () => {
        const batch: GraphReplacement[] = [{ graph: g('a'), nquads: triples('a', ['새']) }];
        expect(await store.replaceGraphs(batch)).toEqual({ loaded: 1, replaced: 1, deleted: 0 });
        const once = sorted(await store.match(null, null, null, g('a')));
        await store.replaceGraphs(batch);
        expect(sorted(await store.match(null, null, null, g('a')))).toEqual(once);
        expect(once).toEqual([`${EX}id/a ${EX}p0 새 ${EX}graph/a`]);
        expect(await store.size()).toBe(2);
      });

      it('deletes graphs and collapses repeated graphs in a batch (the last entry wins)', async () => {
        const result = await store.replaceGraphs([
          { graph: g('b'), delete: true },
          { graph: g('c'), nquads: triples('c', ['1']) },
          { graph: g('c'), nquads: triples('c', ['2']) },
          { graph: g('nothing'), delete: true },
        ]);
        expect(result).toEqual({ loaded: 1, replaced: 0, deleted: 1 });
        expect(sorted(await store.match(null, null, null, g('c')))).toEqual([
          `${EX}id/c ${EX}p0 2 ${EX}graph/c`,
        ]);
        expect((await store.graphs()).map((n) => n.value).sort()).toEqual([
          g('a').value,
          g('c').value,
        ]);
      });

      it('counts an entry with empty content as loaded, and it empties the graph', async () => {
        expect(await store.replaceGraphs([{ graph: g('a'), nquads: '' }])).toEqual({
          loaded: 1,
          replaced: 1,
          deleted: 0,
        });
        expect(await store.match(null, null, null, g('a'))).toEqual([]);
      });

      it('scopes blank-node labels to their entry, mixed with entries that have none', async () => {
        const part = (i: number): string =>
          `<${EX}id/${i}> <${EX}part> _:p .\n_:p <${EX}label> "part ${i}" .\n`;
        await store.replaceGraphs([
          { graph: g('p1'), nquads: part(1) },
          { graph: g('plain'), nquads: triples('plain', ['x']) },
          { graph: g('p2'), nquads: part(2) },
        ]);
        const parts = await store.query(`SELECT DISTINCT ?b WHERE { ?r <${EX}part> ?b }`);
        expect(parts.type === 'solutions' && parts.rows.length).toBe(2);
        expect(await store.size()).toBe(2 + 1 + 4 + 1);
      });

      it('accepts N-Quads lines that name the graph itself', async () => {
        const text = `<${EX}s> <${EX}p> "q" <${g('d').value}> .\n<${EX}s> <${EX}p> "t" .\n`;
        await store.replaceGraphs([{ graph: g('d'), nquads: text }]);
        expect(await store.match(null, null, null, g('d'))).toHaveLength(2);
      });

      it('is all or nothing: a bad entry leaves the store as it was and names its graph', async () => {
        const before = sorted(await store.match());
        const error = await rejection(
          store.replaceGraphs([
            { graph: g('a'), nquads: triples('a', ['changed']) },
            { graph: g('new'), nquads: triples('new', ['n']) },
            { graph: g('b'), delete: true },
            { graph: g('bad'), nquads: `<${EX}s> <${EX}p> "ok" .\n<${EX}s> <${EX}p> .\n` },
          ]),
        );
        expect(error.code).toBe('RDF_SYNTAX');
        expect(error.graph).toBe(g('bad').value);
        expect(error.line).toBe(2);
        expect(error.message).toContain('line 2');
        expect(sorted(await store.match())).toEqual(before);
      });

      it('rolls back when aborted part-way through a large batch', async () => {
        const before = sorted(await store.match());
        const controller = new AbortController();
        setTimeout(() => controller.abort(new Error('deadline')), 0); // fires at the first yield
        const batch: GraphReplacement[] = [{ graph: g('a'), delete: true }];
        for (let i = 0; i < 10_000; i++)
          batch.push({ graph: g(`n${i}`), nquads: triples(`n${i}`, ['v']) });
        const error = await rejection(store.replaceGraphs(batch, { signal: controller.signal }));
        expect(error.code).toBe('ABORTED');
        expect(sorted(await store.match())).toEqual(before);
      });

      it('refuses content that puts quads into another graph, and graph IRIs SPARQL cannot carry', async () => {
        const foreign = `<${EX}s> <${EX}p> "q" <${g('other').value}> .\n`;
        const before = sorted(await store.match());
        expect(
          (await rejection(store.replaceGraphs([{ graph: g('a'), nquads: foreign }]))).code,
        ).toBe('FOREIGN_GRAPH');
        expect(sorted(await store.match())).toEqual(before);
        const injection = namedNode(`${EX}x> } ; DROP ALL ; INSERT DATA { <${EX}y`);
        const error = await rejection(store.replaceGraphs([{ graph: injection, delete: true }]));
        expect(error.code).toBe('INVALID_TERM');
      });
    });

    describe('query', () => {
      const select = `SELECT ?o WHERE { <${EX}id/a> ?p ?o } ORDER BY ?o`;
      const construct = `CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }`;

      it('sees the union of every named graph as the default graph', async () => {
        const result = await store.query('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }');
        expect(result.type).toBe('solutions');
        if (result.type !== 'solutions') return;
        expect(result.rows[0]?.get('n')?.value).toBe('3');
      });

      it('scopes a query to an explicit dataset (protocol graphs or FROM), else the union', async () => {
        const count = async (sparql: string, dataset?: QueryDataset): Promise<string> => {
          const r = await store.query(sparql, dataset ? { dataset } : {});
          return r.type === 'solutions' ? (r.rows[0]?.get('n')?.value ?? '') : '';
        };
        const all = 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }';
        const named = 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }';
        expect(await count(all, { defaultGraphs: [g('b')], namedGraphs: [] })).toBe('1');
        expect(await count(all, { defaultGraphs: [g('a'), g('b')], namedGraphs: [] })).toBe('3');
        expect(await count(named, { defaultGraphs: [g('b')], namedGraphs: [g('a')] })).toBe('2');
        expect(
          await count(`SELECT (COUNT(*) AS ?n) FROM <${g('a').value}> WHERE { ?s ?p ?o }`, {
            defaultGraphs: [g('a')],
            namedGraphs: [],
          }),
        ).toBe('2');
        expect(await count(all)).toBe('3');
      });

      it('parses SELECT, ASK, CONSTRUCT, DESCRIBE and empty results into plain RDF/JS terms', async () => {
        const rows = await store.query(select);
        expect(rows.type === 'solutions' && rows.rows.map((r) => r.get('o'))).toEqual([
          DataFactory.literal('둘', 'ko'),
          DataFactory.literal('한', 'ko'),
        ]);
        expect(await store.query(`ASK { ?s ?p "x"@ko }`)).toEqual({ type: 'boolean', value: true });
        const graph = await store.query(construct);
        expect(graph.type === 'quads' && graph.quads.length).toBe(3);
        const describe = await store.query(`DESCRIBE <${EX}id/b>`);
        expect(describe.type === 'quads' && describe.quads.length).toBe(1);
        expect(await store.query('SELECT * WHERE { ?s ?p "none" }')).toEqual({
          type: 'solutions',
          rows: [],
        });
        expect(
          await store.query(`# c\nPREFIX e: <${EX}#>\nCONSTRUCT WHERE { ?s e:no ?o }`),
        ).toEqual({
          type: 'quads',
          quads: [],
        });
      });

      it('passes serializations through for every result format', async () => {
        expect(JSON.parse(await store.query(select, { format: 'json' }))).toMatchObject({
          head: { vars: ['o'] },
        });
        expect(await store.query(select, { format: 'xml' })).toContain('<literal xml:lang="ko">한');
        const csv = await store.query(select, { format: 'csv' });
        if (differences.ownCsv) expect(csv.split(/\r?\n/).slice(1, 3)).toEqual(['"둘"', '"한"']);
        else expect(csv).toBe('o\r\n둘\r\n한\r\n');
        expect(await store.query(select, { format: 'tsv' })).toBe('?o\n"둘"@ko\n"한"@ko\n');
        expect(JSON.parse(await store.query('ASK {}', { format: 'json' }))).toEqual({
          head: {},
          boolean: true,
        });
        for (const format of ['nt', 'ttl', 'nq', 'trig'] as const) {
          const text = await store.query(construct, { format });
          expect(
            new Parser({ format: format === 'ttl' ? 'turtle' : format }).parse(text),
          ).toHaveLength(3);
        }
        expect(await store.query(construct, { format: 'rdf' })).toContain('<rdf:RDF');
        // expanded (an array of nodes) or with a top-level @graph: both are JSON-LD
        const jsonld = JSON.parse(await store.query(construct, { format: 'jsonld' })) as unknown;
        const nodes = Array.isArray(jsonld)
          ? jsonld
          : (jsonld as { '@graph': unknown[] })['@graph'];
        expect(nodes).toHaveLength(2);
      });

      it('reports syntax errors with code QUERY_SYNTAX and the position', async () => {
        const error = await rejection(
          store.query('SELECT * WHERE {\n  ?s ?p ?o .\n  BIND(1 AS)\n}'),
        );
        expect(error.code).toBe('QUERY_SYNTAX');
        if (differences.syntaxLineOnly) {
          expect(error.line).toBe(3);
          expect(error.message).toMatch(/line 3/);
        } else {
          expect([error.line, error.column]).toEqual([3, 13]);
          expect(error.message).toMatch(/line 3, column 13/);
        }
        expect((await rejection(store.update('INSERT DATA { <a> <b> }'))).code).toBe(
          'QUERY_SYNTAX',
        );
      });

      it('maps unsupported features, misfit formats, aborts and closed stores to their codes', async () => {
        const service = 'SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }';
        expect((await rejection(store.query(service))).code).toBe('QUERY_UNSUPPORTED');
        expect((await rejection(store.query(select, { format: 'ttl' }))).code).toBe(
          'RESULT_FORMAT',
        );
        const signal = AbortSignal.abort();
        expect((await rejection(store.query(select, { signal }))).code).toBe('ABORTED');
        expect((await rejection(store.replaceGraphs([], { signal }))).code).toBe('ABORTED');
        await store.close();
        expect((await rejection(store.size())).code).toBe('STORE_CLOSED');
      });
    });

    describe('update, match, dumps', () => {
      it('updates, matches with RDF/JS terms, and clears', async () => {
        await store.update(`INSERT DATA { GRAPH <${EX}graph/u> { <${EX}s> <${EX}p> 1 } }`);
        const found = await store.match(null, namedNode(`${EX}p`), null, null);
        expect(found.map((q) => [q.object.termType, q.object.value, q.graph.value])).toEqual([
          ['Literal', '1', `${EX}graph/u`],
        ]);
        await store.clear();
        expect(await store.size()).toBe(0);
      });

      it('dumps as N-Quads and TriG, whole or streamed per graph, to the same dataset', async () => {
        // blank nodes through a template: Virtuoso refuses them in INSERT DATA
        await store.update(
          `INSERT { GRAPH <${EX}graph/d> { <${EX}s> <${EX}p> _:b . _:b <${EX}p> "d\\n2" } } WHERE {}`,
        );
        const all = await store.match();
        // a blank node read back from the store finds its own triples again
        const [link] = await store.match(namedNode(`${EX}s`), namedNode(`${EX}p`));
        expect(link?.object.termType).toBe('BlankNode');
        const inner = await store.match(link?.object, null, null, null);
        expect(inner.map((q) => q.object.value)).toEqual(['d\n2']);
        for (const format of ['nq', 'trig'] as const) {
          const parse = (text: string): RDF.Quad[] =>
            new Parser({ format: format === 'nq' ? 'N-Quads' : 'TriG' }).parse(text);
          let streamed = '';
          for await (const piece of store.dumpStream(format)) streamed += piece;
          expect(isomorphic(parse(streamed), all)).toBe(true);
          expect(isomorphic(parse(await store.dump(format)), all)).toBe(true);
        }
      });
    });

    describe('size, graphs, typed terms, files', () => {
      it('counts quads and lists only the graphs it was given', async () => {
        expect(await store.size()).toBe(3);
        expect((await store.graphs()).map((n) => n.value).sort()).toEqual([
          g('a').value,
          g('b').value,
        ]);
        const all = await store.query('SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }');
        expect(all.type === 'solutions' && all.rows.length).toBe(2);
        await store.clear();
        expect([await store.size(), await store.graphs()]).toEqual([0, []]);
        expect(await store.query('ASK { ?s ?p ?o }')).toEqual({ type: 'boolean', value: false });
      });

      it('answers a query that names its graph, and returns literals with their datatypes', async () => {
        const named = await store.query(`SELECT ?o WHERE { GRAPH <${g('b').value}> { ?s ?p ?o } }`);
        expect(named.type === 'solutions' && named.rows.map((r) => r.get('o'))).toEqual([
          DataFactory.literal('x', 'ko'),
        ]);
        await store.update(
          `INSERT DATA { GRAPH <${g('t').value}> { <${EX}s> <${EX}n> 1, 2.5, "s", "2026-01-02"^^<http://www.w3.org/2001/XMLSchema#date> } }`,
        );
        const objects = (await store.match(null, namedNode(`${EX}n`))).map((q) => q.object);
        const XSD = 'http://www.w3.org/2001/XMLSchema#';
        expect(
          objects.map((o) => `${o.value} ${(o as RDF.Literal).datatype.value}`).sort(),
        ).toEqual([
          `1 ${XSD}integer`,
          `2.5 ${XSD}decimal`,
          `2026-01-02 ${XSD}date`,
          `s ${XSD}string`,
        ]);
        const row = await store.query(
          `SELECT ?o WHERE { ?s <${EX}n> ?o FILTER(isNumeric(?o) && ?o > 2) }`,
        );
        expect(
          row.type === 'solutions' &&
            row.rows[0]?.get('o')?.equals(DataFactory.literal('2.5', namedNode(`${XSD}decimal`))),
        ).toBe(true);
      });

      it('loads an N-Quads file, blank nodes included', async () => {
        const dir = await mkdtemp(join(tmpdir(), 'plaza-store-'));
        try {
          const file = join(dir, 'data.nq');
          const graph = g('file').value;
          await writeFile(
            file,
            `<${EX}f> <${EX}p> _:x <${graph}> .\n_:x <${EX}p> "deep" <${graph}> .\n`,
          );
          await store.loadFile(file, { format: 'nq' });
          expect(await store.size()).toBe(5);
          const deep = await store.query(
            `SELECT ?v WHERE { <${EX}f> <${EX}p> ?b . ?b <${EX}p> ?v }`,
          );
          expect(deep.type === 'solutions' && deep.rows[0]?.get('v')?.value).toBe('deep');
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      });

      it('stops at once when the signal has fired, for every call', async () => {
        const signal = AbortSignal.abort();
        for (const call of [
          store.size({ signal }),
          store.graphs({ signal }),
          store.match(null, null, null, null, { signal }),
          store.update(`INSERT DATA { GRAPH <${g('z').value}> { <${EX}s> <${EX}p> 1 } }`, {
            signal,
          }),
          store.clear({ signal }),
          store.dump('nq', { signal }),
        ]) {
          expect((await rejection(call)).code).toBe('ABORTED');
        }
        expect(await store.size()).toBe(3);
      });
    });
  });
}
