// analyseUpdate names the graphs an update writes and reads, and refuses what cannot be named.
import { describe, expect, it } from 'vitest';
import { QuerySyntaxError } from '../../src/serialize/query-form.ts';
import { UpdateRefusedError, analyseUpdate } from '../../src/serialize/update-form.ts';

const B = 'http://localhost:3000/';
const G = (n: number): string => `http://g/${n}`;

describe('analyseUpdate: the graphs an update touches', () => {
  const cases: [string, string, string[], string[]][] = [
    ['INSERT DATA', `INSERT DATA { GRAPH <${G(1)}> { <a> <b> "c" } }`, [G(1)], []],
    ['DELETE DATA', `DELETE DATA { GRAPH <${G(1)}> { <a> <b> "c" } }`, [G(1)], []],
    ['DELETE WHERE', `DELETE WHERE { GRAPH <${G(1)}> { ?s ?p ?o } }`, [G(1)], []],
    [
      'WITH: templates without GRAPH and WHERE default to it',
      `WITH <${G(1)}> DELETE { ?s ?p ?o } INSERT { GRAPH <${G(2)}> { ?s ?p ?o } } WHERE { ?s ?p ?o }`,
      [G(1), G(2)],
      [],
    ],
    [
      'USING and USING NAMED are read',
      `INSERT { GRAPH <${G(1)}> { ?s ?p ?o } } USING <${G(2)}> USING NAMED <${G(3)}> WHERE { ?s ?p ?o }`,
      [G(1)],
      [G(2), G(3)],
    ],
    [
      'GRAPH in WHERE, in OPTIONAL, UNION, MINUS, FILTER EXISTS and a subquery',
      `INSERT { GRAPH <${G(1)}> { ?s <p> ?o } } WHERE {
         GRAPH <${G(2)}> { ?s ?p ?o }
         OPTIONAL { GRAPH <${G(3)}> { ?s <q> ?x } }
         { GRAPH <${G(4)}> { ?s <r> ?y } } UNION { GRAPH <${G(5)}> { ?s <r> ?y } }
         MINUS { GRAPH <${G(6)}> { ?s <t> ?z } }
         FILTER (!EXISTS { GRAPH <${G(7)}> { ?s <u> ?w } })
         { SELECT ?s WHERE { GRAPH <${G(8)}> { ?s <v> ?v } } }
       }`,
      [G(1)],
      [2, 3, 4, 5, 6, 7, 8].map(G),
    ],
    [
      'CLEAR, DROP, CREATE',
      `CLEAR GRAPH <${G(1)}>; DROP SILENT GRAPH <${G(2)}>; CREATE GRAPH <${G(3)}>`,
      [G(1), G(2), G(3)],
      [],
    ],
    [
      'ADD and COPY read their source',
      `ADD <${G(1)}> TO <${G(2)}>; COPY <${G(3)}> TO <${G(4)}>`,
      [G(2), G(4)],
      [G(1), G(3)],
    ],
    ['MOVE empties its source', `MOVE <${G(1)}> TO <${G(2)}>`, [G(1), G(2)], []],
    [
      'a graph both read and written is a write',
      `INSERT { GRAPH <${G(1)}> { ?s <p> 1 } } WHERE { GRAPH <${G(1)}> { ?s ?p ?o } }`,
      [G(1)],
      [],
    ],
  ];
  it.each(cases)('%s', (_, sparql, writes, reads) => {
    const found = analyseUpdate(sparql, B);
    expect([...found.writes].sort()).toEqual([...writes].sort());
    expect([...found.reads].sort()).toEqual([...reads].sort());
  });
});

describe('analyseUpdate: what it refuses, and why', () => {
  const refused: [string, string, RegExp][] = [
    [
      'GRAPH ?g in a template',
      `INSERT { GRAPH ?g { <a> <b> "c" } } WHERE { VALUES ?g { <${G(1)}> } }`,
      /GRAPH \?g in a template/,
    ],
    [
      'GRAPH ?g in WHERE',
      `INSERT { GRAPH <${G(1)}> { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } }`,
      /GRAPH \?g in WHERE/,
    ],
    ['a template in the default graph', 'INSERT DATA { <a> <b> "c" }', /default graph/],
    ['DELETE WHERE over the default graph', 'DELETE WHERE { ?s ?p ?o }', /default graph/],
    [
      'WHERE over the default graph',
      `INSERT { GRAPH <${G(1)}> { ?s ?p ?o } } WHERE { ?s ?p ?o }`,
      /WHERE clause reads the default graph/,
    ],
    ['DROP ALL', 'DROP ALL', /DROP ALL/],
    ['CLEAR NAMED', 'CLEAR NAMED', /CLEAR NAMED/],
    ['DROP DEFAULT', 'DROP DEFAULT', /DEFAULT/],
    ['MOVE … TO DEFAULT', `MOVE <${G(1)}> TO DEFAULT`, /DEFAULT/],
    ['LOAD', `LOAD <http://example.org/x.ttl> INTO GRAPH <${G(1)}>`, /LOAD is not allowed/],
    [
      'SERVICE',
      `INSERT { GRAPH <${G(1)}> { ?s ?p ?o } } WHERE { SERVICE <http://e/sparql> { ?s ?p ?o } }`,
      /SERVICE/,
    ],
  ];
  it.each(refused)('%s', (_, sparql, message) => {
    expect(() => analyseUpdate(sparql, B)).toThrow(UpdateRefusedError);
    expect(() => analyseUpdate(sparql, B)).toThrow(message);
  });

  it('a syntax error carries line and column; a query is not an update', () => {
    let error: unknown;
    try {
      analyseUpdate('INSERT DATA {\n  GRAPH <http://g/1> { <a> <b> }\n}', B);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(QuerySyntaxError);
    expect((error as QuerySyntaxError).line).toBe(2);
    expect(() => analyseUpdate('SELECT * WHERE { ?s ?p ?o }', B)).toThrow(/got a query/);
  });
});
