// The result and RDF formats Plaza speaks: short names, media types, file extensions, and which
// query forms each applies to. One table for the CLI, the endpoint's conneg and the dumps.

import type { ResultFormat } from '../store/store.ts';

export type QueryForm = 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE';

export interface Format {
  /** Short name used by `--format` and `?format=` (and by the Store interface). */
  readonly name: ResultFormat;
  readonly mediaType: string;
  /** Other media types accepted in Accept headers for this format. */
  readonly aliases: readonly string[];
  readonly extension: string;
  /** Results (SELECT/ASK) or graphs (CONSTRUCT/DESCRIBE). */
  readonly family: 'results' | 'graph';
  /** The name oxigraph's `results_format` / `dump` accepts. */
  readonly oxigraph: string;
}

export const FORMATS: readonly Format[] = [
  {
    name: 'json',
    mediaType: 'application/sparql-results+json',
    aliases: ['application/json'],
    extension: 'srj',
    family: 'results',
    oxigraph: 'json',
  },
  {
    name: 'xml',
    mediaType: 'application/sparql-results+xml',
    aliases: ['application/xml'],
    extension: 'srx',
    family: 'results',
    oxigraph: 'xml',
  },
  {
    name: 'csv',
    mediaType: 'text/csv',
    aliases: [],
    extension: 'csv',
    family: 'results',
    oxigraph: 'csv',
  },
  {
    name: 'tsv',
    mediaType: 'text/tab-separated-values',
    aliases: [],
    extension: 'tsv',
    family: 'results',
    oxigraph: 'tsv',
  },
  {
    name: 'ttl',
    mediaType: 'text/turtle',
    // N3 readers read Turtle (a subset of N3); SPARQLWrapper asks for N3 with these
    aliases: ['application/x-turtle', 'application/turtle', 'text/n3', 'text/rdf+n3'],
    extension: 'ttl',
    family: 'graph',
    oxigraph: 'ttl',
  },
  {
    name: 'nt',
    mediaType: 'application/n-triples',
    aliases: ['text/plain'],
    extension: 'nt',
    family: 'graph',
    oxigraph: 'nt',
  },
  {
    name: 'nq',
    mediaType: 'application/n-quads',
    aliases: [],
    extension: 'nq',
    family: 'graph',
    oxigraph: 'nq',
  },
  {
    name: 'trig',
    mediaType: 'application/trig',
    aliases: [],
    extension: 'trig',
    family: 'graph',
    oxigraph: 'trig',
  },
  {
    name: 'jsonld',
    mediaType: 'application/ld+json',
    // JSON-LD is JSON: a graph asked for as plain JSON is answered as JSON-LD
    aliases: ['application/json', 'application/x-json+ld'],
    extension: 'jsonld',
    family: 'graph',
    oxigraph: 'application/ld+json',
  },
  {
    name: 'rdf',
    mediaType: 'application/rdf+xml',
    // RDF/XML is XML: a graph asked for as plain XML is answered as RDF/XML
    aliases: ['application/xml', 'text/xml'],
    extension: 'rdf',
    family: 'graph',
    oxigraph: 'rdf',
  },
];

export function familyOf(form: QueryForm): Format['family'] {
  return form === 'SELECT' || form === 'ASK' ? 'results' : 'graph';
}

/** The format called `name` (short name, extension or media type), if any. */
export function formatByName(name: string): Format | undefined {
  const n = name.trim().toLowerCase();
  return FORMATS.find(
    (f) => f.name === n || f.extension === n || f.mediaType === n || f.aliases.includes(n),
  );
}

export function formatsFor(form: QueryForm): readonly Format[] {
  return FORMATS.filter((f) => f.family === familyOf(form));
}
