// Recognises a SPARQL request before it reaches a store: its form, and the features a public
// request may not use. Parse errors carry line and column.
import sparqljs from 'sparqljs';
import type { QueryForm } from './formats.ts';

export class QuerySyntaxError extends Error {
  readonly code = 'QUERY_SYNTAX';
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
    options?: { cause: unknown },
  ) {
    super(message, options);
  }
}

export interface AnalysedQuery {
  readonly form: QueryForm;
}

interface JisonHash {
  readonly text?: string;
  readonly loc?: { readonly first_line: number; readonly first_column: number };
  readonly expected?: readonly string[];
}

/** A sparqljs (Jison) parse failure as a QuerySyntaxError with line and column. */
export function syntaxError(cause: unknown): QuerySyntaxError {
  const message = cause instanceof Error ? cause.message : String(cause);
  const hash = (cause as { hash?: JisonHash }).hash;
  if (!hash?.loc)
    return new QuerySyntaxError(`SPARQL syntax error: ${message}`, undefined, undefined, { cause });
  const { first_line: line, first_column: col } = hash.loc;
  const expected = (hash.expected ?? []).map((e) => e.replace(/'/g, ''));
  const shown = expected.length > 8 ? `${expected.slice(0, 8).join(', ')}, …` : expected.join(', ');
  return new QuerySyntaxError(
    `SPARQL syntax error at line ${line}, column ${col + 1}: unexpected ${JSON.stringify(hash.text ?? '')}${shown ? `, expected ${shown}` : ''}`,
    line,
    col + 1,
    { cause },
  );
}

/** Parses a query (not an update) and tells its form; throws QuerySyntaxError. */
export function analyseQuery(sparql: string, baseIRI = 'http://localhost/'): AnalysedQuery {
  let parsed: sparqljs.SparqlQuery;
  try {
    parsed = new sparqljs.Parser({ baseIRI }).parse(sparql);
  } catch (cause) {
    throw syntaxError(cause);
  }
  if (parsed.type !== 'query') throw new QuerySyntaxError('expected a query, got an update');
  return { form: parsed.queryType };
}
