// The queries the external clients send, and the store's own answer in the shape the client scripts print.
import type * as RDF from '@rdfjs/types';
import { DataFactory, Parser, type Quad } from 'n3';
import { rdf, xsd } from '../../src/vocab/namespaces.ts';
import type { QueryResult } from '../../src/store/store.ts';

/** Organisational units: Korean labels, a typed literal, a date and an OPTIONAL left unbound at the root. */
export const SELECT_UNITS = `PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX plaza: <https://w3id.org/plaza/def#>
SELECT ?unit ?label ?level ?from ?parent WHERE {
  ?unit a org:Organization ; skos:prefLabel ?label ; plaza:orgLevel ?level .
  OPTIONAL { ?unit plaza:validFrom ?from }
  OPTIONAL { ?unit org:unitOf ?parent }
} ORDER BY ?unit LIMIT 60`;

/** The query text itself carries Hangul: it must reach the store as UTF-8 whatever the method. */
export const SELECT_BY_KOREAN_LABEL = `PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?unit WHERE { ?unit skos:prefLabel "서울기록원"@ko }`;

export const ASK_UNITS = `PREFIX org: <http://www.w3.org/ns/org#>
ASK { ?unit a org:OrganizationalUnit }`;

export const ASK_NOTHING = `ASK { <urn:plaza-test:nothing> ?p ?o }`;

/** Units and their parents plus record titles (long Korean text, quotes and punctuation). */
export const CONSTRUCT_UNITS = `PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX rico: <https://www.ica.org/standards/RiC/ontology#>
PREFIX plaza: <https://w3id.org/plaza/def#>
CONSTRUCT { ?unit skos:prefLabel ?label ; plaza:orgLevel ?level ; org:unitOf ?parent . ?record dct:title ?title }
WHERE {
  { ?unit a org:OrganizationalUnit ; skos:prefLabel ?label ; plaza:orgLevel ?level .
    OPTIONAL { ?unit org:unitOf ?parent } }
  UNION
  { SELECT ?record ?title WHERE { ?record a rico:Record ; dct:title ?title } ORDER BY ?record LIMIT 200 }
}`;

/** What a malformed query looks like to a client: the error is on line 2. */
export const MALFORMED = `SELECT ?s WHERE {
  ?s ?p ?o .. }`;

export interface ClientTerm {
  readonly type: 'uri' | 'literal' | 'bnode';
  readonly value: string;
  readonly datatype?: string;
  readonly lang?: string;
}
export type ClientRow = Readonly<Record<string, ClientTerm>>;

/** The SPARQL JSON view of a term: xsd:string and rdf:langString are implicit, language tags lower-case. */
export function clientTerm(term: RDF.Term): ClientTerm {
  if (term.termType === 'NamedNode') return { type: 'uri', value: term.value };
  if (term.termType === 'BlankNode') return { type: 'bnode', value: term.value };
  if (term.termType !== 'Literal') throw new Error(`not a result term: ${term.termType}`);
  if (term.language)
    return { type: 'literal', value: term.value, lang: term.language.toLowerCase() };
  const datatype = term.datatype.value;
  if (datatype === xsd('string').value || datatype === rdf('langString').value)
    return { type: 'literal', value: term.value };
  return { type: 'literal', value: term.value, datatype };
}

export function solutions(result: QueryResult): ReadonlyArray<ReadonlyMap<string, RDF.Term>> {
  if (result.type !== 'solutions') throw new Error(`expected solutions, got ${result.type}`);
  return result.rows;
}

/** The store's rows as the client scripts print JSON/XML results (unbound variables absent). */
export function clientRows(result: QueryResult): ClientRow[] {
  return solutions(result).map((row) =>
    Object.fromEntries([...row].map(([name, term]) => [name, clientTerm(term)])),
  );
}

/** The store's rows as CSV carries them: every variable, plain values, "" when unbound. */
export function csvRows(
  result: QueryResult,
  variables: readonly string[],
): Record<string, string>[] {
  return solutions(result).map((row) =>
    Object.fromEntries(variables.map((name) => [name, row.get(name)?.value ?? ''])),
  );
}

export function quads(result: QueryResult): Quad[] {
  if (result.type !== 'quads') throw new Error(`expected quads, got ${result.type}`);
  return result.quads as Quad[];
}

/** N-Quads printed by a client; quads in `defaultGraph` (rdflib's name for the unnamed one) move to the default graph. */
export function parseClientQuads(nquads: string, defaultGraph?: string): Quad[] {
  const parsed = new Parser({ format: 'application/n-quads' }).parse(nquads);
  if (defaultGraph === undefined) return parsed;
  return parsed.map((q) =>
    q.graph.value === defaultGraph
      ? DataFactory.quad(q.subject, q.predicate, q.object, DataFactory.defaultGraph())
      : q,
  );
}
