// Reads a SPARQL 1.1 Update before it runs: the named graphs it writes and reads, found
// statically. An update whose graphs cannot be named that way (GRAPH ?g, the default graph,
// ALL/NAMED) or that reaches outside (LOAD, SERVICE) is refused with the reason.
import sparqljs from 'sparqljs';
import { QuerySyntaxError, syntaxError } from './query-form.ts';

/** Valid SPARQL Update that Plaza will not run, with what to do instead. */
export class UpdateRefusedError extends Error {
  readonly code = 'UPDATE_REFUSED';
}

export interface AnalysedUpdate {
  /** Graphs the update may change (MOVE's source included: it is emptied). */
  readonly writes: readonly string[];
  /** Graphs it only reads (USING, GRAPH <g> in WHERE, ADD/COPY sources). */
  readonly reads: readonly string[];
}

const DEFAULT_GRAPH =
  'Plaza keeps every record in a named graph and writes no default graph: name the graph with GRAPH <…> or WITH <…>';

type Term = { readonly termType: string; readonly value: string };

class Graphs {
  readonly writes = new Set<string>();
  readonly reads = new Set<string>();
}

/** Parses an update and names its graphs; throws QuerySyntaxError or UpdateRefusedError. */
export function analyseUpdate(sparql: string, baseIRI: string): AnalysedUpdate {
  let parsed: sparqljs.SparqlQuery;
  try {
    parsed = new sparqljs.Parser({ baseIRI }).parse(sparql);
  } catch (cause) {
    throw syntaxError(cause);
  }
  if (parsed.type !== 'update')
    throw new QuerySyntaxError('expected an update, got a query: send queries to /sparql');
  const graphs = new Graphs();
  for (const op of parsed.updates) {
    if ('updateType' in op) insertDelete(op, graphs);
    else management(op, graphs);
  }
  const writes = [...graphs.writes];
  return { writes, reads: [...graphs.reads].filter((g) => !graphs.writes.has(g)) };
}

function insertDelete(op: sparqljs.InsertDeleteOperation, graphs: Graphs): void {
  const withGraph = op.graph && 'termType' in op.graph ? (op.graph as Term) : undefined;
  const templates = [...('insert' in op ? op.insert : []), ...('delete' in op ? op.delete : [])];
  for (const t of templates) {
    if (t.type === 'graph') {
      if (t.name.termType !== 'NamedNode')
        throw new UpdateRefusedError(
          `GRAPH ?${t.name.value} in a template: the graphs an update writes must be named, so that each can be logged and published as a whole`,
        );
      graphs.writes.add(t.name.value);
    } else if (withGraph) graphs.writes.add(withGraph.value);
    else
      throw new UpdateRefusedError(
        `a template without GRAPH writes the default graph; ${DEFAULT_GRAPH}`,
      );
  }
  if (op.updateType === 'deletewhere') {
    // DELETE WHERE's template is also its pattern: it reads what it deletes.
    for (const t of op.delete) if (t.type === 'graph') graphs.reads.add(t.name.value);
    if (withGraph) graphs.reads.add(withGraph.value);
    return;
  }
  if (op.updateType !== 'insertdelete') return;
  const using = [...(op.using?.default ?? []), ...(op.using?.named ?? [])];
  for (const g of using) graphs.reads.add(g.value);
  if (withGraph) graphs.reads.add(withGraph.value);
  // The WHERE clause's default graph: USING, else WITH, else the (absent) default graph.
  const hasDefault = (op.using?.default.length ?? 0) > 0 || withGraph !== undefined;
  walkPatterns(op.where, hasDefault, graphs);
}

function walkPatterns(patterns: readonly unknown[], inGraph: boolean, graphs: Graphs): void {
  for (const p of patterns) walkPattern(p as Record<string, unknown>, inGraph, graphs);
}

function walkPattern(p: Record<string, unknown>, inGraph: boolean, graphs: Graphs): void {
  switch (p['type']) {
    case 'bgp':
      if (!inGraph)
        throw new UpdateRefusedError(
          `the WHERE clause reads the default graph; ${DEFAULT_GRAPH}, or USING <…>`,
        );
      return;
    case 'graph': {
      const name = p['name'] as Term;
      if (name.termType !== 'NamedNode')
        throw new UpdateRefusedError(
          `GRAPH ?${name.value} in WHERE: an update sees only the graphs it names; name them with GRAPH <…>`,
        );
      graphs.reads.add(name.value);
      walkPatterns(p['patterns'] as unknown[], true, graphs);
      return;
    }
    case 'service':
      throw new UpdateRefusedError(
        'SERVICE is not allowed in an update: Plaza writes only its own data',
      );
    case 'query':
      walkPatterns(p['where'] as unknown[], inGraph, graphs);
      return;
    case 'filter':
      walkExpression(p['expression'], inGraph, graphs);
      return;
    case 'bind':
      walkExpression(p['expression'], inGraph, graphs);
      return;
    case 'values':
      return;
    default:
      // group, optional, union, minus
      walkPatterns((p['patterns'] as unknown[] | undefined) ?? [], inGraph, graphs);
  }
}

/** EXISTS / NOT EXISTS carry patterns inside expressions, at any depth. */
function walkExpression(e: unknown, inGraph: boolean, graphs: Graphs): void {
  if (typeof e !== 'object' || e === null) return;
  const expr = e as Record<string, unknown>;
  if (expr['type'] === 'operation' || expr['type'] === 'functionCall') {
    const args = (expr['args'] as unknown[] | undefined) ?? [];
    const operator = expr['operator'];
    if (operator === 'exists' || operator === 'notexists') walkPatterns(args, inGraph, graphs);
    else for (const a of args) walkExpression(a, inGraph, graphs);
  } else if (expr['type'] === 'aggregate') walkExpression(expr['expression'], inGraph, graphs);
}

function management(op: sparqljs.ManagementOperation, graphs: Graphs): void {
  switch (op.type) {
    case 'load':
      throw new UpdateRefusedError(
        'LOAD is not allowed: Plaza fetches nothing from elsewhere; PUT or POST the data to /store?graph=<…>',
      );
    case 'clear':
    case 'drop':
    case 'create': {
      const g = op.graph as sparqljs.GraphReference;
      if (g.all || g.named)
        throw new UpdateRefusedError(
          `${op.type.toUpperCase()} ${g.all ? 'ALL' : 'NAMED'} would reach graphs the update does not name; ${op.type.toUpperCase()} each GRAPH <…>`,
        );
      graphs.writes.add(named(g, op.type));
      return;
    }
    case 'add':
    case 'copy':
    case 'move': {
      const source = named(op.source, op.type);
      (op.type === 'move' ? graphs.writes : graphs.reads).add(source);
      graphs.writes.add(named(op.destination, op.type));
      return;
    }
  }
}

function named(g: sparqljs.GraphOrDefault, what: string): string {
  if (!g.name) throw new UpdateRefusedError(`${what.toUpperCase()} DEFAULT: ${DEFAULT_GRAPH}`);
  return g.name.value;
}
