// The service description: the expected graph, written in every format it is served in and read
// back by an independent parser (N3.js, jsonld, rapper for RDF/XML), compared by isomorphism.
import { execFileSync } from 'node:child_process';
import jsonld from 'jsonld';
import { Parser, type Quad } from 'n3';
import { describe, expect, it } from 'vitest';
import {
  describeService,
  serializeServiceDescription,
  SERVICE_DESCRIPTION_FORMATS,
} from '../../src/serialize/service-description.ts';
import { expectIsomorphic } from '../support/rdf.ts';

const input = {
  endpoint: 'http://localhost:3000/sparql',
  titles: { ko: '플라자 SPARQL 엔드포인트', en: 'Plaza SPARQL endpoint' },
  triples: 123456,
};

const EXPECTED = `
@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix void: <http://rdfs.org/ns/void#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix f: <http://www.w3.org/ns/formats/> .
[] a sd:Service ;
  sd:endpoint <http://localhost:3000/sparql> ;
  sd:supportedLanguage sd:SPARQL11Query ;
  sd:feature sd:UnionDefaultGraph ;
  sd:defaultEntailmentRegime <http://www.w3.org/ns/entailment/Simple> ;
  sd:resultFormat f:SPARQL_Results_JSON, f:SPARQL_Results_XML, f:SPARQL_Results_CSV,
    f:SPARQL_Results_TSV, f:Turtle, f:N-Triples, f:N-Quads, f:TriG, f:JSON-LD, f:RDF_XML ;
  dct:title "플라자 SPARQL 엔드포인트"@ko, "Plaza SPARQL endpoint"@en ;
  sd:defaultDataset [ a sd:Dataset ;
    sd:defaultGraph [ a sd:Graph ; void:triples 123456 ] ] .
`;

async function readBack(text: string, name: string): Promise<Quad[]> {
  if (name === 'jsonld') {
    const nquads = (await jsonld.toRDF(JSON.parse(text) as object, {
      format: 'application/n-quads',
    })) as unknown as string;
    return new Parser({ format: 'N-Quads' }).parse(nquads);
  }
  if (name === 'rdf') {
    const nt = execFileSync(
      'rapper',
      ['-q', '-i', 'rdfxml', '-o', 'ntriples', '-', input.endpoint],
      {
        input: text,
      },
    ).toString();
    return new Parser({ format: 'N-Triples' }).parse(nt);
  }
  const format = { ttl: 'Turtle', nt: 'N-Triples', nq: 'N-Quads', trig: 'TriG' }[name];
  return new Parser({ format }).parse(text);
}

describe('service description', () => {
  it('says what the endpoint is and offers', () => {
    expectIsomorphic(describeService(input) as Quad[], new Parser().parse(EXPECTED));
  });

  it('is served in Turtle first, then every other graph format', () => {
    expect(SERVICE_DESCRIPTION_FORMATS.map((f) => f.name)).toEqual([
      'ttl',
      'nt',
      'nq',
      'trig',
      'jsonld',
      'rdf',
    ]);
  });

  it.each(SERVICE_DESCRIPTION_FORMATS.map((f) => [f.name, f] as const))(
    'reads back from %s to the same graph',
    async (name, format) => {
      const text = await serializeServiceDescription(input, format);
      expectIsomorphic(await readBack(text, name), new Parser().parse(EXPECTED));
    },
  );

  it('writes Turtle with prefixes and compacted JSON-LD', async () => {
    const ttl = await serializeServiceDescription(input, SERVICE_DESCRIPTION_FORMATS[0]!);
    expect(ttl).toContain('@prefix sd: <http://www.w3.org/ns/sparql-service-description#>');
    const jsonldFormat = SERVICE_DESCRIPTION_FORMATS.find((f) => f.name === 'jsonld')!;
    const doc = JSON.parse(await serializeServiceDescription(input, jsonldFormat)) as object;
    expect(doc).toHaveProperty('@context');
  });
});
