// A resource's public description (what /data, /page and the framed JSON-LD serve): its own
// triples, its hash-IRI parts, and the labels of what it links to — read from the public store only.
import type * as RDF from '@rdfjs/types';
import jsonld from 'jsonld';
import { DataFactory, Writer } from 'n3';
import { contextUrlFor, staticDocumentLoader } from '../serialize/jsonld-loader.ts';
import type { Store } from '../store/store.ts';
import { dct, rdfs, skos } from '../vocab/namespaces.ts';

const quad = DataFactory.quad.bind(DataFactory);
const defaultGraph = DataFactory.defaultGraph.bind(DataFactory);

/** Predicates whose literal values name a linked resource for a client (in this order of use). */
export const LABEL_PREDICATES: readonly RDF.NamedNode[] = [
  skos('prefLabel'),
  rdfs('label'),
  dct('title'),
];

/** An absolute http(s) IRI without a fragment and without characters N-Triples or SPARQL refuse. */
const DESCRIBABLE_IRI = /^https?:\/\/[^\s<>"{}|\\^`#]+$/;
/** What may stand between `<` and `>` in SPARQL (the objects we look labels up for). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const SPARQL_SAFE_IRI = /^[a-z][a-z0-9+.-]*:[^\u0000-\u0020<>"{}|\\^`]*$/i;
/** Labels are looked up this many objects per query (a scheme links to hundreds of concepts). */
const LABEL_BATCH = 250;

export class InvalidIriError extends Error {
  readonly code = 'INVALID_IRI';
  constructor(readonly iri: string) {
    super(`not a describable IRI (absolute http(s), no fragment): ${JSON.stringify(iri)}`);
  }
}

export interface DescribeOptions {
  readonly signal?: AbortSignal;
}

function key(q: RDF.Quad): string {
  return new Writer({ format: 'N-Triples' }).quadToString(q.subject, q.predicate, q.object);
}

/**
 * The public description of `iri`, as triples (default graph), sorted so that equal data gives
 * equal output:
 * - every triple whose subject is `iri` (from any graph of the public store);
 * - every triple of its hash-IRI parts (`{iri}#decision`, `#withheld`, `#redacted-…`,
 *   `#context-…`, `#ingest`, `#source`, and their own `-redacted-…` parts), found by following
 *   links from `iri` to nodes under `{iri}#` (every part is linked from its resource);
 * - the literal `skos:prefLabel`, `rdfs:label` and `dct:title` of every other IRI those triples
 *   link to (concepts, organisations, initiatives, classes, legal grounds), so a client can show
 *   names without a second request. Nothing else of the linked resources: they have their own
 *   descriptions. A redacted title is a `plaza:Redacted` node, not a literal, and is not copied.
 * Empty when the public store knows nothing about `iri` (the caller's 404).
 */
export async function describeResource(
  store: Store,
  iri: string,
  options: DescribeOptions = {},
): Promise<RDF.Quad[]> {
  if (!DESCRIBABLE_IRI.test(iri)) throw new InvalidIriError(iri);
  const call = options.signal ? { signal: options.signal } : {};
  const found = new Map<string, RDF.Quad>();
  const add = (q: RDF.Quad): void => {
    const triple = quad(q.subject, q.predicate, q.object, defaultGraph());
    found.set(key(triple), triple);
  };

  const partPrefix = `${iri}#`;
  const visited = new Set<string>([iri]);
  let frontier = [iri];
  while (frontier.length > 0) {
    const results = await Promise.all(
      frontier.map((s) => store.match(DataFactory.namedNode(s), null, null, null, call)),
    );
    const next: string[] = [];
    for (const q of results.flat()) {
      add(q);
      const o = q.object;
      if (o.termType === 'NamedNode' && o.value.startsWith(partPrefix) && !visited.has(o.value)) {
        visited.add(o.value);
        next.push(o.value);
      }
    }
    frontier = next;
  }
  if (found.size === 0) return [];

  const linked = new Set<string>();
  for (const q of found.values()) {
    const o = q.object;
    if (o.termType === 'NamedNode' && !visited.has(o.value) && SPARQL_SAFE_IRI.test(o.value)) {
      linked.add(o.value);
    }
  }
  for (const label of await labelsOf(store, [...linked], call)) add(label);
  return [...found.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, q]) => q);
}

/** Literal labels of `iris`, by VALUES over terms (each IRI checked, never free text). */
async function labelsOf(
  store: Store,
  iris: readonly string[],
  call: DescribeOptions,
): Promise<RDF.Quad[]> {
  const predicates = LABEL_PREDICATES.map((p) => `<${p.value}>`).join(' ');
  const out: RDF.Quad[] = [];
  for (let i = 0; i < iris.length; i += LABEL_BATCH) {
    const values = iris
      .slice(i, i + LABEL_BATCH)
      .map((v) => `<${v}>`)
      .join(' ');
    const sparql = `CONSTRUCT { ?o ?p ?l } WHERE { VALUES ?o { ${values} } VALUES ?p { ${predicates} } ?o ?p ?l FILTER(isLiteral(?l)) }`;
    const result = await store.query(sparql, call);
    if (result.type === 'quads') out.push(...result.quads);
  }
  return out;
}

/** The deployment base of a Plaza instance IRI (`{base}id/…`), for the context URL. */
function baseOf(iri: string): string {
  const at = iri.indexOf('/id/');
  if (at < 0) throw new InvalidIriError(iri);
  return iri.slice(0, at + 1);
}

export interface JsonLdOptions {
  /** The context to compact with (default: `{base}def/context.jsonld` of `iri`'s deployment). */
  readonly contextUrl?: string;
}

/**
 * The description as compacted JSON-LD with the published context (by URL, resolved by the
 * static loader to ontology/context.jsonld: never the network). The node of `iri` comes first in
 * `@graph`, its parts and the labelled resources after it.
 */
export async function resourceJsonLd(
  quads: readonly RDF.Quad[],
  iri: string,
  options: JsonLdOptions = {},
): Promise<Record<string, unknown>> {
  const contextUrl = options.contextUrl ?? contextUrlFor(baseOf(iri));
  const nquads = new Writer({ format: 'N-Quads' }).quadsToString([...quads]);
  const expanded = await jsonld.fromRDF(nquads, { format: 'application/n-quads' });
  // A context given by URL is valid JSON-LD; the typings only admit inline context objects.
  const context = contextUrl as unknown as jsonld.ContextDefinition;
  const compacted = (await jsonld.compact(expanded, context, {
    documentLoader: staticDocumentLoader(contextUrl),
  })) as unknown as Record<string, unknown>;
  const graph = compacted['@graph'];
  if (Array.isArray(graph)) {
    const nodes = graph as Array<Record<string, unknown>>;
    const first = nodes.filter((n) => n['id'] === iri);
    compacted['@graph'] = [...first, ...nodes.filter((n) => n['id'] !== iri)];
  }
  return compacted;
}
