// Who publishes the public graph and how to reach them, as the catalogue and VoID state it: the
// city (the root of its organisation chart, as a foaf:Agent) and a vCard contact point.
import type * as RDF from '@rdfjs/types';
import { DataFactory } from 'n3';
import type { IriMinter } from '../../vocab/iri.ts';
import { dct, foaf, rdf, vcard } from '../../vocab/namespaces.ts';
import type { CatalogueFacts } from './facts.ts';

const quad = DataFactory.quad.bind(DataFactory);
const literal = DataFactory.literal.bind(DataFactory);
const namedNode = DataFactory.namedNode.bind(DataFactory);

/** The public graph as a whole: the title and description of the VoID dataset and the catalogue. */
export const PUBLIC_DATA = {
  title: { ko: '정보소통광장 공개 데이터', en: 'Plaza public data' },
  description: {
    ko: '시의 결재문서, 사전정보공표, 정책연구, 업무추진비, 예산, 회의, 업무 절차와 정책을 서로 연결한 공개 연결 데이터. 비공개 정보는 근거와 공개 예정일과 함께 자리표시로만 남는다.',
    en: 'The city’s approval documents, proactive disclosures, research reports, business expenses, budget, meetings, work processes and policies as linked open data. Withheld information appears only as placeholders stating the legal ground and the scheduled release.',
  },
} as const;

/** Used when the organisation chart names no city (an empty deployment). */
const FALLBACK_NAMES = { ko: '정보소통광장 운영기관', en: 'Plaza operator' };

/** ADMS publisher type of a city government. */
const LOCAL_AUTHORITY = namedNode('http://purl.org/adms/publishertype/LocalAuthority');

export function publisherQuads(
  facts: CatalogueFacts,
  minter: IriMinter,
): { agent: RDF.NamedNode; quads: RDF.Quad[] } {
  const agent = facts.publisher.iri
    ? namedNode(facts.publisher.iri)
    : minter.catalogue('publisher');
  const names =
    Object.keys(facts.publisher.names).length > 0 ? facts.publisher.names : FALLBACK_NAMES;
  return {
    agent,
    quads: [
      quad(agent, rdf('type'), foaf('Agent')),
      quad(agent, dct('type'), LOCAL_AUTHORITY),
      ...Object.entries(names).map(([l, n]) => quad(agent, foaf('name'), literal(n, l))),
      quad(agent, foaf('homepage'), namedNode(facts.base)),
    ],
  };
}

/** The contact point: the publisher's organisation, reached through this site. */
export function contactQuads(
  facts: CatalogueFacts,
  minter: IriMinter,
): { contact: RDF.NamedNode; quads: RDF.Quad[] } {
  const contact = minter.catalogue('contact');
  const names =
    Object.keys(facts.publisher.names).length > 0 ? facts.publisher.names : FALLBACK_NAMES;
  return {
    contact,
    quads: [
      quad(contact, rdf('type'), vcard('Organization')),
      ...Object.entries(names).map(([l, n]) => quad(contact, vcard('fn'), literal(n, l))),
      quad(contact, vcard('hasURL'), namedNode(facts.base)),
    ],
  };
}
