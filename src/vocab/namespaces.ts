// Every namespace Plaza uses, and the coined `plaza:` terms other agencies integrate against.
import { DataFactory, type NamedNode } from 'n3';

const namedNode = DataFactory.namedNode.bind(DataFactory);

/** A namespace: `ns('Foo')` is the IRI `<base>Foo`. */
export type Namespace = ((local: string) => NamedNode) & { readonly iri: string };

export function namespace(iri: string): Namespace {
  const cache = new Map<string, NamedNode>();
  const ns = (local: string): NamedNode => {
    let node = cache.get(local);
    if (!node) {
      node = namedNode(iri + local);
      cache.set(local, node);
    }
    return node;
  };
  return Object.assign(ns, { iri });
}

/** The Plaza ontology namespace is fixed, independent of the deployment base (DESIGN §6). */
export const PLAZA_NS = 'https://w3id.org/plaza/def#';

export const plaza = namespace(PLAZA_NS);
export const rdf = namespace('http://www.w3.org/1999/02/22-rdf-syntax-ns#');
export const rdfs = namespace('http://www.w3.org/2000/01/rdf-schema#');
export const xsd = namespace('http://www.w3.org/2001/XMLSchema#');
export const owl = namespace('http://www.w3.org/2002/07/owl#');
export const dct = namespace('http://purl.org/dc/terms/');
export const skos = namespace('http://www.w3.org/2004/02/skos/core#');
export const xkos = namespace('http://rdf-vocabulary.ddialliance.org/xkos#');
export const prov = namespace('http://www.w3.org/ns/prov#');
export const org = namespace('http://www.w3.org/ns/org#');
export const cpov = namespace('http://data.europa.eu/m8g/');
export const rico = namespace('https://www.ica.org/standards/RiC/ontology#');
export const eli = namespace('http://data.europa.eu/eli/ontology#');
export const dpv = namespace('https://w3id.org/dpv#');
export const odrl = namespace('http://www.w3.org/ns/odrl/2/');
export const dcat = namespace('http://www.w3.org/ns/dcat#');
export const foaf = namespace('http://xmlns.com/foaf/0.1/');
export const schema = namespace('https://schema.org/');
export const qb = namespace('http://purl.org/linked-data/cube#');
export const sh = namespace('http://www.w3.org/ns/shacl#');
export const bibo = namespace('http://purl.org/ontology/bibo/');
/** SPARQL 1.1 Service Description, VoID, the W3C format IRIs and entailment regimes (the endpoint). */
export const sd = namespace('http://www.w3.org/ns/sparql-service-description#');
export const voidVocab = namespace('http://rdfs.org/ns/void#');
export const w3cFormats = namespace('http://www.w3.org/ns/formats/');
export const entailment = namespace('http://www.w3.org/ns/entailment/');
/** The catalogue (DCAT-AP): vCard contact points and the EU controlled vocabularies it asks for. */
export const vcard = namespace('http://www.w3.org/2006/vcard/ns#');
export const euDataTheme = namespace(
  'http://publications.europa.eu/resource/authority/data-theme/',
);
export const euLanguage = namespace('http://publications.europa.eu/resource/authority/language/');
export const euAccessRight = namespace(
  'http://publications.europa.eu/resource/authority/access-right/',
);
export const euFileType = namespace('http://publications.europa.eu/resource/authority/file-type/');
/** IANA media types as IRIs (DCAT's dcat:mediaType and dcat:compressFormat take these). */
export const ianaMediaType = namespace('http://www.iana.org/assignments/media-types/');

/** Prefixes for Turtle output and the JSON-LD context. */
export const PREFIXES: Readonly<Record<string, string>> = {
  plaza: PLAZA_NS,
  rdf: rdf.iri,
  rdfs: rdfs.iri,
  xsd: xsd.iri,
  owl: owl.iri,
  dct: dct.iri,
  skos: skos.iri,
  xkos: xkos.iri,
  prov: prov.iri,
  org: org.iri,
  cpov: cpov.iri,
  rico: rico.iri,
  eli: eli.iri,
  dpv: dpv.iri,
  odrl: odrl.iri,
  dcat: dcat.iri,
  foaf: foaf.iri,
  schema: schema.iri,
  qb: qb.iri,
  sh: sh.iri,
  bibo: bibo.iri,
};
