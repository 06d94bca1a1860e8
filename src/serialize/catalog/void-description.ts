// The VoID description of the public graph (`/.well-known/void`): its size, vocabularies, URI
// space, where to query and download it, and one class partition per record kind.
import type * as RDF from '@rdfjs/types';
import { DataFactory } from 'n3';
import { IriMinter } from '../../vocab/iri.ts';
import { dct, foaf, rdf, voidVocab, w3cFormats, xsd, PREFIXES } from '../../vocab/namespaces.ts';
import type { Format } from '../formats.ts';
import { writeGraph } from '../graph-writer.ts';
import type { CatalogueFacts } from './facts.ts';
import { publisherQuads, PUBLIC_DATA } from './publisher.ts';

const quad = DataFactory.quad.bind(DataFactory);
const literal = DataFactory.literal.bind(DataFactory);
const namedNode = DataFactory.namedNode.bind(DataFactory);

const integer = (n: number): RDF.Literal => literal(String(n), xsd('integer'));

export function describeVoid(facts: CatalogueFacts): RDF.Quad[] {
  const minter = new IriMinter(facts.base);
  const doc = minter.voidDescription();
  const ds = minter.voidDescription('dataset');
  const { agent, quads: publisher } = publisherQuads(facts, minter);
  const out: RDF.Quad[] = [
    quad(doc, rdf('type'), voidVocab('DatasetDescription')),
    quad(doc, foaf('primaryTopic'), ds),
    quad(ds, rdf('type'), voidVocab('Dataset')),
    ...Object.entries(PUBLIC_DATA.title).map(([l, t]) => quad(ds, dct('title'), literal(t, l))),
    ...Object.entries(PUBLIC_DATA.description).map(([l, t]) =>
      quad(ds, dct('description'), literal(t, l)),
    ),
    quad(ds, foaf('homepage'), namedNode(facts.base)),
    quad(ds, dct('publisher'), agent),
    quad(ds, voidVocab('sparqlEndpoint'), minter.sparqlEndpoint()),
    quad(ds, voidVocab('dataDump'), minter.publicDump()),
    quad(ds, voidVocab('feature'), w3cFormats('N-Quads')),
    quad(ds, voidVocab('uriSpace'), literal(`${facts.base}id/`)),
    quad(ds, voidVocab('triples'), integer(facts.triples)),
    quad(ds, voidVocab('entities'), integer(facts.entities)),
    quad(ds, voidVocab('classes'), integer(facts.classes)),
    quad(ds, voidVocab('properties'), integer(facts.properties)),
    quad(ds, voidVocab('distinctSubjects'), integer(facts.distinctSubjects)),
    quad(ds, voidVocab('distinctObjects'), integer(facts.distinctObjects)),
    ...facts.vocabularies.map((v) => quad(ds, voidVocab('vocabulary'), namedNode(v))),
    ...publisher,
  ];
  if (facts.modified) out.push(quad(ds, dct('modified'), literal(facts.modified, xsd('dateTime'))));
  const licences = new Set(facts.kinds.flatMap((k) => k.licences));
  for (const l of licences) out.push(quad(ds, dct('license'), namedNode(l)));
  for (const k of facts.kinds) {
    const part = minter.voidDescription(k.kind.key);
    out.push(
      quad(ds, voidVocab('classPartition'), part),
      quad(part, rdf('type'), voidVocab('Dataset')),
      quad(part, voidVocab('class'), k.kind.class),
      quad(part, voidVocab('entities'), integer(k.entities)),
      quad(part, dct('title'), literal(k.kind.title.ko, 'ko')),
      quad(part, dct('title'), literal(k.kind.title.en, 'en')),
    );
    if (k.example) out.push(quad(ds, voidVocab('exampleResource'), namedNode(k.example)));
  }
  return out;
}

export function serializeVoid(facts: CatalogueFacts, format: Format): Promise<string> {
  return writeGraph(describeVoid(facts), format, {
    ...PREFIXES,
    void: voidVocab.iri,
    formats: w3cFormats.iri,
  });
}
