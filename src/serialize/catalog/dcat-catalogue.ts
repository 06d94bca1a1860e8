// The DCAT-AP 3 catalogue (`/catalog`): one dataset per record kind, each distributed through the
// SPARQL endpoint (a data service) and the N-Quads dump, published by the city.
import type * as RDF from '@rdfjs/types';
import { DataFactory } from 'n3';
import { IriMinter } from '../../vocab/iri.ts';
import {
  dcat,
  dct,
  euAccessRight,
  euDataTheme,
  euFileType,
  euLanguage,
  foaf,
  ianaMediaType,
  rdf,
  rdfs,
  skos,
  vcard,
  voidVocab,
  xsd,
  PLAZA_NS,
  PREFIXES,
} from '../../vocab/namespaces.ts';
import type { Format } from '../formats.ts';
import { writeGraph } from '../graph-writer.ts';
import type { CatalogueFacts, KindFacts } from './facts.ts';
import { contactQuads, publisherQuads, PUBLIC_DATA } from './publisher.ts';

const quad = DataFactory.quad.bind(DataFactory);
const literal = DataFactory.literal.bind(DataFactory);
const namedNode = DataFactory.namedNode.bind(DataFactory);

const CATALOGUE_LICENCE = namedNode('https://creativecommons.org/licenses/by/4.0/');
const ONTOLOGY = namedNode(PLAZA_NS.replace(/#$/, ''));
const SPARQL_PROTOCOL = namedNode('https://www.w3.org/TR/sparql11-protocol/');
const LANGUAGES = [euLanguage('KOR'), euLanguage('ENG')];
const THEME = euDataTheme('GOVE');
const THEMES = namedNode(euDataTheme.iri.replace(/\/$/, ''));

type Texts = Readonly<Record<string, string>>;

function texts(s: RDF.NamedNode, p: RDF.NamedNode, values: Texts): RDF.Quad[] {
  return Object.entries(values).map(([lang, v]) => quad(s, p, literal(v, lang)));
}

function kindQuads(
  k: KindFacts,
  minter: IriMinter,
  agent: RDF.NamedNode,
  contact: RDF.NamedNode,
): RDF.Quad[] {
  const ds = minter.catalogue(k.kind.key);
  const dump = minter.catalogue(`${k.kind.key}-dump`);
  const sparql = minter.catalogue(`${k.kind.key}-sparql`);
  const out: RDF.Quad[] = [
    quad(ds, rdf('type'), dcat('Dataset')),
    ...texts(ds, dct('title'), k.kind.title),
    ...texts(ds, dct('description'), k.kind.description),
    quad(ds, dct('identifier'), literal(k.kind.key)),
    quad(ds, dct('publisher'), agent),
    quad(ds, dcat('contactPoint'), contact),
    quad(ds, dcat('theme'), THEME),
    ...LANGUAGES.map((l) => quad(ds, dct('language'), l)),
    quad(ds, dct('accessRights'), euAccessRight('PUBLIC')),
    quad(ds, dct('conformsTo'), ONTOLOGY),
    // How many records the dataset holds, and the class that marks them (VoID's terms for it).
    quad(ds, voidVocab('class'), k.kind.class),
    quad(ds, voidVocab('entities'), literal(String(k.entities), xsd('integer'))),
    quad(ds, dcat('distribution'), dump),
    quad(ds, dcat('distribution'), sparql),
    quad(dump, rdf('type'), dcat('Distribution')),
    ...texts(dump, dct('title'), {
      ko: '전체 공개 그래프 덤프 (N-Quads, gzip)',
      en: 'Dump of the whole public graph (N-Quads, gzip)',
    }),
    ...texts(dump, dct('description'), {
      ko: '모든 기록 유형을 담은 공개 그래프 전체. 이 데이터셋의 기록은 해당 클래스의 인스턴스이다. 공표 때마다 다시 만든다.',
      en: 'The whole public graph, every record kind; this dataset’s records are the instances of its class. Rebuilt after every publication.',
    }),
    quad(dump, dcat('accessURL'), minter.publicDump()),
    quad(dump, dcat('downloadURL'), minter.publicDump()),
    quad(dump, dcat('mediaType'), ianaMediaType('application/n-quads')),
    quad(dump, dcat('compressFormat'), ianaMediaType('application/gzip')),
    quad(dump, dct('format'), euFileType('RDF_N_QUADS')),
    quad(sparql, rdf('type'), dcat('Distribution')),
    ...texts(sparql, dct('title'), { ko: 'SPARQL 엔드포인트', en: 'SPARQL endpoint' }),
    quad(sparql, dcat('accessURL'), minter.sparqlEndpoint()),
    quad(sparql, dcat('accessService'), minter.catalogue('sparql')),
  ];
  // One licence for every member is stated as the distributions' licence; mixed licences are not
  // summed up into one (that would grant what a record does not), each record states its own.
  const [only, ...more] = k.licences;
  for (const dist of [dump, sparql]) {
    if (only !== undefined && more.length === 0)
      out.push(quad(dist, dct('license'), namedNode(only)));
    else out.push(quad(dist, dct('rights'), minter.catalogue('licence-per-record')));
  }
  if (k.from || k.to) {
    const period = minter.catalogue(`${k.kind.key}-period`);
    out.push(quad(ds, dct('temporal'), period), quad(period, rdf('type'), dct('PeriodOfTime')));
    if (k.from) out.push(quad(period, dcat('startDate'), literal(k.from, xsd('date'))));
    if (k.to) out.push(quad(period, dcat('endDate'), literal(k.to, xsd('date'))));
  }
  if (k.modified) out.push(quad(ds, dct('modified'), literal(k.modified, xsd('dateTime'))));
  return out;
}

export function describeCatalogue(facts: CatalogueFacts): RDF.Quad[] {
  const minter = new IriMinter(facts.base);
  const cat = minter.catalogue();
  const service = minter.catalogue('sparql');
  const rights = minter.catalogue('licence-per-record');
  const { agent, quads: publisher } = publisherQuads(facts, minter);
  const { contact, quads: contactPoint } = contactQuads(facts, minter);
  const datasets = facts.kinds.map((k) => minter.catalogue(k.kind.key));
  const out: RDF.Quad[] = [
    quad(cat, rdf('type'), dcat('Catalog')),
    ...texts(cat, dct('title'), PUBLIC_DATA.title),
    ...texts(cat, dct('description'), PUBLIC_DATA.description),
    quad(cat, dct('publisher'), agent),
    quad(cat, foaf('homepage'), namedNode(facts.base)),
    ...LANGUAGES.map((l) => quad(cat, dct('language'), l)),
    quad(cat, dct('license'), CATALOGUE_LICENCE),
    quad(cat, dcat('themeTaxonomy'), THEMES),
    quad(cat, dcat('service'), service),
    ...datasets.map((d) => quad(cat, dcat('dataset'), d)),
    quad(THEMES, rdf('type'), skos('ConceptScheme')),
    quad(THEMES, dct('title'), literal('Data theme', 'en')),
    quad(THEME, rdf('type'), skos('Concept')),
    quad(THEME, skos('prefLabel'), literal('Government and public sector', 'en')),
    quad(THEME, skos('prefLabel'), literal('정부 및 공공 부문', 'ko')),
    quad(THEME, skos('inScheme'), THEMES),
    quad(service, rdf('type'), dcat('DataService')),
    ...texts(service, dct('title'), {
      ko: '정보소통광장 SPARQL 엔드포인트',
      en: 'Plaza SPARQL endpoint',
    }),
    ...texts(service, dct('description'), {
      ko: '공개 그래프 전체에 대한 SPARQL 1.1 질의(읽기 전용). 질의 없이 요청하면 서비스 설명을 준다.',
      en: 'SPARQL 1.1 queries over the whole public graph (read only); without a query it answers its service description.',
    }),
    quad(service, dcat('endpointURL'), minter.sparqlEndpoint()),
    quad(service, dcat('endpointDescription'), minter.sparqlEndpoint()),
    quad(service, dct('conformsTo'), SPARQL_PROTOCOL),
    quad(service, dct('publisher'), agent),
    quad(service, dct('accessRights'), euAccessRight('PUBLIC')),
    ...datasets.map((d) => quad(service, dcat('servesDataset'), d)),
    quad(rights, rdf('type'), dct('RightsStatement')),
    ...texts(rights, rdfs('label'), {
      ko: '이용허락 조건은 기록마다 다르며 각 기록의 dct:license가 밝힌다.',
      en: 'Licences differ from record to record; each record states its own (dct:license).',
    }),
    ...publisher,
    ...contactPoint,
  ];
  if (facts.modified)
    out.push(quad(cat, dct('modified'), literal(facts.modified, xsd('dateTime'))));
  for (const k of facts.kinds) out.push(...kindQuads(k, minter, agent, contact));
  return out;
}

export function serializeCatalogue(facts: CatalogueFacts, format: Format): Promise<string> {
  return writeGraph(describeCatalogue(facts), format, {
    ...PREFIXES,
    void: voidVocab.iri,
    vcard: vcard.iri,
    theme: euDataTheme.iri,
  });
}
