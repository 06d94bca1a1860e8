// Reads an RDF request body (Graph Store protocol) into the N-Triples of one graph: every syntax
// Plaza writes is accepted, errors name line and column, and nothing is fetched (no remote
// JSON-LD contexts, no external entities).
import * as oxigraph from 'oxigraph';
import { FORMATS, type Format } from './formats.ts';

/** A body that is not valid RDF in its declared syntax; `line`/`column` say where when known. */
export class RdfSyntaxError extends Error {
  readonly code = 'RDF_SYNTAX';
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
  }
}

/** The graph formats a body may be sent in (the format table's graph family). */
export const RDF_INPUT_FORMATS: readonly Format[] = FORMATS.filter((f) => f.family === 'graph');

/**
 * The input format of a Content-Type's media type (parameters already stripped), if accepted.
 * text/plain is not taken for N-Triples here: it is what clients send when they name no type.
 */
export function rdfInputFormat(mediaType: string): Format | undefined {
  const type = mediaType.trim().toLowerCase();
  if (type === 'text/plain') return undefined;
  return RDF_INPUT_FORMATS.find((f) => f.mediaType === type || f.aliases.includes(type));
}

/**
 * The body's triples as N-Triples (blank nodes kept). Triples in the default graph go to `graph`;
 * a dataset syntax (N-Quads, TriG, JSON-LD) may name `graph` itself and no other graph.
 */
export function parseGraphBody(body: string, format: Format, graph: string): string {
  const store = new oxigraph.Store();
  const target = oxigraph.namedNode(graph);
  try {
    store.load(body, { format: format.oxigraph, base_iri: graph, to_graph_name: target });
  } catch (error) {
    throw syntaxError(error, format);
  }
  for (const q of store.match(null, null, null, null)) {
    if (!q.graph.equals(target))
      throw new RdfSyntaxError(
        `the ${format.mediaType} body puts triples into graph ${q.graph.termType === 'NamedNode' ? `<${q.graph.value}>` : q.graph.value}: a write to <${graph}> may hold only its own triples`,
      );
  }
  return store.dump({ format: 'nt', from_graph_name: target });
}

const POSITION = /line (\d+)(?: between columns (\d+)| column (\d+))/;

function syntaxError(error: unknown, format: Format): RdfSyntaxError {
  const message = error instanceof Error ? error.message : String(error);
  if (/LoadDocumentCallback/.test(message))
    return new RdfSyntaxError(
      'the JSON-LD body refers to a remote @context, which Plaza does not fetch: inline the context',
    );
  const at = POSITION.exec(message);
  const line = at ? Number(at[1]) : undefined;
  const column = at ? Number(at[2] ?? at[3]) : undefined;
  return new RdfSyntaxError(`${format.mediaType} syntax error: ${message}`, line, column);
}
