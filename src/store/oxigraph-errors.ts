// Translates Oxigraph's plain Error messages into StoreErrors with a stable code and position.
import { StoreError } from './store-error.ts';

const SPARQL_POSITION = /^error at (\d+):(\d+): ([\s\S]*)$/;
const RDF_POSITION =
  /^Parser error at line (\d+) (?:column (\d+)|between columns (\d+) and \d+): ([\s\S]*)$/;
const UNSUPPORTED = /^(The service .* is not supported|HTTP client is not available)/;
const RESULT_FORMAT = /^Not supported SPARQL query results format/;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** For query() and update(): the SPARQL text or the requested result format is at fault. */
export function sparqlError(error: unknown, what: 'query' | 'update'): StoreError {
  if (error instanceof StoreError) return error;
  const message = messageOf(error);
  const syntax = SPARQL_POSITION.exec(message);
  if (syntax) {
    const line = Number(syntax[1]);
    const column = Number(syntax[2]);
    return new StoreError(
      'QUERY_SYNTAX',
      `SPARQL ${what} syntax error at line ${line}, column ${column}: ${syntax[3] ?? ''}`,
      { line, column, cause: error },
    );
  }
  if (UNSUPPORTED.test(message)) {
    return new StoreError('QUERY_UNSUPPORTED', `unsupported in this store: ${message}`, {
      cause: error,
    });
  }
  if (RESULT_FORMAT.test(message)) {
    return new StoreError('RESULT_FORMAT', 'the requested format does not fit the query form', {
      cause: error,
    });
  }
  return new StoreError('STORE_ERROR', `${what} failed: ${message}`, { cause: error });
}

/** For loads: the RDF text is at fault; `graph` names the graph whose text it was. */
export function rdfError(error: unknown, graph?: string): StoreError {
  if (error instanceof StoreError) return error;
  const message = messageOf(error);
  const where = graph === undefined ? '' : ` in the content of <${graph}>`;
  const syntax = RDF_POSITION.exec(message);
  if (syntax) {
    const line = Number(syntax[1]);
    const column = Number(syntax[2] ?? syntax[3]);
    return new StoreError(
      'RDF_SYNTAX',
      `RDF syntax error${where} at line ${line}, column ${column}: ${syntax[4] ?? ''}`,
      { line, column, cause: error, ...(graph === undefined ? {} : { graph }) },
    );
  }
  return new StoreError('STORE_ERROR', `load failed${where}: ${message}`, {
    cause: error,
    ...(graph === undefined ? {} : { graph }),
  });
}
