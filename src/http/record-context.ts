// The "record with its policy context" JSON-LD for integrators: a record's description plus those of
// its policy context chain (project → programme → policy), organisation and classification, framed
// into one tree rooted at the record. Reads the public store only; the context never leaves the disk.
import type * as RDF from '@rdfjs/types';
import jsonld from 'jsonld';
import { Writer } from 'n3';
import { contextUrlFor, staticDocumentLoader } from '../serialize/jsonld-loader.ts';
import type { Store } from '../store/store.ts';
import { dct, plaza } from '../vocab/namespaces.ts';
import { describeResource, type DescribeOptions } from './resource-description.ts';

/** The profile URI that names this representation (Accept: application/ld+json;profile="…"). */
export const RECORD_WITH_CONTEXT_PROFILE = 'https://w3id.org/plaza/def#record-with-context';

/** Policy → programme → project: a chain is never deeper than this (a loop in data stops here). */
const MAX_CHAIN = 4;

function objectsOf(
  quads: readonly RDF.Quad[],
  subject: string,
  predicate: RDF.NamedNode,
): string[] {
  return quads
    .filter(
      (q) =>
        q.subject.value === subject &&
        q.predicate.equals(predicate) &&
        q.object.termType === 'NamedNode',
    )
    .map((q) => q.object.value);
}

/**
 * The triples behind the framed representation: the record's description, and the descriptions
 * of its initiatives (plaza:policyContext) with every initiative they are part of (dct:isPartOf),
 * its organisation (plaza:responsibleUnit) and its classification (dct:subject). Empty when the
 * record is unknown.
 */
export async function recordContextQuads(
  store: Store,
  iri: string,
  options: DescribeOptions = {},
): Promise<RDF.Quad[]> {
  const record = await describeResource(store, iri, options);
  if (record.length === 0) return [];
  const all = [...record];
  const described = new Set([iri]);
  /** Describes the targets not described yet; returns each with its own description. */
  const describe = async (targets: readonly string[]): Promise<Array<[string, RDF.Quad[]]>> => {
    const fresh = [...new Set(targets)].filter((t) => !described.has(t));
    for (const t of fresh) described.add(t);
    const found = await Promise.all(fresh.map((t) => describeResource(store, t, options)));
    for (const quads of found) all.push(...quads);
    return fresh.map((t, i) => [t, found[i] ?? []]);
  };

  await describe([
    ...objectsOf(record, iri, plaza('responsibleUnit')),
    ...objectsOf(record, iri, dct('subject')),
  ]);
  let level = objectsOf(record, iri, plaza('policyContext'));
  for (let depth = 0; depth < MAX_CHAIN && level.length > 0; depth++) {
    const found = await describe(level);
    level = found.flatMap(([self, quads]) => objectsOf(quads, self, dct('isPartOf')));
  }
  return dedupe(all);
}

function dedupe(quads: readonly RDF.Quad[]): RDF.Quad[] {
  const seen = new Map<string, RDF.Quad>();
  const writer = new Writer({ format: 'N-Triples' });
  for (const q of quads) seen.set(writer.quadToString(q.subject, q.predicate, q.object), q);
  return [...seen.values()];
}

/**
 * Frames `quads` into one tree rooted at `iri`. The record's own disclosure decision, access
 * rights, organisation, classification and initiatives are always embedded at the record; any
 * other node is embedded where it is first met (JSON-LD 1.1 `@embed: @once`) and referenced by
 * `id` after that. Nodes not reachable from the record (labels of classes) are left out.
 */
export async function frameRecordWithContext(
  quads: readonly RDF.Quad[],
  iri: string,
  baseIri: string,
): Promise<Record<string, unknown>> {
  const contextUrl = contextUrlFor(baseIri);
  const documentLoader = staticDocumentLoader(contextUrl);
  const nquads = new Writer({ format: 'N-Quads' }).quadsToString([...quads]);
  const expanded = await jsonld.fromRDF(nquads, { format: 'application/n-quads' });
  type FrameArgs = Parameters<typeof jsonld.frame>;
  const always = { '@embed': '@always' };
  const frame = {
    '@context': contextUrl,
    id: iri,
    '@embed': '@once',
    // the record's own links are embedded at the record even when the chain met them first
    disclosure: always,
    accessRights: always,
    responsibleUnit: always,
    subject: always,
    policyContext: always,
  } as unknown as FrameArgs[1];
  // The typings leave documentLoader out of the frame options; jsonld.js reads it like the others.
  const options = { documentLoader, omitGraph: true, omitDefault: true } as unknown as FrameArgs[2];
  const framed = (await jsonld.frame(expanded, frame, options)) as unknown as Record<
    string,
    unknown
  >;
  return framed;
}
