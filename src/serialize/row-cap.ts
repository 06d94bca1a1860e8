// The row cap of public SELECT answers: the query asks for one row more than the cap, so that an
// answer that was cut can say so (never silently), and the cut answer is counted per format.
import { parse as parseCsv } from 'csv-parse/sync';
import sparqljs from 'sparqljs';
import type { SolutionsFormat } from '../store/store.ts';

export interface CappedQuery {
  /** The text to run: the original, or with a LIMIT of cap + 1 added/lowered. */
  readonly sparql: string;
  /** Whether a LIMIT was imposed (only then can the answer have been cut). */
  readonly capped: boolean;
}

/**
 * A SELECT whose own LIMIT is within `maxRows` runs as written. Otherwise a LIMIT of maxRows + 1
 * is appended (the text stays the client's, so error positions still match) or, when the query
 * ends in a LIMIT above the cap or a VALUES block, the query is regenerated with the lower LIMIT.
 */
export function capSelect(
  sparql: string,
  parsed: sparqljs.SelectQuery,
  maxRows: number,
): CappedQuery {
  if (parsed.limit !== undefined && parsed.limit <= maxRows) return { sparql, capped: false };
  if (parsed.limit === undefined && parsed.values === undefined)
    return { sparql: `${sparql}\nLIMIT ${maxRows + 1}`, capped: true };
  const generator = new sparqljs.Generator();
  return { sparql: generator.stringify({ ...parsed, limit: maxRows + 1 }), capped: true };
}

/** The same SELECT with LIMIT exactly maxRows: what a cut answer is made of. */
export function limitSelect(parsed: sparqljs.SelectQuery, maxRows: number): string {
  return new sparqljs.Generator().stringify({ ...parsed, limit: maxRows });
}

/** Rows in a serialized SELECT answer (ASK answers have none). */
export function countRows(body: string, format: SolutionsFormat): number {
  switch (format) {
    case 'json': {
      const parsed = JSON.parse(body) as { results?: { bindings?: unknown[] } };
      return parsed.results?.bindings?.length ?? 0;
    }
    case 'xml':
      // Literals escape '<', so the element's name cannot occur inside a value.
      return body.split('<result>').length - 1;
    case 'tsv': {
      // TSV escapes line breaks inside values: one line per row after the header.
      const lines = body.split('\n');
      return lines.length - 1 - (lines.at(-1) === '' ? 1 : 0);
    }
    case 'csv':
      // CSV quotes values with line breaks, so only a real parser counts right.
      return Math.max(0, (parseCsv(body, { relax_column_count: true }) as unknown[]).length - 1);
  }
}
