// evaluateUpdate runs an update in a scratch worker store holding only the named graphs: the new
// content comes back whole, a runaway update is stopped, and a write outside the graphs is caught.
import type * as RDF from '@rdfjs/types';
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { evaluateUpdate } from '../../src/pipeline/scratch-update.ts';
import { StoreError } from '../../src/store/store-error.ts';
import { WorkerStore } from '../../src/store/worker-store.ts';

const namedNode = DataFactory.namedNode.bind(DataFactory);
const literal = DataFactory.literal.bind(DataFactory);
const quad = DataFactory.quad.bind(DataFactory);
const G1 = 'http://localhost:3000/graph/publisher/one';
const G2 = 'http://localhost:3000/graph/publisher/two';
const p = namedNode('http://example.org/p');

function triples(n: number): RDF.Quad[] {
  return Array.from({ length: n }, (_, i) =>
    quad(namedNode(`http://example.org/s${i}`), p, literal(String(i))),
  );
}

const options = { scratch: () => new WorkerStore(), timeoutMs: 5000 };

describe('evaluateUpdate', () => {
  it('returns the new content of every named graph, empty for a graph the update cleared', async () => {
    const before = new Map([
      [G1, triples(3)],
      [G2, triples(2)],
    ]);
    const after = await evaluateUpdate(
      `INSERT { GRAPH <${G2}> { ?s <http://example.org/copied> ?o } } WHERE { GRAPH <${G1}> { ?s ?x ?o } };
       CLEAR GRAPH <${G1}>`,
      before,
      options,
    );
    expect(after.get(G1)).toEqual([]);
    expect(after.get(G2)).toHaveLength(5);
  });

  it('stops a runaway update at its deadline', async () => {
    const started = performance.now();
    const run = evaluateUpdate(
      `INSERT { GRAPH <${G1}> { ?a <http://example.org/q> ?d } } WHERE {
         GRAPH <${G1}> { ?a ?x ?b . ?c ?y ?d . ?e ?z ?f . ?g ?w ?h } }`,
      new Map([[G1, triples(300)]]),
      { ...options, timeoutMs: 300 },
    );
    await expect(run).rejects.toMatchObject({ code: 'TIMEOUT' });
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('refuses an update that wrote a graph it was not given', async () => {
    const run = evaluateUpdate(
      `INSERT DATA { GRAPH <${G2}> { <http://example.org/s> <http://example.org/p> "x" } }`,
      new Map([[G1, triples(1)]]),
      options,
    );
    await expect(run).rejects.toThrow(/does not name/);
    await expect(run).rejects.toBeInstanceOf(StoreError);
  });

  it('an update the store rejects is the client’s error, not an internal one', async () => {
    const run = evaluateUpdate(`CREATE GRAPH <${G1}>`, new Map([[G1, triples(1)]]), options);
    await expect(run).rejects.toMatchObject({ code: 'QUERY_UNSUPPORTED' });
  });
});
