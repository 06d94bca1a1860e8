// The SPARQL 1.1 Service Description of the endpoint (what `GET /sparql` without a query answers):
// its language, result formats, union default graph and the size of the public dataset.
import type * as RDF from '@rdfjs/types';
import { DataFactory } from 'n3';
import type { ResultFormat } from '../store/store.ts';
import { dct, entailment, rdf, sd, voidVocab, w3cFormats, xsd } from '../vocab/namespaces.ts';
import { FORMATS, type Format } from './formats.ts';
import { writeGraph } from './graph-writer.ts';

const df = DataFactory;

/** The formats the description itself is served in; Turtle, the first, is the default. */
export const SERVICE_DESCRIPTION_FORMATS: readonly Format[] = [
  ...FORMATS.filter((f) => f.name === 'ttl'),
  ...FORMATS.filter((f) => f.family === 'graph' && f.name !== 'ttl'),
];

/** Each format's IRI in the W3C format registry (http://www.w3.org/ns/formats/). */
const W3C_FORMAT: Readonly<Record<ResultFormat, string>> = {
  json: 'SPARQL_Results_JSON',
  xml: 'SPARQL_Results_XML',
  csv: 'SPARQL_Results_CSV',
  tsv: 'SPARQL_Results_TSV',
  ttl: 'Turtle',
  nt: 'N-Triples',
  nq: 'N-Quads',
  trig: 'TriG',
  jsonld: 'JSON-LD',
  rdf: 'RDF_XML',
};

export interface ServiceDescriptionInput {
  /** The endpoint's absolute IRI (the deployment base + `sparql`). */
  readonly endpoint: string;
  /** Title by language tag, e.g. `{ ko: '…', en: '…' }`. */
  readonly titles: Readonly<Record<string, string>>;
  /** Triples in the dataset the endpoint answers from (the public graph). */
  readonly triples: number;
}

export function describeService(input: ServiceDescriptionInput): RDF.Quad[] {
  const service = df.blankNode('service');
  const dataset = df.blankNode('dataset');
  const graph = df.blankNode('defaultGraph');
  const quads: RDF.Quad[] = [
    df.quad(service, rdf('type'), sd('Service')),
    df.quad(service, sd('endpoint'), df.namedNode(input.endpoint)),
    df.quad(service, sd('supportedLanguage'), sd('SPARQL11Query')),
    df.quad(service, sd('feature'), sd('UnionDefaultGraph')),
    df.quad(service, sd('defaultEntailmentRegime'), entailment('Simple')),
    ...FORMATS.map((f) => df.quad(service, sd('resultFormat'), w3cFormats(W3C_FORMAT[f.name]))),
    ...Object.entries(input.titles).map(([lang, title]) =>
      df.quad(service, dct('title'), df.literal(title, lang)),
    ),
    df.quad(service, sd('defaultDataset'), dataset),
    df.quad(dataset, rdf('type'), sd('Dataset')),
    df.quad(dataset, sd('defaultGraph'), graph),
    df.quad(graph, rdf('type'), sd('Graph')),
    df.quad(graph, voidVocab('triples'), df.literal(String(input.triples), xsd('integer'))),
  ];
  return quads;
}

const PREFIXES: Readonly<Record<string, string>> = {
  sd: sd.iri,
  void: voidVocab.iri,
  dct: dct.iri,
  formats: w3cFormats.iri,
  xsd: xsd.iri,
};

/** The description in `format` (one of SERVICE_DESCRIPTION_FORMATS, as negotiate chose it). */
export function serializeServiceDescription(
  input: ServiceDescriptionInput,
  format: Format,
): Promise<string> {
  return writeGraph(describeService(input), format, PREFIXES);
}
