// Reads SPARQL JSON results from a remote store into RDF/JS terms, smoothing over Virtuoso's dialect.
import type * as RDF from '@rdfjs/types';
import { DataFactory } from 'n3';
import type { BooleanResult, SolutionsFormat, SolutionsResult } from './store.ts';
import { StoreError } from './store-error.ts';

const F = DataFactory;
const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const XSD_BOOLEAN = 'http://www.w3.org/2001/XMLSchema#boolean';
/** Virtuoso names its blank nodes `nodeID://b10000` in results (and accepts them back as IRIs). */
export const VIRTUOSO_BNODE = 'nodeID://';
/** Virtuoso 7.2 answers ASK with a one-variable result set instead of `boolean`. */
const VIRTUOSO_ASK = '__ASK_RETVAL';

interface JsonTerm {
  readonly type: string;
  readonly value: string;
  readonly datatype?: string;
  readonly 'xml:lang'?: string;
}
interface JsonResults {
  readonly head?: { readonly vars?: readonly string[] };
  readonly boolean?: boolean;
  readonly results?: { readonly bindings: ReadonlyArray<Readonly<Record<string, JsonTerm>>> };
}

export function jsonTerm(term: JsonTerm): RDF.Term {
  switch (term.type) {
    case 'uri':
      return F.namedNode(term.value);
    case 'bnode':
      return F.blankNode(
        term.value.startsWith(VIRTUOSO_BNODE)
          ? term.value.slice(VIRTUOSO_BNODE.length)
          : term.value,
      );
    case 'literal':
    case 'typed-literal': {
      // "typed-literal" is the SPARQL 2005 draft's name, still what Virtuoso writes
      const lang = term['xml:lang'];
      if (lang) return F.literal(term.value, lang);
      const datatype = term.datatype;
      // Virtuoso's JSON writes booleans as 1/0 (its CONSTRUCT output says true/false)
      if (datatype === XSD_BOOLEAN && (term.value === '1' || term.value === '0')) {
        return F.literal(term.value === '1' ? 'true' : 'false', F.namedNode(datatype));
      }
      return datatype && datatype !== XSD_STRING
        ? F.literal(term.value, F.namedNode(datatype))
        : F.literal(term.value);
    }
    default:
      throw new StoreError('STORE_ERROR', `the remote store sent a term of type "${term.type}"`);
  }
}

/** Parses a SELECT or ASK answer in SPARQL JSON. */
export function parseJsonResults(text: string): SolutionsResult | BooleanResult {
  let json: JsonResults;
  try {
    json = JSON.parse(text) as JsonResults;
  } catch (error) {
    throw new StoreError('STORE_ERROR', 'the remote store sent unreadable JSON results', {
      cause: error,
    });
  }
  if (typeof json.boolean === 'boolean') return { type: 'boolean', value: json.boolean };
  const bindings = json.results?.bindings ?? [];
  const vars = json.head?.vars ?? [];
  if (vars.length === 1 && vars[0] === VIRTUOSO_ASK) {
    return { type: 'boolean', value: bindings.some((b) => b[VIRTUOSO_ASK]?.value === '1') };
  }
  return {
    type: 'solutions',
    rows: bindings.map(
      (binding) =>
        new Map(Object.entries(binding).map(([name, term]) => [name, jsonTerm(term)] as const)),
    ),
  };
}

/** A boolean in the standard serializations (the remote's own ASK output may not be standard). */
export function serializeBoolean(value: boolean, format: SolutionsFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify({ head: {}, boolean: value });
    case 'xml':
      return (
        '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">' +
        `<head></head><boolean>${value}</boolean></sparql>\n`
      );
    case 'csv':
    case 'tsv':
      return `${value}\n`;
  }
}

const TSV_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

function tsvTerm(term: RDF.Term): string {
  switch (term.termType) {
    case 'NamedNode':
      return `<${term.value}>`;
    case 'BlankNode':
      return `_:${term.value}`;
    case 'Literal': {
      const text = `"${term.value.replace(/[\\"\n\r\t]/g, (c) => TSV_ESCAPES[c] ?? c)}"`;
      if (term.language) return `${text}@${term.language}`;
      return term.datatype.value === XSD_STRING ? text : `${text}^^<${term.datatype.value}>`;
    }
    default:
      return '';
  }
}

/**
 * SPARQL TSV written from JSON results. Why not pass the remote's through: Virtuoso 7.2's TSV
 * quotes IRIs as strings and leaves line breaks in literals raw (measured), which no client reads.
 */
export function jsonToTsv(text: string): string {
  const json = JSON.parse(text) as JsonResults;
  const vars = json.head?.vars ?? [];
  const result = parseJsonResults(text);
  const rows = result.type === 'solutions' ? result.rows : [];
  const lines = [vars.map((v) => `?${v}`).join('\t')];
  for (const row of rows) {
    lines.push(vars.map((v) => (row.has(v) ? tsvTerm(row.get(v) as RDF.Term) : '')).join('\t'));
  }
  return `${lines.join('\n')}\n`;
}
