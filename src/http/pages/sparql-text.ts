// The one way a page builds SPARQL: a tagged template whose holes take only RDF terms (IRIs
// checked, literals escaped) or safe integers — never raw text a request supplied.
import type * as RDF from '@rdfjs/types';
import { sparqlTerm } from '../../store/sparql-terms.ts';
import { PREFIXES } from '../../vocab/namespaces.ts';

export type SparqlHole = RDF.NamedNode | RDF.Literal | number | readonly RDF.NamedNode[];

function hole(value: SparqlHole): string {
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new RangeError(`not a safe integer: ${value}`);
    return String(value);
  }
  if (Array.isArray(value))
    return (value as readonly RDF.NamedNode[]).map((v) => hole(v)).join(' ');
  // The store's term writer: IRIs checked, literals escaped, language tags checked.
  return sparqlTerm(value as RDF.NamedNode | RDF.Literal);
}

const PROLOGUE = Object.entries(PREFIXES)
  .map(([prefix, iri]) => `PREFIX ${prefix}: <${iri}>`)
  .join('\n');

/** A query with the common prefixes declared and every hole written as a term. */
export function sparql(strings: TemplateStringsArray, ...values: readonly SparqlHole[]): string {
  let text = strings[0] ?? '';
  values.forEach((value, i) => {
    text += hole(value) + (strings[i + 1] ?? '');
  });
  return `${PROLOGUE}\n${text}`;
}
