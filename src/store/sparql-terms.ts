// RDF/JS terms written as SPARQL text (for the remote store, the search index's reads and the pages'
// query template), and the guard against SERVICE and LOAD.
import type * as RDF from '@rdfjs/types';
import sparqljs from 'sparqljs';
import { sparqlIri } from './sparql-replace.ts';
import { VIRTUOSO_BNODE } from './sparql-results.ts';
import { StoreError } from './store-error.ts';

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

/** A term as SPARQL text; blank nodes use Virtuoso's `<nodeID://…>` form, which reaches stored ones. */
export function sparqlTerm(term: RDF.Term): string {
  switch (term.termType) {
    case 'NamedNode':
      return sparqlIri(term.value);
    case 'BlankNode':
      return sparqlIri(`${VIRTUOSO_BNODE}${term.value}`);
    case 'Literal': {
      const text = `"${term.value.replace(/[\\"\n\r\t]/g, (c) => ESCAPES[c] ?? c)}"`;
      if (term.language) {
        // A tag is written bare after the quote: anything but a tag would be query text.
        if (!/^[A-Za-z]+(-[A-Za-z0-9]+)*$/.test(term.language))
          throw new StoreError(
            'INVALID_TERM',
            `not a language tag: ${JSON.stringify(term.language)}`,
          );
        return `${text}@${term.language}`;
      }
      return term.datatype.value === XSD_STRING
        ? text
        : `${text}^^${sparqlIri(term.datatype.value)}`;
    }
    default:
      throw new StoreError('INVALID_TERM', `a ${term.termType} cannot be sent to the remote store`);
  }
}

/** Refuses SERVICE and LOAD, which would make the remote store fetch arbitrary URLs. */
export function refuseRemoteFetches(sparql: string): void {
  if (!/\b(?:SERVICE|LOAD)\b/i.test(sparql)) return;
  let parsed: unknown;
  try {
    // skipValidation (missing from the typings): a query sparqljs finds invalid may still SERVICE
    const options = { skipValidation: true } as sparqljs.ParserOptions;
    parsed = new sparqljs.Parser(options).parse(sparql);
  } catch {
    return; // not parseable here: the remote store reports the syntax error with its position
  }
  if (mentions(parsed, new Set(['service', 'load']))) {
    throw new StoreError('QUERY_UNSUPPORTED', 'SERVICE and LOAD are not available on this store');
  }
}

function mentions(node: unknown, types: ReadonlySet<string>): boolean {
  if (Array.isArray(node)) return node.some((item) => mentions(item, types));
  if (typeof node !== 'object' || node === null) return false;
  const type = (node as { type?: unknown }).type;
  if (typeof type === 'string' && types.has(type)) return true;
  return Object.values(node).some((value) => mentions(value, types));
}
