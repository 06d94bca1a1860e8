// Content negotiation, table-driven: real Accept headers of browsers and SPARQL clients, q-values,
// specificity, parameters, `?format=` in every spelling clients use, and each failure.
import { describe, expect, it } from 'vitest';
import { negotiate, negotiateFormat } from '../../src/serialize/conneg.ts';
import { FORMATS, type QueryForm } from '../../src/serialize/formats.ts';
import { SERVICE_DESCRIPTION_FORMATS } from '../../src/serialize/service-description.ts';

const FIREFOX = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const CHROME =
  'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7';
const JAVA = 'text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2';
const SPARQLWRAPPER_JSON =
  'application/sparql-results+json,application/json,text/javascript,application/javascript';
const SPARQLWRAPPER_N3 =
  'application/turtle,text/turtle,text/rdf+n3,application/n-triples,application/n3,text/n3';
const YASGUI_SELECT = 'application/sparql-results+json,*/*;q=0.9';
const YASGUI_GRAPH = 'application/n-triples,*/*;q=0.9';
const COMUNICA =
  'application/sparql-results+json;q=1.0,application/sparql-results+xml;q=0.7,text/csv;q=0.5,text/tab-separated-values;q=0.5';
const JENA_SELECT =
  'application/sparql-results+json, application/sparql-results+xml;q=0.9, text/tab-separated-values;q=0.7, text/csv;q=0.5, application/json;q=0.2, application/xml;q=0.2, */*;q=0.1';
const JENA_GRAPH =
  'text/turtle,application/n-triples;q=0.9,application/ld+json;q=0.8,application/rdf+xml;q=0.7,*/*;q=0.3';
const RDFLIB_GRAPH = 'application/rdf+xml, text/turtle;q=0.9, */*;q=0.1';

type Expected = string | { readonly code: string; readonly html?: boolean };
interface Row {
  readonly name: string;
  readonly form: QueryForm;
  readonly accept?: string;
  readonly format?: string | readonly string[];
  /** A short format name, or the error code. */
  readonly expected: Expected;
  readonly prefersHtml?: boolean;
}

const rows: readonly Row[] = [
  // defaults
  { name: 'no Accept, SELECT', form: 'SELECT', expected: 'json' },
  { name: 'no Accept, ASK', form: 'ASK', expected: 'json' },
  { name: 'no Accept, CONSTRUCT', form: 'CONSTRUCT', expected: 'ttl' },
  { name: 'no Accept, DESCRIBE', form: 'DESCRIBE', expected: 'ttl' },
  { name: 'blank Accept is no Accept', form: 'SELECT', accept: '  ', expected: 'json' },
  { name: '*/* gives the default', form: 'SELECT', accept: '*/*', expected: 'json' },
  { name: '*/* for a graph', form: 'CONSTRUCT', accept: '*/*', expected: 'ttl' },
  { name: 'unreadable header is disregarded', form: 'SELECT', accept: 'garbage', expected: 'json' },
  // exact types
  { name: 'SPARQL XML', form: 'SELECT', accept: 'application/sparql-results+xml', expected: 'xml' },
  { name: 'CSV', form: 'SELECT', accept: 'text/csv', expected: 'csv' },
  { name: 'TSV', form: 'ASK', accept: 'text/tab-separated-values', expected: 'tsv' },
  { name: 'media types are case-insensitive', form: 'SELECT', accept: 'Text/CSV', expected: 'csv' },
  { name: 'N-Triples', form: 'CONSTRUCT', accept: 'application/n-triples', expected: 'nt' },
  { name: 'N-Quads', form: 'DESCRIBE', accept: 'application/n-quads', expected: 'nq' },
  { name: 'TriG', form: 'CONSTRUCT', accept: 'application/trig', expected: 'trig' },
  { name: 'JSON-LD', form: 'CONSTRUCT', accept: 'application/ld+json', expected: 'jsonld' },
  { name: 'RDF/XML', form: 'DESCRIBE', accept: 'application/rdf+xml', expected: 'rdf' },
  // aliases
  {
    name: 'application/json for SELECT',
    form: 'SELECT',
    accept: 'application/json',
    expected: 'json',
  },
  {
    name: 'application/json for a graph is JSON-LD',
    form: 'CONSTRUCT',
    accept: 'application/json',
    expected: 'jsonld',
  },
  { name: 'application/xml for ASK', form: 'ASK', accept: 'application/xml', expected: 'xml' },
  {
    name: 'application/xml for a graph is RDF/XML',
    form: 'CONSTRUCT',
    accept: 'application/xml',
    expected: 'rdf',
  },
  { name: 'text/plain is N-Triples', form: 'CONSTRUCT', accept: 'text/plain', expected: 'nt' },
  {
    name: 'application/x-turtle',
    form: 'CONSTRUCT',
    accept: 'application/x-turtle',
    expected: 'ttl',
  },
  // q-values and specificity
  {
    name: 'higher q wins',
    form: 'SELECT',
    accept: 'text/csv;q=0.5, application/sparql-results+xml;q=0.8',
    expected: 'xml',
  },
  {
    name: 'equal q: the client order',
    form: 'SELECT',
    accept: 'text/csv, text/tab-separated-values',
    expected: 'csv',
  },
  {
    name: 'equal q: specific beats */*',
    form: 'SELECT',
    accept: '*/*, text/tab-separated-values',
    expected: 'tsv',
  },
  { name: 'text/* for SELECT: CSV before TSV', form: 'SELECT', accept: 'text/*', expected: 'csv' },
  { name: 'text/* for a graph: Turtle', form: 'CONSTRUCT', accept: 'text/*', expected: 'ttl' },
  {
    name: 'application/* for a graph: Turtle (as application/x-turtle)',
    form: 'CONSTRUCT',
    accept: 'application/*',
    expected: 'ttl',
  },
  {
    name: 'application/* for SELECT: SPARQL JSON',
    form: 'SELECT',
    accept: 'application/*',
    expected: 'json',
  },
  {
    name: 'q=0 excludes the default',
    form: 'SELECT',
    accept: 'application/sparql-results+json;q=0, */*',
    expected: 'xml',
  },
  {
    name: 'specific q=0 beats type wildcard',
    form: 'SELECT',
    accept: 'text/*, text/csv;q=0',
    expected: 'tsv',
  },
  {
    name: 'most specific range decides the q',
    form: 'CONSTRUCT',
    accept: 'text/*;q=0.1, text/turtle;q=0.9, */*;q=0.5',
    expected: 'ttl',
  },
  {
    name: 'wildcard q above the specific',
    form: 'SELECT',
    accept: 'text/csv;q=0.1, */*;q=0.9',
    expected: 'json',
  },
  {
    name: 'Q is case-insensitive',
    form: 'SELECT',
    accept: 'text/csv;Q=0.3, text/tab-separated-values;Q=0.4',
    expected: 'tsv',
  },
  {
    name: 'malformed q drops that range',
    form: 'SELECT',
    accept: 'text/csv;q=high, text/tab-separated-values;q=0.1',
    expected: 'tsv',
  },
  // parameters
  {
    name: 'charset=utf-8 matches',
    form: 'SELECT',
    accept: 'text/csv; charset=utf-8',
    expected: 'csv',
  },
  {
    name: 'quoted charset matches',
    form: 'SELECT',
    accept: 'text/csv;charset="UTF-8"',
    expected: 'csv',
  },
  {
    name: 'another charset does not match',
    form: 'SELECT',
    accept: 'text/csv;charset=iso-8859-1, application/sparql-results+xml;q=0.1',
    expected: 'xml',
  },
  {
    name: 'a JSON-LD profile still matches',
    form: 'CONSTRUCT',
    accept: 'application/ld+json;profile="http://www.w3.org/ns/json-ld#compacted"',
    expected: 'jsonld',
  },
  {
    name: 'a quoted comma stays in its parameter',
    form: 'CONSTRUCT',
    accept: 'application/ld+json;profile="a,b", text/turtle;q=0.5',
    expected: 'jsonld',
  },
  // real clients
  {
    name: 'Firefox, SELECT: the default',
    form: 'SELECT',
    accept: FIREFOX,
    expected: 'json',
    prefersHtml: true,
  },
  {
    name: 'Firefox, CONSTRUCT: the default',
    form: 'CONSTRUCT',
    accept: FIREFOX,
    expected: 'ttl',
    prefersHtml: true,
  },
  {
    name: 'Chrome, ASK: the default',
    form: 'ASK',
    accept: CHROME,
    expected: 'json',
    prefersHtml: true,
  },
  {
    name: 'Java default header: the default',
    form: 'SELECT',
    accept: JAVA,
    expected: 'json',
    prefersHtml: true,
  },
  {
    name: 'HTML only: the default',
    form: 'DESCRIBE',
    accept: 'text/html',
    expected: 'ttl',
    prefersHtml: true,
  },
  {
    name: 'HTML first, then CSV named',
    form: 'SELECT',
    accept: 'text/html, text/csv;q=0.9',
    expected: 'csv',
    prefersHtml: true,
  },
  {
    name: 'HTML second is not a browser',
    form: 'SELECT',
    accept: 'application/sparql-results+xml, text/html;q=0.5',
    expected: 'xml',
    prefersHtml: false,
  },
  { name: 'SPARQLWrapper JSON', form: 'SELECT', accept: SPARQLWRAPPER_JSON, expected: 'json' },
  {
    name: 'SPARQLWrapper N3 for CONSTRUCT',
    form: 'CONSTRUCT',
    accept: SPARQLWRAPPER_N3,
    expected: 'ttl',
  },
  { name: 'YASGUI SELECT', form: 'SELECT', accept: YASGUI_SELECT, expected: 'json' },
  { name: 'YASGUI CONSTRUCT', form: 'CONSTRUCT', accept: YASGUI_GRAPH, expected: 'nt' },
  { name: 'Comunica SELECT', form: 'SELECT', accept: COMUNICA, expected: 'json' },
  { name: 'Jena SELECT', form: 'SELECT', accept: JENA_SELECT, expected: 'json' },
  { name: 'Jena CONSTRUCT', form: 'CONSTRUCT', accept: JENA_GRAPH, expected: 'ttl' },
  { name: 'rdflib CONSTRUCT', form: 'CONSTRUCT', accept: RDFLIB_GRAPH, expected: 'rdf' },
  // ?format=
  {
    name: 'format=csv overrides Accept',
    form: 'SELECT',
    accept: 'application/sparql-results+json',
    format: 'csv',
    expected: 'csv',
  },
  { name: 'format=xml for SELECT', form: 'SELECT', format: 'xml', expected: 'xml' },
  {
    name: 'format=xml for CONSTRUCT is RDF/XML',
    form: 'CONSTRUCT',
    format: 'xml',
    expected: 'rdf',
  },
  {
    name: 'format=json for DESCRIBE is JSON-LD',
    form: 'DESCRIBE',
    format: 'json',
    expected: 'jsonld',
  },
  { name: 'format=turtle', form: 'CONSTRUCT', format: 'turtle', expected: 'ttl' },
  { name: 'format=n3 is Turtle', form: 'CONSTRUCT', format: 'n3', expected: 'ttl' },
  { name: 'format=json-ld', form: 'CONSTRUCT', format: 'json-ld', expected: 'jsonld' },
  { name: 'format=rdf+xml', form: 'DESCRIBE', format: 'rdf+xml', expected: 'rdf' },
  { name: 'format is case-insensitive', form: 'SELECT', format: 'TSV', expected: 'tsv' },
  {
    name: 'format as a media type',
    form: 'SELECT',
    format: 'application/sparql-results+json',
    expected: 'json',
  },
  {
    name: 'format as a media type with charset',
    form: 'CONSTRUCT',
    format: 'text/turtle; charset=utf-8',
    expected: 'ttl',
  },
  { name: 'format as an extension', form: 'SELECT', format: 'srx', expected: 'xml' },
  {
    name: 'SPARQLWrapper tsv: name and media type',
    form: 'SELECT',
    format: ['tsv', 'text/tab-separated-values', 'tsv', 'text/tab-separated-values'],
    expected: 'tsv',
  },
  {
    name: 'SPARQLWrapper JSON-LD: a comma list',
    form: 'CONSTRUCT',
    format: ['json-ld', 'application/ld+json,application/x-json+ld'],
    expected: 'jsonld',
  },
  { name: 'empty format= is absent', form: 'ASK', accept: 'text/csv', format: '', expected: 'csv' },
  {
    name: 'format= wins over a browser',
    form: 'SELECT',
    accept: FIREFOX,
    format: 'csv',
    expected: 'csv',
    prefersHtml: true,
  },
  // failures
  {
    name: 'nothing acceptable for SELECT',
    form: 'SELECT',
    accept: 'image/png',
    expected: { code: 'NOT_ACCEPTABLE' },
  },
  {
    name: 'Turtle for a SELECT',
    form: 'SELECT',
    accept: 'text/turtle',
    expected: { code: 'NOT_ACCEPTABLE' },
  },
  {
    name: 'SPARQL JSON for a CONSTRUCT',
    form: 'CONSTRUCT',
    accept: 'application/sparql-results+json',
    expected: { code: 'NOT_ACCEPTABLE' },
  },
  {
    name: '*/*;q=0 refuses all',
    form: 'SELECT',
    accept: '*/*;q=0',
    expected: { code: 'NOT_ACCEPTABLE' },
  },
  {
    name: 'only a non-UTF-8 charset',
    form: 'SELECT',
    accept: 'text/csv;charset=iso-8859-1',
    expected: { code: 'NOT_ACCEPTABLE' },
  },
  {
    name: 'format=ttl for a SELECT',
    form: 'SELECT',
    format: 'ttl',
    expected: { code: 'NOT_ACCEPTABLE' },
  },
  {
    name: 'format=csv for a CONSTRUCT',
    form: 'CONSTRUCT',
    format: 'csv',
    expected: { code: 'NOT_ACCEPTABLE' },
  },
  { name: 'unknown format=', form: 'SELECT', format: 'html', expected: { code: 'UNKNOWN_FORMAT' } },
  {
    name: 'unknown media type in format=',
    form: 'CONSTRUCT',
    format: 'image/png',
    expected: { code: 'UNKNOWN_FORMAT' },
  },
  {
    name: 'unknown among known format= values',
    form: 'SELECT',
    format: ['json', 'yaml'],
    expected: { code: 'UNKNOWN_FORMAT' },
  },
  {
    name: 'conflicting format= values',
    form: 'SELECT',
    format: ['json', 'csv'],
    expected: { code: 'FORMAT_CONFLICT' },
  },
];

describe('negotiateFormat', () => {
  it.each(rows.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const result = negotiateFormat({ accept: row.accept, format: row.format, form: row.form });
    if (typeof row.expected === 'string') {
      if (!result.ok) throw result.error;
      expect(result.format.name).toBe(row.expected);
      if (row.prefersHtml !== undefined) expect(result.prefersHtml).toBe(row.prefersHtml);
    } else {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe(row.expected.code);
      expect(result.error.acceptable.length).toBeGreaterThan(0);
    }
  });

  it('has at least 40 rows', () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
  });

  it('names the unknown format= value and the ones it could have been', () => {
    const result = negotiateFormat({ format: 'yaml', form: 'SELECT' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toContain('"yaml"');
    expect(result.error.message).toContain('json, xml, csv, tsv');
  });

  it('lists the acceptable media types of the form in a 406', () => {
    const result = negotiateFormat({ accept: 'image/png', form: 'CONSTRUCT' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.acceptable).toEqual(
      FORMATS.filter((f) => f.family === 'graph').map((f) => f.mediaType),
    );
    expect(result.error.message).toContain('a CONSTRUCT query');
  });
});

describe('negotiate over the service description formats', () => {
  const sd = (accept?: string, format?: string): string => {
    const result = negotiate({
      accept,
      format,
      candidates: SERVICE_DESCRIPTION_FORMATS,
      subject: 'the service description',
    });
    return result.ok ? result.format.name : result.error.code;
  };
  it.each([
    [undefined, undefined, 'ttl'],
    ['*/*', undefined, 'ttl'],
    [FIREFOX, undefined, 'ttl'],
    ['application/ld+json', undefined, 'jsonld'],
    ['application/rdf+xml', undefined, 'rdf'],
    ['application/n-triples', undefined, 'nt'],
    [RDFLIB_GRAPH, undefined, 'rdf'],
    ['application/sparql-results+json', undefined, 'NOT_ACCEPTABLE'],
    [undefined, 'json', 'jsonld'],
    [undefined, 'xml', 'rdf'],
    [undefined, 'csv', 'NOT_ACCEPTABLE'],
  ])('Accept %s, format=%s → %s', (accept, format, expected) => {
    expect(sd(accept, format)).toBe(expected);
  });
});
