// The public query policy: SERVICE anywhere, updates, absurd LIMIT/OFFSET and deep nesting are
// refused with their own code; syntax errors keep line and column; FROM/FROM NAMED are reported.
import { describe, expect, it } from 'vitest';
import { QuerySyntaxError } from '../../src/serialize/query-form.ts';
import {
  checkQuery,
  nestingDepth,
  QueryPolicyError,
  type CheckedQuery,
} from '../../src/serialize/query-policy.ts';

const BASE = 'http://localhost:3000/sparql';

function outcome(sparql: string): CheckedQuery | string {
  try {
    return checkQuery(sparql, { baseIri: BASE });
  } catch (error) {
    if (error instanceof QueryPolicyError || error instanceof QuerySyntaxError) return error.code;
    throw error;
  }
}

const nested = (n: number): string => `SELECT * ${'{'.repeat(n)} ?s ?p ?o ${'}'.repeat(n)}`;

describe('checkQuery', () => {
  it.each([
    ['SELECT', 'SELECT * { ?s ?p ?o } LIMIT 10', 'SELECT'],
    ['ASK', 'ASK {}', 'ASK'],
    ['CONSTRUCT', 'CONSTRUCT WHERE { ?s ?p ?o }', 'CONSTRUCT'],
    ['DESCRIBE', 'DESCRIBE <http://example.org/x>', 'DESCRIBE'],
    ['LIMIT at the bound', 'SELECT * {} LIMIT 1000000000', 'SELECT'],
    ['OFFSET at the bound', 'SELECT * {} OFFSET 10000000', 'SELECT'],
    ['64 nested groups', nested(64), 'SELECT'],
    [
      'a long flat OR chain is not depth',
      `SELECT * { ?s ?p ?o FILTER(${Array.from({ length: 300 }, (_, i) => `?o = ${i}`).join(' || ')}) }`,
      'SELECT',
    ],
    [
      'braces inside strings and IRIs do not count',
      `SELECT * { ?s ?p "${'{'.repeat(100)}" ; <http://x/${'('.repeat(80)}> '''${'['.repeat(70)}''' } # ${'{'.repeat(90)}`,
      'SELECT',
    ],
    ['a < comparison is not an IRI', 'SELECT * { ?s ?p ?o FILTER(?o < 3 && ?o > 1) }', 'SELECT'],
  ])('%s → %s', (_name, sparql, form) => {
    const result = outcome(sparql);
    expect(typeof result === 'string' ? result : result.form).toBe(form);
  });

  it.each([
    [
      'SERVICE at the top',
      'SELECT * { SERVICE <http://dbpedia.org/sparql> { ?s ?p ?o } }',
      'SERVICE_NOT_ALLOWED',
    ],
    [
      'SERVICE SILENT with a variable',
      'SELECT * { ?s <http://x/p> ?e SERVICE SILENT ?e { ?s ?p ?o } }',
      'SERVICE_NOT_ALLOWED',
    ],
    [
      'SERVICE in OPTIONAL',
      'SELECT * { ?s ?p ?o OPTIONAL { SERVICE <http://x/> { ?s ?q ?r } } }',
      'SERVICE_NOT_ALLOWED',
    ],
    [
      'SERVICE in a sub-query',
      'SELECT * { { SELECT ?s { SERVICE <http://x/> { ?s ?p ?o } } } }',
      'SERVICE_NOT_ALLOWED',
    ],
    [
      'SERVICE in FILTER EXISTS',
      'SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <http://x/> { ?s ?p ?o } } }',
      'SERVICE_NOT_ALLOWED',
    ],
    [
      'SERVICE in UNION and GRAPH',
      'SELECT * { { ?s ?p ?o } UNION { GRAPH ?g { SERVICE <http://x/> { ?s ?p ?o } } } }',
      'SERVICE_NOT_ALLOWED',
    ],
    [
      'SERVICE in a CONSTRUCT',
      'CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <http://x/> { ?s ?p ?o } }',
      'SERVICE_NOT_ALLOWED',
    ],
    ['LIMIT over 10^9', 'SELECT * { ?s ?p ?o } LIMIT 1000000001', 'LIMIT_TOO_LARGE'],
    ['LIMIT past 2^53', 'SELECT * { ?s ?p ?o } LIMIT 99999999999999999999999', 'LIMIT_TOO_LARGE'],
    ['OFFSET over 10^7', 'SELECT * { ?s ?p ?o } OFFSET 10000001', 'OFFSET_TOO_LARGE'],
    [
      'OFFSET in a sub-query',
      'SELECT * { { SELECT ?s { ?s ?p ?o } OFFSET 50000000 } }',
      'OFFSET_TOO_LARGE',
    ],
    ['65 nested groups', nested(65), 'QUERY_TOO_DEEP'],
    ['100 000 nested groups (no parse at all)', nested(100_000), 'QUERY_TOO_DEEP'],
    [
      'deep parentheses',
      `SELECT * { FILTER(${'('.repeat(70)}1${')'.repeat(70)}) }`,
      'QUERY_TOO_DEEP',
    ],
    [
      'deep sub-queries',
      `SELECT * ${'{ SELECT * '.repeat(70)}{ ?s ?p ?o }${' }'.repeat(70)}`,
      'QUERY_TOO_DEEP',
    ],
    ['update text as a query', 'CLEAR ALL', 'UPDATE_NOT_ALLOWED'],
    ['LOAD as a query', 'LOAD <http://example.org/data.ttl>', 'UPDATE_NOT_ALLOWED'],
    ['INSERT DATA as a query', 'INSERT DATA { <http://x/s> <http://x/p> 1 }', 'UPDATE_NOT_ALLOWED'],
    ['syntax error', 'ASK {', 'QUERY_SYNTAX'],
  ])('%s → %s', (_name, sparql, code) => {
    expect(outcome(sparql)).toBe(code);
  });

  it('reports FROM and FROM NAMED, resolved against the base', () => {
    const result = checkQuery(
      'ASK FROM <http://kasei.us/2009/09/sparql/data/data1.rdf> FROM NAMED <g2> FROM NAMED <http://x/g3> { ?s ?p ?o }',
      { baseIri: BASE },
    );
    expect(result.parsed.queryType).toBe('ASK');
    expect({ form: result.form, from: result.from }).toEqual({
      form: 'ASK',
      from: {
        defaultGraphs: ['http://kasei.us/2009/09/sparql/data/data1.rdf'],
        namedGraphs: ['http://localhost:3000/g2', 'http://x/g3'],
      },
    });
    expect(checkQuery('SELECT * {}').from).toEqual({ defaultGraphs: [], namedGraphs: [] });
  });

  it('keeps line and column of a syntax error', () => {
    try {
      checkQuery('SELECT *\nWHERE { ?s ?p }');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(QuerySyntaxError);
      expect((error as QuerySyntaxError).line).toBe(2);
      expect((error as QuerySyntaxError).column).toBeGreaterThan(1);
    }
  });

  it('takes its limits as options', () => {
    expect(() => checkQuery('SELECT * {} LIMIT 11', { maxLimit: 10 })).toThrow(/LIMIT 11/);
    expect(() => checkQuery('SELECT * { { } }', { maxDepth: 1 })).toThrow(QueryPolicyError);
    expect(checkQuery('SELECT * {} OFFSET 5', { maxOffset: 5 }).form).toBe('SELECT');
  });

  it('refuses a pathological query quickly', () => {
    const started = performance.now();
    expect(outcome(`ASK ${'{'.repeat(500_000)}`)).toBe('QUERY_TOO_DEEP');
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('gives statuses: 403 for updates, 400 for the rest', () => {
    expect(new QueryPolicyError('UPDATE_NOT_ALLOWED', '').status).toBe(403);
    expect(new QueryPolicyError('SERVICE_NOT_ALLOWED', '').status).toBe(400);
  });
});

describe('nestingDepth', () => {
  it.each([
    ['ASK {}', 1],
    ['SELECT * { ?s ?p [ ?q ( 1 2 ) ] }', 3],
    ['SELECT * { ?s ?p "}}}{{{" }', 1],
    ['SELECT * { ?s ?p """{\n{"""  }', 1],
    ["SELECT * { ?s ?p 'it\\'s {' }", 1],
    ['SELECT * { ?s <http://x/a(b(> ?o }', 1],
    ['# {{{{\nASK {}', 1],
    ['SELECT * { FILTER(?a < 1 && (?b > 2)) }', 3],
  ])('%s → %i', (sparql, depth) => {
    expect(nestingDepth(sparql)).toBe(depth);
  });
});
