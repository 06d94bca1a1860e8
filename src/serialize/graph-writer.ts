// Writes a small in-memory graph in any graph format of formats.ts: N3.js for the Turtle family,
// jsonld (compacted with the given prefixes) for JSON-LD, an in-memory oxigraph store for RDF/XML.
import type * as RDF from '@rdfjs/types';
import jsonld from 'jsonld';
import { Writer } from 'n3';
import oxigraph from 'oxigraph';
import type { Format } from './formats.ts';

const N3_FORMATS: Readonly<Record<string, string>> = {
  ttl: 'Turtle',
  nt: 'N-Triples',
  nq: 'N-Quads',
  trig: 'TriG',
};

function writeN3(quads: readonly RDF.Quad[], format: string): string {
  return new Writer({ format }).quadsToString([...quads]);
}

/** Turtle and TriG with prefix declarations (quadsToString leaves them out). */
function writePrefixed(
  quads: readonly RDF.Quad[],
  format: string,
  prefixes: Readonly<Record<string, string>>,
): Promise<string> {
  const writer = new Writer({ format, prefixes: { ...prefixes } });
  writer.addQuads([...quads]);
  return new Promise((resolve, reject) => {
    writer.end((error: Error | null, result: string) => (error ? reject(error) : resolve(result)));
  });
}

/** The context never names a remote document; a loader that refuses keeps it off the network. */
const offline = (url: string): Promise<never> =>
  Promise.reject(new Error(`no remote JSON-LD documents are loaded (${url})`));

async function writeJsonLd(
  quads: readonly RDF.Quad[],
  prefixes: Readonly<Record<string, string>>,
): Promise<string> {
  const nquads = writeN3(quads, 'N-Quads');
  const expanded = await jsonld.fromRDF(nquads, { format: 'application/n-quads' });
  const compacted = await jsonld.compact(expanded, { ...prefixes }, { documentLoader: offline });
  return `${JSON.stringify(compacted, null, 2)}\n`;
}

function writeRdfXml(quads: readonly RDF.Quad[]): string {
  const store = new oxigraph.Store();
  store.load(writeN3(quads, 'N-Triples'), { format: 'application/n-triples' });
  return store.dump({ format: 'application/rdf+xml', from_graph_name: oxigraph.defaultGraph() });
}

/** Serializes triples (quads in the default graph) in `format`, which must be a graph format. */
export async function writeGraph(
  quads: readonly RDF.Quad[],
  format: Format,
  prefixes: Readonly<Record<string, string>> = {},
): Promise<string> {
  const n3 = N3_FORMATS[format.name];
  if (n3 === 'Turtle' || n3 === 'TriG') return writePrefixed(quads, n3, prefixes);
  if (n3 !== undefined) return writeN3(quads, n3);
  if (format.name === 'jsonld') return writeJsonLd(quads, prefixes);
  if (format.name === 'rdf') return writeRdfXml(quads);
  throw new RangeError(`${format.name} is not a graph format`);
}
