// What a query sent to the public endpoint may not do — SERVICE, updates, absurd LIMIT/OFFSET,
// pathological nesting — checked before any store sees it; and its form and FROM/FROM NAMED.
import sparqljs from 'sparqljs';
import type { QueryForm } from './formats.ts';
import { syntaxError } from './query-form.ts';

export type QueryPolicyErrorCode =
  /** Update text (INSERT, CLEAR, LOAD …) sent as a query: 403. */
  | 'UPDATE_NOT_ALLOWED'
  /** SERVICE anywhere in the query (federation is not offered): 400. */
  | 'SERVICE_NOT_ALLOWED'
  | 'LIMIT_TOO_LARGE'
  | 'OFFSET_TOO_LARGE'
  /** Groups, sub-queries, parentheses or brackets nested deeper than allowed: 400. */
  | 'QUERY_TOO_DEEP';

export const QUERY_POLICY_STATUS: Readonly<Record<QueryPolicyErrorCode, 400 | 403>> = {
  UPDATE_NOT_ALLOWED: 403,
  SERVICE_NOT_ALLOWED: 400,
  LIMIT_TOO_LARGE: 400,
  OFFSET_TOO_LARGE: 400,
  QUERY_TOO_DEEP: 400,
};

export class QueryPolicyError extends Error {
  override readonly name = 'QueryPolicyError';
  constructor(
    readonly code: QueryPolicyErrorCode,
    message: string,
    options?: { cause: unknown },
  ) {
    super(message, options);
  }

  get status(): 400 | 403 {
    return QUERY_POLICY_STATUS[this.code];
  }
}

export interface QueryLimits {
  /** Default 10^9: beyond it a LIMIT says nothing (the row cap cuts answers anyway). */
  readonly maxLimit?: number;
  /** Default 10^7: skipping more rows than that is a scan that answers nothing useful. */
  readonly maxOffset?: number;
  /** Default 64 levels of `{`, `(` and `[` together. */
  readonly maxDepth?: number;
  /** Resolves relative IRIs in the query (the endpoint's own IRI). */
  readonly baseIri?: string;
}

export interface CheckedQuery {
  readonly form: QueryForm;
  /** The parsed query (the row cap rewrites SELECTs from it without parsing again). */
  readonly parsed: sparqljs.Query;
  /** The query's FROM / FROM NAMED, as absolute IRIs (empty when it names none). */
  readonly from: {
    readonly defaultGraphs: readonly string[];
    readonly namedGraphs: readonly string[];
  };
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what IRIs exclude
const IRIREF = /<[^<>"{}|^`\\\u0000-\u0020]*>/y;
const STRING =
  /'''(?:[^'\\]|\\.|'(?!''))*'''|"""(?:[^"\\]|\\.|"(?!""))*"""|'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*"/y;

/**
 * The deepest nesting of brackets in the text, outside strings, IRIs and comments. Measured before
 * parsing because sparqljs slows down superlinearly with depth (1000 levels ≈ 0.6 s, 3000 ≈ 10 s)
 * and then overflows the stack.
 */
export function nestingDepth(sparql: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < sparql.length; i++) {
    const ch = sparql[i];
    if (ch === '#') {
      const end = sparql.indexOf('\n', i);
      if (end < 0) break;
      i = end;
    } else if (ch === '<' || ch === '"' || ch === "'") {
      const token = ch === '<' ? IRIREF : STRING;
      token.lastIndex = i;
      if (token.exec(sparql)) i = token.lastIndex - 1; // a lone '<' is the comparison operator
    } else if (ch === '{' || ch === '(' || ch === '[') {
      max = Math.max(max, ++depth);
    } else if (ch === '}' || ch === ')' || ch === ']') {
      depth = Math.max(0, depth - 1);
    }
  }
  return max;
}

function tooDeep(limit: number, cause?: unknown): QueryPolicyError {
  return new QueryPolicyError(
    'QUERY_TOO_DEEP',
    `the query nests groups, sub-queries or expressions more than ${limit} levels deep`,
    cause === undefined ? undefined : { cause },
  );
}

/** Walks the parsed query without recursion: SERVICE anywhere, LIMIT/OFFSET at every level. */
function checkTree(root: sparqljs.SparqlQuery, maxLimit: number, maxOffset: number): void {
  const pending: unknown[] = [root];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (typeof node !== 'object' || node === null || 'termType' in node) continue;
    // no spread: a VALUES block of 100k rows would overflow the argument list
    if (Array.isArray(node)) {
      for (const item of node as unknown[]) pending.push(item);
      continue;
    }
    const record = node as { type?: unknown; limit?: unknown; offset?: unknown };
    if (record.type === 'service') {
      throw new QueryPolicyError(
        'SERVICE_NOT_ALLOWED',
        'SERVICE is not allowed: this endpoint does not run federated queries',
      );
    }
    if (typeof record.limit === 'number' && record.limit > maxLimit) {
      throw new QueryPolicyError(
        'LIMIT_TOO_LARGE',
        `LIMIT ${record.limit} is larger than ${maxLimit}; answers are capped well below that anyway`,
      );
    }
    if (typeof record.offset === 'number' && record.offset > maxOffset) {
      throw new QueryPolicyError(
        'OFFSET_TOO_LARGE',
        `OFFSET ${record.offset} is larger than ${maxOffset}; narrow the query with a filter instead`,
      );
    }
    for (const value of Object.values(node)) pending.push(value);
  }
}

/**
 * Parses a query for the public endpoint and checks it against the limits; throws
 * QuerySyntaxError (with line and column) or QueryPolicyError.
 */
export function checkQuery(sparql: string, limits: QueryLimits = {}): CheckedQuery {
  const maxDepth = limits.maxDepth ?? 64;
  if (nestingDepth(sparql) > maxDepth) throw tooDeep(maxDepth);
  let parsed: sparqljs.SparqlQuery;
  try {
    parsed = new sparqljs.Parser({ baseIRI: limits.baseIri ?? 'http://localhost/' }).parse(sparql);
  } catch (cause) {
    if (cause instanceof RangeError) throw tooDeep(maxDepth, cause);
    throw syntaxError(cause);
  }
  if (parsed.type === 'update') {
    throw new QueryPolicyError(
      'UPDATE_NOT_ALLOWED',
      'this endpoint answers queries; SPARQL updates are not accepted here',
    );
  }
  checkTree(parsed, limits.maxLimit ?? 1e9, limits.maxOffset ?? 1e7);
  return {
    form: parsed.queryType,
    parsed,
    from: {
      defaultGraphs: (parsed.from?.default ?? []).map((g) => g.value),
      namedGraphs: (parsed.from?.named ?? []).map((g) => g.value),
    },
  };
}
