// The publication gate's SHACL shapes: ontology/shapes/public/*.ttl plus shapes generated from the
// masking policy (so the gate can never disagree with the ontology's annotations).
import type * as RDF from '@rdfjs/types';
import { DataFactory, type Quad } from 'n3';
import { labelNotation } from '../vocab/iri.ts';
import { plaza, rdf, sh } from '../vocab/namespaces.ts';
import { parseOntologyFile } from '../vocab/ontology-files.ts';
import type { MaskingPolicy } from './masking-policy.ts';

const { quad, literal, namedNode, blankNode } = {
  quad: DataFactory.quad.bind(DataFactory),
  literal: DataFactory.literal.bind(DataFactory),
  namedNode: DataFactory.namedNode.bind(DataFactory),
  blankNode: DataFactory.blankNode.bind(DataFactory),
};

const SHAPES_NS = 'https://w3id.org/plaza/shapes#';
export const PUBLIC_SHAPE_FILES = ['shapes/public/redaction.ttl'];

export function publicGraphShapes(policy: MaskingPolicy, base: string): RDF.Quad[] {
  const quads: Quad[] = PUBLIC_SHAPE_FILES.flatMap((f) => parseOntologyFile(f, base));
  // A withheld record's stub is closed over the stub-metadata properties by the gate's code check
  // (as an sh:closed shape, its 60-entry sh:ignoredProperties list is re-read for every focus node).
  for (const [iri, rule] of policy.entries()) {
    if (rule.treatment !== 'withhold') continue;
    const shape = namedNode(`${SHAPES_NS}public-withhold-${labelNotation(iri)}`);
    const property = blankNode();
    quads.push(
      quad(shape, rdf('type'), sh('NodeShape')),
      quad(shape, sh('targetSubjectsOf'), namedNode(iri)),
      quad(shape, sh('property'), property),
      quad(property, sh('path'), namedNode(iri)),
      quad(property, sh('maxCount'), literal('1', namedNode(`${XSD}integer`))),
      quad(property, sh('nodeKind'), sh('IRI')),
      quad(property, sh('class'), plaza('Redacted')),
      quad(
        property,
        sh('message'),
        literal(`personal data (${iri}) is published only as one plaza:Redacted placeholder`, 'en'),
      ),
      quad(
        property,
        sh('message'),
        literal(`개인정보 속성(${iri})은 plaza:Redacted 자리표시자 하나로만 공개됩니다`, 'ko'),
      ),
    );
  }
  return quads;
}

const XSD = 'http://www.w3.org/2001/XMLSchema#';
