// The one way a page builds SPARQL: a tagged template whose holes take only RDF terms (IRIs
// checked, literals escaped) or safe integers — never raw text a request supplied.
import type * as RDF from '@rdfjs/types';
import { PREFIXES } from '../../vocab/namespaces.ts';

export type SparqlHole = RDF.NamedNode | RDF.Literal | number | readonly RDF.NamedNode[];

// Characters an IRIREF may not hold (SPARQL 1.1 grammar [139]), and controls/space.
// eslint-disable-next-line no-control-regex -- the control characters are what it refuses
const UNSAFE_IRI = /[\u0000-\u0020<>"{}|^`\\]/u;
const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

export class UnsafeTermError extends Error {
  override readonly name = 'UnsafeTermError';
}

export function iriTerm(iri: string): string {
  if (UNSAFE_IRI.test(iri)) throw new UnsafeTermError(`not a usable IRI: ${JSON.stringify(iri)}`);
  return `<${iri}>`;
}

function literalTerm(term: RDF.Literal): string {
  const text = `"${term.value.replace(/[\\"\n\r\t]/g, (c) => ESCAPES[c] ?? c)}"`;
  if (term.language) {
    if (!/^[A-Za-z]+(-[A-Za-z0-9]+)*$/.test(term.language))
      throw new UnsafeTermError(`not a language tag: ${JSON.stringify(term.language)}`);
    return `${text}@${term.language}`;
  }
  return term.datatype.value === XSD_STRING ? text : `${text}^^${iriTerm(term.datatype.value)}`;
}

function hole(value: SparqlHole): string {
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new UnsafeTermError(`not a safe integer: ${value}`);
    return String(value);
  }
  if (Array.isArray(value))
    return (value as readonly RDF.NamedNode[]).map((v) => hole(v)).join(' ');
  const term = value as RDF.NamedNode | RDF.Literal;
  return term.termType === 'NamedNode' ? iriTerm(term.value) : literalTerm(term);
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
