// The pages' query template: every hole becomes one term (through the store's term writer) or a
// safe integer, so text from the store or a request can never become query syntax.
import type * as RDF from '@rdfjs/types';
import { DataFactory } from 'n3';
import sparqljs from 'sparqljs';
import { describe, expect, it } from 'vitest';
import { sparql } from '../../../src/http/pages/sparql-text.ts';

const namedNode = (iri: string) => DataFactory.namedNode(iri);
const literal = (value: string, tag?: string | RDF.NamedNode) => DataFactory.literal(value, tag);

describe('sparql template', () => {
  it('writes a hostile literal as one literal that parses back to the same value', () => {
    const hostile = 'a" } ; DROP ALL ; SELECT * { "\n\\\t\r';
    const text = sparql`SELECT ?s WHERE { ?s ?p ${literal(hostile, 'ko')} } LIMIT ${20}`;
    const parsed = new sparqljs.Parser().parse(text) as sparqljs.SelectQuery;
    const triple = (parsed.where?.[0] as sparqljs.BgpPattern).triples[0]!;
    expect(literal(hostile, 'ko').equals(triple.object as RDF.Term)).toBe(true);
    expect(parsed.limit).toBe(20);
    const typed = sparql`ASK { ?s ?p ${literal('5', namedNode('http://www.w3.org/2001/XMLSchema#integer'))} }`;
    expect(typed).toContain('"5"^^<http://www.w3.org/2001/XMLSchema#integer>');
  });

  it('writes a list of IRIs as terms separated by spaces (VALUES)', () => {
    const text = sparql`SELECT ?s { VALUES ?s { ${[namedNode('http://x/a'), namedNode('http://x/b')]} } }`;
    expect(text).toContain('VALUES ?s { <http://x/a> <http://x/b> }');
  });

  it.each([
    [
      'an IRI that would close the IRI',
      () => sparql`ASK { ${namedNode('http://x/> } ; <y')} ?p ?o }`,
    ],
    ['an IRI with a space', () => sparql`ASK { ${namedNode('http://x/a b')} ?p ?o }`],
    ['a language tag that is not one', () => sparql`ASK { ?s ?p ${literal('x', 'ko } ; #')} }`],
    ['a number that is not a safe integer', () => sparql`SELECT * { ?s ?p ?o } LIMIT ${1.5}`],
    ['a huge number', () => sparql`SELECT * { ?s ?p ?o } OFFSET ${2 ** 60}`],
  ])('refuses %s', (_what, build) => {
    expect(build).toThrow(/not a usable IRI|not a language tag|not a safe integer/);
  });
});
