// The graph a Graph Store or update request names: an absolute IRI, and whether the publisher may
// write it (only publisher graphs: record and reference graphs are projections).
import { HttpError } from './errors.ts';
import { PUBLISHER_GRAPH_PATH, type IriMinter } from '../vocab/iri.ts';

/** An absolute IRI with no character SPARQL or N-Triples cannot carry between < and >. */
const ABSOLUTE_IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|^`\\]*$/;

export function checkGraphIri(value: string): string {
  if (!ABSOLUTE_IRI.test(value))
    throw new HttpError(400, 'BAD_GRAPH', `graph ${JSON.stringify(value)} is not an absolute IRI`);
  return value;
}

/** 403 unless `graph` is a publisher graph, saying why and where the publisher may write. */
export function checkWritable(
  iri: IriMinter,
  graph: string,
  verb = 'write',
  reason?: string,
): void {
  if (iri.isPublisherGraph(graph)) return;
  const own = `${iri.base}${PUBLISHER_GRAPH_PATH}…`;
  const why =
    reason ??
    (graph.startsWith(`${iri.base}graph/`)
      ? 'it is a projection of the source exports or of the ontology files, rebuilt from them on every ingest and start: correct a record at its source and ingest it again'
      : 'it is not one of this Plaza’s graphs');
  throw new HttpError(
    403,
    'GRAPH_NOT_WRITABLE',
    `may not ${verb} <${graph}>: ${why}; the publisher writes graphs under <${own}>`,
  );
}
